import KnowledgeGraphCore

/// What the text has talked about so far, for resolving "he", "the two leaders",
/// "the company" and the like to the entities they mean.
struct Discourse {
  /// The person most recently in subject position (first person named in a sentence).
  var lastPerson: EntityID?
  /// The last two persons named together.
  var personPair: [EntityID] = []
  /// The last two countries named together.
  var countryPair: [EntityID] = []
  /// The last two organizations named together, for "the two factions".
  var organizationPair: [EntityID] = []
  var lastCompany: EntityID?
  /// How many companies the text has named so far, up to two.
  var companyCount = 0
  var lastCountry: EntityID?
  var lastOrganization: EntityID?
  /// The government body last named, for "the regulator", "the U.S. watchdog".
  var lastAuthority: EntityID?
  /// Organizations by the lower-cased last word of their name ("commission" for the European
  /// Commission), the latest named winning, for "the commission", "the bank".
  var organizationsByHead: [String: EntityID] = [:]
  /// The longest name of each organization in ``organizationsByHead``.
  var knownNames: [EntityID: String] = [:]
  /// Head nouns shared by two organizations of the text ("the union" after the African Union
  /// and the European Union): they resolve to nothing.
  var ambiguousHeads: Set<String> = []
  /// Persons by the last word of a title they were named with ("chancellor" for "German
  /// Chancellor Olaf Scholz"), for "the chancellor".
  var personsByTitle: [String: EntityID] = [:]

  /// Nouns that name a kind of organization, as the last word of its name.
  private static let organizationHeads: Set<String> = [
    "commission", "bank", "council", "parliament", "party", "university", "institute",
    "ministry", "department", "agency", "court", "fund", "organization", "organisation",
    "union", "association", "corporation", "group", "committee", "assembly", "administration",
    "alliance", "foundation", "academy", "college", "federation", "authority", "office", "laboratory",
  ]

  private static let authorityHeads: Set<String> = ["regulator", "watchdog", "agency"]

  /// Nouns for a business that "the" makes the company last named: "the firm", "the lender",
  /// "the carmaker's chief executive".
  ///
  /// All but "company" and "firm" say what the business does, which fits every company of a
  /// story about two of the same trade ("Acme agreed to buy Bolt … the drugmaker"): those
  /// resolve only while the story has named one company.
  private static let companyHeads: Set<String> = [
    "company", "firm", "lender", "carmaker", "automaker", "chipmaker", "retailer", "insurer",
    "airline", "conglomerate", "startup", "miner", "drugmaker", "manufacturer",
  ]

  private static let personPronouns: Set<String> = ["he", "she", "him", "his", "her"]

  /// The words ``references(in:lower:facts:quoted:taken:named:graph:)`` reads a reference
  /// at: at any other word it finds none.
  static let referenceWords: Set<String> = personPronouns.union([
    "it", "its", "whose", "the", "both",
  ])
  private static let personPairHeads: Set<String> = [
    "leaders", "presidents", "men", "heads", "sides' leaders", "premiers", "ministers",
  ]
  private static let countryPairHeads: Set<String> = [
    "countries", "nations", "sides", "powers", "governments", "economies", "states",
  ]
  private static let organizationPairHeads: Set<String> = [
    "factions", "groups", "companies", "firms", "parties", "sides", "militias", "movements",
    "organizations", "organisations", "rivals", "camps", "forces",
  ]

