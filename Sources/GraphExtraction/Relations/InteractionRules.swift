import KnowledgeGraphCore

/// Relations between actors stated by verbs ("X accused Y of ...", "Y was criticized by X",
/// "X and Y negotiated") and by measure nouns ("X imposed tariffs on Y").
struct InteractionRules {
  let view: SentenceView
  let rules: RelationRules
  let lexicon: Lexicon
  /// Measure rules by their nouns, for two-word nouns ("export controls").
  let measureIndex: [String: [RelationRules.MeasureRule]]

  func candidates() -> [Candidate] {
    var found: [Candidate] = []
    for position in 0..<view.count where view.slotAt[position] == nil {
      let facts = view.facts[position]
      if facts.verbRules >= 0 {
        for rule in lexicon.verbRules[Int(facts.verbRules)] {
          found += verb(rule, at: position)
        }
      }
      if facts.classes.contains(.criticalWord) {
        found += criticism(at: position)
      }
      if facts.classes.contains(.workVerb), view.word(position + 1) == "together" {
        found += together(at: position)
      }
      let pair = position + 1 < view.count && facts.classes.contains(.compoundStart)
        ? view.lower[position] + " " + view.lower[position + 1] : ""
      if !pair.isEmpty, let measureRules = measureIndex[pair] {
        for rule in measureRules { found += measure(rule, at: position, length: 2) }
      } else if facts.measureRules >= 0 {
        for rule in lexicon.measureRules[Int(facts.measureRules)] {
          found += measure(rule, at: position, length: 1)
        }
      }
    }
    return found
  }

  // MARK: - Verbs

  private func verb(_ rule: RelationRules.VerbRule, at position: Int) -> [Candidate] {
    let name = "verb-\(rule.predicate.rawValue)"
    // Passive: "Y was criticized by X", and the participles "Apple, led by Tim Cook, …",
    // "Nvidia, the chip designer led by Jensen Huang".
    let participle = view.word(position - 1) == "," || appositionHead(before: position) != nil
    if beForms.contains(view.word(position - 1)) || participle, view.word(position + 1) == "by",
      rule.particle == nil
    {
      var agentStart = position + 2
      if view.word(agentStart) == "the" { agentStart += 1 }
      agentStart = view.skipTitle(from: agentStart)
      let patient = participle
        ? (view.group(endingBefore: position - 1) ?? appositionHead(before: position))
        : subject(before: position - 1)
      guard let agent = view.group(startingAt: agentStart), agent.isActor, let patient
      else { return [] }
      // "founded by his father": someone the pronoun's person is related to.
      if agent.isReference, ["his", "her", "their"].contains(view.word(agentStart)),
        view.slotAt[agent.tokenRange.upperBound] == nil,
        view.tokens.indices.contains(agent.tokenRange.upperBound),
        view.tokens[agent.tokenRange.upperBound].text.first?.isLowercase == true
      {
        return []
      }
      return pairs(
        agent, rule.predicate, patient, confidence: rule.confidence - 0.05, rule: name + "-passive",
        start: patient.start, end: agent.end)
    }
    if view.word(position - 1) == ",", view.lower[position].hasSuffix("ing"),
      rule.particle == nil, let subject = clauseSubject(beforeComma: position - 1)
    {
      // "The FTC sued to block the merger, accusing Microsoft of …": the participle clause
      // takes the subject of the main clause.
      var objectStart = position + 1
      if view.word(objectStart) == "the" { objectStart += 1 }
      objectStart = view.skipTitle(from: objectStart)
      guard let object = view.group(startingAt: objectStart), object.isActor, !object.isDemonym,
        rules.eventNouns[view.word(object.tokenRange.upperBound)] == nil
      else { return [] }
      return pairs(
        subject, rule.predicate, object, confidence: rule.confidence - 0.15,
        rule: name + "-participle-clause", start: subject.start, end: object.end)
    }
    guard let subject = subject(before: position) else { return [] }
    // Planned or possible acts are not facts yet; working together is stated as intent.
    if rule.predicate != .cooperatesWith,
      (subject.tokenRange.upperBound..<position).contains(where: { Self.modals.contains(view.lower[$0]) })
    {
      return []
    }
    var objectStart = position + 1
    if let particle = rule.particle {
      guard view.word(objectStart) == particle else {
        // "X and Y negotiated", "China and the US can collaborate": a symmetric predicate with
        // a coordinated subject and no object.
        guard rule.predicate.definition?.isSymmetric == true, subject.entities.count >= 2 else {
          return []
        }
        return mutual(subject, rule.predicate, confidence: rule.confidence - 0.1, rule: name,
                      end: view.tokens[position].end)
      }
      objectStart += 1
    }
    if view.word(objectStart) == "the" { objectStart += 1 }
    // "met U.S. President Joe Biden": the person, not the country of the title.
    objectStart = view.skipTitle(from: objectStart)
    guard let object = view.group(startingAt: objectStart), object.isActor || rule.predicate == .visits
    else { return [] }
    // "hosted the G7 summit", "led the German delegation": a name modifying a noun is not
    // the object.
    let after = object.tokenRange.upperBound
    if object.isDemonym || rules.eventNouns[view.word(after)] != nil || view.word(after) == "-" {
      return []
    }
    return pairs(
      subject, rule.predicate, object, confidence: rule.confidence, rule: name,
      start: subject.start, end: object.end)
  }

