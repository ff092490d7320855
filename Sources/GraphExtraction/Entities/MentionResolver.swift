import KnowledgeGraphCore
import Synchronization

/// Resolves the name candidates of one document to entities: one entity per real referent,
/// named by its fullest proper name, with every other name as an alias.
struct MentionResolver {
  struct Resolved {
    var mentions: [(sentenceIndex: Int, mention: Mention)]
    var graph: KnowledgeGraph
  }

  /// What a group of candidates that name the same entity knows about it.
  private struct Group {
    var kind: Entity.Kind
    var entry: Gazetteer.Entry?
    /// The identifier of ``entry``, computed once (an entry derives it from its name).
    var entryID: EntityID?
    var members: [Int] = []
    /// Lower-cased words of the name that identify the group (persons and unknown names).
    var key: [String] = []
    /// A person's middle initials, which tell "George H. W. Bush" from "George W. Bush".
    var initials: [String] = []
  }

  let gazetteer: Gazetteer
  let documentID: String
  var notes: [String] = []
  /// Name keys of the groups other than people, to the first group with that name.
  private var nameIndex: [String: Int] = [:]
  /// What each word gives a person key (see ``personKeyPart(_:)``): names repeat in a document.
  private var personKeyParts: [String: String?] = [:]
  /// The person key of each candidate, once computed.
  private var candidatePersonKeys: [[String]?] = []

  init(gazetteer: Gazetteer, documentID: String) {
    self.gazetteer = gazetteer
    self.documentID = documentID
  }

