import KnowledgeGraphCore

/// What the pattern rules know about a whole document, computed once per document.
struct PatternContext {
  /// Organizations by the generic head noun that ends their name and no other organization's
  /// ("commission" → the European Commission), with the first sentence that names them.
  let organizationsByHead: [String: (id: EntityID, firstSentence: Int)]

  /// For each sentence, the organization or place the text is about before it: the one named
  /// first in the latest sentence that began with a name ("Samsung Electronics is a South
  /// Korean company. It is based in Suwon."), for "It", "Its", "The city" and titles named
  /// without their organization.
  let topicOfSentence: [Int: (id: EntityID, kind: Entity.Kind)]

  /// The document's international organization when it names exactly one, for "the
  /// alliance" and "the bloc".
  let onlyInternationalOrganization: EntityID?

  /// Head nouns that end the names of several organizations of the document: "the union"
  /// when both the African Union and the European Union are named.
  let ambiguousHeads: Set<String>

  /// The number of words of the longest role title.
  let longestTitle: Int

  init(
    graph: KnowledgeGraph, sentences: [AnalyzedSentence] = [], rules: RelationRules = .standard
  ) {
    // Nothing below depends on the entities' order: read them unsorted.
    let entities = graph.unorderedEntities
    self.longestTitle = rules.longestTitle
    var topics: [Int: (id: EntityID, kind: Entity.Kind)] = [:]
    var topic: (id: EntityID, kind: Entity.Kind)?
    for analyzed in sentences {
      let tokens = analyzed.sentence.tokens
      guard let first = tokens.first else { continue }
      if let topic { topics[analyzed.sentence.index] = topic }
      let refersToTopic = first.text == "It" || first.text == "Its"
        || (first.text == "The" && tokens.count > 1
          && PatternTable.topicNouns[tokens[1].text.lowercased()] != nil)
      let opening = first.text == "The" ? 1 : 0
      if let mention = analyzed.mentions.first, mention.tokenRange.lowerBound == opening {
        switch mention.kind {
        case .organization, .place, .country: topic = (mention.entityID, mention.kind)
        default: topic = nil
        }
      } else if analyzed.mentions.contains(where: {
        $0.kind == .organization || $0.kind == .place || $0.kind == .country
      }) {
        // Another organization or place named: "it" is no longer sure.
        if !refersToTopic { topic = nil }
      }
    }
    self.topicOfSentence = topics
    let international = entities.filter {
      $0.kind == .organization && $0.organizationType == .international
    }
    self.onlyInternationalOrganization = international.count == 1 ? international[0].id : nil
    var index: [String: (id: EntityID, firstSentence: Int)] = [:]
    var ambiguous: Set<String> = []
    // By index: iterating the array would copy every entity.
    for position in entities.indices where entities[position].kind == .organization {
      let entity = entities[position]
      let first = entity.mentions.map(\.sentenceIndex).min() ?? Int.max
      var heads: Set<String> = []
      for name in entity.unorderedNames {
        guard let last = name.lastSpaceSeparatedWord?.lowercased(),
          PatternTable.institutionNouns.contains(last)
        else { continue }
        heads.insert(last)
      }
      for head in heads {
        if let existing = index[head], existing.id != entity.id { ambiguous.insert(head) }
        index[head] = (entity.id, first)
      }
    }
    for head in ambiguous { index[head] = nil }
    self.organizationsByHead = index
    self.ambiguousHeads = ambiguous
  }
}

/// General relation patterns of news and encyclopedic English that the title and apposition
/// rules of ``StructuralRules`` do not read:
///
/// - leadership by participle or verb: "Apple, led by chief executive Tim Cook", "Merkel led
///   the Christian Democratic Union", "X as head of Y", "the commission's executive
///   vice-president" (a definite description of an organization named earlier);
/// - location: "is headquartered in", "a Stockholm-based company", "a Swedish company",
///   "Berlin is the capital of Germany", "the Chinese city of Wuhan", "a city in Y";
/// - membership: "Brazil is a member of BRICS", "NATO member Turkey", "Finland and Sweden
///   joined NATO", "BRICS comprises Brazil, Russia, ...";
/// - organization structure: "a wholly owned subsidiary of", "part of", "owned by";
/// - nationality: "X (born 1954) is a German politician", "X, a Brazilian economist".
///
/// Every pattern matches a fixed, short window of tokens around a trigger word, so a
/// sentence is read in time linear in its length.
struct PatternRules {
  private(set) var view: SentenceView
  let graph: KnowledgeGraph
  let rules: RelationRules
  let context: PatternContext

  init(view: SentenceView, graph: KnowledgeGraph, rules: RelationRules, context: PatternContext) {
    self.view = view
    self.graph = graph
    self.rules = rules
    self.context = context
    // "It" opening a sentence about the organization or place the text is about.
    if let topic = context.topicOfSentence[view.index], view.count > 1, view.slotAt[0] == nil,
      view.tokens[0].text == "It"
    {
      self.view.add(
        Slot(
          entities: [topic.id], kinds: [topic.kind], tokenRange: 0..<1, start: view.tokens[0].start,
          end: view.tokens[0].end, isReference: true, isDemonym: false))
    }
    // "The city hosts ...", "The company said ..." about the topic.
    if let topic = context.topicOfSentence[view.index], view.count > 2,
      view.tokens[0].text == "The", view.slotAt[0] == nil, view.slotAt[1] == nil,
      PatternTable.topicNouns[view.lower[1]] == topic.kind
    {
      self.view.add(
        Slot(
          entities: [topic.id], kinds: [topic.kind], tokenRange: 0..<2, start: view.tokens[0].start,
          end: view.tokens[1].end, isReference: true, isDemonym: false))
    }
  }

  func candidates() -> [Candidate] {
    var found: [Candidate] = []
    for position in 0..<view.count where !view.quoted[position] {
      if view.slotAt[position] != nil {
        // A description the discourse resolved: "the country's foreign minister".
        if view.lower[position] == "the" { found += definiteDescription(at: position) }
        continue
      }
      let word = view.lower[position]
      let classes = view.facts[position].classes
      let byFollows = view.word(position + 1, isIn: .by)
      if !byFollows,
        classes.contains(.foundingParticiple) || classes.contains(.leadershipParticiple),
        let by = agentPreposition(after: position)
      {
        found += passiveAgent(
          at: position, founding: classes.contains(.foundingParticiple), by: by)
      }
      if byFollows {
        if classes.contains(.leadershipParticiple) {
          found += passiveAgent(at: position, founding: false)
        } else if classes.contains(.foundingParticiple) {
          found += passiveAgent(at: position, founding: true)
        } else if word == "owned" || word == "controlled" {
          found += ownedBy(at: position)
        }
      }
      // Only the words of ``triggerWords`` start the patterns below.
      if classes.contains(.patternTrigger) {
        switch word {
        case "as": found += asTitle(at: position)
        case "elected", "re-elected", "reelected", "appointed", "named", "sworn", "installed",
          "inaugurated", "chosen":
          found += appointed(at: position)
        case "the": found += definiteDescription(at: position)
        case "member", "members": found += membership(at: position)
        case "joined", "joins", "rejoined", "acceded", "admitted": found += joined(at: position)
        case "capital": found += capital(at: position)
        case "chairmanship", "presidency", "leadership", "helm", "premiership", "chairpersonship",
          "chairwomanship":
          found += helm(at: position)
        case "part", "parent": found += partOf(at: position)
        default: break
        }
      }
      if classes.contains(.locationParticiple) { found += located(at: position) }
      if classes.contains(.unitNoun) || classes.contains(.pluralUnitNoun) {
        found += partOf(at: position)
      }
      if classes.contains(.compositionVerb)
        || (classes.contains(.patternTrigger) && word == "consists"
          && view.word(position + 1) == "of")
      {
        found += composition(at: position)
      }
      if word.utf8.last == UInt8(ascii: "d"), word.endsWithBased {
        found += basedCompound(at: position)
      }
    }
    for slot in view.slots where slot.entities.count == 1 {
      switch slot.kinds[0] {
      case .person:
        found += leadershipVerb(slot)
        found += titleOfTopic(slot)
        found += partyOfPerson(slot)
        found += biographyNationality(slot)
        found += occupationAt(slot)
      case .country:
        found += separatedBasedCompound(after: slot)
        found += demonymBeforeCompany(slot)
        found += demonymBeforeSettlement(slot)
        found += possessivePlace(slot)
      case .organization:
        found += companyDescription(slot)
        found += institutionDescription(slot)
        found += organizationIn(slot)
        found += namedUnit(slot)
        found += possessiveHeadquarters(slot)
      case .place:
        found += separatedBasedCompound(after: slot)
        found += hosting(slot)
        found += settlementDescription(slot)
        found += regionOfCountry(slot)
      case .event:
        break
      }
    }
    return found
  }

  /// The words ``candidates()`` reads a pattern from by name: the cases of its `switch`,
  /// and "consists" ("consists of").
  static let triggerWords: Set<String> = [
    "as", "elected", "re-elected", "reelected", "appointed", "named", "sworn", "installed",
    "inaugurated", "chosen", "the", "member", "members", "joined", "joins", "rejoined",
    "acceded", "admitted", "capital", "chairmanship", "presidency", "leadership", "helm",
    "premiership", "chairpersonship", "chairwomanship", "part", "parent", "consists",
  ]

  // MARK: - Helpers

  private func word(_ position: Int) -> String { view.word(position) }