  /// The name an apposition describes when a participle ends it: "Nvidia" in "Nvidia, the
  /// California-based chip designer led by …".
  private func appositionHead(before position: Int) -> Slot? {
    var cursor = position - 1
    var words = 0
    while cursor > 0, words < 7 {
      // Places and countries may describe it: "the Santa Clara chip designer".
      if let index = view.slotAt[cursor] {
        let slot = view.slots[index]
        guard slot.kinds.allSatisfy({ $0 == .place || $0 == .country }) else { return nil }
        cursor = slot.tokenRange.lowerBound - 1
        words += 1
        continue
      }
      let word = view.lower[cursor]
      if word == "," {
        guard words >= 2, ["the", "a", "an"].contains(view.word(cursor + 1)) else { return nil }
        return view.slot(endingBefore: cursor)
      }
      if beForms.contains(word) || word == "." || word == ";" { return nil }
      cursor -= 1
      words += 1
    }
    return nil
  }

  /// The subject of the main clause that the comma at `comma` closes, when it opens the
  /// sentence ("[The] FTC had sued to block the merger,") and no other name stands between
  /// it and the comma, nor a negation.
  private func clauseSubject(beforeComma comma: Int) -> Slot? {
    var start = 0
    // "On Monday, the FTC sued …": a short time phrase may open the sentence.
    if comma > 2, ["on", "in", "last", "earlier", "later", "late"].contains(view.lower[0]),
      let opener = (1..<min(6, comma)).first(where: { view.word($0) == "," }),
      (0..<opener).allSatisfy({ view.slotAt[$0] == nil })
    {
      start = opener + 1
    }
    if ["the", "a", "an"].contains(view.word(start)) { start += 1 }
    guard var group = view.group(startingAt: start), group.isActor else { return nil }
    // "The U.S. Federal Trade Commission sued …": a country naming whose body it is.
    if group.kinds.allSatisfy({ $0 == .country }),
      let body = view.group(startingAt: group.tokenRange.upperBound),
      body.kinds.allSatisfy({ $0 == .organization })
    {
      group = body
    }
    guard !group.isDemonym else { return nil }
    let verb = group.tokenRange.upperBound
    guard verb < comma - 1, view.slotAt[verb] == nil, view.word(verb) != ",",
      view.word(verb) != "and", view.word(verb) != "'s", view.word(verb) != "’s"
    else { return nil }
    for cursor in verb..<comma {
      if view.slotAt[cursor] != nil || view.facts[cursor].classes.contains(.negation)
        || [",", ";", ":", "said", "says", "told", "by"].contains(view.lower[cursor])
      {
        return nil
      }
    }
    return group
  }