  mutating func resolve(_ input: [NameCandidate]) -> Resolved {
    var candidates = input.sorted { ($0.sentenceIndex, $0.start) < ($1.sentenceIndex, $1.start) }
    candidatePersonKeys = Array(repeating: nil, count: candidates.count)
    // Names and their keys, a few per candidate: room up front rather than rehashing growth.
    nameIndex.reserveCapacity(candidates.count * 2)
    readSurnamesAsPeople(&candidates)
    var groups: [Group] = []
    var groupOf = [Int?](repeating: nil, count: candidates.count)  // candidate index → group index
    var byEntry: [EntityID: Int] = [:]
    var byKey: [String: Int] = [:]  // "kind|key" → group, for unknown names

    func join(_ candidateIndex: Int, _ groupIndex: Int) {
      groups[groupIndex].members.append(candidateIndex)
      groupOf[candidateIndex] = groupIndex
    }

    // 1. Known entities and confirmed names other than people.
    // (Candidates are read in place: copying one copies all its strings.)
    for index in candidates.indices where candidates[index].status == .confirmed {
      if let entry = candidates[index].entry {
        let id = entry.id
        if let group = byEntry[id] {
          join(index, group)
        } else {
          groups.append(Group(kind: entry.kind, entry: entry, entryID: id))
          byEntry[id] = groups.count - 1
          join(index, groups.count - 1)
        }
      } else if candidates[index].kind != .person {
        let kind = candidates[index].kind
        let words = Gazetteer.words(of: candidates[index].name)
        let key = "\(kind.rawValue)|\(Gazetteer.key(words))"
        if let group = byKey[key] {
          join(index, group)
        } else {
          groups.append(Group(kind: kind, key: words.map { $0.lowercased() }))
          byKey[key] = groups.count - 1
          join(index, groups.count - 1)
        }
      }
    }
    // Short forms of organization names: "Renmin University" → "Renmin University of China".
    mergeOrganizationShortForms(&groups, &groupOf, candidates)

    // 2. People with full names, fullest first.
    let personIndices = candidates.indices.filter {
      candidates[$0].status == .confirmed && candidates[$0].kind == .person
        && candidates[$0].entry == nil
    }
    var personKeys = [[String]](repeating: [], count: candidates.count)
    for index in personIndices { personKeys[index] = personKey(of: index, candidates) }
    let full = personIndices.filter { personKeys[$0].count >= 2 }
      .sorted { personKeys[$0].count > personKeys[$1].count }
    var personGroups: [Int] = []
    for index in full {
      let key = personKeys[index]
      let initials = Self.initials(ofPerson: candidates[index].words)
      if let match = personGroups.first(where: {
        Self.sameFullName(groups[$0].key, key)
          && (initials.isEmpty || groups[$0].initials.isEmpty || groups[$0].initials == initials)
      }) {
        join(index, match)
        if groups[match].initials.isEmpty { groups[match].initials = initials }
      } else {
        groups.append(Group(kind: .person, key: key, initials: initials))
        personGroups.append(groups.count - 1)
        join(index, groups.count - 1)
      }
    }
    // 3. Single names: a surname or given name of one of the full names, else a person of
    // their own ("Trump" in an article that never says "Donald").
    let single = personIndices.filter { personKeys[$0].count < 2 }
    for index in single {
      let key = personKeys[index]
      guard let word = key.first else { continue }
      if let group = nearestPersonGroup(containing: word, for: index, candidates, groups, personGroups) {
        join(index, group)
      } else if let group = personGroups.first(where: { groups[$0].key == key }) {
        join(index, group)
      } else {
        groups.append(Group(kind: .person, key: key))
        personGroups.append(groups.count - 1)
        join(index, groups.count - 1)
      }
    }

    for index in groups.indices { indexNames(of: index, candidates, groups) }

    // 4. Names only a tagger found: the name the document already has, else a new entity.
    for index in candidates.indices where candidates[index].status == .tagged {
      let candidate = candidates[index]
      let key = personKey(of: index, candidates)
      if !key.isEmpty,
        let group = nearestPersonGroup(containingAll: key, for: index, candidates, groups, personGroups)
          ?? personGroups.first(where: { groups[$0].key == key })
      {
        join(index, group)
        continue
      }
      if let group = groupNamed(candidate.words) {
        join(index, group)
        continue
      }
      if candidate.kind == .person {
        groups.append(Group(kind: .person, key: key, initials: Self.initials(ofPerson: candidate.words)))
        personGroups.append(groups.count - 1)
      } else {
        groups.append(Group(kind: candidate.kind, key: Gazetteer.words(of: candidate.name).map { $0.lowercased() }))
      }
      join(index, groups.count - 1)
      indexNames(of: groups.count - 1, candidates, groups)
    }

    // "Activision Blizzard … Activision": a company's first word alone, named after it in full
    // (even when the lone word was taken for a person's name: "Amgen said …").
    for index in groups.indices
    where (groups[index].kind == .organization || groups[index].kind == .person)
      && groups[index].entry == nil && groups[index].key.count == 1
    {
      mergeFirstWordShortening(index, &groups, &groupOf, candidates)
    }

    // 5. Undecided words and abbreviations: kept only when they name something found above.
    for index in candidates.indices
    where candidates[index].status == .needsConfirmation || candidates[index].status == .acronym {
      let candidate = candidates[index]
      let key = personKey(of: index, candidates)
      if candidate.status == .needsConfirmation, !key.isEmpty,
        let group = nearestPersonGroup(containingAll: key, for: index, candidates, groups, personGroups)
      {
        join(index, group)
        continue
      }
      if let group = groupNamed(candidate.words) {
        join(index, group)
        continue
      }
      // "Novera is headquartered in Boston" after "Novera Therapeutics": a sentence's first
      // word that starts exactly one company's name is that company.
      if candidate.status == .needsConfirmation, candidate.words.count == 1,
        let group = onlyOrganization(startingWith: candidate.words[0].lowercased(), groups)
      {
        join(index, group)
        continue
      }
      // "the Kiel Institute for the World Economy (IfW)": an abbreviation in brackets right
      // after an organization's name is that organization's, whatever its letters.
      if candidate.status == .acronym, index > 0,
        candidates[index - 1].sentenceIndex == candidate.sentenceIndex,
        candidates[index - 1].tokenRange.upperBound + 1 == candidate.tokenRange.lowerBound,
        candidate.start - candidates[index - 1].end <= 2,
        let group = groupOf[index - 1], groups[group].kind == .organization
      {
        join(index, group)
        indexNames(of: group, candidates, groups)
        continue
      }
      if candidate.status == .acronym,
        let group = groups.indices.first(where: { groupIndex in
          groups[groupIndex].kind == .organization && groups[groupIndex].entry == nil
            && groups[groupIndex].members.contains { member in
              Self.initials(of: candidates[member].name) == candidate.text
            }
        })
      {
        join(index, group)
        indexNames(of: group, candidates, groups)
        continue
      }
      notes.append("dropped \(candidate.rule) \"\(candidate.text)\": names nothing else in the document")
    }

    return build(candidates, groups, groupOf)
  }

