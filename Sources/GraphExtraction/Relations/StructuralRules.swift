import KnowledgeGraphCore

/// Relations stated by titles, appositions and prepositions: leaderOf, holdsPosition,
/// worksFor, memberOf, citizenOf, partOf and locatedIn.
struct StructuralRules {
  let view: SentenceView
  let graph: KnowledgeGraph
  let rules: RelationRules
  private let longestTitle: Int

  init(view: SentenceView, graph: KnowledgeGraph, rules: RelationRules) {
    self.view = view
    self.graph = graph
    self.rules = rules
    self.longestTitle = rules.longestTitle
  }

  /// A title in the sentence: its meaning, its tokens and its words as written.
  struct TitleMatch {
    var title: RelationRules.Title
    var range: Range<Int>
    var roleName: String
    var isSubordinate: Bool
    var isFormer: Bool
  }

  /// An organization or country a title is held in, with the tokens that name it.
  struct Holder {
    var slot: Slot
    var end: Int
    var skippedWords: Bool
  }

  func candidates() -> [Candidate] {
    var found: [Candidate] = []
    for slot in view.slots where slot.entities.count == 1 {
      switch slot.kinds[0] {
      case .person:
        found += titlesBefore(slot)
        found += descriptorAfter(slot)
        found += descriptorBefore(slot)
        found += counterpart(slot)
      case .organization, .place:
        found += containment(slot)
      default:
        break
      }
      if slot.kinds[0] != .place, !slot.isReference {
        found += membership(slot)
      }
      if slot.kinds[0] == .organization {
        found += headquarters(slot)
        found += groupMembers(slot)
      }
      if slot.kinds[0] == .place {
        found += capital(slot)
        found += knownCountry(slot)
      }
      if slot.kinds[0] == .country || slot.kinds[0] == .organization {
        found += memberDescription(slot)
      }
      if slot.kinds[0] == .person {
        found += nationality(slot)
        found += personOfCountry(slot)
      }
    }
    found += copularTitles()
    return found
  }

  /// "Nvidia is headquartered in Santa Clara", "Spotify, a Swedish company based in
  /// Stockholm", "Apple, led by Tim Cook, is headquartered in Cupertino".
  private func headquarters(_ slot: Slot) -> [Candidate] {
    var position = slot.tokenRange.upperBound
    if view.word(position) == "," {
      position += 1
      if ["a", "an", "the"].contains(view.word(position)) {
        // An apposition of a few descriptive words: "a Swedish company based in".
        var words = 0
        position += 1
        while position < view.count, words < 5, !Self.basedWords.contains(view.lower[position]) {
          let word = view.lower[position]
          if Self.verbLike(word) || view.slotAt[position].map({ view.slots[$0].kinds.first == .person
            || view.slots[$0].kinds.first == .organization }) == true
          {
            return []
          }
          position += 1
          words += 1
        }
      } else if ["led", "founded", "owned", "run", "chaired"].contains(view.word(position)),
        view.word(position + 1) == "by"
      {
        // A participle between commas: "Apple, led by Tim Cook, is headquartered in".
        var close = position + 2
        while close < min(view.count, position + 10), view.lower[close] != "," { close += 1 }
        guard view.word(close) == "," else { return [] }
        position = close + 1
      }
    }
    if Self.isOneOf(view.word(position), "is", "was", "remains") { position += 1 }
    guard Self.basedWords.contains(view.word(position)), view.word(position + 1) == "in",
      let place = view.slot(startingAt: position + 2), place.entities.count == 1,
      place.kinds[0] == .place || place.kinds[0] == .country
    else { return [] }
    return [
      Candidate(
        subject: slot.entities[0], predicate: .locatedIn, object: place.entities[0],
        confidence: slot.isReference ? 0.7 : 0.8, rule: "headquartered-in", sentence: view.index,
        start: slot.start, end: place.end)
    ]
  }

  // Whether a word is one of a few, compared in turn: an array literal's `contains` (or a
  // variadic parameter) would build and free an array at every call.

  private static func isOneOf(_ word: String, _ a: String, _ b: String) -> Bool {
    word == a || word == b
  }

  private static func isOneOf(_ word: String, _ a: String, _ b: String, _ c: String) -> Bool {
    word == a || word == b || word == c
  }

  private static func isOneOf(
    _ word: String, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String
  ) -> Bool {
    word == a || word == b || word == c || word == d || word == e
  }

  private static func isOneOf(
    _ word: String, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String,
    _ f: String
  ) -> Bool {
    word == a || word == b || word == c || word == d || word == e || word == f
  }

  /// A word that looks like a verb or an auxiliary: it ends an apposition.
  private static func verbLike(_ word: String) -> Bool {
    subjectGapWords.contains(word) || (word.hasSuffix("ed") && word.count > 4) || word == ","
  }

  private static let basedWords: Set<String> = ["headquartered", "based", "headquarters"]

  /// "Berlin is the capital of Germany", "Lyon, the third-largest city of France".
  private func capital(_ slot: Slot) -> [Candidate] {
    var position = slot.tokenRange.upperBound
    if view.word(position) == "," || view.word(position) == "is" || view.word(position) == "was" {
      position += 1
    } else {
      return []
    }
    guard view.word(position) == "the" else { return [] }
    position += 1
    var words = 0
    while position < view.count, words < 3, view.slotAt[position] == nil,
      !["of", "in"].contains(view.lower[position])
    {
      position += 1
      words += 1
    }
    let head = view.word(position - 1)
    guard ["capital", "city", "town", "port", "province", "region", "state"].contains(head),
      ["of", "in"].contains(view.word(position)),
      let container = view.slot(startingAt: position + 1), container.entities.count == 1,
      container.kinds[0] == .country || container.kinds[0] == .place
    else { return [] }
    return [
      Candidate(
        subject: slot.entities[0], predicate: .locatedIn, object: container.entities[0],
        confidence: 0.85, rule: "capital-of", sentence: view.index, start: slot.start,
        end: container.end)
    ]
  }

