public import KnowledgeGraphCore

/// The graph relation extraction built for one document, and what it left out.
public struct RelationExtraction: Hashable, Sendable {
  /// The document's entities plus its events and relations, and the document itself.
  public var graph: KnowledgeGraph
  /// One readable line per candidate relation that failed its signature check, such as
  /// `dropped citizenOf(person/x → organization/y): object must be country (doc a, sentence 2)`.
  public var dropped: [String]

  /// The result of extracting one document.
  public init(graph: KnowledgeGraph, dropped: [String]) {
    self.graph = graph
    self.dropped = dropped
  }
}

/// Finds events and typed relations in a document whose entities are already recognised.
///
/// Rules read the tokens around the mentions of each sentence: titles and appositions
/// ("Chinese President Xi Jinping", "Jensen Huang, Nvidia CEO"), interaction verbs ("X accused
/// Y of …", passives, coordinations), measure nouns ("tariffs on Chinese goods"), and event
/// triggers ("held a 90-minute phone call"). Pronouns and descriptions ("he", "the two
/// leaders", "the company") resolve to the entities last talked about. Every relation carries
/// its evidence, the rule that found it and a confidence, and is checked against its signature
/// in ``KnowledgeGraphCore/RelationVocabulary/standard``; what fails is reported in
/// ``RelationExtraction/dropped``.
public struct RelationExtractor: Sendable {
  /// The trigger words and titles the rules read.
  public var rules: RelationRules {
    didSet { (lexicon, measureIndex) = Self.indexes(of: rules) }
  }
  /// The signatures every relation is checked against.
  public var vocabulary: RelationVocabulary

  private var lexicon: Lexicon
  private var measureIndex: [String: [RelationRules.MeasureRule]]

  /// An extractor reading `rules` and checking relations against `vocabulary`.
  public init(rules: RelationRules = .standard, vocabulary: RelationVocabulary = .standard) {
    self.rules = rules
    self.vocabulary = vocabulary
    (self.lexicon, self.measureIndex) = Self.indexes(of: rules)
  }

  /// The lexicon of `rules` and their measure rules by noun.
  private static func indexes(of rules: RelationRules)
    -> (Lexicon, [String: [RelationRules.MeasureRule]])
  {
    var measures: [String: [RelationRules.MeasureRule]] = [:]
    for rule in rules.measures {
      for noun in rule.nouns { measures[noun, default: []].append(rule) }
    }
    return (Lexicon(rules: rules), measures)
  }

