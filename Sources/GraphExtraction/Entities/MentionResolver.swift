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
    var members: [Int] = []
    /// Lower-cased words of the name that identify the group (persons and unknown names).
    var key: [String] = []
    /// A person's middle initials, which tell "George H. W. Bush" from "George W. Bush".
    var initials: [String] = []
  }

  let gazetteer: Gazetteer
  let documentID: String
  var notes: [String] = []
  private var keyCache: [String: [String]] = [:]
  /// Name keys of the groups other than people, to the first group with that name.
  private var nameIndex: [String: Int] = [:]

  init(gazetteer: Gazetteer, documentID: String) {
    self.gazetteer = gazetteer
    self.documentID = documentID
  }

  mutating func resolve(_ input: [NameCandidate]) -> Resolved {
    var candidates = input.sorted { ($0.sentenceIndex, $0.start) < ($1.sentenceIndex, $1.start) }
    Self.readSurnamesAsPeople(&candidates)
    var groups: [Group] = []
    var groupOf: [Int: Int] = [:]  // candidate index → group index
    var byEntry: [EntityID: Int] = [:]
    var byKey: [String: Int] = [:]  // "kind|key" → group, for unknown names

    func join(_ candidateIndex: Int, _ groupIndex: Int) {
      groups[groupIndex].members.append(candidateIndex)
      groupOf[candidateIndex] = groupIndex
    }

    // 1. Known entities and confirmed names other than people.
    for (index, candidate) in candidates.enumerated() where candidate.status == .confirmed {
      if let entry = candidate.entry {
        if let group = byEntry[entry.id] {
          join(index, group)
        } else {
          groups.append(Group(kind: entry.kind, entry: entry))
          byEntry[entry.id] = groups.count - 1
          join(index, groups.count - 1)
        }
      } else if candidate.kind != .person {
        let key = "\(candidate.kind.rawValue)|\(Gazetteer.key(Gazetteer.words(of: candidate.name)))"
        if let group = byKey[key] {
          join(index, group)
        } else {
          groups.append(Group(kind: candidate.kind, key: Gazetteer.words(of: candidate.name).map { $0.lowercased() }))
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
    for index in personIndices { personKeys[index] = Self.personKey(candidates[index].words) }
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
    for (index, candidate) in candidates.enumerated() where candidate.status == .tagged {
      let key = Self.personKey(candidate.words)
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
    for (index, candidate) in candidates.enumerated()
    where candidate.status == .needsConfirmation || candidate.status == .acronym {
      let key = Self.personKey(candidate.words)
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
  private static func readSurnamesAsPeople(_ candidates: inout [NameCandidate]) {
    var surnames: Set<String> = []
    for candidate in candidates where candidate.kind == .person && candidate.entry == nil {
      let key = personKey(candidate.words)
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
    words.compactMap { word -> String? in
      let lower = word.lowercased()
      if lower.alphabeticProfile.letters <= 1 { return nil }
      if NameLexicon.nameSuffixes.contains(lower) { return nil }
      if lower == "'s" || lower == "\u{2019}s" || lower == "-" { return nil }
      // "al-Burhan" is found again as "Burhan".
      if let surname = NameLexicon.surname(ofArticleCompound: word) { return surname.lowercased() }
      return lower.trimmingCharacters(in: ".")
    }
  }

  /// The initials in a person's name: "George H. W. Bush" → ["h", "w"].
  static func initials(ofPerson words: [String]) -> [String] {
    words.compactMap { word in
      let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
      return letters.count == 1 ? String(String.UnicodeScalarView(letters)).lowercased() : nil
    }
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
  private mutating func keys(of name: String) -> [String] {
    if let known = keyCache[name] { return known }
    // The keys depend on the name only: documents share what others computed.
    if let known = Self.sharedKeys.withLock({ $0[name] }) {
      keyCache[name] = known
      return known
    }
    let words = Gazetteer.words(of: name)
    var result = [Gazetteer.key(words)]
    if let short = Self.shortForm(ofOrganization: words) { result.append(Gazetteer.key(short)) }
    let base = SentenceScanner.withoutCorporateSuffixes(words)
    if base.count < words.count { result.append(Gazetteer.key(base)) }
    keyCache[name] = result
    Self.sharedKeys.withLock { $0[name] = result }
    return result
  }

  /// ``keys(of:)`` of every name seen in this process.
  private static let sharedKeys = Mutex<[String: [String]]>([:])

  /// Adds the names of a group other than a person to the name index.
  private mutating func indexNames(
    of groupIndex: Int, _ candidates: [NameCandidate], _ groups: [Group]
  ) {
    let group = groups[groupIndex]
    guard group.kind != .person else { return }
    var names = group.members.map { candidates[$0].name }
    if let entry = group.entry { names += entry.names }
    for name in names {
      for key in keys(of: name) where nameIndex[key].map({ $0 > groupIndex }) ?? true {
        nameIndex[key] = groupIndex
      }
    }
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
    _ groups: inout [Group], _ groupOf: inout [Int: Int], _ candidates: [NameCandidate]
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
    _ index: Int, _ groups: inout [Group], _ groupOf: inout [Int: Int], _ candidates: [NameCandidate]
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
    _ candidates: [NameCandidate], _ groups: [Group], _ groupOf: [Int: Int]
  ) -> Resolved {
    var graph = KnowledgeGraph()
    var idOfGroup: [Int: EntityID] = [:]
    for (index, group) in groups.enumerated() where !group.members.isEmpty {
      let members = group.members.map { candidates[$0] }
      let entity = makeEntity(group, members)
      idOfGroup[index] = entity.id
      graph.insert(entity)
    }
    var mentions: [(Int, Mention)] = []
    for (index, candidate) in candidates.enumerated() {
      guard let group = groupOf[index], let id = idOfGroup[group] else { continue }
      let kind = groups[group].kind
      mentions.append(
        (
          candidate.sentenceIndex,
          Mention(
            entityID: id, kind: kind, form: candidate.form, tokenRange: candidate.tokenRange,
            start: candidate.start, end: candidate.end, text: candidate.text,
            confidence: candidate.confidence)
        ))
    }
    return Resolved(mentions: mentions, graph: graph)
  }

  private func makeEntity(_ group: Group, _ members: [NameCandidate]) -> Entity {
    let evidence = Set(
      members.map {
        Evidence(
          documentID: documentID, sentenceIndex: $0.sentenceIndex, start: $0.start, end: $0.end,
          quote: $0.text)
      })
    let surfaces = members.filter { $0.form != .demonym && $0.rule != "capital-metonymy" }
      .map { Self.cleanName($0.name) }
    if let entry = group.entry {
      var entity = Entity(entry.kind, id: entry.id, named: entry.name, mentions: evidence)
      entity.aliases = Self.aliases(surfaces, canonical: entry.name)
      entity.organizationType = entry.organizationType
      entity.placeType = entry.placeType
      entity.eventType = entry.eventType
      if let year = entry.year { entity.date = PartialDate(year: year) }
      return entity
    }
    let canonical = surfaces.min(by: Self.isBetterName) ?? Self.cleanName(members[0].name)
    var entity: Entity
    switch group.kind {
    case .person:
      entity = Entity(.person, named: canonical, mentions: evidence)
    case .event:
      entity = Entity(.event, id: EntityID(eventNamed: canonical, date: nil), named: canonical,
                      mentions: evidence)
      entity.eventType = Self.mostSpecific(members.compactMap(\.eventType))
    default:
      entity = Entity(group.kind, named: canonical, mentions: evidence)
    }
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
      entity.organizationType = Self.mostSpecific(members.compactMap(\.organizationType))
    }
    if group.kind == .place {
      entity.placeType = Self.mostSpecific(members.compactMap(\.placeType))
    }
    entity.aliases = Self.aliases(names, canonical: canonical)
    return entity
  }

  /// Aliases without the canonical name and without capital-letter copies of mixed-case names.
  static func aliases(_ names: [String], canonical: String) -> Set<String> {
    // Each mention gives a name: most are repeats, looked at once.
    let unique = Set(names)
    var result: Set<String> = []
    var mixed: Set<String> = isShouted(canonical) ? [] : [canonical.lowercased()]
    for name in unique where !isShouted(name) { mixed.insert(name.lowercased()) }
    for name in unique where name != canonical {
      if isShouted(name), mixed.contains(name.lowercased()) { continue }
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
    func key(_ name: String) -> (Int, Int, Int, String) {
      let profile = name.alphabeticProfile
      let caps = profile.letters > 1 && !profile.hasLowercase
      return (caps ? 1 : 0, -name.split(separator: " ").count, -name.unicodeScalars.count, name)
    }
    return key(a) < key(b)
  }

  /// A name without a possessive ending or surrounding punctuation.
  static func cleanName(_ name: String) -> String {
    var result = name
    for suffix in ["'s", "\u{2019}s"] where result.hasSuffix(suffix) {
      result = String(result.dropLast(suffix.count))
    }
    return result.trimmingSpaces
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