  /// "near the capital, Wellington" in a story that names New Zealand: a city called the
  /// capital is in the country whose capital the gazetteer says it is.
  private func knownCountry(_ slot: Slot) -> [Candidate] {
    var before = slot.tokenRange.lowerBound
    if view.word(before - 1) == "," { before -= 1 }
    guard view.word(before - 1) == "capital", ["the", "country's", "nation's"].contains(view.word(before - 2))
      || view.slot(endingBefore: before - 1)?.kinds == [.country]
    else { return [] }
    guard !slot.isReference, let place = graph[slot.entities[0]],
      let entry = Gazetteer.builtIn.entry(named: place.name), entry.kind == .place, entry.isCapital,
      let country = Gazetteer.builtIn.country(of: entry),
      let countryID = graph.entities(named: country.name, kind: .country)
    else { return [] }
    return [
      Candidate(
        subject: slot.entities[0], predicate: .locatedIn, object: countryID, confidence: 0.6,
        rule: "gazetteer-place-country", sentence: view.index, start: slot.start, end: slot.end)
    ]
  }

  /// "Brazil is a member of BRICS", "Poland, a member of NATO".
  private func memberDescription(_ slot: Slot) -> [Candidate] {
    var position = slot.tokenRange.upperBound
    switch view.word(position) {
    case ",", "is", "was", "became", "remains": break
    default: return []
    }
    position += 1
    guard view.word(position) == "a" || view.word(position) == "an" else { return [] }
    position += 1
    if ["founding", "full", "permanent", "key", "leading"].contains(view.word(position)) {
      position += 1
    }
    guard ["member", "members"].contains(view.word(position)), view.word(position + 1) == "of"
    else { return [] }
    var target = position + 2
    if view.word(target) == "the" { target += 1 }
    guard let organization = view.slot(startingAt: target), organization.entities.count == 1,
      organization.kinds[0] == .organization
    else { return [] }
    return [
      Candidate(
        subject: slot.entities[0], predicate: .memberOf, object: organization.entities[0],
        confidence: 0.8, rule: "member-of", sentence: view.index, start: slot.start,
        end: organization.end)
    ]
  }

  private static let belongVerbs: Set<String> = ["belong", "belongs", "belonged"]
  private static let memberVerbs: Set<String> = ["are", "were", "is", "was", "remain", "remains"]
  private static let includeVerbs: Set<String> = [
    "includes", "include", "included", "including", "comprises", "comprise", "comprising",
  ]

  /// "Both countries belong to the Quad, a grouping that also includes the United States
  /// and India"; "Japan and India are members of the Quad"; "the Quad, whose members include
  /// A, B and C": every country or body named as belonging to a group is its member.
  private func groupMembers(_ group: Slot) -> [Candidate] {
    let groupID = group.entities[0]
    var members: [Slot] = []
    // Before: "X and Y belong to [the] Z", "X and Y are (both) members of [the] Z".
    var before = group.tokenRange.lowerBound
    if view.word(before - 1) == "the" { before -= 1 }
    var verbEnd: Int?
    if view.word(before - 1) == "to", Self.belongVerbs.contains(view.word(before - 2)) {
      verbEnd = before - 2
    } else if view.word(before - 1) == "of",
      Self.isOneOf(view.word(before - 2), "member", "members")
    {
      var cursor = before - 3
      if ["both", "all", "also", "founding", "full"].contains(view.word(cursor)) { cursor -= 1 }
      if Self.memberVerbs.contains(view.word(cursor)) { verbEnd = cursor }
    }
    if var end = verbEnd {
      if ["both", "all", "also"].contains(view.word(end - 1)) { end -= 1 }
      if let subject = view.group(endingBefore: end),
        subject.kinds.allSatisfy({ $0 == .country || $0 == .organization })
      {
        members.append(subject)
      }
    }
    // After: "Z, a grouping that (also) includes A and B", "Z, whose members include A".
    var cursor = group.tokenRange.upperBound
    // "OPEC+, a bloc that includes Russia".
    if view.word(cursor) == "+" { cursor += 1 }
    if view.word(cursor) == "," {
      let limit = min(view.count, cursor + 8)
      cursor += 1
      while cursor < limit, view.slotAt[cursor] == nil,
        ![".", ";", ","].contains(view.lower[cursor]), !Self.includeVerbs.contains(view.lower[cursor])
      {
        cursor += 1
      }
      if cursor < limit, Self.includeVerbs.contains(view.lower[cursor]),
        let listed = view.group(startingAt: cursor + 1),
        listed.kinds.allSatisfy({ $0 == .country || $0 == .organization })
      {
        members.append(listed)
      }
    }
    var found: [Candidate] = []
    for slot in members {
      for id in slot.entities where id != groupID {
        found.append(
          Candidate(
            subject: id, predicate: .memberOf, object: groupID, confidence: 0.7,
            rule: "group-members", sentence: view.index, start: min(slot.start, group.start),
            end: max(slot.end, group.end)))
      }
    }
    return found
  }