  /// The events and relations of `document`, added to the graph of its entities.
  ///
  /// The document's date resolves dates without a year; when the document has none, the
  /// first full date in its text stands in for it.
  public func extract(from document: consuming AnalyzedDocument) -> RelationExtraction {
    let source = document.document
    let documentDate = source.date ?? datelineDate(in: source.text) ?? firstFullDate(in: source.text)
    // Moved out, so that inserting into it does not copy the storage the document shared.
    var graph = KnowledgeGraph()
    swap(&graph, &document.graph)
    graph.insert(Document(id: source.id, date: documentDate, source: source.source))
    let scalars = source.text.unicodeScalarArray
    func quote(_ start: Int, _ end: Int) -> String {
      let lower = max(0, min(start, scalars.count))
      let upper = max(lower, min(end, scalars.count))
      return String(scalars: scalars[lower..<upper])
    }

    var parser = DateParser(referenceDate: documentDate)
    // Sorting the entities costs as much as a rule pass over a sentence: nothing here needs
    // their order.
    let actorsByName = Self.actorsByName(in: graph.unorderedEntities)
    var discourse = Discourse()
    var candidates: [Candidate] = []
    var events = EventAssembler()
    let patternContext = PatternContext(graph: graph, sentences: document.sentences, rules: rules)
    let home = homeCountry(of: document, graph: graph)
    for analyzed in document.sentences {
      let view = makeView(analyzed, graph: graph, discourse: discourse)
      let interactions = InteractionRules(
        view: view, rules: rules, lexicon: lexicon, measureIndex: measureIndex)
      let structural = StructuralRules(view: view, graph: graph, rules: rules).candidates()
      discourse.learnTitles(from: structural)
      candidates += structural
      candidates += impliedCandidates(view, graph: graph, home: home, besides: structural)
      candidates += PatternRules(view: view, graph: graph, rules: rules, context: patternContext).candidates()
      candidates += interactions.candidates()
      let dates = parser.dates(in: view.tokens, lowercased: view.lower)
      let eventRules = EventRules(
        view: view, dates: dates, rules: rules, graph: graph,
        subjectFinder: interactions, actorsByName: actorsByName)
      if let year = dates.last(where: { $0.hasExplicitYear })?.date.year { parser.contextYear = year }
      for mention in eventRules.mentions() { events.add(mention) }
      discourse.read(view, graph: graph)
    }
    let (eventEntities, eventCandidates, sameEvents) = events.output(
      documentID: source.id, graph: graph, quote: quote)
    for entity in eventEntities { graph.insert(entity) }
    // An event the recogniser already named is the same node as ours.
    for (recognized, event) in sameEvents where graph.kind(of: recognized) == .event {
      graph.mergeEntity(recognized, into: event)
    }
    candidates += eventCandidates
    candidates = settledHomeTitles(candidates, in: graph)
    candidates = withNegotiatingCountries(candidates, in: graph)

    var dropped: [String] = []
    var signatures: [Relation.Predicate: Signature] = [:]
    // Candidates come in runs about one entity (an event and its parties): the kind last
    // looked up for each end is kept.
    var subjectKinds = RecentKind()
    var objectKinds = RecentKind()
    for candidate in candidates {
      let signature: Signature
      if let known = signatures[candidate.predicate] {
        signature = known
      } else {
        signature = Signature(candidate.predicate, in: vocabulary)
        signatures[candidate.predicate] = signature
      }
      let kinds = (
        subjectKinds.kind(of: candidate.subject, in: graph),
        objectKinds.kind(of: candidate.object, in: graph))
      if let problem = check(candidate, against: signature, kinds: kinds) {
        dropped.append(
          "dropped \(candidate.predicate)(\(candidate.subject) → \(candidate.object)): "
            + "\(problem) (doc \(source.id), sentence \(candidate.sentence))")
        continue
      }
      var subject = candidate.subject
      var object = candidate.object
      if signature.isSymmetric, object < subject {
        swap(&subject, &object)
      }
      let start = min(candidate.start, candidate.end)
      let end = max(candidate.start, candidate.end)
      let evidence = Evidence(
        documentID: source.id, sentenceIndex: candidate.sentence, start: start, end: end,
        quote: quote(start, end))
      graph.insert(
        Relation(
          subject, candidate.predicate, object,
          confidence: min(1, max(0, (candidate.confidence * 100).rounded() / 100)),
          evidence: [evidence], sources: [candidate.rule], attributes: candidate.attributes))
    }
    return RelationExtraction(graph: graph, dropped: Array(Set(dropped)).sorted())
  }

  /// The document's persons, countries and organizations by each one-word name that names
  /// only one of them.
  private static func actorsByName(in entities: Dictionary<EntityID, Entity>.Values) -> [String: EntityID] {
    var index: [String: EntityID] = [:]
    // Room for a name or two of each: the index is not grown step by step.
    index.reserveCapacity(entities.count * 2)
    var ambiguous: Set<String> = []
    // By index: iterating the array would copy every entity.
    for position in entities.indices {
      let kind = entities[position].kind
      guard kind == .person || kind == .country || kind == .organization else { continue }
      let entity = entities[position]
      for name in entity.unorderedNames where name.isOneWordName {
        if let existing = index[name], existing != entity.id { ambiguous.insert(name) }
        index[name] = entity.id
      }
    }
    for name in ambiguous { index[name] = nil }
    return index
  }

  /// What the check of a candidate reads of its predicate, looked up once per predicate: its
  /// definition in the extractor's vocabulary, with the kinds it allows as bits, and whether
  /// the standard vocabulary makes it symmetric.
  private struct Signature {
    var definition: RelationVocabulary.Definition?
    var domain: UInt8 = 0
    var range: UInt8 = 0
    var isSymmetric: Bool