  /// Words that judge another's act harshly: "said Chile's move was discriminatory".
  static let criticalWords: Set<String> = [
    "discriminatory", "unfair", "protectionist", "unjustified", "unjustifiable",
    "unacceptable", "irresponsible", "provocative", "illegal", "unlawful", "hypocritical",
    "baseless", "groundless", "coercive", "reckless", "destabilizing", "destabilising",
  ]

  /// Verbs that report a judgement: "X said Y's move was unfair", "X called Y's tariffs
  /// unjustified".
  private static let judgingVerbs: Set<String> = ["said", "says", "called", "calls"]

  /// "Peru's Foreign Ministry said Chile's move was discriminatory", "Peru called Chile's
  /// tariffs unfair": the speaker criticizes the one actor whose act the clause judges.
  ///
  /// The actor must own the act ("Chile's move") or be the clause's subject ("said Chile was
  /// reckless"); no negation, other actor or clause break may stand between.
  private func criticism(at position: Int) -> [Candidate] {
    var cursor = position - 1
    var target: Slot?
    while cursor >= 0, cursor > position - 12 {
      let word = view.lower[cursor]
      if let index = view.slotAt[cursor] {
        guard target == nil else { return [] }
        let slot = view.slots[index]
        guard slot.isActor, !slot.isDemonym else { return [] }
        target = slot
        cursor = slot.tokenRange.lowerBound - 1
        continue
      }
      if view.facts[cursor].classes.contains(.negation) || view.word(cursor, isIn: .clauseBreak)
        || word == "," || word == "."
      {
        return []
      }
      if Self.judgingVerbs.contains(word) { break }
      cursor -= 1
    }
    guard cursor >= 0, Self.judgingVerbs.contains(view.lower[cursor]), let target else { return [] }
    // The target's act ("Chile's move") or the target itself right after the verb.
    let after = target.tokenRange.upperBound
    let opensClause = target.tokenRange.lowerBound == cursor + 1
      || view.word(target.tokenRange.lowerBound - 1) == "that"
    guard opensClause, view.word(after, isIn: .possessiveMark) || beForms.contains(view.word(after))
    else { return [] }
    guard let speaker = subject(before: cursor), !speaker.entities.contains(where: target.entities.contains)
    else { return [] }
    return pairs(
      speaker, .criticizes, target, confidence: 0.6, rule: "judged-act-criticizes",
      start: speaker.start, end: view.tokens[position].end)
  }

  /// "the two countries can work together".
  private func together(at position: Int) -> [Candidate] {
    guard let subject = subject(before: position), subject.entities.count >= 2 else { return [] }
    return mutual(subject, .cooperatesWith, confidence: 0.7, rule: "work-together",
                  end: view.tokens[position + 1].end)
  }