  /// "Tim Cook is an American business executive": the first words of a biography.
  private func nationality(_ person: Slot) -> [Candidate] {
    guard !person.isReference else { return [] }
    var position = person.tokenRange.upperBound
    guard Self.isOneOf(view.word(position), "is", "was") else { return [] }
    position += 1
    guard Self.isOneOf(view.word(position), "a", "an") else { return [] }
    guard let country = view.slot(startingAt: position + 1), country.isDemonym,
      country.entities.count == 1, country.kinds[0] == .country
    else { return [] }
    return [
      Candidate(
        subject: person.entities[0], predicate: .citizenOf, object: country.entities[0],
        confidence: 0.75, rule: "biography-nationality", sentence: view.index, start: person.start,
        end: country.end)
    ]
  }

  /// "Sarina Wiegman of the Netherlands", "Jannik Sinner of Italy": a name with no title,
  /// then its country as the end of the phrase.
  private func personOfCountry(_ person: Slot) -> [Candidate] {
    let end = person.tokenRange.upperBound
    guard !person.isReference, view.word(end) == "of", title(endingBefore: person.tokenRange.lowerBound) == nil
    else { return [] }
    var next = end + 1
    if view.word(next) == "the" { next += 1 }
    guard let country = view.slot(startingAt: next), country.kinds == [.country],
      country.entities.count == 1, !country.isDemonym,
      [",", ".", ";", ")", "and", "who", "was", "is", "said"].contains(view.word(country.tokenRange.upperBound))
    else { return [] }
    return [
      Candidate(
        subject: person.entities[0], predicate: .citizenOf, object: country.entities[0],
        confidence: 0.65, rule: "person-of-country", sentence: view.index, start: person.start,
        end: country.end)
    ]
  }

  /// Copulas a title may follow, in ``copularTitles()``.
  static let titleCopulas: Set<String> = ["been", "became", "as", "is", "was"]

  /// "X is an American executive who has been the chief executive officer of Apple": a title
  /// of an organization after a copula, held by the one person named before it.
  private func copularTitles() -> [Candidate] {
    var found: [Candidate] = []
    for position in 0..<view.count where view.slotAt[position] == nil {
      guard view.facts[position].classes.contains(.titleCopula) else { continue }
      var start = position + 1
      if ["the", "a", "an"].contains(view.word(start)) { start += 1 }
      guard let match = title(startingAt: start), match.range.upperBound < view.count,
        ["of", "at", "for"].contains(view.word(match.range.upperBound))
      else { continue }
      var target = match.range.upperBound + 1
      if view.word(target) == "the" { target += 1 }
      guard let holder = view.slot(startingAt: target), holder.entities.count == 1,
        holder.kinds[0] == .country || holder.kinds[0] == .organization
      else { continue }
      // "… Dilma Rousseff as head of the New Development Bank": the name just before "as".
      if view.lower[position] == "as", let person = view.slot(endingBefore: position),
        person.kinds == [.person]
      {
        found += relations(
          person: person, title: match, holder: holder, start: person.start, end: holder.end,
          rule: "as-title", confidence: 0.75)
        continue
      }
      // Exactly one person before the title, and it must be the sentence's first actor.
      let persons = view.slots.filter {
        $0.tokenRange.upperBound <= position && $0.kinds == [.person]
      }
      guard persons.count == 1, let person = persons.first,
        view.slots.first?.tokenRange == person.tokenRange
          || view.slots.first?.kinds.first == .country
      else { continue }
      // Already read as an apposition of the name.
      if person.tokenRange.upperBound + 3 >= position { continue }
      found += relations(
        person: person, title: match, holder: holder, start: person.start, end: holder.end,
        rule: "copular-title", confidence: 0.7)
    }
    return found
  }

  // MARK: - Titles

  /// "U.S. President Donald Trump", "China's President Xi", "Treasury Secretary Scott
  /// Bessent", "President Xi of China".
  private func titlesBefore(_ person: Slot) -> [Candidate] {
    var titleEnd = person.tokenRange.lowerBound
    // "Saudi Foreign Minister Prince Faisal": an honorific between the title and the name.
    if Self.honorificsAfterTitles.contains(view.word(titleEnd - 1)), view.slotAt[titleEnd - 1] == nil {
      titleEnd -= 1
    }
    guard !person.isReference, var match = title(endingBefore: titleEnd)
    else { return [] }
    var holder: Slot?
    var before = match.range.lowerBound
    if view.word(before - 1) == "'s" || view.word(before - 1) == "’s" || view.word(before - 1) == "'" {
      before -= 1
    }
    // A place before a title ("Hamburg Mayor") is kept so the signature check reports it.
    if let slot = view.slot(endingBefore: before), slot.entities.count == 1, slot.kinds[0] != .person,
      slot.kinds[0] != .event
    {
      holder = slot
    }
    var found: [Candidate] = []
    let personEnd = person.tokenRange.upperBound
    // "former Brazilian president X": "former" before the country.
    if let holder, ["former", "late", "then", "ex"].contains(view.word(holder.tokenRange.lowerBound - 1)) {
      match.isFormer = true
    }
    if holder == nil, view.word(personEnd) == "of" {
      var next = personEnd + 1
      if view.word(next) == "the" { next += 1 }
      if let slot = view.slot(startingAt: next), slot.entities.count == 1,
        slot.kinds[0] == .country || slot.kinds[0] == .organization
      {
        found += relations(
          person: person, title: match, holder: slot, start: view.tokens[match.range.lowerBound].start,
          end: slot.end, rule: "title-of", confidence: 0.85)
        return found
      }
    }
    if let holder {
      found += relations(
        person: person, title: match, holder: holder, start: holder.start, end: person.end,
        rule: "title-before-name", confidence: 0.9)
    } else if let country = match.title.impliedCountry,
      let id = graph.entities(named: country, kind: .country)
    {
      let slot = Slot(entities: [id], kinds: [.country], tokenRange: match.range,
                      start: view.tokens[match.range.lowerBound].start,
                      end: view.tokens[match.range.upperBound - 1].end, isReference: true,
                      isDemonym: false)
      found += relations(
        person: person, title: match, holder: slot, start: slot.start, end: person.end,
        rule: "title-implies-country", confidence: 0.7)
    } else if let country = coordinatedCountry(before: match) {
      // "Australia's foreign minister, Penny Wong, and Defence Minister Richard Marles".
      found += relations(
        person: person, title: match, holder: country, start: country.start, end: person.end,
        rule: "title-coordinated-country", confidence: 0.7)
    } else if let body = soleOrganizationBefore(match) {
      // "The Federal Trade Commission sued …, and Chair Lina Khan said": the one body the
      // sentence named before an office of bodies.
      found += relations(
        person: person, title: match, holder: body, start: body.start, end: person.end,
        rule: "title-sentence-organization", confidence: 0.6)
    } else if let country = soleFreeCountry(for: match) {
      // "Russia was represented by Foreign Minister Sergei Lavrov": a national office with no
      // country of its own, in a sentence that names one country only.
      found += relations(
        person: person, title: match, holder: country, start: min(country.start, person.start),
        end: max(country.end, person.end), rule: sentenceCountryTitleRule, confidence: 0.6)
    }
    return found
  }

