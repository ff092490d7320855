public import KnowledgeGraphCore

/// Names of well-known entities: countries with their short forms and demonyms, cities and
/// regions with the country they lie in, continents, international organizations, government
/// bodies, parties, companies, media outlets, universities, think tanks and a few named events.
///
/// The built-in tables are compiled into the module (see `GazetteerData`); they are written by
/// hand from public facts, one line per entity, and can be extended with ``adding(_:)``.
/// Lookups compare names without case, dots or a leading "the"; names written in capitals in
/// the table ("US", "WHO", "EU") only match text in capitals, so "us" and "who" never do.
public struct Gazetteer: Sendable {
  /// One known entity and the names it goes by.
  public struct Entry: Hashable, Sendable, Comparable {
    /// The entity's kind.
    public var kind: Entity.Kind {
      didSet { id = Entry.makeID(kind: kind, name: name) }
    }
    /// The canonical name, such as "United States".
    public var name: String {
      didSet { id = Entry.makeID(kind: kind, name: name) }
    }
    /// Other names: official names, short forms, abbreviations ("U.S.", "USA", "America").
    public var aliases: [String]
    /// Adjectives and nouns of nationality for countries ("American", "Americans").
    public var demonyms: [String]
    /// For organizations, what kind of organization.
    public var organizationType: Entity.OrganizationType?
    /// For places, what kind of place.
    public var placeType: Entity.PlaceType?
    /// For events, what kind of event.
    public var eventType: Entity.EventType?
    /// For well-known events, the year they started.
    public var year: Int?
    /// The gazetteer name of the country a place, national body or company belongs to.
    public var country: String?
    /// Whether a city is its country's capital (and so may stand for its government).
    public var isCapital: Bool

    /// An entry of `kind` named `name`, with its other names and what is known about it.
    public init(
      kind: Entity.Kind, name: String, aliases: [String] = [], demonyms: [String] = [],
      organizationType: Entity.OrganizationType? = nil, placeType: Entity.PlaceType? = nil,
      eventType: Entity.EventType? = nil, year: Int? = nil, country: String? = nil,
      isCapital: Bool = false
    ) {
      self.kind = kind
      self.name = name
      self.aliases = aliases
      self.demonyms = demonyms
      self.organizationType = organizationType
      self.placeType = placeType
      self.eventType = eventType
      self.year = year
      self.country = country
      self.isCapital = isCapital
      self.id = Entry.makeID(kind: kind, name: name)
    }

    /// The identifier of the entity this entry describes, made once (it is read often) and
    /// made again when ``kind`` or ``name`` change.
    public private(set) var id: EntityID

    private static func makeID(kind: Entity.Kind, name: String) -> EntityID {
      kind == .event ? EntityID(eventNamed: name, date: nil) : EntityID(kind: kind, name: name)
    }