  /// The actor (or coordinated actors) acting as the subject of the verb at `position`.
  ///
  /// Auxiliaries and adverbs may stand between them ("China has strongly criticized"), and
  /// so may one parenthetical between commas ("Trump, speaking on Friday, accused"). Returns
  /// `nil` if a negation stands between them or the verb is an infinitive ("to visit").
  func subject(before position: Int) -> Slot? {
    var cursor = position - 1
    var gap = 0
    while cursor >= 0, view.slotAt[cursor] == nil {
      let word = view.lower[cursor]
      let classes = view.facts[cursor].classes
      if classes.contains(.negation) { return nil }
      // "NATO leaders opened …", "Chinese officials accused …", "Vietnam's army accused …":
      // people or a body acting for the name.
      if Self.groupSpeakers.contains(word) || Self.bodies.contains(word) {
        var end = cursor
        if view.word(end - 1, isIn: .possessiveMark) { end -= 1 }
        if let group = view.group(endingBefore: end), group.isActor, !group.kinds.contains(.person) {
          return group
        }
      }
      // "Olaf Scholz, who visited Beijing": the relative pronoun stands for the name.
      if word == "who", view.word(cursor - 1) == "," {
        guard let group = view.group(endingBefore: cursor - 1), group.isActor else { return nil }
        return group
      }
      // "The Commission on Monday fined Apple": a weekday or date between them.
      if Self.weekdays.contains(word), view.word(cursor - 1) == "on" {
        gap += 1
        cursor -= 2
        continue
      }
      if classes.contains(.subjectGap) || (word.hasSuffix("ly") && word.count > 4) {
        gap += 1
        guard gap <= 4 else { return nil }
        cursor -= 1
        continue
      }
      if word == "," {
        // Skip one parenthetical "…, speaking on Friday, …" back to the comma that opens it.
        var open = cursor - 1
        while open >= 0, open > cursor - 10, view.lower[open] != "," {
          open -= 1
        }
        guard open >= 0, view.word(open) == ",", open < cursor - 1 else { return nil }
        cursor = open - 1
        continue
      }
      return nil
    }
    guard cursor >= 0 else { return nil }
    guard let group = view.group(endingBefore: cursor + 1), group.isActor else { return nil }
    // "Critics in South Korea accused …": the object of a preposition is not the subject.
    // But "a spokesperson for the ministry accused …" speaks for the ministry.
    // "a spokesperson for Peru's Foreign Ministry" speaks for Peru too.
    let owner = actingCountry(of: group)
    let preposition = (owner ?? group).tokenRange.lowerBound - 1
    if Self.prepositions.contains(view.word(preposition)) {
      var speaker = preposition - 1
      if view.word(speaker) == "the" { speaker -= 1 }
      guard Self.speakers.contains(view.word(speaker)) else { return nil }
      if let owner { return group.merged(with: owner) }
    }
    // "the WTO's decision" or "Chinese students accused …": a possessor or a modifier is not a
    // subject.
    if group.isDemonym { return nil }
    return withCounterpart(group)
  }

  /// "Kishida and his Australian counterpart Albanese met": the person whose counterpart
  /// the group is, coordinated before it, is a subject too.
  private func withCounterpart(_ group: Slot) -> Slot {
    let start = group.tokenRange.lowerBound
    guard group.kinds.allSatisfy({ $0 == .person }),
      ["counterpart", "counterparts"].contains(view.word(start - 1))
    else { return group }
    var cursor = start - 2
    if let country = view.slot(endingBefore: start - 1), country.kinds == [.country] {
      cursor = country.tokenRange.lowerBound - 1
    }
    if let owner = view.slotAt[cursor].map({ view.slots[$0] }), owner.isReference {
      cursor = owner.tokenRange.lowerBound - 1
    } else if ["his", "her", "their"].contains(view.word(cursor)) {
      cursor -= 1
    } else {
      return group
    }
    guard view.word(cursor) == "and", let first = view.group(endingBefore: cursor),
      first.kinds.allSatisfy({ $0 == .person }), !first.isReference
    else { return group }
    return first.merged(with: group)
  }

  private func pairs(
    _ subject: Slot, _ predicate: Relation.Predicate, _ object: Slot, confidence: Double,
    rule: String, start: Int, end: Int, attributes: [String: String] = [:]
  ) -> [Candidate] {
    var found: [Candidate] = []
    let penalty = subject.isReference || object.isReference ? 0.1 : 0
    for from in subject.entities {
      for to in object.entities where to != from {
        found.append(
          Candidate(
            subject: from, predicate: predicate, object: to,
            confidence: max(0.05, confidence - penalty), rule: rule, sentence: view.index,
            start: min(start, end), end: max(start, end), attributes: attributes))
      }
    }
    return found
  }