  /// Slots for the pronouns and descriptions in `tokens` that the discourse resolves.
  func references(in tokens: [Token], lower: [String], facts: [Lexicon.Facts], quoted: [Bool],
                  taken: [Bool], named: [Slot], graph: KnowledgeGraph) -> [Slot] {
    var slots: [Slot] = []
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard !taken[index], !quoted[index], facts[index].classes.contains(.discourseWord)
      else { continue }
      let word = lower[index]
      // "Zelensky travelled to Vilnius, where he met Biden": the sentence's own subject first.
      if Self.personPronouns.contains(word),
        let person = named.first(where: {
          $0.kinds == [.person] && $0.tokenRange.upperBound <= index
            && !quoted[$0.tokenRange.lowerBound]
        })?.entities.first ?? lastPerson
      {
        slots.append(slot([person], [.person], tokens, index..<(index + 1)))
        continue
      }
      // "Acme said on Monday it had completed its purchase": the company that speaks.
      if word == "it" || word == "its", let speaker = Self.speakingOrganization(
        before: index, lower: lower, named: named)
      {
        slots.append(slot([speaker], [.organization], tokens, index..<(index + 1)))
        continue
      }
      // "The Green Party said its leader, X, …", "the Liberal Democrats, whose leader X": the
      // organization whose office follows.
      if word == "its" || word == "whose", index + 1 < tokens.count,
        Self.startsTitle(lower, at: index + 1),
        let owner = Self.titleOwner(of: word, at: index, named: named, lower: lower)
          ?? (word == "its" ? lastOrganization : nil)
      {
        slots.append(slot([owner], [.organization], tokens, index..<(index + 1)))
        continue
      }
      // "the two leaders", "both leaders", "the two countries", "both sides"
      let isPairStart = (word == "the" && index + 2 < tokens.count && lower[index + 1] == "two")
        || word == "both"
      if isPairStart {
        let head = word == "both" ? index + 1 : index + 2
        guard head < tokens.count, !taken[head] else { continue }
        if Self.personPairHeads.contains(lower[head]), personPair.count == 2 {
          slots.append(slot(personPair, [.person, .person], tokens, index..<(head + 1)))
          index = head
        } else if Self.countryPairHeads.contains(lower[head]), countryPair.count == 2 {
          slots.append(slot(countryPair, [.country, .country], tokens, index..<(head + 1)))
          index = head
        } else if Self.organizationPairHeads.contains(lower[head]), organizationPair.count == 2 {
          slots.append(
            slot(organizationPair, [.organization, .organization], tokens, index..<(head + 1)))
          index = head
        }
        continue
      }
      // "the regulator", "the U.S. regulator", "the antitrust watchdog"
      if word == "the", let authority = lastAuthority {
        let head = (index + 1..<min(tokens.count, index + 3)).first {
          Self.authorityHeads.contains(lower[$0]) && !taken[$0] && organizationsByHead[lower[$0]] == nil
            && !ambiguousHeads.contains(lower[$0])
        }
        if let head, head == index + 1 || taken[index + 1]
          || tokens[index + 1].text.first?.isLowercase == true
        {
          // Only the untaken words: "U.S." stays the country it names.
          let first = taken[index + 1] ? head : index
          slots.append(slot([authority], [.organization], tokens, first..<(head + 1)))
          index = head
          continue
        }
      }
      // "the Livermore lab" after "Lawrence Livermore National Laboratory".
      if word == "the", let (organization, head) = namedDescription(
        after: index, tokens: tokens, lower: lower, taken: taken, named: named)
      {
        // Only the untaken words: "Livermore" may stay the place it names.
        let first = taken[index + 1] ? head : index
        slots.append(slot([organization], [.organization], tokens, first..<(head + 1)))
        index = head
        continue
      }
      if word == "the", index + 1 < tokens.count, !taken[index + 1] {
        let head = lower[index + 1]
        if Self.companyHeads.contains(head), let company = lastCompany,
          head == "company" || head == "firm" || companyCount == 1
        {
          slots.append(slot([company], [.organization], tokens, index..<(index + 2)))
          index += 1
        } else if head == "country", let country = lastCountry {
          slots.append(slot([country], [.country], tokens, index..<(index + 2)))
          index += 1
        } else if let person = personsByTitle[head], index + 2 >= tokens.count
          || !["of", "for"].contains(lower[index + 2]) && !taken[index + 2]
        {
          // "the chancellor" after "German Chancellor Olaf Scholz"
          slots.append(slot([person], [.person], tokens, index..<(index + 2)))
          index += 1
        } else if let organization = organizationsByHead[head],
          tokens[index + 1].text.first?.isLowercase == true
        {
          // "the commission" after "the European Commission"
          slots.append(slot([organization], [.organization], tokens, index..<(index + 2)))
          index += 1
        }
      }
    }
    return slots
  }

  /// Short head nouns for the organization heads they abbreviate.
  private static let shortHeads: [String: String] = ["lab": "laboratory", "labs": "laboratory"]

  /// The organization of "the Livermore lab", "the Oxford university": one or two capitalized
  /// words from its name before the head noun of its name, and the head noun's position.
  private func namedDescription(
    after index: Int, tokens: [Token], lower: [String], taken: [Bool], named: [Slot]
  ) -> (EntityID, Int)? {
    // Only a known organization's head is read.
    guard !organizationsByHead.isEmpty else { return nil }
    for length in 1...2 {
      let head = index + 1 + length
      let words = index + 1..<head
      // The words are free, or exactly a place the recogniser found ("the Livermore lab").
      guard head < tokens.count, !taken[head],
        words.allSatisfy({ !taken[$0] && tokens[$0].text.startsUppercase })
          || named.contains(where: {
            $0.tokenRange == words && $0.kinds.count == 1 && $0.kinds[0] == .place
          })
      else { continue }
      let noun = Self.shortHeads[lower[head]] ?? lower[head]
      guard let organization = organizationsByHead[noun], let name = knownNames[organization]
      else { continue }
      let nameWords = name.lowercased().split(separator: " ").map(String.init)
      // The capitalized words are words of the name.
      guard words.allSatisfy({ nameWords.contains(lower[$0]) }) else { continue }
      return (organization, head)
    }
    return nil
  }

  /// Whether a role title starts at `index`: "leader", "chief executive".
  private static func startsTitle(_ lower: [String], at index: Int) -> Bool {
    var start = index
    if ["deputy", "vice", "co", "acting", "new", "former"].contains(lower[start]), start + 1 < lower.count {
      start += 1
    }
    if lower[start] == "-", start + 1 < lower.count { start += 1 }
    if RelationRules.titleTable[lower[start]] != nil { return true }
    return start + 1 < lower.count && RelationRules.titleTable[lower[start] + " " + lower[start + 1]] != nil
  }

  /// The organization named before "its" in the sentence, or before the comma of ", whose".
  private static func titleOwner(of word: String, at index: Int, named: [Slot], lower: [String])
    -> EntityID?
  {
    if word == "whose" {
      guard index > 0, lower[index - 1] == ",",
        let owner = named.last(where: { $0.tokenRange.upperBound == index - 1 }),
        owner.kinds == [.organization], owner.entities.count == 1
      else { return nil }
      return owner.entities[0]
    }
    let before = named.filter { $0.tokenRange.upperBound <= index }
    // Only when the sentence's last actor before "its" is one organization.
    guard let last = before.last(where: { $0.isActor }), last.kinds == [.organization],
      last.entities.count == 1
    else { return nil }
    return last.entities[0]
  }

  private static let speechVerbs: Set<String> = ["said", "says", "announced", "announces"]

  /// The organization that opens the sentence and then says something, when "it" follows
  /// its speech verb: "Acme said on Monday that it …".
  private static func speakingOrganization(before index: Int, lower: [String], named: [Slot])
    -> EntityID?
  {
    guard let first = named.last(where: { $0.tokenRange.upperBound <= index }),
      first.kinds == [.organization], first.entities.count == 1
    else { return nil }
    let between = first.tokenRange.upperBound..<index
    guard between.count <= 8, between.count >= 1, speechVerbs.contains(lower[between.lowerBound]),
      !between.contains(where: { [",", ";", "and", "but", "\""].contains(lower[$0]) })
    else { return nil }
    // Nobody else named between the company and the pronoun.
    guard !named.contains(where: {
      $0.tokenRange.lowerBound >= first.tokenRange.upperBound && $0.tokenRange.upperBound <= index
    }) else { return nil }
    return first.entities[0]
  }

  private func slot(_ ids: [EntityID], _ kinds: [Entity.Kind], _ tokens: [Token],
                    _ range: Range<Int>) -> Slot {
    Slot(entities: ids, kinds: kinds, tokenRange: range, start: tokens[range.lowerBound].start,
         end: tokens[range.upperBound - 1].end, isReference: true, isDemonym: false)
  }

  /// Remembers who holds which title, from the title relations of a sentence.
  mutating func learnTitles(from candidates: [Candidate]) {
    for candidate in candidates {
      guard let role = candidate.attributes["roleName"], candidate.attributes["status"] == nil,
        let head = role.lastSpaceSeparatedWord?.lowercased()
      else { continue }
      personsByTitle[head] = candidate.subject
    }
  }

  /// What ``read(_:graph:)`` reads of an organization: its type, and each of its names of
  /// more than one word whose head is one of ``organizationHeads``, with that head.
  private struct OrganizationFacts {
    var type: Entity.OrganizationType?
    var heads: [(head: String, name: String)] = []
  }

  /// The organizations read so far: the graph does not change while a document is read.
  private var organizations: [EntityID: OrganizationFacts] = [:]

  /// The facts of the organization `id`, from the graph the first time it is read.
  private mutating func organizationFacts(of id: EntityID, in graph: KnowledgeGraph)
    -> OrganizationFacts
  {
    if let known = organizations[id] { return known }
    var facts = OrganizationFacts()
    if let entity = graph[id] {
      facts.type = entity.organizationType
      for name in entity.names {
        let words = name.split(separator: " ")
        guard words.count > 1 else { continue }
        // "European Commission" → commission; "Ministry of Commerce" → ministry.
        let head = (words.contains("of") ? words[0] : words[words.count - 1]).lowercased()
        if Self.organizationHeads.contains(head) { facts.heads.append((head, name)) }
      }
    }
    organizations[id] = facts
    return facts
  }

  /// Updates what was last talked about after reading a sentence.
  mutating func read(_ view: SentenceView, graph: KnowledgeGraph) {
    var persons: [EntityID] = []
    var countries: [EntityID] = []
    var firstPerson: EntityID?
    for slot in view.slots where !view.quoted[slot.tokenRange.lowerBound] {
      for (id, kind) in zip(slot.entities, slot.kinds) {
        switch kind {
        case .person:
          if !persons.contains(id) { persons.append(id) }
          if firstPerson == nil, slot.entities.count == 1 { firstPerson = id }
        case .country:
          if !countries.contains(id) { countries.append(id) }
          lastCountry = id
        case .organization:
          lastOrganization = id
          let organization = organizationFacts(of: id, in: graph)
          if organization.type == .company {
            if lastCompany != id, !slot.isReference { companyCount = min(2, companyCount + 1) }
            lastCompany = id
          }
          if organization.type == .government, !slot.isReference { lastAuthority = id }
          if !slot.isReference {
            for (head, name) in organization.heads {
              guard !ambiguousHeads.contains(head) else { continue }
              if let known = organizationsByHead[head], known != id {
                ambiguousHeads.insert(head)
                organizationsByHead[head] = nil
              } else {
                organizationsByHead[head] = id
                if name.count > knownNames[id]?.count ?? 0 { knownNames[id] = name }
              }
            }
          }
        default: break
        }
      }
    }
    if let firstPerson { lastPerson = firstPerson }
    // Persons and countries named together: a coordination, or exactly two in the sentence.
    var pairedPersons: [EntityID]?
    var pairedCountries: [EntityID]?
    for slot in view.slots where !slot.isReference {
      // A slot of one entity that no ",", "and" or "&" follows is a group of one entity
      // (unless "both" or "the" opens it, which ``SentenceView/group(startingAt:)`` skips).
      let first = view.lower[slot.tokenRange.lowerBound]
      let after = view.word(slot.tokenRange.upperBound)
      if slot.entities.count == 1, first != "both", first != "the", after != ",",
        after != "and", after != "&"
      {
        continue
      }
      guard let group = view.group(startingAt: slot.tokenRange.lowerBound),
        group.entities.count == 2
      else { continue }
      if group.kinds.allSatisfy({ $0 == .person }), pairedPersons == nil {
        pairedPersons = group.entities
      }
      if group.kinds.allSatisfy({ $0 == .country }), pairedCountries == nil {
        pairedCountries = group.entities
      }
      // "The Northern Alliance and the Southern Front": the two factions of what follows.
      if group.kinds.allSatisfy({ $0 == .organization }) { organizationPair = group.entities }
    }
    if let pair = pairedPersons ?? (persons.count == 2 ? persons : nil) { personPair = pair }
    if let pair = pairedCountries ?? (countries.count == 2 ? countries : nil) { countryPair = pair }
  }
}
