/// Something an article talks about: a person, a country, an organization, a place or an event.
///
/// An entity has one canonical ``name`` and any number of ``aliases``; its ``id`` is derived
/// from its kind and canonical name. Inserting an entity whose identifier is already in a graph
/// merges the two (see ``absorb(_:)``), keeping every name and every mention.
public struct Entity: Identifiable, Hashable, Sendable {
  /// The category an entity belongs to.
  public enum Kind: String, CaseIterable, Comparable, Sendable {
    case person
    case country
    case organization
    case place
    case event

    public static func < (lhs: Self, rhs: Self) -> Bool {
      lhs.order < rhs.order
    }

    private var order: Int {
      switch self {
      case .person: 0
      case .country: 1
      case .organization: 2
      case .place: 3
      case .event: 4
      }
    }
  }

  /// What kind of organization an organization is.
  public enum OrganizationType: String, CaseIterable, Comparable, Sendable {
    case government
    case education
    case company
    case media
    case international
    case party
    case research
    case other

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What kind of place a place is.
  public enum PlaceType: String, CaseIterable, Comparable, Sendable {
    case city
    case region
    case continent
    case facility
    case other

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What kind of event an event is.
  public enum EventType: String, CaseIterable, Comparable, Sendable {
    case call
    case meeting
    case talks
    case summit
    case agreement
    case visit
    case war
    case election
    case inauguration
    case conference
    case other

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public let id: EntityID
  public let kind: Kind
  /// The canonical name, such as "Xi Jinping".
  public private(set) var name: String
  /// Other names the entity goes by, such as "Xi" and "President Xi"; never contains ``name``.
  public var aliases: Set<String> {
    get {
      var aliases = allNames
      aliases.remove(name)
      return aliases
    }
    set {
      var names = newValue
      names.insert(name)
      allNames = names
    }
  }
  private var allNames: Set<String>

  /// For organizations, what kind of organization; `nil` for other kinds or when unknown.
  public var organizationType: OrganizationType?
  /// For places, what kind of place.
  public var placeType: PlaceType?
  /// For events, what kind of event.
  public var eventType: EventType?

  /// For events, when it started (or happened).
  public var date: PartialDate?
  /// For events, when it ended, if it lasted more than a day.
  public var endDate: PartialDate?
  /// For events, how long it lasted, as an ISO 8601 duration such as `PT90M` or `P3D`.
  public var duration: String?

  /// Identifiers of the same entity elsewhere, as absolute IRIs (Wikidata and the like).
  public var sameAs: Set<String>
  /// Every place the entity was mentioned.
  public var mentions: Set<Evidence>

  /// An entity of `kind` named `name`; its identifier is derived from both.
  public init(
    _ kind: Kind,
    named name: String,
    aliases: consuming Set<String> = [],
    mentions: consuming Set<Evidence> = []
  ) {
    self.init(kind, id: EntityID(kind: kind, name: name), named: name, aliases: aliases,
              mentions: mentions)
  }

  /// An entity with an explicit identifier, for events and for readers of serialized graphs.
  ///
  /// - Precondition: `id` starts with the kind's name and a slash.
  public init(
    _ kind: Kind,
    id: EntityID,
    named name: String,
    aliases: consuming Set<String> = [],
    mentions: consuming Set<Evidence> = []
  ) {
    precondition(Self.identifier(id, startsWith: kind), "id \(id) does not match kind \(kind)")
    self.id = id
    self.kind = kind
    self.name = name
    var names = aliases
    names.insert(name)
    self.allNames = names
    self.organizationType = nil
    self.placeType = nil
    self.eventType = nil
    self.date = nil
    self.endDate = nil
    self.duration = nil
    self.sameAs = []
    self.mentions = mentions
  }

  /// Whether `id` starts with the name of `kind` and a slash, as `hasPrefix` tells, but
  /// comparing bytes when that gives the same answer.
  private static func identifier(_ id: EntityID, startsWith kind: Kind) -> Bool {
    let utf8 = id.rawValue.utf8
    var position = utf8.startIndex
    for byte in kind.rawValue.utf8 {
      guard position != utf8.endIndex, utf8[position] == byte else { return false }
      utf8.formIndex(after: &position)
    }
    guard position != utf8.endIndex, utf8[position] == 0x2F else { return false }
    utf8.formIndex(after: &position)
    // The slash ends a character unless a combining mark follows it.
    if position == utf8.endIndex || utf8[position] < 0x80 { return true }
    return id.rawValue.hasPrefix(kind.rawValue + "/")
  }

  /// An entity with no identifier, name or anything else, which holds no storage: what is left
  /// in a collection an entity was moved out of.
  init(placeholder: ()) {
    id = EntityID(rawValue: "")
    kind = .person
    name = ""
    allNames = []
    sameAs = []
    mentions = []
  }

  /// Every name of the entity, canonical name first, then aliases in sorted order.
  public var names: [String] {
    var names = [name]
    names.reserveCapacity(allNames.count)
    // The aliases are every name but the canonical one: no set is copied to remove it.
    var rest: [String] = []
    rest.reserveCapacity(allNames.count)
    for other in allNames where other != name { rest.append(other) }
    rest.sort()
    names += rest
    return names
  }