  /// The one organization a sentence names before `title`, an office of organizations.
  private func soleOrganizationBefore(_ title: TitleMatch) -> Slot? {
    guard title.title.scope != .country, !title.isFormer,
      title.title.kind == .leader || title.title.kind == .position
    else { return nil }
    let before = view.slots.filter {
      $0.tokenRange.upperBound <= title.range.lowerBound && $0.kinds != [.person]
    }
    // Another actor or a person between them would be the body's neighbour, not this title's.
    guard let body = before.last, body.kinds == [.organization], body.entities.count == 1,
      !body.isReference,
      Set(before.filter { $0.kinds == [.organization] || $0.kinds == [.country] }.flatMap(\.entities)).count == 1,
      !view.slots.contains(where: {
        $0.kinds == [.person] && $0.tokenRange.lowerBound > body.tokenRange.lowerBound
          && $0.tokenRange.upperBound <= title.range.lowerBound
      })
    else { return nil }
    return Slot(
      entities: body.entities, kinds: body.kinds, tokenRange: body.tokenRange, start: body.start,
      end: body.end, isReference: true, isDemonym: false)
  }

  /// The country of the titled person a national office is coordinated with by "and":
  /// "Australia's foreign minister, Penny Wong, and Defence Minister Richard Marles",
  /// "Japanese Foreign Minister X and Defence Minister Y".
  private func coordinatedCountry(before title: TitleMatch) -> Slot? {
    guard title.title.scope == .country, !title.isFormer else { return nil }
    var position = title.range.lowerBound
    guard view.word(position - 1) == "and" else { return nil }
    position -= 1
    if view.word(position - 1) == "," { position -= 1 }
    guard let other = view.slot(endingBefore: position), other.kinds == [.person],
      let country = country(ofTitled: other)
    else { return nil }
    return Slot(
      entities: country.entities, kinds: country.kinds, tokenRange: country.tokenRange,
      start: country.start, end: country.end, isReference: true, isDemonym: country.isDemonym)
  }

  /// The country named with a person's national office: "Japanese Foreign Minister X",
  /// "Australia's foreign minister, X".
  private func country(ofTitled person: Slot) -> Slot? {
    if let match = title(endingBefore: person.tokenRange.lowerBound), match.title.scope != .organization {
      var before = match.range.lowerBound
      if ["'s", "’s"].contains(view.word(before - 1)) { before -= 1 }
      if let slot = view.slot(endingBefore: before), slot.kinds == [.country], slot.entities.count == 1 {
        return slot
      }
      return nil
    }
    let comma = person.tokenRange.lowerBound - 1
    guard view.word(comma) == "," else { return nil }
    for start in max(0, comma - 8)..<comma {
      guard let (match, holder) = descriptor(at: start), match.title.scope != .organization,
        holder.slot.kinds == [.country], max(holder.slot.tokenRange.upperBound, match.range.upperBound) == comma
      else { continue }
      return holder.slot
    }
    return nil
  }

  /// "Japanese Prime Minister A and his Australian counterpart B": B holds A's office in
  /// the other country. "their Japanese counterparts, Foreign Minister X and Defence Minister
  /// Y": each holds the office written before the name, in that country.
  private func counterpart(_ person: Slot) -> [Candidate] {
    // The rule reads back to "counterpart" or "counterparts": most sentences have neither.
    guard !person.isReference, view.classes.contains(.counterpart) else { return [] }
    let own = title(endingBefore: person.tokenRange.lowerBound)
    // Back from the name (and its title) over a list of titled names to "counterpart(s)".
    var cursor = own?.range.lowerBound ?? person.tokenRange.lowerBound
    var steps = 0
    while cursor > 1, steps < 14 {
      let word = view.word(cursor - 1)
      if word == "counterpart" || word == "counterparts" { break }
      let classes = view.facts[cursor - 1].classes
      guard word == "," || word == "and" || view.slotAt[cursor - 1] != nil
        || classes.contains(.titleLastWord) || classes.contains(.title)
        || classes.contains(.titleModifier)
        || (view.tokens[cursor - 1].text.first?.isUppercase ?? false)
      else { return [] }
      cursor -= 1
      steps += 1
    }
    guard ["counterpart", "counterparts"].contains(view.word(cursor - 1)),
      let country = view.slot(endingBefore: cursor - 1), country.kinds == [.country],
      country.entities.count == 1
    else { return [] }
    if let own, own.title.scope != .organization {
      return relations(
        person: person, title: own, holder: country, start: country.start, end: person.end,
        rule: "title-counterpart", confidence: 0.75)
    }
    guard own == nil, view.word(country.tokenRange.lowerBound - 1) != "of" else { return [] }
    // The office of the titled person named before: "Japanese Prime Minister A and his …".
    guard let first = view.slots.last(where: {
      $0.kinds == [.person] && !$0.isReference
        && $0.tokenRange.upperBound <= country.tokenRange.lowerBound
    }), let office = title(endingBefore: first.tokenRange.lowerBound),
      office.title.scope != .organization, !office.isFormer
    else { return [] }
    return relations(
      person: person, title: office, holder: country, start: country.start, end: person.end,
      rule: "title-counterpart", confidence: 0.7)
  }