  private func isSlotFree(_ position: Int) -> Bool {
    position >= 0 && position < view.count && view.slotAt[position] == nil
  }

  /// The one-entity slot starting at `position`, if its kind is one of `kinds`.
  private func slot(startingAt position: Int, _ kinds: Set<Entity.Kind>) -> Slot? {
    guard let slot = view.slot(startingAt: position), slot.entities.count == 1,
      kinds.contains(slot.kinds[0])
    else { return nil }
    return slot
  }

  /// The one-entity slot ending before `position`, if its kind is one of `kinds`.
  private func slot(endingBefore position: Int, _ kinds: Set<Entity.Kind>) -> Slot? {
    guard let slot = view.slot(endingBefore: position), slot.entities.count == 1,
      kinds.contains(slot.kinds[0])
    else { return nil }
    return slot
  }

  private func isLowercaseWord(_ position: Int) -> Bool {
    guard isSlotFree(position) else { return false }
    let text = view.tokens[position].text
    // ASCII words, almost all, are read byte by byte without the Unicode tables.
    if let isLowercase = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
      guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return first >= 0x61 && first <= 0x7A
        && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x2D }
    }), let isLowercase {
      return isLowercase
    }
    guard let first = text.unicodeScalars.first else { return false }
    return first.properties.isLowercase
      && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
  }

  /// Whether `slot` is a description such as "the union" whose noun ends the names of several
  /// organizations of the document, so that no rule should rely on it.
  private func isAmbiguousDescription(_ slot: Slot) -> Bool {
    slot.isReference && slot.tokenRange.count == 2
      && context.ambiguousHeads.contains(word(slot.tokenRange.upperBound - 1))
  }

  private func isPossessive(_ position: Int) -> Bool {
    view.word(position, isIn: .possessiveMark)
  }

  private func start(_ position: Int) -> Int { view.tokens[position].start }
  private func end(_ position: Int) -> Int { view.tokens[position].end }

  private func candidate(
    _ subject: EntityID, _ predicate: Relation.Predicate, _ object: EntityID,
    _ confidence: Double, _ rule: String, _ start: Int, _ end: Int,
    attributes: [String: String] = [:]
  ) -> Candidate {
    Candidate(
      subject: subject, predicate: predicate, object: object, confidence: confidence, rule: rule,
      sentence: view.index, start: min(start, end), end: max(start, end), attributes: attributes)
  }

  /// The subject of a participle or copula at `position`: the slot right before it, after
  /// forms of "to be", adverbs and one comma ("Apple, ... is headquartered", "Apple is led").
  private func subject(before position: Int, _ kinds: Set<Entity.Kind>) -> Slot? {
    var cursor = position
    while cursor > 0, cursor > position - 4, PatternTable.copulaGap.contains(word(cursor - 1)) {
      cursor -= 1
    }
    if word(cursor - 1) == "," { cursor -= 1 }
    if let found = slot(endingBefore: cursor, kinds), !found.isDemonym { return found }
    // Over one apposition: "Apple, led by chief executive Tim Cook, is headquartered".
    guard word(cursor) == ",", cursor < position else { return nil }
    var back = cursor - 1
    while back > 0, back > cursor - 14 {
      let text = word(back)
      if SentenceView.clauseBreaks.contains(text) { return nil }
      if text == "," {
        if let found = slot(endingBefore: back, kinds), !found.isDemonym { return found }
        return nil
      }
      back -= 1
    }
    return nil
  }

  // MARK: - A title held in an organization

  /// A role title with its modifiers, read forwards: "executive vice-president", "former
  /// chief executive officer".
  struct TitlePhrase {
    var title: RelationRules.Title
    var range: Range<Int>
    var roleName: String
    var isSubordinate: Bool
    var isFormer: Bool
  }

  /// The title of at most one title word length starting at `position`, as the longest match;
  /// a hyphenated token is also read as separate words ("vice-president").
  private func titleMatch(at position: Int) -> (RelationRules.Title, Int)? {
    let longest = min(context.longestTitle, view.count - position)
    guard longest > 0 else { return nil }
    for length in stride(from: longest, through: 1, by: -1) {
      let range = position..<(position + length)
      guard range.allSatisfy({ view.slotAt[$0] == nil }) else { continue }
      let key = view.lowerWords(range)
      if let title = rules.titles[key] { return (title, length) }
      // A hyphen is one byte, and a key without that byte has no hyphen to replace.
      if key.utf8.contains(UInt8(ascii: "-")), let title = rules.titles[key.replacingHyphens()] {
        return (title, length)
      }
    }
    return nil
  }

  /// The title phrase starting at `position`: modifiers and title words, the last title word
  /// being its head ("executive vice-president" is a vice-president).
  private func titlePhrase(startingAt position: Int) -> TitlePhrase? {
    var cursor = position
    var head: (RelationRules.Title, Range<Int>)?
    var subordinate = false
    var former = false
    while cursor < view.count, cursor < position + 7, view.slotAt[cursor] == nil {
      if let (title, length) = titleMatch(at: cursor) {
        head = (title, cursor..<(cursor + length))
        if view.lower[cursor].hasPrefix("vice-") || view.lower[cursor].hasPrefix("deputy-") {
          subordinate = true
        }
        cursor += length
        continue
      }
      let modifier = view.lower[cursor]
      if rules.subordinateModifiers.contains(modifier) {
        subordinate = true
      } else if rules.titleModifiers.contains(modifier) {
        former = former || ["former", "late", "then"].contains(modifier)
      } else {
        break
      }
      cursor += 1
    }
    guard let (title, range) = head else { return nil }
    var nameStart = position
    while nameStart < range.lowerBound, rules.titleModifiers.contains(view.lower[nameStart]),
      rules.titles[view.lower[nameStart]] == nil
    {
      nameStart += 1
    }
    let roleName = (nameStart..<range.upperBound).map { view.tokens[$0].text }.joined(
      separator: " ")
    return TitlePhrase(
      title: title, range: position..<range.upperBound, roleName: roleName,
      isSubordinate: subordinate, isFormer: former)
  }

  /// The relations a title states between a person and the organization or country it is
  /// held in.
  private func titleRelations(
    person: Slot, phrase: TitlePhrase, holder: Slot, start: Int, end: Int, rule: String,
    confidence: Double
  ) -> [Candidate] {
    let predicate: Relation.Predicate?
    switch phrase.title.kind {
    case .leader: predicate = phrase.isSubordinate ? .holdsPosition : .leaderOf
    case .position: predicate = .holdsPosition
    case .employee: predicate = holder.kinds[0] == .organization ? .worksFor : nil
    case .member: predicate = .memberOf
    case .occupation: predicate = nil
    }
    var found: [Candidate] = []
    var attributes = ["roleName": phrase.roleName]
    if phrase.isFormer { attributes["status"] = "former" }
    var reduced = confidence
    if phrase.isFormer { reduced -= 0.1 }
    if person.isReference { reduced -= 0.15 }
    if let predicate {
      found.append(
        candidate(
          person.entities[0], predicate, holder.entities[0], reduced, rule, start, end,
          attributes: attributes))
    }
    if holder.kinds[0] == .country {
      found.append(
        candidate(
          person.entities[0], .citizenOf, holder.entities[0], reduced - 0.1, "\(rule)-nationality",
          start, end))
    }
    return found
  }

  /// A title and the organization or country it is held in, read from `position`: "[the]
  /// [Holder['s]] TITLE [of|at|for [the] Holder]"; with the position after the last token read.
  private func titleAndHolder(from position: Int) -> (TitlePhrase, Slot, Int)? {
    var cursor = position
    if ["the", "a", "an", "its"].contains(word(cursor)) { cursor += 1 }
    var holder: Slot?
    if let before = slot(startingAt: cursor, [.country, .organization]) {
      holder = before
      cursor = before.tokenRange.upperBound
      if isPossessive(cursor) { cursor += 1 }
    }
    guard let phrase = titlePhrase(startingAt: cursor) else { return nil }
    var end = phrase.range.upperBound
    if holder == nil || holder?.isDemonym == true,
      ["of", "at", "for"].contains(word(phrase.range.upperBound))
    {
      var target = phrase.range.upperBound + 1
      if word(target) == "the" { target += 1 }
      if let after = slot(startingAt: target, [.country, .organization]), !after.isDemonym {
        holder = after
        end = after.tokenRange.upperBound
      }
    }
    if holder == nil, let country = phrase.title.impliedCountry,
      let id = graph.entities(named: country, kind: .country)
    {
      // "treasury secretary" names its country on its own.
      holder = Slot(
        entities: [id], kinds: [.country], tokenRange: phrase.range,
        start: start(phrase.range.lowerBound), end: self.end(phrase.range.upperBound - 1),
        isReference: true, isDemonym: false)
    }
    guard let holder else { return nil }
    return (phrase, holder, max(end, holder.tokenRange.upperBound))
  }

  /// "Rousseff as head of the New Development Bank", "appointed Haddad as Brazil's finance
  /// minister", "sworn in as chancellor of Germany", "Sato succeeded Toyoda as president of
  /// Toyota" (both held the title).
  private func asTitle(at position: Int) -> [Candidate] {
    guard !["such", "so", "as", "well"].contains(word(position - 1)),
      let (phrase, holder, end) = titleAndHolder(from: position + 1)
    else { return [] }
    // The person: the nearest before "as", with no clause break in between.
    var back = position - 1
    while back >= 0, back >= position - 8 {
      if SentenceView.clauseBreaks.contains(word(back)) { return [] }
      if let index = view.slotAt[back] {
        let found = view.slots[index]
        guard found.kinds == [.person] else {
          back = found.tokenRange.lowerBound - 1
          continue
        }
        // "X succeeded Y as ...": X holds the title now, Y held it before.
        var verb = found.tokenRange.lowerBound - 1
        if word(verb) == "the" { verb -= 1 }
        let succeeded = ["succeeded", "replaced", "succeeds", "replaces"].contains(word(verb))
        var predecessor = phrase
        if succeeded { predecessor.isFormer = true }
        var relations = titleRelations(
          person: found, phrase: predecessor, holder: holder, start: found.start,
          end: self.end(end - 1), rule: "as-title", confidence: 0.75)
        if succeeded {
          var gap = verb
          while gap > verb - 3, view.word(gap - 1, isIn: .subjectGap) { gap -= 1 }
          if let successor = slot(endingBefore: gap, [.person]) {
            relations += titleRelations(
              person: successor, phrase: phrase, holder: holder, start: successor.start,
              end: self.end(end - 1), rule: "succeeded-as-title", confidence: 0.7)
          }
        }
        return relations
      }
      back -= 1
    }
    return []
  }

  /// "X was elected president of Brazil", "the board appointed X chief executive of Y",
  /// "X was sworn in as prime minister", "X was elected to the Bundestag" (memberOf).
  private func appointed(at position: Int) -> [Candidate] {
    var cursor = position + 1
    if word(position) == "sworn" {
      guard word(cursor) == "in" else { return [] }
      cursor += 1
    }
    // "elected to the Bundestag"
    if word(cursor) == "to", word(position) != "sworn" {
      var target = cursor + 1
      if word(target) == "the" { target += 1 }
      guard let body = slot(startingAt: target, [.organization]),
        [.government, .party, .international, .other, nil].contains(
          graph[body.entities[0]]?.organizationType),
        let person = subject(before: position, [.person])
      else { return [] }
      return [
        candidate(
          person.entities[0], .memberOf, body.entities[0], 0.7, "elected-to", person.start,
          body.end)
      ]
    }
    // Active: "appointed Janet Yellen treasury secretary"
    var person = slot(startingAt: cursor, [.person])
    if let named = person { cursor = named.tokenRange.upperBound }
    if word(cursor) == "as" { cursor += 1 }
    if word(cursor) == "to", word(cursor + 1) == "be" { cursor += 2 }
    guard let (phrase, holder, end) = titleAndHolder(from: cursor) else { return [] }
    if person == nil { person = subject(before: position, [.person]) }
    guard let person, !view.word(position - 1, isIn: .negation) else { return [] }
    return titleRelations(
      person: person, phrase: phrase, holder: holder, start: min(person.start, start(position)),
      end: self.end(end - 1), rule: "appointed-title", confidence: 0.75)
  }

  /// "Margrethe Vestager, the commission's executive vice-president", "the bank's president,
  /// Dilma Rousseff": a definite description of an organization named earlier, whose head
  /// noun ends that organization's name.
  private func definiteDescription(at position: Int) -> [Candidate] {
    guard isPossessive(position + 2), let phrase = titlePhrase(startingAt: position + 3) else {
      return []
    }
    let holder: Slot
    if let resolved = slot(startingAt: position, [.organization, .country]),
      resolved.isReference, resolved.tokenRange.upperBound == position + 2,
      !isAmbiguousDescription(resolved)
    {
      // "the country's foreign minister", resolved by the discourse.
      holder = resolved
    } else if isSlotFree(position + 1),
      let (organization, firstSentence) = context.organizationsByHead[word(position + 1)],
      firstSentence <= view.index
    {
      holder = Slot(
        entities: [organization], kinds: [.organization], tokenRange: position..<(position + 2),
        start: start(position), end: end(position + 1), isReference: true, isDemonym: false)
    } else {
      return []
    }
    var titleEnd = phrase.range.upperBound
    // "the bank's president, X" or "the bank's president X"
    if word(titleEnd) == "," { titleEnd += 1 }
    if let person = slot(startingAt: titleEnd, [.person]) {
      return titleRelations(
        person: person, phrase: phrase, holder: holder, start: start(position), end: person.end,
        rule: "description-title", confidence: 0.75)
    }
    // "X, the commission's vice-president" or "X is the bank's president"
    let before = position - 1
    if [",", "is", "was", "became", "remains"].contains(word(before)),
      let person = slot(endingBefore: before, [.person])
    {
      return titleRelations(
        person: person, phrase: phrase, holder: holder, start: person.start,
        end: end(phrase.range.upperBound - 1), rule: "description-title", confidence: 0.75)
    }
    return []
  }

  // MARK: - Leadership and founding

  /// "Apple, led by chief executive Tim Cook", "the party is chaired by X", "Microsoft,
  /// founded by Bill Gates and Paul Allen".
  /// The "by" of a participle after a place or date: "founded in Geneva in 1863 by".
  private func agentPreposition(after position: Int) -> Int? {
    var cursor = position + 1
    guard ["in", "on", "at", "during"].contains(word(cursor)) else { return nil }
    while cursor < view.count, cursor <= position + 9 {
      let text = word(cursor)
      if text == "by" { return cursor }
      if let index = view.slotAt[cursor] {
        let slot = view.slots[index]
        guard slot.kinds.allSatisfy({ $0 == .place || $0 == .country }) else { return nil }
        cursor = slot.tokenRange.upperBound
        continue
      }
      guard ["in", "on", "at", "during", "the", ",", "early", "late", "mid"].contains(text)
        || PatternTable.months.contains(text) || text.allSatisfy(\.isNumber)
      else { return nil }
      cursor += 1
    }
    return nil
  }

  private func passiveAgent(at position: Int, founding: Bool, by: Int? = nil) -> [Candidate] {
    guard !view.word(position - 1, isIn: .negation) else { return [] }
    guard
      let subject = subject(
        before: position, founding ? [.organization] : [.organization, .country])
    else { return [] }
    // The agent: a person after "by", past a title ("chief executive", "Nvidia CEO").
    var cursor = (by ?? position + 1) + 1
    let limit = cursor + 7
    while cursor < view.count, cursor < limit {
      // "commanded by his former deputy, Mohamed Hamdan Dagalo": a description of the agent
      // by someone else ("his", itself a reference to a person), then the agent's name after
      // a comma.
      if ["his", "her", "their"].contains(word(cursor)),
        let comma = (cursor + 1..<min(view.count, cursor + 5)).first(where: { word($0) == "," }),
        (cursor + 1..<comma).allSatisfy({ view.slotAt[$0] == nil }),
        view.slot(startingAt: comma + 1)?.kinds.first == .person
      {
        cursor = comma + 1
        continue
      }
      if let found = view.slot(startingAt: cursor) {
        // "founded by his father": someone the person is related to, not the person.
        if found.isReference, ["his", "her", "their"].contains(word(cursor)),
          isLowercaseWord(found.tokenRange.upperBound)
        {
          return []
        }
        if found.kinds.first == .person || (founding && found.kinds.first != .place) {
          guard let group = view.group(startingAt: cursor) else { return [] }
          return zip(group.entities, group.kinds).compactMap { id, kind in
            if founding {
              guard kind != .place, kind != .event else { return nil }
              return candidate(
                id, .founded, subject.entities[0], 0.75, "founded-by", subject.start, group.end)
            }
            guard kind == .person else { return nil }
            return candidate(
              id, .leaderOf, subject.entities[0], subject.isReference ? 0.65 : 0.8, "led-by",
              subject.start, group.end)
          }
        }
        cursor = found.tokenRange.upperBound
        continue
      }
      let text = view.tokens[cursor].text
      let isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
      guard isCapitalized || ["the", "its", "their", "his", "her"].contains(word(cursor))
        || isPossessive(cursor) || titleMatch(at: cursor) != nil
        || rules.titleModifiers.contains(word(cursor))
        || rules.subordinateModifiers.contains(word(cursor))
      else { return [] }
      // A deputy is not the leader.
      if rules.subordinateModifiers.contains(word(cursor)) { return [] }
      cursor += 1
    }
    return []
  }

  /// "Chief executive Guillaume Faury said ..." in a text about a company: a corporate title
  /// named without its company, in a sentence that names no organization, is held in the
  /// company the text is about.
  private func titleOfTopic(_ person: Slot) -> [Candidate] {
    guard !person.isReference, let topic = context.topicOfSentence[view.index],
      topic.kind == .organization, graph[topic.id]?.organizationType == .company,
      !view.slots.contains(where: { $0.kinds.contains(.organization) })
    else { return [] }
    let lower = person.tokenRange.lowerBound
    for length in stride(from: min(context.longestTitle, lower), through: 1, by: -1) {
      let start = lower - length
      guard let (title, matched) = titleMatch(at: start), matched == length,
        PatternTable.corporateTitles.contains(view.lowerWords(start..<lower))
      else { continue }
      // A holder or a modifier before the title is read by the title rules.
      if start > 0, view.slotAt[start - 1] != nil || isPossessive(start - 1)
        || rules.titleModifiers.contains(word(start - 1))
        || rules.subordinateModifiers.contains(word(start - 1))
      {
        return []
      }
      let phrase = TitlePhrase(
        title: title, range: start..<lower,
        roleName: view.tokenWords(start..<lower),
        isSubordinate: false, isFormer: false)
      let holder = Slot(
        entities: [topic.id], kinds: [.organization], tokenRange: start..<lower,
        start: self.start(start), end: end(lower - 1), isReference: true, isDemonym: false)
      return titleRelations(
        person: person, phrase: phrase, holder: holder, start: self.start(start), end: person.end,
        rule: "title-of-topic", confidence: 0.6)
    }
    return []
  }

  /// "Geneva hosts the headquarters of the World Health Organization and the Red Cross",
  /// "the city is home to the headquarters of X".
  private func hosting(_ place: Slot) -> [Candidate] {
    guard place.tokenRange.lowerBound <= 1 else { return [] }
    var verb = place.tokenRange.upperBound
    switch word(verb) {
    case "is", "was":
      guard word(verb + 1) == "home", word(verb + 2) == "to" else { return [] }
      verb += 2
    case "hosts", "hosted", "houses", "housed": break
    default: return []
    }
    var found: [Candidate] = []
    let end = view.clauseEnd(from: verb)
    var cursor = verb + 1
    while cursor < end {
      if ["headquarters", "seat", "offices", "office"].contains(word(cursor)),
        word(cursor + 1) == "of", let group = view.group(startingAt: cursor + 2)
      {
        for (id, kind) in zip(group.entities, group.kinds) where kind == .organization {
          found.append(
            candidate(
              id, .locatedIn, place.entities[0], place.isReference ? 0.65 : 0.7,
              "hosts-headquarters", place.start, group.end))
        }
        cursor = group.tokenRange.upperBound
        continue
      }
      cursor += 1
    }
    return found
  }

  /// "Modi's Bharatiya Janata Party": a party named after a person's possessive.
  private func partyOfPerson(_ person: Slot) -> [Candidate] {
    let possessive = person.tokenRange.upperBound
    guard isPossessive(possessive), let party = slot(startingAt: possessive + 1, [.organization]),
      graph[party.entities[0]]?.organizationType == .party
    else { return [] }
    return [
      candidate(
        person.entities[0], .memberOf, party.entities[0], person.isReference ? 0.55 : 0.7,
        "person-party", person.start, party.end)
    ]
  }

  /// "Merkel led the Christian Democratic Union from 2000 to 2018", "she heads the IMF".
  private func leadershipVerb(_ person: Slot) -> [Candidate] {
    var position = person.tokenRange.upperBound
    // "Kristalina Georgieva, who heads the IMF"
    if word(position) == ",", word(position + 1) == "who" { position += 2 }
    let gapStart = position
    while position < gapStart + 3,
      view.word(position, isIn: .subjectGap) || word(position) == "also"
    {
      if view.word(position, isIn: .negation) { return [] }
      position += 1
    }
    guard PatternTable.leadershipVerbs.contains(word(position)), isSlotFree(position),
      !view.word(position - 1, isIn: .negation)
    else { return [] }
    var target = position + 1
    if word(target) == "the" { target += 1 }
    guard let object = slot(startingAt: target, [.organization, .country]), !object.isDemonym,
      PatternTable.objectClosers.contains(word(object.tokenRange.upperBound))
    else { return [] }
    var attributes: [String: String] = [:]
    if ["led", "headed", "chaired", "helmed"].contains(word(position)) {
      attributes["tense"] = "past"
    }
    return [
      candidate(
        person.entities[0], .leaderOf, object.entities[0], person.isReference ? 0.6 : 0.75,
        "leads-verb", person.start, object.end, attributes: attributes)
    ]
  }

  // MARK: - Location

  /// "Apple is headquartered in Cupertino", "Spotify, a Swedish company based in Stockholm",
  /// "Elmau Castle, located in Bavaria", "Siemens has its headquarters in Munich".
  private func located(at position: Int) -> [Candidate] {
    var preposition = position + 1
    // "its headquarters are in Geneva"
    if word(position) == "headquarters", ["is", "are", "was", "were", "lie"].contains(word(preposition)) {
      preposition += 1
    }
    guard ["in", "at"].contains(word(preposition)) else { return [] }
    var target = preposition + 1
    // "lies in eastern Germany", "located in the north of Italy"
    while target < preposition + 5, isSlotFree(target),
      PatternTable.directionWords.contains(word(target))
    {
      target += 1
    }
    guard let place = slot(startingAt: target, [.place, .country]), !place.isDemonym else {
      return []
    }
    let trigger = word(position)
    let kinds: Set<Entity.Kind> =
      ["located", "situated", "lies"].contains(trigger) ? [.organization, .place] : [.organization]
    var subjectSlot = subject(before: position, kinds)
    // "Siemens has its headquarters in", "Apple's headquarters in"
    if subjectSlot == nil, trigger == "headquarters" {
      var back = position - 1
      if ["its", "their"].contains(word(back)) { back -= 1 }
      if ["has", "have", "had", "keeps", "kept", "maintains"].contains(word(back)) { back -= 1 }
      if isPossessive(back) { back -= 1 }
      subjectSlot = slot(endingBefore: back + 1, [.organization])
      // "Its headquarters are in Geneva", about the organization the text is about.
      if subjectSlot == nil, position == 1, view.tokens[0].text == "Its",
        let topic = context.topicOfSentence[view.index], topic.kind == .organization
      {
        subjectSlot = Slot(
          entities: [topic.id], kinds: [.organization], tokenRange: 0..<1,
          start: view.tokens[0].start, end: view.tokens[0].end, isReference: true,
          isDemonym: false)
      }
    }
    // "a Swedish company based in Stockholm": a description of the organization before it.
    if subjectSlot == nil { subjectSlot = describedOrganization(before: position) }
    // "The Bodleian Library, the main library of the university, is located in Oxford": the
    // name the apposition describes, not the one inside it.
    if let inner = subjectSlot, let head = appositionHead(around: inner, kinds) {
      subjectSlot = head
    }
    guard let subjectSlot else { return [] }
    if subjectSlot.kinds[0] == .place, subjectSlot.placeRank(in: graph) >= place.placeRank(in: graph) { return [] }
    return [
      candidate(
        subjectSlot.entities[0], .locatedIn, place.entities[0],
        subjectSlot.isReference ? 0.65 : 0.8, "\(trigger)-in", subjectSlot.start, place.end)
    ]
  }

  /// The name before an apposition "NAME, the|a … of INNER," that ends with `inner`.
  private func appositionHead(around inner: Slot, _ kinds: Set<Entity.Kind>) -> Slot? {
    guard word(inner.tokenRange.upperBound) == "," else { return nil }
    var back = inner.tokenRange.lowerBound - 1
    if word(back) == "the" { back -= 1 }
    guard ["of", "in", "at", "for"].contains(word(back)) else { return nil }
    while back > 0, back >= inner.tokenRange.lowerBound - 9 {
      if word(back) == ",", ["the", "a", "an"].contains(word(back + 1)) {
        return slot(endingBefore: back, kinds)
      }
      guard isLowercaseWord(back) else { return nil }
      back -= 1
    }
    return nil
  }

  /// The organization described by "ORG, a [Swedish] company" ending before `position`.
  private func describedOrganization(before position: Int) -> Slot? {
    var back = position - 1
    var sawNoun = false
    while back > 0, back >= position - 8 {
      if PatternTable.companyNouns.contains(word(back)) { sawNoun = true }
      if ["a", "an", "the"].contains(word(back)), [",", "is", "was"].contains(word(back - 1)) {
        guard sawNoun else { return nil }
        return slot(endingBefore: back - 1, [.organization])
      }
      guard isLowercaseWord(back) || view.slot(endingBefore: back + 1)?.isDemonym == true
      else { return nil }
      back = view.slotAt[back].map { view.slots[$0].tokenRange.lowerBound - 1 } ?? back - 1
    }
    return nil
  }

  /// "Spotify, a Stockholm-based company", "Stockholm-based Spotify".
  private func basedCompound(at position: Int) -> [Candidate] {
    let text = view.tokens[position].text
    let name = String(text.dropLast("-based".count))
    guard !name.isEmpty,
      let place = graph.entities(named: name, kind: .place)
        ?? graph.entities(named: name, kind: .country)
    else { return [] }
    var organization: Slot?
    var after = position + 1
    while after < view.count, after <= position + 4, organization == nil {
      if let found = slot(startingAt: after, [.organization]) {
        organization = found
        break
      }
      guard isLowercaseWord(after) else { break }
      after += 1
    }
    if organization == nil, ["a", "an", "the"].contains(word(position - 1)),
      PatternTable.copulas.contains(word(position - 2))
    {
      organization = slot(endingBefore: position - 2, [.organization])
    }
    guard let organization else { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, place, 0.75, "place-based",
        min(organization.start, start(position)), max(organization.end, end(position)))
    ]
  }

  /// "Anna Ferreira, chief Europe economist at Barclays", "Karin Olsen, a virologist at the
  /// Pasteur Institute": a title or an occupation held at an organization, over a region that
  /// only narrows it.
  private func occupationAt(_ person: Slot) -> [Candidate] {
    guard !person.isReference else { return [] }
    var cursor = person.tokenRange.upperBound
    guard word(cursor) == "," else { return [] }
    cursor += 1
    if ["a", "an", "the"].contains(word(cursor)) { cursor += 1 }
    let limit = cursor + 6
    var words: [String] = []
    while cursor < limit, cursor < view.count, word(cursor) != "at" {
      if let region = view.slot(startingAt: cursor) {
        guard !words.isEmpty, region.kinds.allSatisfy({ $0 == .place || $0 == .country }) else {
          return []
        }
        cursor = region.tokenRange.upperBound
        continue
      }
      guard isLowercaseWord(cursor) else { return [] }
      words.append(word(cursor))
      cursor += 1
    }
    guard word(cursor) == "at", let head = words.last else { return [] }
    var target = cursor + 1
    if word(target) == "the" { target += 1 }
    guard let organization = slot(startingAt: target, [.organization]) else { return [] }
    if words.contains(where: { ["former", "late", "then", "ex", "retired"].contains($0) }) { return [] }
    var predicate: Relation.Predicate?
    for first in words.indices {
      guard let title = rules.titles[words[first...].joined(separator: " ")] else { continue }
      let subordinate = words[..<first].contains(where: rules.subordinateModifiers.contains)
      switch title.kind {
      case .leader: predicate = subordinate ? .holdsPosition : .leaderOf
      case .position: predicate = .holdsPosition
      case .member: predicate = .memberOf
      case .employee, .occupation: predicate = .worksFor
      }
      break
    }
    if predicate == nil, Self.isOccupationNoun(head) { predicate = .worksFor }
    // "global head of macro at ING": the head of a unit holds a post in the organization.
    if predicate == nil, let of = words.firstIndex(of: "of"), of > 0 {
      for first in 0..<of {
        guard let title = rules.titles[words[first..<of].joined(separator: " ")] else { continue }
        switch title.kind {
        case .leader, .position: predicate = .holdsPosition
        case .member: predicate = .memberOf
        case .employee, .occupation: predicate = .worksFor
        }
        break
      }
    }
    guard let predicate else { return [] }
    return [
      candidate(
        person.entities[0], predicate, organization.entities[0], 0.7, "occupation-at",
        person.start, organization.end,
        attributes: ["roleName": words.joined(separator: " ")])
    ]
  }

  /// Whether a noun names someone's occupation by its ending: "virologist", "researcher".
  private static func isOccupationNoun(_ word: String) -> Bool {
    let notOccupations: Set<String> = [
      "student", "visitor", "customer", "prisoner", "passenger", "user", "consumer", "buyer",
      "supporter", "protester", "shareholder", "investor", "holder", "winner", "speaker",
      "member", "owner", "founder", "other", "number", "order", "border", "quarter", "center",
      "centre", "matter", "letter", "leader", "patient", "donor",
    ]
    guard word.count > 4, !notOccupations.contains(word) else { return false }
    return ["ist", "er", "or", "ian", "ant", "ent"].contains { word.hasSuffix($0) }
  }

  /// "The World Food Programme, a UN agency", "Kestrel, an Amgen subsidiary": a unit that the
  /// apposition names by its parent.
  private func namedUnit(_ organization: Slot) -> [Candidate] {
    let comma = organization.tokenRange.upperBound
    guard word(comma) == ",", ["a", "an", "the"].contains(word(comma + 1)),
      let parent = slot(startingAt: comma + 2, [.organization]),
      parent.entities[0] != organization.entities[0]
    else { return [] }
    var noun = parent.tokenRange.upperBound
    if isPossessive(noun) { noun += 1 }
    if isLowercaseWord(noun), !view.word(at: noun, isIn: .unitNoun) { noun += 1 }
    // "a UN agency of ...": the unit's own "of" names another parent.
    guard isLowercaseWord(noun), view.word(at: noun, isIn: .unitNoun), word(noun + 1) != "of"
    else { return [] }
    return [
      candidate(
        organization.entities[0], .partOf, parent.entities[0], 0.75, "named-unit",
        organization.start, end(noun))
    ]
  }

  /// "Velmora, a software maker in Denver", "the Halvorsen Group (Halvo) in Oslo": an
  /// organization described as a business or institution in a place, or introduced with its
  /// short name, is in that place.
  private func organizationIn(_ organization: Slot) -> [Candidate] {
    var cursor = organization.tokenRange.upperBound
    var parenthesis = false
    if word(cursor) == ",", ["a", "an"].contains(word(cursor + 1)) {
      cursor += 2
      var lastNoun = false
      let limit = cursor + 5
      while cursor < limit, isLowercaseWord(cursor), word(cursor) != "in" {
        lastNoun = PatternTable.companyNouns.contains(word(cursor))
          || PatternTable.institutionPlaceNouns.contains(word(cursor))
        cursor += 1
      }
      guard lastNoun else { return [] }
    } else if word(cursor) == "(" {
      let close = cursor + 2
      guard word(close) == ")" else { return [] }
      cursor = close + 1
      parenthesis = true
    } else {
      return []
    }
    guard word(cursor) == "in" else { return [] }
    var target = cursor + 1
    if word(target) == "the" { target += 1 }
    guard let place = slot(startingAt: target, parenthesis ? [.place] : [.place, .country]),
      !place.isDemonym, place.placeRank(in: graph) >= 1
    else { return [] }
    // "Halvo in Oslo and Bergen": a list of places is where it works, not where it is.
    if parenthesis, ["and", "or"].contains(word(place.tokenRange.upperBound)) { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, place.entities[0],
        organization.isReference ? 0.6 : 0.7, parenthesis ? "short-name-in" : "description-in",
        organization.start, place.end)
    ]
  }

  /// "the company's Chicago headquarters", "Velmora's Denver head office".
  private func possessiveHeadquarters(_ organization: Slot) -> [Candidate] {
    let after = organization.tokenRange.upperBound
    guard isPossessive(after), let place = slot(startingAt: after + 1, [.place, .country]),
      !place.isDemonym
    else { return [] }
    let noun = word(place.tokenRange.upperBound)
    let isHeadquarters = ["headquarters", "hq"].contains(noun)
      || (noun == "head" && word(place.tokenRange.upperBound + 1) == "office")
    guard isHeadquarters else { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, place.entities[0],
        organization.isReference ? 0.65 : 0.75, "possessive-headquarters", organization.start,
        end(place.tokenRange.upperBound))
    ]
  }

  /// "Nairobi-based Tundra Logistics", "Tundra, an Austin, Texas-based company": the place the
  /// tokenizer split from "-based" is where the organization is; of "City, State-based" the
  /// city.
  private func separatedBasedCompound(after joined: Slot) -> [Candidate] {
    let position = joined.tokenRange.upperBound + 1
    guard word(position - 1) == "-", ["based", "headquartered"].contains(word(position)),
      var place = slot(endingBefore: position - 1, [.place, .country]), !place.isDemonym
    else { return [] }
    var first = place.tokenRange.lowerBound
    if word(first - 1) == ",", let city = slot(endingBefore: first - 1, [.place]), !city.isDemonym,
      city.placeRank(in: graph) < place.placeRank(in: graph)
    {
      place = city
      first = city.tokenRange.lowerBound
    }
    var organization: Slot?
    var after = position + 1
    while after < view.count, after <= position + 4 {
      if let found = slot(startingAt: after, [.organization]) {
        organization = found
        break
      }
      guard isLowercaseWord(after) else { break }
      after += 1
    }
    if organization == nil, ["a", "an", "the"].contains(word(first - 1)),
      PatternTable.copulas.contains(word(first - 2))
    {
      organization = slot(endingBefore: first - 2, [.organization])
    }
    guard let organization, organization.entities[0] != place.entities[0] else { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, place.entities[0], 0.75, "place-based",
        min(organization.start, place.start), max(organization.end, end(position)))
    ]
  }

  /// "Swedish streaming giant Spotify", "U.S. chipmaker Nvidia": a country before a noun
  /// naming a business, then the organization.
  private func demonymBeforeCompany(_ country: Slot) -> [Candidate] {
    var cursor = country.tokenRange.upperBound
    var lastNoun = false
    while cursor < view.count, cursor < country.tokenRange.upperBound + 3, isLowercaseWord(cursor) {
      lastNoun = PatternTable.companyNouns.contains(view.lower[cursor])
      cursor += 1
    }
    guard lastNoun, let organization = slot(startingAt: cursor, [.organization]),
      graph[organization.entities[0]]?.organizationType != .international
    else { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, country.entities[0], 0.7, "demonym-company",
        country.start, organization.end)
    ]
  }

  /// "The Bundestag is the federal parliament of Germany", "the Workers' Party is a left-wing
  /// political party in Brazil".
  private func institutionDescription(_ organization: Slot) -> [Candidate] {
    var cursor = organization.tokenRange.upperBound
    guard PatternTable.copulas.contains(word(cursor)) else { return [] }
    cursor += 1
    guard ["a", "an", "the"].contains(word(cursor)) else { return [] }
    cursor += 1
    var sawNoun = false
    let limit = cursor + 5
    while cursor < limit, isLowercaseWord(cursor), !["in", "of"].contains(word(cursor)) {
      sawNoun = PatternTable.institutionPlaceNouns.contains(word(cursor))
      cursor += 1
    }
    guard sawNoun, ["in", "of"].contains(word(cursor)) else { return [] }
    var target = cursor + 1
    if word(target) == "the" { target += 1 }
    guard let place = slot(startingAt: target, [.place, .country]), !place.isDemonym else {
      return []
    }
    return [
      candidate(
        organization.entities[0], .locatedIn, place.entities[0],
        organization.isReference ? 0.6 : 0.7, "institution-in", organization.start, place.end)
    ]
  }

  /// "Spotify, a Swedish company", "Apple is an American multinational technology company".
  private func companyDescription(_ organization: Slot) -> [Candidate] {
    guard graph[organization.entities[0]]?.organizationType != .international else { return [] }
    var cursor = organization.tokenRange.upperBound
    guard PatternTable.copulas.contains(word(cursor)) else { return [] }
    cursor += 1
    guard ["a", "an", "the"].contains(word(cursor)) else { return [] }
    cursor += 1
    var skipped = 0
    while skipped < 2, isLowercaseWord(cursor), !PatternTable.companyNouns.contains(word(cursor)) {
      cursor += 1
      skipped += 1
    }
    guard let country = slot(startingAt: cursor, [.country]) else { return [] }
    cursor = country.tokenRange.upperBound
    var lastNoun = false
    while cursor < view.count, cursor < country.tokenRange.upperBound + 4, isLowercaseWord(cursor) {
      lastNoun = lastNoun || PatternTable.companyNouns.contains(view.lower[cursor])
      cursor += 1
    }
    guard lastNoun else { return [] }
    return [
      candidate(
        organization.entities[0], .locatedIn, country.entities[0],
        organization.isReference ? 0.6 : 0.7, "company-nationality", organization.start,
        end(cursor - 1))
    ]
  }

  /// The place or country named after "in" or "of", past a direction ("in northern Italy",
  /// "in the south of France"), if it is larger than `subject`.
  private func container(after position: Int, largerThan subject: Slot) -> Slot? {
    var cursor = position
    while cursor < view.count, cursor < position + 5, isSlotFree(cursor),
      PatternTable.directionWords.contains(word(cursor))
    {
      cursor += 1
    }
    guard let found = slot(startingAt: cursor, [.place, .country]), !found.isDemonym,
      found.placeRank(in: graph) > subject.placeRank(in: graph)
    else { return nil }
    return found
  }

  /// "Berlin is the capital of Germany", "Kyiv, the capital of Ukraine", "Germany's capital,
  /// Berlin", "the Ukrainian capital Kyiv", "the capital of Kenya, Nairobi".
  private func capital(at position: Int) -> [Candidate] {
    var found: [Candidate] = []
    var after = position + 1
    if word(after) == "city" { after += 1 }
    if word(after) == "and", ["largest", "biggest"].contains(word(after + 1)) {
      after += 2
      if word(after) == "city" { after += 1 }
    }
    if word(after) == "and", word(after + 1) == "most", word(after + 2) == "populous" {
      after += 3
      if word(after) == "city" { after += 1 }
    }
    // "Berlin is the capital of Germany", "Kyiv, the capital of Ukraine"
    var article = position - 1
    while article > position - 3, isLowercaseWord(article), article > 0,
      !["the", "its"].contains(word(article))
    {
      article -= 1
    }
    if ["the", "its"].contains(word(article)), word(after) == "of",
      ["is", "was", ",", "became", "remains", "has"].contains(word(article - 1)),
      let city = slot(endingBefore: word(article - 1) == "has" ? article - 2 : article - 1, [.place])
    {
      if let country = container(after: after + 1, largerThan: city) {
        found.append(
          candidate(
            city.entities[0], .locatedIn, country.entities[0], 0.85, "capital-of", city.start,
            country.end))
      }
      return found
    }
    // "Addis Ababa, the Ethiopian capital"
    if word(position - 2) == "the", word(position - 3) == ",",
      let country = slot(endingBefore: position, [.country]), country.isDemonym,
      country.tokenRange.lowerBound == position - 1,
      let city = slot(endingBefore: position - 3, [.place])
    {
      return [
        candidate(
          city.entities[0], .locatedIn, country.entities[0], 0.8, "capital-of", city.start,
          end(position))
      ]
    }
    // "Aichi is a region of Japan, and its capital is Nagoya", "Aichi, whose capital is Nagoya"
    if ["its", "whose"].contains(word(position - 1)), ["is", "was"].contains(word(after)),
      let city = slot(startingAt: after + 1, [.place])
    {
      var holder: Slot?
      if word(position - 1) == "whose" {
        let comma = word(position - 2) == "," ? position - 2 : position - 1
        holder = slot(endingBefore: comma, [.place, .country])
      } else if let first = view.slots.first, first.entities.count == 1,
        first.kinds[0] == .place || first.kinds[0] == .country,
        first.tokenRange.lowerBound <= 1, !first.isDemonym
      {
        holder = first
      } else if view.tokens.first?.text == "Its", let topic = context.topicOfSentence[view.index],
        topic.kind == .place || topic.kind == .country
      {
        holder = Slot(
          entities: [topic.id], kinds: [topic.kind], tokenRange: (position - 1)..<position,
          start: start(position - 1), end: end(position - 1), isReference: true,
          isDemonym: false)
      }
      guard let holder, holder.entities[0] != city.entities[0], holder.placeRank(in: graph) > city.placeRank(in: graph) else {
        return found
      }
      return [
        candidate(
          city.entities[0], .locatedIn, holder.entities[0], holder.isReference ? 0.7 : 0.8,
          "its-capital", min(holder.start, start(position - 1)), city.end)
      ]
    }
    // "Germany's capital, Berlin" / "the Ukrainian capital Kyiv" / "the capital of Kenya, Nairobi"
    var before = position
    if isPossessive(before - 1) { before -= 1 }
    var country = slot(endingBefore: before, [.country])
    var cityStart = after
    if country == nil, word(after) == "of", let named = slot(startingAt: after + 1, [.country]) {
      country = named
      cityStart = named.tokenRange.upperBound
      guard word(cityStart) == "," else { return found }
    }
    guard let country else { return found }
    if word(cityStart) == "," || word(cityStart) == "of" { cityStart += 1 }
    if ["is", "was"].contains(word(cityStart)) { cityStart += 1 }
    guard let city = slot(startingAt: cityStart, [.place]) else { return found }
    found.append(
      candidate(
        city.entities[0], .locatedIn, country.entities[0], 0.8, "capital-of",
        min(country.start, city.start), max(country.end, city.end)))
    return found
  }

  /// "the Kursk region of Russia", "the Donetsk province of Ukraine".
  private func regionOfCountry(_ place: Slot) -> [Candidate] {
    let noun = place.tokenRange.upperBound
    guard PatternTable.settlementNouns.contains(word(noun)), word(noun + 1) == "of",
      let container = container(after: noun + 2, largerThan: place)
    else { return [] }
    return [
      candidate(
        place.entities[0], .locatedIn, container.entities[0], 0.75, "region-of", place.start,
        container.end)
    ]
  }

  /// "Lyon is a city in France", "Hamburg, a port city in northern Germany", "Bavaria is the
  /// largest state of Germany".
  private func settlementDescription(_ place: Slot) -> [Candidate] {
    var cursor = place.tokenRange.upperBound
    guard PatternTable.copulas.contains(word(cursor)), word(cursor) != "became" else { return [] }
    cursor += 1
    guard ["a", "an", "the"].contains(word(cursor)) else { return [] }
    cursor += 1
    var sawNoun = false
    let limit = cursor + 5
    while cursor < limit, isLowercaseWord(cursor), !["in", "of", "on"].contains(word(cursor)) {
      sawNoun = PatternTable.settlementNouns.contains(word(cursor))
      cursor += 1
    }
    guard sawNoun, ["in", "of"].contains(word(cursor)),
      let container = container(after: cursor + 1, largerThan: place)
    else { return [] }
    return [
      candidate(
        place.entities[0], .locatedIn, container.entities[0], 0.8, "settlement-in", place.start,
        container.end)
    ]
  }

  /// "China's Hubei province", "Germany's Bavaria": a place named after its country's
  /// possessive.
  private func possessivePlace(_ country: Slot) -> [Candidate] {
    guard !country.isDemonym, isPossessive(country.tokenRange.upperBound),
      let place = slot(startingAt: country.tokenRange.upperBound + 1, [.place]),
      place.placeRank(in: graph) > 0, place.placeRank(in: graph) < country.placeRank(in: graph)
    else { return [] }
    return [
      candidate(
        place.entities[0], .locatedIn, country.entities[0], 0.75, "possessive-place",
        country.start, place.end)
    ]
  }

  /// "the Chinese city of Wuhan", "the U.S. state of Texas", "the Russian port city
  /// Novorossiysk".
  private func demonymBeforeSettlement(_ country: Slot) -> [Candidate] {
    guard word(country.tokenRange.lowerBound - 1) == "the" else { return [] }
    var cursor = country.tokenRange.upperBound
    var sawNoun = false
    while cursor < view.count, cursor < country.tokenRange.upperBound + 3, isLowercaseWord(cursor),
      word(cursor) != "of"
    {
      sawNoun = PatternTable.settlementNouns.contains(word(cursor))
      cursor += 1
    }
    guard sawNoun else { return [] }
    if word(cursor) == "of" { cursor += 1 }
    guard let place = slot(startingAt: cursor, [.place]) else { return [] }
    return [
      candidate(
        place.entities[0], .locatedIn, country.entities[0], 0.8, "demonym-settlement",
        country.start, place.end)
    ]
  }

  // MARK: - Membership

  /// "Brazil is a member of BRICS", "France and Germany are founding members of the EU",
  /// "Sweden, a member of the European Union", "NATO member Turkey", "the members of the G7
  /// include Canada".
  private func membership(at position: Int) -> [Candidate] {
    var found = nthMember(at: position)
    if !found.isEmpty { return found }
    let actors: Set<Entity.Kind> = [.person, .country, .organization]
    var after = position + 1
    if PatternTable.memberNouns.contains(word(after)) { after += 1 }
    // Left side: "[GROUP] (is|are|,) [a|the] [founding] member(s)"
    var back = position - 1
    var former = false
    while back > position - 3, PatternTable.memberModifiers.contains(word(back)) {
      former = former || word(back) == "former"
      back -= 1
    }
    if ["a", "an", "the"].contains(word(back)) { back -= 1 }
    // "one of the founding members of"
    if word(back) == "of", word(back - 1) == "one" { back -= 2 }
    if ["of", "in"].contains(word(after)) {
      var target = after + 1
      if word(target) == "the" { target += 1 }
      var subjectEnd = back
      if word(back) == "been", ["has", "have", "had"].contains(word(back - 1)) {
        subjectEnd = back - 1
      } else if word(back) == "as", PatternTable.admissionVerbs.contains(word(back - 1)) {
        // "The African Union was admitted as a permanent member of the G20".
        subjectEnd = back - 1
        while subjectEnd > back - 5, PatternTable.copulaGap.contains(word(subjectEnd - 1)) {
          subjectEnd -= 1
        }
        // "The African Union, which was admitted as …"
        if ["which", "that", "who"].contains(word(subjectEnd)), word(subjectEnd - 1) == "," {
          subjectEnd -= 1
        }
      } else if !PatternTable.copulas.contains(word(back)) {
        subjectEnd = -1
      }
      // "China, which is a member of the WTO"
      if subjectEnd > 1, ["which", "who", "that"].contains(word(subjectEnd - 1)) {
        subjectEnd -= 1
        if word(subjectEnd - 1) == "," { subjectEnd -= 1 }
      }
      if let organization = slot(startingAt: target, [.organization]), !organization.isDemonym,
        subjectEnd > 0, let group = view.group(endingBefore: subjectEnd)
      {
        var attributes: [String: String] = [:]
        if former { attributes["status"] = "former" }
        for (id, kind) in zip(group.entities, group.kinds) where actors.contains(kind) {
          found.append(
            candidate(
              id, .memberOf, organization.entities[0], former ? 0.65 : 0.8, "member-of",
              group.start, organization.end, attributes: attributes))
        }
        return found
      }
      // "the members of the G7 include Canada, France ..."
      if position > 0, word(position) == "members",
        let organization = slot(startingAt: target, [.organization])
      {
        var next = organization.tokenRange.upperBound
        if word(next) == "," { next += 1 }
        if ["include", "included", "including", "are", "were"].contains(word(next)),
          let group = view.group(startingAt: next + 1)
        {
          for (id, kind) in zip(group.entities, group.kinds) where actors.contains(kind) {
            found.append(
              candidate(
                id, .memberOf, organization.entities[0], 0.75, "members-include",
                start(position), group.end))
          }
        }
      }
      return found
    }
    // "NATO member Turkey", "EU member states France and Germany"
    var before = position
    if word(before - 1) == "fellow" { before -= 1 }
    if let organization = slot(endingBefore: before, [.organization]), !organization.isDemonym,
      graph[organization.entities[0]]?.organizationType != .company
    {
      var next = after
      if word(next) == "," { next += 1 }
      if let group = view.group(startingAt: next) {
        for (id, kind) in zip(group.entities, group.kinds)
        where kind == .country || kind == .organization
        {
          found.append(
            candidate(
              id, .memberOf, organization.entities[0], 0.75, "member-apposition",
              organization.start, group.end))
        }
      } else if [",", ".", ";", "and", "that", "which", "since", "in", "of"].contains(word(after))
        || after >= view.count
      {
        // "Hungary, an EU member, blocked it", "Poland and Estonia are NATO members".
        var left = organization.tokenRange.lowerBound
        if ["a", "an", "the"].contains(word(left - 1)) { left -= 1 }
        if word(left - 1) == "fellow" { left -= 1 }
        guard PatternTable.copulas.contains(word(left - 1)),
          word(after) != "of" || word(left - 1) == ",",
          let group = view.group(endingBefore: left - 1)
        else { return found }
        for (id, kind) in zip(group.entities, group.kinds)
        where kind == .country || kind == .organization
        {
          found.append(
            candidate(
              id, .memberOf, organization.entities[0], 0.75, "member-apposition",
              group.start, end(position)))
        }
      }
    }
    return found
  }

  /// "Finland became NATO's 31st member", "Sweden is the alliance's newest member".
  private func nthMember(at position: Int) -> [Candidate] {
    var found: [Candidate] = []
    var ordinal = position - 1
    if isOrdinal(ordinal) { ordinal -= 1 }
    // "NATO's" or "the alliance's" before the member
    let owner = word(ordinal - 2) == "the" ? ordinal - 2 : ordinal - 1
    if isPossessive(ordinal),
      let organization = holder(at: owner) ?? slot(endingBefore: ordinal, [.organization]),
      organization.kinds[0] == .organization, !isAmbiguousDescription(organization)
    {
      var left = organization.tokenRange.lowerBound
      if word(left - 1) == "the" { left -= 1 }
      if PatternTable.copulas.contains(word(left - 1)) || word(left - 1) == "become",
        let group = view.group(endingBefore: left - 1)
      {
        for (id, kind) in zip(group.entities, group.kinds)
        where kind == .country || kind == .organization
        {
          found.append(
            candidate(
              id, .memberOf, organization.entities[0], organization.isReference ? 0.65 : 0.75,
              "nth-member", group.start, end(position)))
        }
        return found
      }
    }
    return found
  }

  /// "31st", "newest", "latest": a word that ranks a member.
  private func isOrdinal(_ position: Int) -> Bool {
    let text = word(position)
    if ["newest", "latest", "youngest", "oldest", "first", "second", "third", "last"].contains(text)
    {
      return true
    }
    guard text.first?.isNumber == true else { return false }
    return ["st", "nd", "rd", "th"].contains(where: { text.hasSuffix($0) })
  }

  /// The organization named at `position`, or "the alliance" / "the bloc" when the document
  /// names exactly one international organization.
  private func organization(at position: Int) -> Slot? {
    if let named = slot(startingAt: position, [.organization]), !named.isDemonym { return named }
    guard word(position) == "the", isSlotFree(position + 1),
      PatternTable.allianceNouns.contains(word(position + 1)),
      let only = context.onlyInternationalOrganization
    else { return nil }
    return Slot(
      entities: [only], kinds: [.organization], tokenRange: position..<(position + 2),
      start: start(position), end: end(position + 1), isReference: true, isDemonym: false)
  }

  /// The organization or country at `position`, by name or by a definite description of one
  /// named earlier ("the union", "the alliance").
  private func holder(at position: Int) -> Slot? {
    var cursor = position
    if word(cursor) == "the", let named = slot(startingAt: cursor + 1, [.organization, .country]),
      !named.isDemonym
    {
      return named
    }
    if let named = slot(startingAt: cursor, [.organization, .country]), !named.isDemonym {
      return named
    }
    guard word(cursor) == "the" else { return nil }
    cursor += 1
    guard isSlotFree(cursor) else { return nil }
    if let (id, firstSentence) = context.organizationsByHead[word(cursor)],
      firstSentence <= view.index
    {
      return Slot(
        entities: [id], kinds: [.organization], tokenRange: position..<(cursor + 1),
        start: start(position), end: end(cursor), isReference: true, isDemonym: false)
    }
    return organization(at: position)
  }

  /// "Ghazouani took over the rotating chairmanship of the union", "she assumed the presidency
  /// of the council", "he took the helm of Toyota in 2009".
  private func helm(at position: Int) -> [Candidate] {
    guard word(position + 1) == "of", let holder = holder(at: position + 2),
      !isAmbiguousDescription(holder)
    else { return [] }
    var back = position - 1
    var modifiers = 0
    while modifiers < 2, isLowercaseWord(back), !["the", "over"].contains(word(back)) {
      back -= 1
      modifiers += 1
    }
    guard word(back) == "the" else { return [] }
    back -= 1
    if word(back) == "over" { back -= 1 }
    guard PatternTable.helmVerbs.contains(word(back)), !view.word(back - 1, isIn: .negation),
      let person = subject(before: back, [.person])
    else { return [] }
    return [
      candidate(
        person.entities[0], .leaderOf, holder.entities[0], holder.isReference ? 0.65 : 0.75,
        "took-helm", person.start, holder.end)
    ]
  }

  /// "Finland and Sweden joined NATO", "the country joined the WTO in 2001", "China acceded
  /// to the WTO", "South Sudan was admitted to the United Nations".
  private func joined(at position: Int) -> [Candidate] {
    var target = position + 1
    let verb = word(position)
    if verb == "acceded" || verb == "admitted" {
      guard ["to", "into", "as"].contains(word(target)) else { return [] }
      target += 1
    }
    let found =
      word(target) == "the"
      ? organization(at: target + 1) ?? organization(at: target) : organization(at: target)
    guard let organization = found else { return [] }
    var back = position
    while back > position - 4, view.word(back - 1, isIn: .subjectGap) {
      if view.word(back - 1, isIn: .negation) { return [] }
      back -= 1
    }
    // "Finland, which joined the alliance in April"
    if ["which", "who", "that"].contains(word(back - 1)) {
      back -= 1
      if word(back - 1) == "," { back -= 1 }
    }
    guard !view.word(back - 1, isIn: .negation), let group = view.group(endingBefore: back)
    else { return [] }
    // A single named subject is read by the structural rules already.
    guard group.entities.count > 1 || group.isReference || organization.isReference
      || verb != "joined" && verb != "joins"
    else { return [] }
    let isEmployer = [.company, .media, .research, .education].contains(
      graph[organization.entities[0]]?.organizationType)
    return zip(group.entities, group.kinds).compactMap { id, kind in
      guard kind != .place, kind != .event else { return nil }
      let hired = kind == .person && isEmployer
      return candidate(
        id, hired ? .worksFor : .memberOf, organization.entities[0],
        group.isReference || organization.isReference ? 0.6 : 0.7, "joined-organization",
        group.start, organization.end)
    }
  }

  /// "BRICS comprises Brazil, Russia, India, China and South Africa", "the bloc consists of".
  private func composition(at position: Int) -> [Candidate] {
    var back = position
    while back > position - 3, ["now", "currently", "originally"].contains(word(back - 1)) {
      back -= 1
    }
    guard let organization = slot(endingBefore: back, [.organization]),
      [.international, .party, .other, nil].contains(
        graph[organization.entities[0]]?.organizationType)
    else { return [] }
    var target = position + 1
    if word(target) == "of" { target += 1 }
    guard let group = view.group(startingAt: target) else { return [] }
    return zip(group.entities, group.kinds).compactMap { id, kind in
      guard kind == .country || kind == .organization else { return nil }
      return candidate(
        id, .memberOf, organization.entities[0], 0.7, "composition", organization.start,
        group.end)
    }
  }

  // MARK: - Organization structure

  /// "Instagram is a subsidiary of Meta", "DeepMind, Google's artificial intelligence unit"
  /// is left to titles; "Bavaria is part of Germany" (locatedIn), "Alphabet, the parent
  /// company of Google", "Google's parent company, Alphabet".
  private func partOf(at position: Int) -> [Candidate] {
    let noun = word(position)
    if noun == "parent" { return parent(at: position) }
    guard word(position + 1) == "of" else { return possessiveUnit(at: position) }
    var target = position + 2
    if word(target) == "the" { target += 1 }
    // Left: "[SUBJECT] (is|,) [a|the] [modifiers] NOUN of"
    var back = position - 1
    var modifiers = 0
    while modifiers < 3, isLowercaseWord(back),
      !["a", "an", "the", "is", "was", "are", "were", "its", "became", "remains"].contains(
        word(back))
    {
      back -= 1
      modifiers += 1
    }
    let isPlural = PatternTable.pluralUnitNouns.contains(noun)
    if ["a", "an", "the"].contains(word(back)) {
      back -= 1
    } else if noun != "part" {
      return []
    }
    // "Balliol College is one of the constituent colleges of the University of Oxford".
    if isPlural {
      guard word(back + 1) == "the", word(back) == "of", word(back - 1) == "one" else { return [] }
      back -= 2
    }
    guard PatternTable.copulas.contains(word(back)) || word(back) == "became" else { return [] }
    guard let subject = slot(endingBefore: back, [.organization, .place]), !subject.isDemonym
    else { return [] }
    if subject.kinds[0] == .place {
      guard noun == "part", let container = container(after: target, largerThan: subject)
      else { return [] }
      return [
        candidate(
          subject.entities[0], .locatedIn, container.entities[0], 0.75, "part-of-place",
          subject.start, container.end)
      ]
    }
    guard let parent = slot(startingAt: target, [.organization]), !parent.isDemonym else {
      return []
    }
    return [
      candidate(
        subject.entities[0], .partOf, parent.entities[0], noun == "part" ? 0.7 : 0.8,
        "unit-of", subject.start, parent.end)
    ]
  }

  /// "the European Commission, the EU's executive arm", "Alphabet's research unit DeepMind".
  private func possessiveUnit(at position: Int) -> [Candidate] {
    guard noun(position) else { return [] }
    var back = position - 1
    var modifiers = 0
    while modifiers < 3, isLowercaseWord(back) {
      back -= 1
      modifiers += 1
    }
    guard isPossessive(back), let parent = slot(endingBefore: back, [.organization]),
      !parent.isDemonym
    else { return [] }
    if let child = slot(startingAt: position + 1, [.organization]) {
      return [
        candidate(
          child.entities[0], .partOf, parent.entities[0], 0.7, "possessive-unit", parent.start,
          child.end)
      ]
    }
    var left = parent.tokenRange.lowerBound
    if word(left - 1) == "the" { left -= 1 }
    guard [",", "is", "was"].contains(word(left - 1)),
      let child = slot(endingBefore: left - 1, [.organization]), !child.isDemonym
    else { return [] }
    return [
      candidate(
        child.entities[0], .partOf, parent.entities[0], 0.75, "possessive-unit", child.start,
        end(position))
    ]
  }

  /// Whether the unit noun at `position` is singular and ends its phrase.
  private func noun(_ position: Int) -> Bool {
    !word(position).hasSuffix("ies") && word(position) != "house" && word(position) != "office"
  }

  /// "Alphabet, the parent company of Google", "Google's parent company, Alphabet".
  private func parent(at position: Int) -> [Candidate] {
    var after = position + 1
    if ["company", "group", "firm", "organization", "organisation", "corporation"].contains(
      word(after))
    {
      after += 1
    }
    if word(after) == "of" {
      var target = after + 1
      if word(target) == "the" { target += 1 }
      guard word(position - 1) == "the", PatternTable.copulas.contains(word(position - 2)),
        let parent = slot(endingBefore: position - 2, [.organization]),
        let child = slot(startingAt: target, [.organization])
      else { return [] }
      return [
        candidate(
          child.entities[0], .partOf, parent.entities[0], 0.75, "parent-of", parent.start,
          child.end)
      ]
    }
    guard isPossessive(position - 1), let child = slot(endingBefore: position - 1, [.organization])
    else { return [] }
    if word(after) == "," { after += 1 }
    guard let parent = slot(startingAt: after, [.organization]) else { return [] }
    return [
      candidate(
        child.entities[0], .partOf, parent.entities[0], 0.75, "parent-of", child.start, parent.end)
    ]
  }

  /// "Instagram, owned by Meta", "the broadcaster is controlled by the state group X".
  private func ownedBy(at position: Int) -> [Candidate] {
    var back = position
    if ["wholly", "fully", "majority", "partly", "jointly"].contains(word(back - 1)) {
      guard word(back - 1) != "partly", word(back - 1) != "jointly" else { return [] }
      back -= 1
    }
    guard let child = subject(before: back, [.organization]),
      let parent = slot(startingAt: position + 2 + (word(position + 2) == "the" ? 1 : 0),
        [.organization])
    else { return [] }
    return [
      candidate(
        child.entities[0], .partOf, parent.entities[0], 0.65, "owned-by", child.start, parent.end)
    ]
  }

  // MARK: - Nationality

  /// "Angela Merkel (born 1954) is a German former politician", "Lula, a Brazilian
  /// politician", "X is a French citizen", "X, a citizen of Canada".
  private func biographyNationality(_ person: Slot) -> [Candidate] {
    guard !person.isReference else { return [] }
    var cursor = person.tokenRange.upperBound
    var parenthesis = false
    if word(cursor) == "(" {
      var close = cursor + 1
      while close < view.count, close < cursor + 20, word(close) != ")" { close += 1 }
      guard word(close) == ")" else { return [] }
      cursor = close + 1
      parenthesis = true
    }
    let linker = word(cursor)
    guard linker == "is" || linker == "was" || linker == "," else { return [] }
    cursor += 1
    guard ["a", "an"].contains(word(cursor)) else { return [] }
    cursor += 1
    var modified = false
    while cursor < view.count, PatternTable.biographyModifiers.contains(word(cursor)) {
      cursor += 1
      modified = true
    }
    // "X, a citizen of Canada"
    if ["citizen", "national"].contains(word(cursor)), word(cursor + 1) == "of",
      let country = slot(startingAt: cursor + 2, [.country])
    {
      return [
        candidate(
          person.entities[0], .citizenOf, country.entities[0], 0.8, "citizen-of", person.start,
          country.end)
      ]
    }
    guard let country = slot(startingAt: cursor, [.country]), country.isDemonym else {
      return []
    }
    let next = country.tokenRange.upperBound
    guard isLowercaseWord(next), !PatternTable.companyNouns.contains(word(next)) else {
      return []
    }
    // Plain "X is a German politician" is read by the structural rules already.
    guard parenthesis || modified || linker == "," || ["citizen", "national"].contains(word(next))
    else { return [] }
    return [
      candidate(
        person.entities[0], .citizenOf, country.entities[0], linker == "," ? 0.7 : 0.75,
        "biography-nationality", person.start, country.end)
    ]
  }
}

extension String {
  /// Whether the string ends with "-based", read from its last bytes: no other bytes spell
  /// those characters, and after an ASCII byte the hyphen starts a character of its own (after
  /// another, `hasSuffix` decides).
  fileprivate var endsWithBased: Bool {
    let suffix = "-based".utf8
    guard utf8.count >= suffix.count, utf8.suffix(suffix.count).elementsEqual(suffix) else {
      return false
    }
    guard let before = utf8.dropLast(suffix.count).last, before >= 0x80 else { return true }
    return hasSuffix("-based")
  }

  /// The string with its hyphens read as spaces ("vice-president" → "vice president").
  fileprivate func replacingHyphens() -> String {
    String(map { $0 == "-" ? " " : $0 })
  }
}