  // MARK: - People

  /// "David Turk … Turk added": a lone demonym that is the surname of a person the document
  /// names in full, before or after, is that person, not the country.
  private mutating func readSurnamesAsPeople(_ candidates: inout [NameCandidate]) {
    var surnames: Set<String> = []
    for index in candidates.indices where candidates[index].kind == .person && candidates[index].entry == nil {
      let key = personKey(of: index, candidates)
      if key.count >= 2, let last = key.last { surnames.insert(last) }
    }
    guard !surnames.isEmpty else { return }
    for index in candidates.indices where candidates[index].form == .demonym {
      let words = candidates[index].words
      guard words.count == 1, surnames.contains(words[0].lowercased()) else { continue }
      candidates[index].kind = .person
      candidates[index].entry = nil
      candidates[index].form = .name
      candidates[index].status = .confirmed
      candidates[index].organizationType = nil
      candidates[index].placeType = nil
    }
  }

  /// The lower-cased words that identify a person's name: no initials, suffixes or dots.
  static func personKey(_ words: [String]) -> [String] {
    words.compactMap(personKeyPart)
  }

  /// What one word of a name gives its person key: the word lower-cased, or `nil` for an
  /// initial, a suffix or a possessive.
  static func personKeyPart(_ word: String) -> String? {
    let lower = word.lowercased()
    if lower.alphabeticProfile.letters <= 1 { return nil }
    if NameLexicon.nameSuffixes.contains(lower) { return nil }
    if lower == "'s" || lower == "\u{2019}s" || lower == "-" { return nil }
    // "al-Burhan" is found again as "Burhan".
    if let surname = NameLexicon.surname(ofArticleCompound: word) { return surname.lowercased() }
    return lower.trimmingCharacters(in: ".")
  }

  /// ``personKey(_:)`` of a candidate's words, computed once per candidate and once per word.
  private mutating func personKey(of index: Int, _ candidates: [NameCandidate]) -> [String] {
    if let known = candidatePersonKeys[index] { return known }
    var key: [String] = []
    for word in candidates[index].words {
      let part: String?
      if let known = personKeyParts[word] {
        part = known
      } else {
        part = Self.personKeyPart(word)
        personKeyParts.updateValue(part, forKey: word)
      }
      if let part { key.append(part) }
    }
    candidatePersonKeys[index] = key
    return key
  }

  /// The initials in a person's name: "George H. W. Bush" → ["h", "w"].
  static func initials(ofPerson words: [String]) -> [String] {
    words.compactMap { word in
      // ASCII words (almost all): letters are A-Z and a-z.
      let ascii = word.utf8.withContiguousStorageIfAvailable(asciiInitial) ?? asciiInitial(Array(word.utf8))
      if let ascii { return ascii }
      let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
      return letters.count == 1 ? String(String.UnicodeScalarView(letters)).lowercased() : nil
    }
  }