  /// Words after a country that make it the actor of its clause or a possessor.
  private static let countryActorFollowers: Set<String> = [
    "'s", "’s", "was", "is", "were", "are", "has", "had", "have", "will", "would", "sent",
    "said", "says",
  ]

  /// Offices held toward another country than the holder's: "Ambassador X said China …".
  private static let foreignFacingTitles: Set<String> = [
    "ambassador", "envoy", "special envoy", "diplomat", "negotiator", "consul", "consul general",
  ]

  /// The one country a sentence names, when `title` is a national office with no holder
  /// and that country is not already the holder of another title ("Chinese President Xi").
  private func soleFreeCountry(for title: TitleMatch) -> Slot? {
    guard title.title.scope == .country, !title.isFormer,
      title.title.kind == .leader || title.title.kind == .position,
      !Self.foreignFacingTitles.contains(title.roleName.lowercased())
    else { return nil }
    var found: Slot?
    var countries: Set<EntityID> = []
    for slot in view.slots where slot.kinds == [.country] && slot.entities.count == 1 {
      countries.insert(slot.entities[0])
      // The country as an actor: the subject of a clause ("Russia was represented by") or a
      // possessor ("Argentina's runoff"); not the country of another office ("Chinese
      // President Xi"), a place ("in Russia") or a modifier ("a tougher China strategy").
      if found == nil, !isTitleHolder(slot), !slot.isDemonym,
        Self.countryActorFollowers.contains(view.word(slot.tokenRange.upperBound))
      {
        found = slot
      }
    }
    guard let found, countries.count == 1 else { return nil }
    return Slot(
      entities: found.entities, kinds: found.kinds, tokenRange: found.tokenRange,
      start: found.start, end: found.end, isReference: true, isDemonym: found.isDemonym)
  }

  /// Whether a country names whose office a title is: "Chinese President", "China's
  /// president", "the president of China".
  private func isTitleHolder(_ slot: Slot) -> Bool {
    var after = slot.tokenRange.upperBound
    if ["'s", "’s"].contains(view.word(after)) { after += 1 }
    if title(startingAt: after) != nil { return true }
    var before = slot.tokenRange.lowerBound
    if view.word(before - 1) == "the" { before -= 1 }
    return view.word(before - 1) == "of" && title(endingBefore: before - 1) != nil
  }

  /// "Jensen Huang, Nvidia CEO", "X, the prime minister of Y", "X is the director of Y",
  /// "X, a member of the Y Party".
  private func descriptorAfter(_ person: Slot) -> [Candidate] {
    var position = person.tokenRange.upperBound
    let word = view.word(position)
    if word == "," {
      position += 1
      if view.word(position) == "who" { position += 1 }
      if Self.isOneOf(view.word(position), "is", "was") { position += 1 }
    } else if Self.isOneOf(word, "is", "was", "became", "becomes", "remains") {
      position += 1
    } else if word == "serves" || word == "served" || word == "serving", view.word(position + 1) == "as" {
      position += 2
    } else {
      return []
    }
    guard let (match, holder) = descriptor(at: position) else {
      // "X, prime minister and leader of the Y Party": the second title names its holder.
      guard let first = title(startingAt: position), view.word(first.range.upperBound) == "and"
      else { return [] }
      return coordinatedTitle(person, after: first.range.upperBound)
    }
    var found = relations(
      person: person, title: match, holder: holder.slot, start: person.start,
      end: max(holder.end, view.tokens[match.range.upperBound - 1].end),
      rule: "title-apposition", confidence: holder.skippedWords ? 0.7 : 0.85)
    // "X, the president of Comoros and chairman of the African Union": a second title.
    let last = max(holder.slot.tokenRange.upperBound, match.range.upperBound)
    if view.word(last) == "and" { found += coordinatedTitle(person, after: last) }
    return found
  }

  /// The title coordinated by the "and" at `position` in an apposition of `person`, when it
  /// names its own holder after it: "… and chairman of the African Union".
  private func coordinatedTitle(_ person: Slot, after position: Int) -> [Candidate] {
    guard let (match, holder) = descriptor(at: position + 1),
      holder.slot.tokenRange.lowerBound >= match.range.upperBound, !holder.slot.isDemonym
    else { return [] }
    return relations(
      person: person, title: match, holder: holder.slot, start: person.start,
      end: holder.end, rule: "title-apposition-coordinated",
      confidence: holder.skippedWords ? 0.65 : 0.8)
  }