  /// The aliases in sorted order: `aliases.sorted()`, without copying the set of names to
  /// remove the canonical one.
  public var sortedAliases: [String] {
    guard allNames.count > 1 else { return [] }
    var aliases: [String] = []
    aliases.reserveCapacity(allNames.count - 1)
    for other in allNames where other != name { aliases.append(other) }
    aliases.sort()
    return aliases
  }

  /// Whether the entity has aliases: `!aliases.isEmpty`, without building the set.
  public var hasAliases: Bool { allNames.count > 1 }

  /// Every name of the entity, the canonical name and the aliases, in no particular order:
  /// ``names`` without building and sorting an array.
  public var unorderedNames: Set<String> { allNames }

  /// The mentions in a stable order.
  public var sortedMentions: [Evidence] { mentions.sorted() }

  /// Merges `other`, an entity with the same identifier, into this one.
  ///
  /// Merging is commutative and associative: the result does not depend on the order in
  /// which the same entities are merged. The canonical name is the better of the two by a
  /// fixed order (mixed case before all capitals, then longer, then alphabetical); every other
  /// name becomes an alias. Subtypes and dates keep the more specific value.
  ///
  /// - Precondition: `other.id == id`.
  public mutating func absorb(_ other: Entity) {
    precondition(other.id == id, "cannot merge \(other.id) into \(id)")
    allNames.formUnion(other.allNames)
    if Self.prefers(other.name, over: name) { name = other.name }
    organizationType = Self.moreSpecific(organizationType, other.organizationType, other: .other)
    placeType = Self.moreSpecific(placeType, other.placeType, other: .other)
    eventType = Self.moreSpecific(eventType, other.eventType, other: .other)
    date = Self.moreSpecific(date, other.date)
    endDate = Self.moreSpecific(endDate, other.endDate)
    if let otherDuration = other.duration, duration.map({ otherDuration < $0 }) ?? true {
      duration = otherDuration
    }
    sameAs.formUnion(other.sameAs)
    mentions.formUnion(other.mentions)
  }

  /// Makes `newName` the canonical name, keeping the old one as an alias.
  ///
  /// The identifier does not change; use ``KnowledgeGraph/mergeEntity(_:into:)`` to re-key.
  public mutating func rename(to newName: String) {
    allNames.insert(newName)
    name = newName
  }

  /// Whether `candidate` makes a better canonical name than `current`.
  static func prefers(_ candidate: String, over current: String) -> Bool {
    // The same bytes give the same key (the same name is the usual case when merging).
    if sameBytes(candidate, current) { return false }
    func key(_ text: String) -> (Int, Int, String) {
      // ASCII: letters are A-Z and a-z, and the scalar count is the byte count.
      let ascii = text.utf8.withContiguousStorageIfAvailable { asciiLetters($0) } ?? asciiLetters(Array(text.utf8))
      if let (letterCount, hasLowercase) = ascii {
        return (letterCount > 3 && !hasLowercase ? 1 : 0, -text.utf8.count, text)
      }
      // One pass, asking Unicode's tables only about scalars beyond ASCII.
      var letterCount = 0
      var hasLowercase = false
      var scalarCount = 0
      for scalar in text.unicodeScalars {
        scalarCount += 1
        switch scalar.value {
        case 0x61...0x7A:
          letterCount += 1
          hasLowercase = true
        case 0x41...0x5A:
          letterCount += 1
        case 0x80...:
          let properties = scalar.properties
          if properties.isAlphabetic {
            letterCount += 1
            if properties.isLowercase { hasLowercase = true }
          }
        default:
          break
        }
      }
      return (letterCount > 3 && !hasLowercase ? 1 : 0, -scalarCount, text)
    }
    return key(candidate) < key(current)
  }

  /// Whether two strings have the same UTF-8 bytes (`==` also equates other spellings).
  private static func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let same = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
    }
    return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }

  /// How many letters ASCII text has and whether one is lower case; `nil` for other text.
  ///
  /// Reading a buffer of bytes: iterating over a `String`'s UTF-8 view is several times slower.
  private static func asciiLetters(_ bytes: some Collection<UInt8>) -> (count: Int, hasLowercase: Bool)? {
    var count = 0
    var hasLowercase = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte >= 0x61 && byte <= 0x7A {
        count += 1
        hasLowercase = true
      } else if byte >= 0x41 && byte <= 0x5A {
        count += 1
      }
    }
    return (count, hasLowercase)
  }

  static func moreSpecific<T: Comparable>(_ a: T?, _ b: T?, other: T) -> T? {
    switch (a, b) {
    case (nil, _): return b
    case (_, nil): return a
    case let (a?, b?):
      if a == other { return b }
      if b == other { return a }
      return min(a, b)
    }
  }

  static func moreSpecific(_ a: PartialDate?, _ b: PartialDate?) -> PartialDate? {
    switch (a, b) {
    case (nil, _): return b
    case (_, nil): return a
    case let (a?, b?):
      if a.precision != b.precision { return a.precision > b.precision ? a : b }
      return min(a, b)
    }
  }
}
