import KnowledgeGraphCore

/// `candidates` with, for two people who held talks, `negotiatesWith` between the countries
/// whose offices they hold by a title in the same sentence: "Thai Foreign Minister A and his
/// Cambodian counterpart B held talks" says Thailand and Cambodia negotiated. The people's own
/// pair (``EventAssembler/negotiatingPeopleRule``) only marks the talks and is left out: that
/// they met is stated already.
func withNegotiatingCountries(_ candidates: [Candidate], in graph: KnowledgeGraph) -> [Candidate] {
  let talks = candidates.filter { $0.rule == EventAssembler.negotiatingPeopleRule }
  guard !talks.isEmpty else { return candidates }
  var found = candidates.filter { $0.rule != EventAssembler.negotiatingPeopleRule }
  for pair in talks {
    /// The one country `person` holds an office of by a title in the sentence of the talks.
    func country(of person: EntityID) -> EntityID? {
      let offices = Set(
        candidates.lazy.filter {
          $0.subject == person && $0.sentence == pair.sentence
            && ($0.predicate == .holdsPosition || $0.predicate == .leaderOf)
            && $0.confidence >= 0.7 && graph.kind(of: $0.object) == .country
        }.map(\.object))
      return offices.count == 1 ? offices.first : nil
    }
    guard let first = country(of: pair.subject), let second = country(of: pair.object),
      first != second
    else { continue }
    found.append(
      Candidate(
        subject: min(first, second), predicate: .negotiatesWith, object: max(first, second),
        confidence: 0.5, rule: "event-participants-negotiate-countries", sentence: pair.sentence,
        start: pair.start, end: pair.end))
  }
  return found
}