    init(_ predicate: Relation.Predicate, in vocabulary: RelationVocabulary) {
      definition = vocabulary[predicate]
      for kind in definition?.domain ?? [] { domain |= kind.bit }
      for kind in definition?.range ?? [] { range |= kind.bit }
      isSymmetric = predicate.definition?.isSymmetric == true
    }
  }

  /// The kind of the entity last asked about, kept for the next question.
  private struct RecentKind {
    var id: EntityID?
    var kind: Entity.Kind?

    mutating func kind(of id: EntityID, in graph: KnowledgeGraph) -> Entity.Kind? {
      if id != self.id {
        self.id = id
        kind = graph.kind(of: id)
      }
      return kind
    }
  }

  /// Why a candidate does not fit its signature, or `nil` if it does.
  private func check(
    _ candidate: Candidate, against signature: Signature,
    kinds: (subject: Entity.Kind?, object: Entity.Kind?)
  ) -> String? {
    guard candidate.subject != candidate.object else { return "subject and object are the same" }
    guard let definition = signature.definition else {
      return "unknown predicate"
    }
    guard let subjectKind = kinds.subject else { return "unknown subject" }
    guard let objectKind = kinds.object else { return "unknown object" }
    if signature.domain & subjectKind.bit == 0 {
      return "subject must be \(Self.describe(definition.domain))"
    }
    if signature.range & objectKind.bit == 0 {
      return "object must be \(Self.describe(definition.range))"
    }
    return nil
  }

  private static func describe(_ kinds: Set<Entity.Kind>) -> String {
    kinds.sorted().map(\.rawValue).joined(separator: " or ")
  }

  /// The sentence's mentions as slots, with its pronouns and descriptions resolved.
  private func makeView(_ analyzed: AnalyzedSentence, graph: KnowledgeGraph, discourse: Discourse)
    -> SentenceView
  {
    let tokens = analyzed.sentence.tokens
    var slots: [Slot] = []
    for mention in analyzed.mentions where mention.tokenRange.upperBound <= tokens.count {
      slots.append(
        Slot(
          entities: [mention.entityID], kinds: [mention.kind], tokenRange: mention.tokenRange,
          start: mention.start, end: mention.end, isReference: mention.form == .reference,
          isDemonym: mention.form == .demonym))
    }
    var view = SentenceView(
      index: analyzed.sentence.index, tokens: tokens, slots: slots, lexicon: lexicon)
    var taken = Array(repeating: false, count: tokens.count)
    for slot in view.slots {
      for index in slot.tokenRange { taken[index] = true }
    }
    view.add(
      contentsOf: discourse.references(
        in: tokens, lower: view.lower, facts: view.facts, quoted: view.quoted, taken: taken,
        named: view.slots, graph: graph))
    return view
  }
}

extension Entity.Kind {
  /// The kind as one bit of a set of kinds.
  fileprivate var bit: UInt8 {
    switch self {
    case .person: 1
    case .country: 2
    case .organization: 4
    case .place: 8
    case .event: 16
    }
  }
}

extension String {
  /// Whether the string is one word (it has no space) of at least two characters: read byte by
  /// byte for ASCII text, where each byte but a carriage return is one character.
  fileprivate var isOneWordName: Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
      bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? !bytes.contains(0x20) && bytes.count >= 2 : nil
    }), let found {
      return found
    }
    return !contains(" ") && count >= 2
  }
}

extension RelationExtractor {
  /// The relations a sentence implies beyond what the rules above read: offices held in the
  /// story's country, a capital's government or the sentence's one organization, where
  /// organizations are, and what two parties do to each other (ImpliedHolders.swift,
  /// ReciprocalRules.swift).
  fileprivate func impliedCandidates(
    _ view: SentenceView, graph: KnowledgeGraph, home: EntityID?, besides structural: [Candidate]
  ) -> [Candidate] {
    let implied = StructuralRules(view: view, graph: graph, rules: rules)
    let appositions = implied.appositionTitlesInSentenceOrganization(besides: structural)
    let capitals = implied.capitalTitles(besides: structural + appositions)
    return appositions + capitals
      + implied.homeTitles(in: home, besides: structural + appositions + capitals)
      + implied.workplaceCity() + implied.appositiveLocation()
      + ReciprocalRules(view: view, lexicon: lexicon).candidates()
  }
}