  /// "the CEO of Nvidia, Jensen Huang", "Nvidia's chief executive, Jensen Huang".
  private func descriptorBefore(_ person: Slot) -> [Candidate] {
    let comma = person.tokenRange.lowerBound - 1
    guard !person.isReference, view.word(comma) == "," else { return [] }
    for start in max(0, comma - 12)..<comma {
      guard start == 0 || view.word(start - 1) == ","
        || Self.isOneOf(view.word(start), "the", "a", "an")
        || (Self.isOneOf(view.word(start), "its", "whose")
          && view.slot(startingAt: start)?.isReference == true)
      else { continue }
      guard let (match, holder) = descriptor(at: start), holder.slot.tokenRange.upperBound <= comma
      else { continue }
      let end = max(holder.slot.tokenRange.upperBound, match.range.upperBound)
      if end == comma {
        return relations(
          person: person, title: match, holder: holder.slot, start: view.tokens[start].start,
          end: person.end, rule: "title-apposition", confidence: 0.85)
      }
      // "Acme's chairman and chief executive, Jane Roe": both titles are hers.
      guard holder.slot.tokenRange.upperBound <= match.range.lowerBound, view.word(end) == "and",
        let second = title(startingAt: end + 1), second.range.upperBound == comma
      else { continue }
      return relations(
        person: person, title: match, holder: holder.slot, start: view.tokens[start].start,
        end: person.end, rule: "title-apposition", confidence: 0.85)
        + relations(
          person: person, title: second, holder: holder.slot, start: view.tokens[start].start,
          end: person.end, rule: "title-apposition-coordinated", confidence: 0.8)
    }
    return []
  }

  /// Parses "[the] [Holder['s]] [modifiers] TITLE [of|at|for [the] Holder]" at `start`.
  private func descriptor(at start: Int) -> (TitleMatch, Holder)? {
    var position = start
    // "the commission's …" may be one resolved description, starting at "the".
    if view.slot(startingAt: position) == nil, ["the", "a", "an"].contains(view.word(position)) {
      position += 1
    }
    var holder: Holder?
    if let slot = view.slot(startingAt: position), slot.entities.count == 1,
      slot.kinds[0] == .country || slot.kinds[0] == .organization
    {
      holder = Holder(slot: slot, end: slot.end, skippedWords: false)
      position = slot.tokenRange.upperBound
      if view.word(position) == "'s" || view.word(position) == "’s" { position += 1 }
    }
    guard let match = title(startingAt: position) else { return nil }
    position = match.range.upperBound
    let preposition = view.word(position)
    if holder == nil || holder?.slot.isDemonym == true,
      ["of", "at", "for", "with"].contains(preposition)
    {
      // The first organization or country after the preposition, allowing a few capitalized
      // words of an unrecognised unit in between ("director of International Department of
      // the X Institute").
      var cursor = position + 1
      var skipped = false
      while cursor < view.count, cursor <= position + 8 {
        if let slot = view.slot(startingAt: cursor) {
          let after = slot.tokenRange.upperBound
          if slot.kinds == [.place], let described = view.slot(startingAt: after), described.isReference,
            described.kinds == [.organization], described.entities.count == 1
          {
            // "the director of the Livermore lab": the organization the place describes.
            holder = Holder(slot: described, end: described.end, skippedWords: skipped)
          } else if ["'s", "’s"].contains(view.word(after)), let owned = view.slot(startingAt: after + 1),
            owned.entities.count == 1, owned.kinds[0] == .organization
          {
            // "the president of England's Football Association": the body, not its owner.
            holder = Holder(slot: owned, end: owned.end, skippedWords: skipped)
          } else if slot.entities.count == 1,
            slot.kinds[0] == .country || slot.kinds[0] == .organization
          {
            holder = Holder(slot: slot, end: slot.end, skippedWords: skipped)
          }
          break
        }
        let word = view.tokens[cursor].text
        let isCapitalized = word.unicodeScalars.first?.properties.isUppercase ?? false
        guard isCapitalized || ["the", "of", "and", "for"].contains(view.lower[cursor]) else { break }
        if view.lower[cursor] != "the" { skipped = true }
        cursor += 1
      }
    }
    guard let holder else { return nil }
    return (match, holder)
  }

  /// The title ending just before `position`, with its modifiers.
  func title(endingBefore position: Int) -> TitleMatch? {
    guard position > 0, view.facts[position - 1].classes.contains(.titleLastWord) else {
      return nil
    }
    for length in stride(from: min(longestTitle, position), through: 1, by: -1) {
      let range = (position - length)..<position
      guard range.allSatisfy({ view.slotAt[$0] == nil }) else { continue }
      let key = view.lowerWords(range)
      guard let title = rules.titles[key] else { continue }
      var start = range.lowerBound
      var subordinate = false
      var former = false
      while start > 0, view.slotAt[start - 1] == nil {
        let modifier = view.lower[start - 1]
        let classes = view.facts[start - 1].classes
        if classes.contains(.subordinateModifier) {
          subordinate = true
        } else if classes.contains(.titleModifier) {
          former = former || modifier == "former" || modifier == "late" || modifier == "then"
        } else {
          break
        }
        start -= 1
      }
      return TitleMatch(
        title: title, range: start..<position, roleName: roleName(start..<position),
        isSubordinate: subordinate, isFormer: former)
    }
    return nil
  }