  /// For an ASCII word, its only letter lower-cased, or `.some(nil)` if it has more or none;
  /// `nil` for other words.
  private static func asciiInitial(_ bytes: some Collection<UInt8>) -> String?? {
    var letterCount = 0
    var letter: UInt8 = 0
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
        letterCount += 1
        letter = byte
      }
    }
    return .some(letterCount == 1 ? String(Character(Unicode.Scalar(letter | 0x20))) : nil)
  }

  /// Whether two full names name the same person: the same words, or one contained in the
  /// other ("Jensen Huang" in "Jensen Huang Jr.").
  static func sameFullName(_ a: [String], _ b: [String]) -> Bool {
    if a == b { return true }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard short.count >= 2, long.count > short.count else { return false }
    for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
      return true
    }
    return false
  }

  /// The person group whose full name contains `word` and is mentioned nearest before the
  /// candidate (or, failing that, nearest after it).
  private func nearestPersonGroup(
    containing word: String, for candidateIndex: Int, _ candidates: [NameCandidate],
    _ groups: [Group], _ personGroups: [Int]
  ) -> Int? {
    nearestPersonGroup(containingAll: [word], for: candidateIndex, candidates, groups, personGroups)
  }

  private func nearestPersonGroup(
    containingAll words: [String], for candidateIndex: Int, _ candidates: [NameCandidate],
    _ groups: [Group], _ personGroups: [Int]
  ) -> Int? {
    let matching = personGroups.filter { group in
      groups[group].key.count >= 2 && words.allSatisfy { groups[group].key.contains($0) }
        && words.count < groups[group].key.count + 1
    }
    if matching.count <= 1 { return matching.first }
    let here = (candidates[candidateIndex].sentenceIndex, candidates[candidateIndex].start)
    var best: (distance: Int, group: Int)?
    for group in matching {
      for member in groups[group].members {
        let there = (candidates[member].sentenceIndex, candidates[member].start)
        let before = there < here
        let distance = (before ? 0 : 1_000_000)
          + abs(there.0 - here.0) * 1000 + min(999, abs(there.1 - here.1) / 10)
        if distance < best?.distance ?? Int.max {
          best = (distance, group)
        }
      }
    }
    return best?.group
  }

  // MARK: - Other names

  /// The lookup keys of a name and of its short form, memoized.
  private func keys(of name: String) -> [String] {
    // The keys depend on the name only: documents share what others computed.
    if let known = Self.sharedKeys.withLock({ $0[name] }) { return known }
    let words = Gazetteer.words(of: name)
    var result = [Gazetteer.key(words)]
    if let short = Self.shortForm(ofOrganization: words) { result.append(Gazetteer.key(short)) }
    let base = SentenceScanner.withoutCorporateSuffixes(words)
    if base.count < words.count { result.append(Gazetteer.key(base)) }
    Self.sharedKeys.withLock { $0[name] = result }
    return result
  }

  /// ``keys(of:)`` of every name seen in this process.
  private static let sharedKeys = Mutex<[String: [String]]>([:])

  /// The keys of every name of a gazetteer entry, each once, memoized: an entry has many names
  /// and documents name the same entries.
  private func keys(ofEntry entry: Gazetteer.Entry, id: EntityID) -> [String] {
    if let known = Self.sharedEntryKeys.withLock({ $0[id] }), known.name == entry.name,
      known.aliases == entry.aliases
    {
      return known.keys
    }
    var seen: Set<String> = []
    var result: [String] = []
    for name in entry.names {
      for key in keys(of: name) where seen.insert(key).inserted { result.append(key) }
    }
    Self.sharedEntryKeys.withLock { $0[id] = (entry.name, entry.aliases, result) }
    return result
  }

  /// ``keys(ofEntry:id:)`` of every entry seen in this process, with the names they came from
  /// (another gazetteer may have another entry of the same identifier).
  private static let sharedEntryKeys = Mutex<[EntityID: (name: String, aliases: [String], keys: [String])]>([:])

  /// Adds the names of a group other than a person to the name index.
  private mutating func indexNames(
    of groupIndex: Int, _ candidates: [NameCandidate], _ groups: [Group]
  ) {
    guard groups[groupIndex].kind != .person else { return }
    // Most mentions repeat a name: each name is indexed once.
    var seen: Set<String> = []
    for member in groups[groupIndex].members {
      let name = candidates[member].name
      if seen.insert(name).inserted { index(name, as: groupIndex) }
    }
    if let entry = groups[groupIndex].entry {
      index(keys: keys(ofEntry: entry, id: groups[groupIndex].entryID ?? entry.id), as: groupIndex)
    }
  }

  /// Points the keys of `name` at `groupIndex`, unless they point at an earlier group.
  private mutating func index(_ name: String, as groupIndex: Int) {
    index(keys: keys(of: name), as: groupIndex)
  }

  private mutating func index(keys: [String], as groupIndex: Int) {
    func lower(_ indexed: inout Int) { indexed = min(indexed, groupIndex) }
    for key in keys { lower(&nameIndex[key, default: groupIndex]) }
  }

  /// The group one of whose names is `words` (compared without case), if any.
  private func groupNamed(_ words: [String]) -> Int? {
    nameIndex[Gazetteer.key(words)]
  }

  /// "Renmin University of China" → "Renmin University"; "Chongyang Institute for Financial
  /// Studies" → "Chongyang Institute": the name up to its first head noun.
  static func shortForm(ofOrganization words: [String]) -> [String]? {
    guard words.count >= 4 else { return nil }
    for (index, word) in words.enumerated() where index >= 1 && index < words.count - 2 {
      guard NameLexicon.organizationHeads[word.lowercased()] != nil else { continue }
      let next = words[index + 1].lowercased()
      guard next == "of" || next == "for" || next == "on" else { return nil }
      // "National Institute", "Chinese Academy" would name many organizations.
      let modifiers = words[..<index]
      if modifiers.allSatisfy({ word in
        NameLexicon.genericModifiers.contains(word.lowercased())
          || Gazetteer.builtIn.matches(for: word).contains { $0.isDemonym || $0.entry.kind == .country }
      }) {
        return nil
      }
      return Array(words[...index])
    }
    return nil
  }

  /// The capitals of a name's words: "World Health Organization" → "WHO".
  static func initials(of name: String) -> String {
    var result = ""
    for word in Gazetteer.words(of: name) {
      guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
      result.unicodeScalars.append(first)
    }
    return result
  }

  private func mergeOrganizationShortForms(
    _ groups: inout [Group], _ groupOf: inout [Int?], _ candidates: [NameCandidate]
  ) {
    for index in groups.indices where groups[index].kind == .organization && groups[index].entry == nil {
      let key = groups[index].key
      guard key.count >= 2, let last = key.last, NameLexicon.organizationHeads[last] != nil else {
        continue
      }
      // The longest other organization that starts with these words.
      let target = groups.indices.filter { other in
        other != index && groups[other].kind == .organization && !groups[other].members.isEmpty
          && groups[other].key.count > key.count
          && Array(groups[other].key.prefix(key.count)) == key
      }.max { groups[$0].key.count < groups[$1].key.count }
      guard let target else { continue }
      for member in groups[index].members {
        groups[target].members.append(member)
        groupOf[member] = target
      }
      groups[index].members = []
    }
  }

  /// Whether the lower-cased first word of an organization's name may stand for it alone: no
  /// generic modifier, head noun, place, country or demonym.
  private func mayStandForOrganization(_ word: String) -> Bool {
    word.count >= 3 && !NameLexicon.genericModifiers.contains(word)
      && NameLexicon.organizationHeads[word] == nil
      && !gazetteer.matches(for: word).contains(where: { $0.isDemonym || $0.entry.kind != .organization })
  }

  /// The one organization whose two-word name starts with `word`, when the word may stand for
  /// it alone, else `nil`.
  private func onlyOrganization(startingWith word: String, _ groups: [Group]) -> Int? {
    guard mayStandForOrganization(word) else { return nil }
    let targets = groups.indices.filter {
      groups[$0].kind == .organization && !groups[$0].members.isEmpty && groups[$0].key.count == 2
        && groups[$0].key[0] == word
    }
    return targets.count == 1 ? targets[0] : nil
  }

  /// "Activision Blizzard … Activision": a company named in full and later by its first word
  /// alone is one organization, when exactly one organization of the text starts with that
  /// word, its full name comes first, and the word names no place or country on its own.
  private mutating func mergeFirstWordShortening(
    _ index: Int, _ groups: inout [Group], _ groupOf: inout [Int?], _ candidates: [NameCandidate]
  ) {
    let word = groups[index].key[0]
    guard mayStandForOrganization(word) else { return }
    let targets = groups.indices.filter { other in
      other != index && groups[other].kind == .organization && !groups[other].members.isEmpty
        && (groups[index].kind == .person ? groups[other].key.count >= 2 : groups[other].key.count == 2)
        && groups[other].key[0] == word
    }
    // A lone word taken for a person stays one when a person of the text bears that name.
    if groups[index].kind == .person, groups.contains(where: {
      $0.kind == .person && $0.key.count > 1 && $0.key.contains(word) && !$0.members.isEmpty
    }) {
      return
    }
    guard targets.count == 1, let target = targets.first,
      let shortFirst = groups[index].members.map({ candidates[$0].start }).min(),
      let fullFirst = groups[target].members.map({ candidates[$0].start }).min(), fullFirst < shortFirst
    else { return }
    for member in groups[index].members {
      groups[target].members.append(member)
      groupOf[member] = target
    }
    groups[index].members = []
    for (name, group) in nameIndex where group == index { nameIndex[name] = target }
  }

  // MARK: - Building the graph

  private func build(
    _ candidates: [NameCandidate], _ groups: [Group], _ groupOf: [Int?]
  ) -> Resolved {
    var graph = KnowledgeGraph()
    graph.reserveCapacity(entities: groups.count)
    var idOfGroup = [EntityID?](repeating: nil, count: groups.count)
    for index in groups.indices where !groups[index].members.isEmpty {
      let entity = makeEntity(groups[index], candidates)
      idOfGroup[index] = entity.id
      graph.insert(entity)
    }
    var mentions: [(sentenceIndex: Int, mention: Mention)] = []
    mentions.reserveCapacity(candidates.count)
    for index in candidates.indices {
      guard let group = groupOf[index], let id = idOfGroup[group] else { continue }
      let kind = groups[group].kind
      mentions.append(
        (
          candidates[index].sentenceIndex,
          Mention(
            entityID: id, kind: kind, form: candidates[index].form,
            tokenRange: candidates[index].tokenRange, start: candidates[index].start,
            end: candidates[index].end, text: candidates[index].text,
            confidence: candidates[index].confidence)
        ))
    }
    return Resolved(mentions: mentions, graph: graph)
  }

  private func makeEntity(_ group: Group, _ candidates: [NameCandidate]) -> Entity {
    var evidence = Set<Evidence>(minimumCapacity: group.members.count)
    // The names of the mentions, each once, in order of first mention: most mentions repeat
    // a name, and every use below is the same for a repeated name as for a single one.
    var surfaces: [String] = []
    var seen: Set<String> = []
    for member in group.members {
      evidence.insert(
        Evidence(
          documentID: documentID, sentenceIndex: candidates[member].sentenceIndex,
          start: candidates[member].start, end: candidates[member].end, quote: candidates[member].text))
      guard candidates[member].form != .demonym, candidates[member].rule != "capital-metonymy" else { continue }
      let name = candidates[member].name
      if seen.insert(name).inserted { surfaces.append(Self.cleanName(name)) }
    }
    if let entry = group.entry {
      var entity = Entity(
        entry.kind, id: group.entryID ?? entry.id, named: entry.name,
        aliases: Self.aliases(surfaces, canonical: entry.name), mentions: evidence)
      entity.organizationType = entry.organizationType
      entity.placeType = entry.placeType
      entity.eventType = entry.eventType
      if let year = entry.year { entity.date = PartialDate(year: year) }
      return entity
    }
    let canonical = Self.bestName(surfaces) ?? Self.cleanName(candidates[group.members[0]].name)
    var names = surfaces
    if group.kind == .organization {
      for surface in surfaces {
        let words = Gazetteer.words(of: surface)
        if let short = Self.shortForm(ofOrganization: words) {
          names.append(Self.joinWords(short))
        }
        let base = SentenceScanner.withoutCorporateSuffixes(words)
        if base.count < words.count, base.count >= 1 {
          names.append(Self.joinWords(base))
        }
      }
    }
    let aliases = Self.aliases(names, canonical: canonical)
    var entity: Entity
    switch group.kind {
    case .person:
      entity = Entity(.person, named: canonical, aliases: aliases, mentions: evidence)
    case .event:
      entity = Entity(.event, id: EntityID(eventNamed: canonical, date: nil), named: canonical,
                      aliases: aliases, mentions: evidence)
      entity.eventType = Self.mostSpecific(group.members.compactMap { candidates[$0].eventType })
    default:
      entity = Entity(group.kind, named: canonical, aliases: aliases, mentions: evidence)
    }
    if group.kind == .organization {
      entity.organizationType = Self.mostSpecific(group.members.compactMap { candidates[$0].organizationType })
    }
    if group.kind == .place {
      entity.placeType = Self.mostSpecific(group.members.compactMap { candidates[$0].placeType })
    }
    return entity
  }

  /// Aliases without the canonical name and without capital-letter copies of mixed-case names.
  static func aliases(_ names: [String], canonical: String) -> Set<String> {
    // Each mention gives a name: most are repeats, looked at once.
    let unique = Set(names)
    var result: Set<String> = []
    var shouted: [String] = []
    for name in unique {
      if isShouted(name) {
        shouted.append(name)
      } else if name != canonical {
        result.insert(name)
      }
    }
    // The lower-cased mixed-case names, made only when a shouted name needs them: they are
    // the canonical name (if mixed case) and the mixed-case names kept so far.
    guard !shouted.isEmpty else { return result }
    var mixed: Set<String> = isShouted(canonical) ? [] : [canonical.lowercased()]
    for name in result { mixed.insert(name.lowercased()) }
    for name in shouted where name != canonical && !mixed.contains(name.lowercased()) {
      result.insert(name)
    }
    return result
  }

  /// Whether a name is written in capitals only ("XI", "TRADE").
  static func isShouted(_ name: String) -> Bool {
    let profile = name.alphabeticProfile
    return profile.letters >= 2 && !profile.hasLowercase
  }

  /// Whether `a` makes a better canonical name than `b`: mixed case first, then more words,
  /// then longer, then alphabetical.
  static func isBetterName(_ a: String, _ b: String) -> Bool {
    nameOrderKey(a) < nameOrderKey(b)
  }

  /// The name of `names` that ``isBetterName(_:_:)`` puts first (the first of equal ones), as
  /// `names.min(by: isBetterName)` finds it but ordering each name's key once.
  static func bestName(_ names: [String]) -> String? {
    guard let first = names.first else { return nil }
    var best = (key: nameOrderKey(first), name: first)
    for name in names.dropFirst() {
      let key = nameOrderKey(name)
      if key < best.key { best = (key, name) }
    }
    return best.name
  }

  /// What ``isBetterName(_:_:)`` compares: shouted names last, then more words, then longer.
  private static func nameOrderKey(_ name: String) -> (Int, Int, Int, String) {
    // ASCII names (almost all), byte by byte: letters are A-Z and a-z, words are runs of
    // bytes other than spaces, and the scalar count is the byte count.
    let ascii = name.utf8.withContiguousStorageIfAvailable(asciiShape) ?? asciiShape(Array(name.utf8))
    if let (letters, hasLowercase, words) = ascii {
      return (letters > 1 && !hasLowercase ? 1 : 0, -words, -name.utf8.count, name)
    }
    let profile = name.alphabeticProfile
    let caps = profile.letters > 1 && !profile.hasLowercase
    return (caps ? 1 : 0, -name.split(separator: " ").count, -name.unicodeScalars.count, name)
  }

  /// An ASCII name's letter count, whether one is lower case and its number of words; `nil`
  /// for other names. (A buffer of bytes: iterating over a `String`'s UTF-8 view is slower.)
  private static func asciiShape(_ bytes: some Collection<UInt8>) -> (Int, Bool, Int)? {
    var letters = 0
    var hasLowercase = false
    var words = 0
    var inWord = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        words += 1
        inWord = true
      }
      if byte >= 0x61 && byte <= 0x7A {
        letters += 1
        hasLowercase = true
      } else if byte >= 0x41 && byte <= 0x5A {
        letters += 1
      }
    }
    return (letters, hasLowercase, words)
  }

  /// A name without a possessive ending or surrounding punctuation.
  static func cleanName(_ name: String) -> String {
    if let ascii = cleanASCIIName(name) { return ascii }
    var result = name
    for suffix in ["'s", "\u{2019}s"] where result.hasSuffix(suffix) {
      result = String(result.dropLast(suffix.count))
    }
    return result.trimmingSpaces
  }

  /// ``cleanName(_:)`` of an ASCII name, byte by byte; `nil` if `name` is not ASCII.
  private static func cleanASCIIName(_ name: String) -> String? {
    let cleaned: String?? = name.utf8.withContiguousStorageIfAvailable { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      // An ASCII space or control character is white space exactly when it is 9-13 or 32.
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
      var start = 0
      var end = bytes.count
      if end >= 2, bytes[end - 2] == 0x27, bytes[end - 1] == 0x73 { end -= 2 }  // "'s"
      while start < end, isSpace(bytes[start]) { start += 1 }
      while end > start, isSpace(bytes[end - 1]) { end -= 1 }
      if start == 0, end == bytes.count { return name }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return cleaned ?? nil
  }

  static func joinWords(_ words: [String]) -> String {
    words.joined(separator: " ")
  }

  static func mostSpecific<T: Comparable & RawRepresentable>(_ values: [T]) -> T?
  where T.RawValue == String {
    let specific = values.filter { $0.rawValue != "other" }
    return specific.min() ?? values.min()
  }
}