  private func mutual(
    _ group: Slot, _ predicate: Relation.Predicate, confidence: Double, rule: String, end: Int
  ) -> [Candidate] {
    var found: [Candidate] = []
    let ids = group.entities.sorted()
    for (offset, first) in ids.enumerated() {
      for second in ids[(offset + 1)...] {
        found.append(
          Candidate(
            subject: first, predicate: predicate, object: second, confidence: confidence,
            rule: rule + "-coordinated", sentence: view.index, start: group.start, end: end))
      }
    }
    return found
  }

  private static let prepositions: Set<String> = [
    "in", "of", "from", "at", "for", "with", "by", "on", "across", "within", "throughout",
    "among", "to", "into", "about", "against", "than", "like", "including",
  ]

  /// People who speak for an organization or country.
  private static let speakers: Set<String> = [
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
    "representative", "representatives", "envoy", "ambassador", "diplomat", "diplomats",
    "minister", "ministry", "delegation", "government", "leaders", "leader",
  ]

  /// Plural nouns for the people who act for an organization or country named before them.
  private static let groupSpeakers: Set<String> = [
    "leaders", "officials", "diplomats", "negotiators", "lawmakers", "authorities", "ministers",
    "regulators", "troops", "forces",
  ]

  /// Bodies of a country that act for it when no name of their own is given: "the Thai army",
  /// "Peru's government".
  private static let bodies: Set<String> = [
    "government", "army", "military", "navy", "ministry", "administration", "cabinet",
    "spokesperson", "spokesman", "spokeswoman", "embassy",
  ]

  /// Modal verbs: what follows them has not happened ("he would visit Tokyo").
  static let modals: Set<String> = [
    "will", "would", "could", "may", "might", "should", "must", "can", "shall", "wants",
    "want", "hopes", "plans", "intends", "expected", "likely",
  ]

  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  // MARK: - Measures

  /// Words that may stand between a measure verb and its noun ("imposed new 25% tariffs").
  private static let measureModifiers: Set<String> = [
    "its", "their", "his", "her", "the", "a", "an", "new", "additional", "higher", "high",
    "steep", "steeper", "sweeping", "retaliatory", "fresh", "punitive", "heavy", "reciprocal",
    "more", "further", "extra", "export", "trade", "economic", "financial", "harsh", "tough",
    "tougher", "stricter", "strict", "broad", "broader", "targeted", "%", "percent", "some",
    "import", "tit-for-tat", "hefty", "massive", "stiff", "blanket", "unilateral", "own",
    "significant", "sectoral", "technology", "chip",
  ]

  private static let exportWords: Set<String> = [
    "export", "exports", "exporting", "sales", "sale", "shipments", "selling", "sell",
    "transfer", "transfers", "supply", "supplies",
  ]

  private func measure(_ rule: RelationRules.MeasureRule, at position: Int, length: Int)
    -> [Candidate]
  {
    let nounEnd = position + length
    guard let (target, targetEnd) = target(of: rule, after: nounEnd, nounStart: position) else {
      return []
    }
    var subject: Slot?
    var start = position
    // Passive: "tariffs imposed by X on Y".
    var after = nounEnd
    if ["imposed", "levied", "announced", "placed", "introduced"].contains(view.word(after)),
      view.word(after + 1) == "by"
    {
      after += 2
      if view.word(after) == "the" { after += 1 }
      subject = view.group(startingAt: after)
    }
    if subject == nil {
      var cursor = position - 1
      var steps = 0
      while cursor >= 0, view.slotAt[cursor] == nil, steps < 6,
        Self.measureModifiers.contains(view.lower[cursor]) || Double(view.lower[cursor]) != nil
      {
        cursor -= 1
        steps += 1
      }
      if view.word(cursor) == "'s" || view.word(cursor) == "’s" || view.word(cursor) == "'" {
        subject = view.slot(endingBefore: cursor)
        start = subject?.start ?? start
      } else if let direct = view.slot(endingBefore: cursor + 1), direct.isActor {
        // "U.S. tariffs", "American sanctions"
        subject = direct
        start = direct.start
      } else if cursor >= 0, rules.measureVerbs.contains(view.lower[cursor]) {
        if let found = self.subject(before: cursor) {
          subject = found
          start = found.start
        }
      }
    }
    guard var subject, subject.isActor else { return [] }
    if let country = actingCountry(of: subject) { subject = country }
    if subject.entities == target.entities { return [] }
    var attributes: [String: String] = [:]
    if rule.predicate == .imposesTariffsOn {
      attributes = rates(from: position, to: min(view.count, targetEnd + 12))
    }
    if rule.needsExportContext {
      let window = max(0, position - 2)..<min(view.count, targetEnd)
      guard window.contains(where: { Self.exportWords.contains(view.lower[$0]) }) else {
        return []
      }
    }
    return pairs(
      subject, rule.predicate, target, confidence: rule.confidence,
      rule: "measure-\(rule.predicate.rawValue)", start: min(start, view.tokens[position].start),
      end: max(view.tokens[targetEnd - 1].end, target.end), attributes: attributes)
  }