  /// The title starting at `position`, after its modifiers.
  func title(startingAt position: Int) -> TitleMatch? {
    var start = position
    var subordinate = false
    var former = false
    while start < view.count, view.slotAt[start] == nil {
      let classes = view.facts[start].classes
      for length in stride(from: min(longestTitle, view.count - start), through: 1, by: -1)
      where classes.contains(.titleFirstWord) {
        let range = start..<(start + length)
        guard range.allSatisfy({ view.slotAt[$0] == nil }) else { continue }
        let key = view.lowerWords(range)
        guard let title = rules.titles[key] else { continue }
        return TitleMatch(
          title: title, range: position..<range.upperBound,
          roleName: roleName(position..<range.upperBound),
          isSubordinate: subordinate, isFormer: former)
      }
      let modifier = view.lower[start]
      if classes.contains(.subordinateModifier) {
        subordinate = true
      } else if classes.contains(.titleModifier) {
        former = former || modifier == "former" || modifier == "late" || modifier == "then"
      } else {
        return nil
      }
      start += 1
    }
    return nil
  }

  /// The title as written, with "deputy" or "vice" but without "former" or "acting".
  private func roleName(_ range: Range<Int>) -> String {
    var start = range.lowerBound
    while start < range.upperBound - 1, view.facts[start].classes.contains(.titleModifier),
      !view.facts[start].classes.contains(.title)
    {
      start += 1
    }
    return view.tokenWords(start..<range.upperBound)
  }

  /// The relations a title states between a person and the organization or country it names.
  func relations(
    person: Slot, title: TitleMatch, holder: Slot, start: Int, end: Int, rule: String,
    confidence: Double
  ) -> [Candidate] {
    let personID = person.entities[0]
    let holderID = holder.entities[0]
    let holderKind = holder.kinds[0]
    var attributes = ["roleName": title.roleName]
    if title.isFormer { attributes["status"] = "former" }
    var found: [Candidate] = []
    let predicate: Relation.Predicate?
    switch title.title.kind {
    case .leader: predicate = title.isSubordinate ? .holdsPosition : .leaderOf
    case .position: predicate = .holdsPosition
    case .employee: predicate = holderKind == .organization ? .worksFor : nil
    case .member: predicate = .memberOf
    case .occupation:
      let isFounder = RelationRules.founderTitles.contains(title.roleName.lowercased())
      predicate = isFounder && holderKind == .organization ? .founded : nil
    }
    // A former office is history: the graph states what holds now.
    if let predicate, !title.isFormer {
      var reduced = confidence
      if person.isReference { reduced -= 0.15 }
      found.append(
        Candidate(
          subject: personID, predicate: predicate, object: holderID, confidence: reduced,
          rule: rule, sentence: view.index, start: start, end: end, attributes: attributes))
    }
    // A country named with a person's title is the person's nationality.
    if holderKind == .country, title.title.impliedCountry == nil || holder.isReference == false {
      let adjacent = rule == "title-before-name" || rule == "title-of"
      found.append(
        Candidate(
          subject: personID, predicate: .citizenOf, object: holderID,
          confidence: adjacent ? 0.75 : 0.65, rule: "\(rule)-nationality", sentence: view.index,
          start: start, end: end))
    }
    return found
  }

  // MARK: - Organizations and places

  private static let unitNouns: Set<String> = [
    "unit", "subsidiary", "division", "arm", "part", "branch", "affiliate", "department",
    "wing", "agency", "bureau", "institute", "school", "faculty", "office", "member",
    "facility", "laboratory",
  ]

  /// "the X Institute at Y University", "X, a unit of Y" (partOf); "Wuhan, Hubei Province,
  /// China", "Yangshan Port in Shanghai", "X University in Beijing" (locatedIn).
  private func containment(_ slot: Slot) -> [Candidate] {
    var found: [Candidate] = []
    let id = slot.entities[0]
    let kind = slot.kinds[0]
    let end = slot.tokenRange.upperBound
    let word = view.word(end)
    if kind == .organization, word == "at" || word == "of" {
      var next = end + 1
      if view.word(next) == "the" { next += 1 }
      if let parent = view.slot(startingAt: next), parent.entities.count == 1,
        parent.kinds[0] == .organization
      {
        found.append(
          Candidate(
            subject: id, predicate: .partOf, object: parent.entities[0],
            confidence: word == "at" ? 0.8 : 0.7, rule: "organization-\(word)-organization",
            sentence: view.index, start: slot.start, end: parent.end))
      }
    }
    // "the University of Pennsylvania's Perelman School of Medicine": a unit the owner names.
    if kind == .organization, word == "'s" || word == "’s",
      let unit = view.slot(startingAt: end + 1), unit.entities.count == 1,
      unit.kinds[0] == .organization,
      unit.tokenRange.contains(where: {
        PatternTable.unitNouns.contains(view.lower[$0]) || Self.possessedUnitNouns.contains(view.lower[$0])
      })
    {
      found.append(
        Candidate(
          subject: unit.entities[0], predicate: .partOf, object: id, confidence: 0.75,
          rule: "possessive-unit", sentence: view.index, start: slot.start, end: unit.end))
    }
    if kind == .organization, word == ",", let parent = unitParent(at: end + 1) {
      found.append(
        Candidate(
          subject: id, predicate: .partOf, object: parent.entities[0], confidence: 0.85,
          rule: "unit-of-apposition", sentence: view.index, start: slot.start, end: parent.end))
    } else if kind == .organization {
      // "Horizon will operate as a business unit of Amgen", "X became a subsidiary of Y".
      var next = end
      if Self.isOneOf(view.word(next), "will", "would", "is", "was", "has", "now") { next += 1 }
      if Self.isOneOf(view.word(next), "now", "be", "become") { next += 1 }
      if Self.isOneOf(view.word(next), "operate", "operates", "run", "function", "continue"),
        view.word(next + 1) == "as"
      {
        next += 2
      } else if Self.isOneOf(
        view.word(next - 1), "become", "becomes", "became", "remain", "remains", "be")
        || Self.isOneOf(view.word(next), "becomes", "became", "remains")
      {
        if Self.isOneOf(view.word(next), "becomes", "became", "remains") { next += 1 }
      } else {
        next = -1
      }
      if next > end, let parent = unitParent(at: next) {
        found.append(
          Candidate(
            subject: id, predicate: .partOf, object: parent.entities[0], confidence: 0.75,
            rule: "unit-of-verb", sentence: view.index, start: slot.start, end: parent.end))
      }
    }
    // Containment by comma or "in".
    guard word == "," || word == "in" else { return found }
    guard kind == .place || isSituatedOrganization(id) else { return found }
    guard let container = view.slot(startingAt: end + 1), container.entities.count == 1,
      container.kinds[0] == .place || container.kinds[0] == .country
    else { return found }
    guard container.placeRank(in: graph) > slot.placeRank(in: graph) else { return found }
    // "Paris, Lyon and Marseille": a list, not a containment.
    if word == ",", view.word(container.tokenRange.upperBound) == "and",
      let next = view.slot(startingAt: container.tokenRange.upperBound + 1),
      next.kinds[0] == container.kinds[0]
    {
      return found
    }
    found.append(
      Candidate(
        subject: id, predicate: .locatedIn, object: container.entities[0],
        confidence: word == "," ? 0.85 : 0.75, rule: word == "," ? "place-comma-place" : "place-in-place",
        sentence: view.index, start: slot.start, end: container.end))
    return found
  }

