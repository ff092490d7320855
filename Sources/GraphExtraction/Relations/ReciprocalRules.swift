import KnowledgeGraphCore

/// Relations two actors state of each other: "Ghana and Togo accused each other", "each side
/// accused the other", and partnerships: "A and B signed an agreement to set up a joint centre".
struct ReciprocalRules {
  let view: SentenceView
  let lexicon: Lexicon

  /// Nouns after "each" that stand for one of two parties: "each side accused the other".
  private static let partyNouns: Set<String> = [
    "side", "party", "country", "camp", "group", "faction", "army", "government", "company",
  ]

  /// Nouns of a signed agreement: "signed a memorandum".
  private static let agreementNouns: Set<String> = [
    "agreement", "deal", "memorandum", "pact", "accord", "partnership", "mou",
  ]

  /// Words after an agreement that make it a joint undertaking rather than a settlement.
  private static let jointWords: Set<String> = [
    "joint", "jointly", "together", "cooperation", "co-operation", "collaboration",
    "partnership", "establish", "develop", "build", "cooperate", "collaborate", "partner",
  ]

  /// Words that make an agreement a settlement between foes, not a partnership.
  private static let settlementWords: Set<String> = [
    "ceasefire", "cease-fire", "truce", "peace", "armistice", "settlement", "surrender",
  ]

  /// Verbs of signing an agreement: "Kenyatta University and KEMRI signed an agreement".
  static let signingVerbs: [String] = ["signed", "sign", "signs", "inked", "agreed"]

  func candidates() -> [Candidate] {
    var found: [Candidate] = []
    for index in 0..<view.count where view.slotAt[index] == nil && !view.quoted[index] {
      let verbRules = view.facts[index].verbRules
      if verbRules >= 0 {
        for rule in lexicon.verbRules[Int(verbRules)] where rule.particle == nil {
          found += reciprocal(rule, at: index)
        }
      }
      if view.facts[index].classes.contains(.signingVerb) { found += partnership(at: index) }
    }
    return found
  }

  /// The position before the words that may stand between a subject and the verb at `index`.
  private func subjectEnd(before index: Int) -> Int {
    var end = index
    while end > 0, view.facts[end - 1].classes.contains(.subjectGap), view.slotAt[end - 1] == nil {
      end -= 1
    }
    return end
  }

  /// The two actors coordinated right before `end`: "Ghana and Togo", "the two sides".
  private func pair(endingAt end: Int) -> [EntityID]? {
    // "the two countries", "both sides": one resolved description of the pair.
    if let both = view.slot(endingBefore: end), both.isActor, both.entities.count == 2,
      Set(both.entities).count == 2
    {
      return both.entities
    }
    for slot in view.slots where slot.tokenRange.upperBound <= end {
      guard let group = view.group(startingAt: slot.tokenRange.lowerBound),
        group.tokenRange.upperBound == end, group.isActor
      else { continue }
      let entities = Array(Set(group.entities))
      return entities.count == 2 ? group.entities : nil
    }
    return nil
  }

  /// "A and B accused each other", "each side accused the other".
  private func reciprocal(_ rule: RelationRules.VerbRule, at index: Int) -> [Candidate] {
    guard index > 0, !view.facts[index - 1].classes.contains(.negation) else { return [] }
    let next = view.word(index + 1)
    let after = view.word(index + 2)
    var parties: [EntityID]?
    var end = index + 1
    if (next == "each" && after == "other") || (next == "one" && after == "another") {
      parties = pair(endingAt: subjectEnd(before: index))
      end = index + 3
    } else if next == "the", after == "other" {
      // "each side accused the other": the two actors the sentence named before "each".
      var start = subjectEnd(before: index)
      if start > 0, Self.partyNouns.contains(view.lower[start - 1]) { start -= 1 }
      guard start > 0, view.lower[start - 1] == "each" else { return [] }
      let named = view.slots.filter {
        $0.tokenRange.upperBound < start && $0.isActor && !$0.isDemonym && $0.kinds[0] != .person
      }
      let entities = named.flatMap(\.entities).reduce(into: [EntityID]()) { list, id in
        if !list.contains(id) { list.append(id) }
      }
      parties = entities.count == 2 ? entities : nil
      end = index + 3
    }
    guard let parties, parties.count == 2 else { return [] }
    let start = view.tokens[index].start
    let stop = view.tokens[min(end, view.count) - 1].end
    var found = [
      Candidate(
        subject: parties[0], predicate: rule.predicate, object: parties[1],
        confidence: rule.confidence - 0.1, rule: "reciprocal-verb", sentence: view.index,
        start: start, end: stop)
    ]
    if rule.predicate.definition?.isSymmetric != true {
      found.append(
        Candidate(
          subject: parties[1], predicate: rule.predicate, object: parties[0],
          confidence: rule.confidence - 0.1, rule: "reciprocal-verb", sentence: view.index,
          start: start, end: stop))
    }
    return found
  }

  /// "Kenyatta University and KEMRI signed an agreement to set up a joint research centre":
  /// the signers of a joint undertaking cooperate.
  private func partnership(at index: Int) -> [Candidate] {
    guard index > 0, !view.facts[index - 1].classes.contains(.negation),
      let parties = pair(endingAt: subjectEnd(before: index)),
      !view.lower.contains(where: { Self.settlementWords.contains($0) })
    else { return [] }
    // The agreement within a few words of the verb, then a word of joint work after it.
    guard
      let noun = (index + 1..<min(view.count, index + 5)).first(where: {
        Self.agreementNouns.contains(view.lower[$0])
      }),
      (noun..<min(view.count, noun + 10)).contains(where: {
        Self.jointWords.contains(view.lower[$0])
      })
    else { return [] }
    return [
      Candidate(
        subject: parties[0], predicate: .cooperatesWith, object: parties[1], confidence: 0.65,
        rule: "signed-joint-agreement", sentence: view.index, start: view.tokens[index].start,
        end: view.tokens[noun].end)
    ]
  }
}