  /// The country whose body imposes a measure: "Mexico" of "Mexico's Senate approved tariffs",
  /// "Chile" of "the Chilean Senate": a tariff is the country's act.
  private func actingCountry(of body: Slot) -> Slot? {
    guard body.kinds.allSatisfy({ $0 == .organization }) else { return nil }
    var end = body.tokenRange.lowerBound
    if view.word(end - 1, isIn: .possessiveMark) { end -= 1 }
    guard let country = view.slot(endingBefore: end), country.kinds == [.country] else {
      return nil
    }
    return country
  }

  /// The actor a measure targets: "on Chinese goods", "on imports from China", "to China".
  private func target(of rule: RelationRules.MeasureRule, after nounEnd: Int, nounStart: Int)
    -> (Slot, Int)?
  {
    var cursor = nounEnd
    var sawPreposition = false
    let limit = min(view.count, nounEnd + 14)
    while cursor < limit {
      let word = view.lower[cursor]
      if let slot = view.slot(startingAt: cursor) {
        guard sawPreposition, slot.isActor else {
          // Skip the agent of "imposed by X"; anything else ends the search.
          if view.word(cursor - 1) == "by" {
            cursor = slot.tokenRange.upperBound
            continue
          }
          return nil
        }
        let group = view.group(startingAt: cursor) ?? slot
        return (group, group.tokenRange.upperBound)
      }
      if [",", ".", ";", ":", "but", "which", "that", "while", "because"].contains(word) {
        return nil
      }
      if rule.targetPrepositions.contains(word) || word == "from" && sawPreposition {
        sawPreposition = true
      }
      cursor += 1
    }
    return nil
  }

  /// "from 145% to 30%", "to 10%", "of 25%", "25% tariffs".
  private func rates(from start: Int, to end: Int) -> [String: String] {
    var attributes: [String: String] = [:]
    func percent(at index: Int) -> String? {
      guard index + 1 < view.count, Double(String(view.lower[index].filter { $0 != "," })) != nil,
        view.lower[index + 1] == "%" || view.lower[index + 1] == "percent"
      else { return nil }
      return view.tokens[index].text + "%"
    }
    if start >= 2, let rate = percent(at: start - 2) { attributes["rate"] = rate }
    var cursor = start
    while cursor < end {
      let word = view.lower[cursor]
      if word == "," || word == ";" { break }
      if word == "from" {
        // Allow a word or two of colour: "from a staggering 145%".
        for offset in 1...3 {
          if let rate = percent(at: cursor + offset) {
            attributes["rateFrom"] = rate
            cursor += offset + 1
            break
          }
        }
      } else if word == "to" || word == "of" || word == "at", let rate = percent(at: cursor + 1) {
        attributes[word == "to" ? "rateTo" : "rate"] = rate
        cursor += 2
        continue
      }
      cursor += 1
    }
    return attributes
  }
}