    /// Every name, canonical first.
    public var names: [String] { [name] + aliases }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.id < rhs.id }
  }

  /// How a looked-up name matched an entry.
  public struct Match: Hashable, Sendable {
    /// The entry.
    public var entry: Entry
    /// Whether the name was one of the entry's demonyms ("Chinese") rather than a name.
    public var isDemonym: Bool
    /// Whether the name was written as an abbreviation ("U.S.", "WTO").
    public var isAcronym: Bool
  }

  private struct Surface: Sendable {
    var entryIndex: Int
    var isDemonym: Bool
    var isAcronym: Bool
    /// Names in capitals only match text in capitals.
    var requiresCapitals: Bool
  }

  /// The entries, sorted by identifier.
  public let entries: [Entry]
  private let index: [String: [Surface]]
  private let byName: [String: Int]
  /// The first word of every lookup key, so most tokens are rejected with one hash lookup.
  private let firstKeyWords: ASCIIWordSet
  /// The last word of every lookup key, so most spans that cannot be a name are rejected
  /// without building their key.
  private let lastKeyWords: ASCIIWordSet
  /// The most words any name has, for longest-match scanning.
  public let maximumWordCount: Int

  /// A gazetteer of the given entries.
  public init(_ entries: [Entry]) {
    var unique: [EntityID: Entry] = [:]
    for entry in entries {
      if var existing = unique[entry.id] {
        existing.aliases = Array(Set(existing.aliases + entry.aliases)).sorted()
        existing.demonyms = Array(Set(existing.demonyms + entry.demonyms)).sorted()
        unique[entry.id] = existing
      } else {
        unique[entry.id] = entry
      }
    }
    // Sorted by identifier: the keys are the identifiers (computing one is not free).
    let sorted = unique.sorted { $0.key < $1.key }.map(\.value)
    var index: [String: [Surface]] = [:]
    var byName: [String: Int] = [:]
    var longest = 1
    for (position, entry) in sorted.enumerated() {
      byName[entry.name] = position
      let forms = entry.names.map { ($0, false) } + entry.demonyms.map { ($0, true) }
      for (form, isDemonym) in forms {
        let words = Gazetteer.droppingLeadingThe(Gazetteer.words(of: form))
        guard !words.isEmpty else { continue }
        longest = max(longest, words.count)
        let capitals = Gazetteer.isAcronym(form)
        let surface = Surface(
          entryIndex: position, isDemonym: isDemonym, isAcronym: capitals,
          requiresCapitals: capitals)
        index[Gazetteer.key(words), default: []].append(surface)
      }
    }
    self.entries = sorted
    self.index = index
    // Keys join their words with single spaces; a space byte is always a whole scalar.
    self.firstKeyWords = ASCIIWordSet(Set(index.keys.map { key in
      guard let space = key.utf8.firstIndex(of: 0x20) else { return key }
      return String(key[..<space])
    }))
    self.lastKeyWords = ASCIIWordSet(Set(index.keys.map { key in
      guard let space = key.utf8.lastIndex(of: 0x20) else { return key }
      return String(key[key.utf8.index(after: space)...])
    }))
    self.byName = byName
    self.maximumWordCount = longest
  }

  /// This gazetteer with more entries; entries with the same identifier merge their names.
  public func adding(_ more: [Entry]) -> Gazetteer {
    Gazetteer(entries + more)
  }

  /// The entry whose canonical name is `name`, if any.
  public func entry(named name: String) -> Entry? {
    byName[name].map { entries[$0] }
  }

  /// Every entry one of whose names or demonyms is `text` (compared without case, dots or a
  /// leading "the"), best first: names before demonyms, countries before places and others.
  public func matches(for text: String) -> [Match] {
    matches(forWords: Gazetteer.words(of: text))
  }

  /// Like ``matches(for:)``, for a name already split into words (tokens).
  public func matches(forWords words: [String]) -> [Match] {
    let trimmed = Gazetteer.droppingLeadingThe(words)
    guard !trimmed.isEmpty, let surfaces = index[Gazetteer.key(trimmed)] else { return [] }
    // Most keys have one surface.
    if surfaces.count == 1, !surfaces[0].requiresCapitals {
      let surface = surfaces[0]
      return [
        Match(entry: entries[surface.entryIndex], isDemonym: surface.isDemonym,
              isAcronym: surface.isAcronym)
      ]
    }
    // Whether the words have no lower-case letter, found when a surface asks for capitals.
    var writtenInCapitals: Bool?
    var result: [(index: Int, match: Match)] = []
    result.reserveCapacity(surfaces.count)
    for surface in surfaces {
      if surface.requiresCapitals {
        let capitals =
          writtenInCapitals
          ?? trimmed.allSatisfy { word in
            !word.unicodeScalars.contains { $0.properties.isLowercase }
          }
        writtenInCapitals = capitals
        guard capitals else { continue }
      }
      // An entry matches once, with its first surface (a key has few surfaces).
      guard !result.contains(where: { $0.index == surface.entryIndex }) else { continue }
      result.append(
        (surface.entryIndex,
         Match(entry: entries[surface.entryIndex], isDemonym: surface.isDemonym,
               isAcronym: surface.isAcronym)))
    }
    if result.count == 1 { return [result[0].match] }
    // Entries are sorted by identifier, so an entry's index orders like its identifier.
    return result.sorted { lhs, rhs in
      (lhs.match.isDemonym ? 1 : 0, Self.rank(lhs.match.entry.kind), lhs.index)
        < (rhs.match.isDemonym ? 1 : 0, Self.rank(rhs.match.entry.kind), rhs.index)
    }.map(\.match)
  }

  /// The first (best) of ``matches(forWords:)``, without making the array of them when the
  /// words' key has one surface (most keys).
  func firstMatch(forWords words: [String]) -> Match? {
    let trimmed = Gazetteer.droppingLeadingThe(words)
    guard !trimmed.isEmpty, let surfaces = index[Gazetteer.key(trimmed)] else { return nil }
    if surfaces.count == 1, !surfaces[0].requiresCapitals {
      let surface = surfaces[0]
      return Match(
        entry: entries[surface.entryIndex], isDemonym: surface.isDemonym,
        isAcronym: surface.isAcronym)
    }
    return matches(forWords: words).first
  }

  /// The best entry for `text`, if any.
  public func lookup(_ text: String) -> Match? {
    matches(for: text).first
  }

  /// The country entry a place, national body or company belongs to, if known.
  public func country(of entry: Entry) -> Entry? {
    if entry.kind == .country { return nil }
    return entry.country.flatMap { self.entry(named: $0) }
  }

  private static func rank(_ kind: Entity.Kind) -> Int {
    switch kind {
    case .country: 0
    case .organization: 1
    case .place: 2
    case .person: 3
    case .event: 4
    }
  }

  // MARK: - Normalisation

  /// The words of a name as the tokenizer splits them.
  static func words(of text: String) -> [String] {
    Tokenizer().tokenize(text).map(\.text)
  }

  /// The lookup key of a sequence of words.
  static func key(_ words: [String]) -> String {
    // One word (most lookups): its part is the key, with nothing to join.
    if words.count == 1 { return keyPart(words[0]) }
    if let key = asciiKey(words) { return key }
    var result = ""
    for word in words {
      let part = keyPart(word)
      if part.isEmpty { continue }
      if !result.isEmpty { result.append(" ") }
      result.append(part)
    }
    return result
  }

  /// ``key(_:)`` of ASCII words, written in one pass into one string (each word lower-cased
  /// without its dots, as ``keyPart(_:)`` makes it); `nil` if a word is not ASCII.
  private static func asciiKey(_ words: [String]) -> String? {
    var capacity = 0
    for word in words { capacity += word.utf8.count + 1 }
    var isASCII = true
    let key = String(unsafeUninitializedCapacity: capacity) { buffer in
      var count = 0
      for word in words {
        let start = count
        // A word that is only dots has an empty part, which is skipped with its space.
        if count > 0 {
          buffer[count] = 0x20
          count += 1
        }
        let partStart = count
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
          for byte in bytes where byte != 0x2E {
            if byte >= 0x80 { return false }
            buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            count += 1
          }
          return true
        }
        guard ascii == true else {
          isASCII = false
          return 0
        }
        if count == partStart { count = start }
      }
      return count
    }
    return isASCII ? key : nil
  }

  /// One word's part of a lookup key: lower case, without dots, with plain apostrophes and
  /// hyphens; empty for a word that is only dots.
  static func keyPart(_ word: String) -> String {
    keyPartAndSpace(word).part
  }

  /// ``keyPart(_:)`` of `word`, and whether that part has a space (which a word of the
  /// tokenizer never has).
  static func keyPartAndSpace(_ word: String) -> (part: String, hasSpace: Bool) {
    // Fast path: ASCII words (almost all), lowered byte by byte.
    let (isASCII, hasUppercase, hasDot, hasSpace) =
      word.utf8.withContiguousStorageIfAvailable(asciiProfile) ?? asciiProfile(Array(word.utf8))
    if isASCII {
      if !hasUppercase && !hasDot { return (word, hasSpace) }
      // Lower-casing ASCII maps A-Z to a-z and nothing else, so the bytes are lowered here
      // (cheaper than `lowercased()`) and dots dropped.
      let part = String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
        func lower(_ bytes: some Collection<UInt8>) -> Int {
          var count = 0
          for byte in bytes where byte != 0x2E {
            buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            count += 1
          }
          return count
        }
        return word.utf8.withContiguousStorageIfAvailable(lower) ?? lower(word.utf8)
      }
      return (part, hasSpace)
    }
    var normalized = ""
    for scalar in word.unicodeScalars {
      switch scalar {
      case ".": continue
      case "\u{2019}", "\u{2018}": normalized.append("'")
      case "\u{2010}", "\u{2011}", "\u{2013}": normalized.append("-")
      default: normalized.unicodeScalars.append(scalar)
      }
    }
    let part = normalized.lowercased()
    return (part, part.utf8.contains(0x20))
  }

  /// Whether `bytes` are all ASCII and, if so, whether they have an upper-case letter, a dot
  /// or a space (read from contiguous bytes: a loop over `String.utf8` costs far more).
  private static func asciiProfile(
    _ bytes: some Collection<UInt8>
  ) -> (isASCII: Bool, hasUppercase: Bool, hasDot: Bool, hasSpace: Bool) {
    var hasUppercase = false
    var hasDot = false
    var hasSpace = false
    for byte in bytes {
      if byte >= 0x80 { return (false, false, false, false) }
      if byte >= 0x41 && byte <= 0x5A {
        hasUppercase = true
      } else if byte == 0x2E {
        hasDot = true
      } else if byte == 0x20 {
        hasSpace = true
      }
    }
    return (true, hasUppercase, hasDot, hasSpace)
  }

  /// Whether a name in the gazetteer may start with `word` (as its first word after an
  /// optional leading "the"); `false` means no name does.
  func mayStartName(with word: String) -> Bool {
    if word == "the" || word == "The" || word == "THE" { return true }
    if let known = firstKeyWords.containsKeyPart(of: word) { return known }
    let (part, hasSpace) = Gazetteer.keyPartAndSpace(word)
    if part.isEmpty || hasSpace { return true }
    return firstKeyWords.contains(part)
  }

  /// Whether a name written with words may end with `word`: `false` only when no lookup key
  /// ends with it.
  func mayEndName(with word: String) -> Bool {
    if let known = lastKeyWords.containsKeyPart(of: word) { return known }
    let (part, hasSpace) = Gazetteer.keyPartAndSpace(word)
    if part.isEmpty || hasSpace { return true }
    return lastKeyWords.contains(part)
  }

  static func droppingLeadingThe(_ words: [String]) -> [String] {
    if let first = words.first, first == "the" || first == "The" || first == "THE",
      words.count > 1
    {
      return Array(words.dropFirst())
    }
    return words
  }

  /// Whether a name is written as an abbreviation: no lower-case letter and at most one word
  /// ("U.S.", "WTO", "G20"), or a short all-capital form.
  static func isAcronym(_ name: String) -> Bool {
    var hasLetter = false
    for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
      hasLetter = true
      if scalar.properties.isLowercase { return false }
    }
    return hasLetter && !name.contains(" ")
  }
}