  /// Heads of units an owner names before them: "the University of Rochester's Laboratory
  /// for Laser Energetics", "Stanford University's Linear Accelerator Center".
  private static let possessedUnitNouns: Set<String> = [
    "laboratory", "laboratories", "lab", "center", "centre", "hospital", "observatory",
    "committee", "board", "panel", "directorate", "council",
  ]

  /// The organization of "[a] [business] unit of [the] Y", "an agency within Y", "part of
  /// Y" at `position`, if any.
  private func unitParent(at position: Int) -> Slot? {
    var next = position
    if ["a", "an", "the"].contains(view.word(next)) { next += 1 }
    // Up to two modifiers: "business unit", "wholly owned subsidiary".
    var modifiers = 0
    while modifiers < 2, next < view.count, !Self.unitNouns.contains(view.word(next)), view.slotAt[next] == nil,
      view.tokens[next].text.first?.isLowercase == true
    {
      next += 1
      modifiers += 1
    }
    guard Self.unitNouns.contains(view.word(next)), ["of", "within"].contains(view.word(next + 1))
    else { return nil }
    var target = next + 2
    // "a unit of the company" is one resolved description, starting at "the".
    if view.word(target) == "the", view.slot(startingAt: target) == nil { target += 1 }
    // "a facility of the U.S. Energy Department": past the country that owns the body.
    if let owner = view.slot(startingAt: target), owner.kinds == [.country] {
      target = owner.tokenRange.upperBound
      if ["'s", "’s"].contains(view.word(target)) { target += 1 }
    }
    guard let parent = view.slot(startingAt: target), parent.entities.count == 1,
      parent.kinds[0] == .organization
    else { return nil }
    return parent
  }

  /// Organizations that sit at one place: universities, institutes, facilities.
  private func isSituatedOrganization(_ id: EntityID) -> Bool {
    switch graph[id]?.organizationType {
    case .education, .research: true
    default: false
    }
  }

  /// "X joined the WTO", "X is a member of NATO".
  private func membership(_ slot: Slot) -> [Candidate] {
    let end = slot.tokenRange.upperBound
    var position = end
    while view.word(position, isIn: .subjectGap), position < end + 3 { position += 1 }
    guard view.word(position) == "joined" || view.word(position) == "joins" else { return [] }
    var target = position + 1
    if view.word(target) == "the" { target += 1 }
    guard let organization = view.slot(startingAt: target), organization.entities.count == 1,
      organization.kinds[0] == .organization
    else { return [] }
    // A person who joins a company is hired by it; anyone joining an alliance is a member.
    let isEmployer = [.company, .media, .research, .education].contains(
      graph[organization.entities[0]]?.organizationType)
    return zip(slot.entities, slot.kinds).map { id, kind in
      let hired = kind == .person && isEmployer
      return Candidate(
        subject: id, predicate: hired ? .worksFor : .memberOf, object: organization.entities[0],
        confidence: 0.65, rule: "joined-organization", sentence: view.index, start: slot.start,
        end: organization.end)
    }
  }
}

extension KnowledgeGraph {
  /// The entity of `kind` with `name` as its name or alias, if the graph has exactly one.
  func entities(named name: String, kind: Entity.Kind) -> EntityID? {
    let direct = EntityID(kind: kind, name: name)
    if self[direct] != nil { return direct }
    // Exactly one match: the order the entities are read in does not matter.
    var match: EntityID?
    // By index: iterating the entities would copy every one.
    let entities = unorderedEntities
    for position in entities.indices
    where entities[position].kind == kind && entities[position].unorderedNames.contains(name) {
      if match != nil { return nil }
      match = entities[position].id
    }
    return match
  }
}

extension StructuralRules {
  /// Honorifics a title may come before: "Foreign Minister Prince Faisal".
  fileprivate static let honorificsAfterTitles: Set<String> = [
    "prince", "princess", "sheikh", "sheikha", "sir", "dame", "lord", "lady", "dr", "dr.",
  ]
}