extension Gazetteer {
  /// The gazetteer compiled into kg-export.
  public static let builtIn: Gazetteer = Gazetteer(GazetteerData.entries())
}

/// The built-in tables, parsed once.
enum GazetteerData {
  static func entries() -> [Gazetteer.Entry] {
    var result: [Gazetteer.Entry] = []
    for fields in rows(countries) {
      result.append(
        Gazetteer.Entry(
          kind: .country, name: fields[0], aliases: list(fields, 1), demonyms: list(fields, 2)))
    }
    for fields in rows(cities) {
      var name = fields[0]
      let capital = name.hasPrefix("*")
      if capital { name.removeFirst() }
      result.append(
        Gazetteer.Entry(
          kind: .place, name: name, aliases: list(fields, 1), placeType: .city,
          country: field(fields, 2), isCapital: capital))
    }
    for fields in rows(regions) {
      result.append(
        Gazetteer.Entry(
          kind: .place, name: fields[0], aliases: list(fields, 1), placeType: .region,
          country: field(fields, 2)))
    }
    for fields in rows(continents) {
      result.append(
        Gazetteer.Entry(
          kind: .place, name: fields[0], aliases: list(fields, 1), placeType: .continent))
    }
    for fields in rows(features) {
      result.append(
        Gazetteer.Entry(
          kind: .place, name: fields[0], aliases: list(fields, 1), placeType: .other))
    }
    for fields in rows(organizations) {
      result.append(
        Gazetteer.Entry(
          kind: .organization, name: fields[0], aliases: list(fields, 1),
          organizationType: field(fields, 2).flatMap(Entity.OrganizationType.init(rawValue:)),
          country: field(fields, 3)))
    }
    for fields in rows(events) {
      result.append(
        Gazetteer.Entry(
          kind: .event, name: fields[0], aliases: list(fields, 1),
          eventType: field(fields, 2).flatMap(Entity.EventType.init(rawValue:)),
          year: field(fields, 3).flatMap { Int($0) }))
    }
    return result
  }

  /// The fields of each line with text. Lines and fields are split at scalars, not
  /// characters: the tables have no carriage returns, and nothing combines with a line break
  /// or a bar, so the pieces are the same and grapheme breaking is not paid for.
  private static func rows(_ table: String) -> [[String]] {
    table.unicodeScalars.split(separator: "\n").compactMap { line in
      let trimmed = Substring(line).trimmingSpaces
      guard !trimmed.isEmpty else { return nil }
      return trimmed.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false).map {
        Substring($0).trimmingSpaces
      }
    }
  }

  private static func field(_ fields: [String], _ index: Int) -> String? {
    index < fields.count && !fields[index].isEmpty ? fields[index] : nil
  }

  private static func list(_ fields: [String], _ index: Int) -> [String] {
    guard let value = field(fields, index) else { return [] }
    return value.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    guard let head = unicodeScalars.first, let tail = unicodeScalars.last else { return "" }
    if !head.properties.isWhitespace, !tail.properties.isWhitespace { return String(self) }
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, scalars[start].properties.isWhitespace { start += 1 }
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
    return String(scalars: scalars[start..<end])
  }
}
