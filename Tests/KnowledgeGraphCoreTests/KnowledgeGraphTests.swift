import KnowledgeGraphCore
import Testing

@Suite struct KnowledgeGraphTests {
  private func evidence(_ start: Int, _ document: String = "doc") -> Evidence {
    Evidence(documentID: document, sentenceIndex: 0, start: start, end: start + 2, quote: "Xi")
  }

  @Test func identifiersAreReadableSlugsOfKindAndName() {
    #expect(EntityID(kind: .person, name: "Xi Jinping").rawValue == "person/xi-jinping")
    #expect(EntityID(kind: .country, name: "U.S.").rawValue == "country/us")
    #expect(EntityID(kind: .place, name: "São Paulo").rawValue == "place/sao-paulo")
    #expect(EntityID(kind: .person, name: "习近平").rawValue == "person/习近平")
    #expect(EntityID(kind: .organization, name: "People's Bank").rawValue == "organization/peoples-bank")
    #expect(
      EntityID(eventNamed: "Trump–Xi phone call", date: PartialDate(year: 2025, month: 6, day: 5))
        .rawValue == "event/2025-06-05-trump-xi-phone-call")
  }

  @Test func partialDatesParseAndPrintISO() throws {
    #expect(PartialDate(iso: "2017")?.description == "2017")
    #expect(PartialDate(iso: "2025-05")?.description == "2025-05")
    #expect(PartialDate(iso: "2025-06-05")?.xsdType == "date")
    #expect(PartialDate(iso: "2025-02-30") == nil)
    #expect(PartialDate(iso: "2024-02-29") != nil)
    #expect(PartialDate(iso: "June 5") == nil)
    let year = try #require(PartialDate(iso: "2025"))
    #expect(year.isCompatible(with: PartialDate(year: 2025, month: 6)))
    #expect(!year.isCompatible(with: PartialDate(year: 2024)))
  }

  @Test func insertingAnEntityTwiceMergesNamesAndEvidence() throws {
    var graph = KnowledgeGraph()
    graph.insert(Entity(.person, named: "Xi Jinping", aliases: ["Xi"], mentions: [evidence(0)]))
    graph.insert(
      Entity(.person, named: "XI JINPING", aliases: ["President Xi"], mentions: [evidence(10)]))
    #expect(graph.entityCount == 1)
    let xi = try #require(graph[EntityID(kind: .person, name: "Xi Jinping")])
    #expect(xi.name == "Xi Jinping")
    #expect(xi.aliases == ["Xi", "President Xi", "XI JINPING"])
    #expect(xi.mentions.count == 2)
  }

  @Test func insertingARelationTwiceKeepsAllEvidenceAndTheHighestConfidence() throws {
    var graph = KnowledgeGraph()
    let xi = graph.insert(Entity(.person, named: "Xi Jinping"))
    let china = graph.insert(Entity(.country, named: "China"))
    graph.insert(
      Relation(xi, .leaderOf, china, confidence: 0.6, evidence: [evidence(0)],
               attributes: ["roleName": "President"]))
    graph.insert(
      Relation(xi, .leaderOf, china, confidence: 0.9, evidence: [evidence(40)], sources: ["title"]))
    let relation = try #require(graph[Relation.Key(xi, .leaderOf, china)])
    #expect(relation.confidence == 0.9)
    #expect(relation.evidence.count == 2)
    #expect(relation.sources == ["title"])
    #expect(relation.attributes == ["roleName": "President"])
  }

  @Test func mergingDocumentsDoesNotDependOnOrder() {
    func graph(_ document: String, _ name: String, date: PartialDate) -> KnowledgeGraph {
      var graph = KnowledgeGraph()
      var event = Entity(.event, id: EntityID(eventNamed: "call", date: nil), named: name)
      event.date = date
      event.eventType = document == "a" ? .other : .call
      event.mentions = [evidence(1, document)]
      let trump = graph.insert(Entity(.person, named: "Donald Trump", mentions: [evidence(5, document)]))
      graph.insert(event)
      graph.insert(Relation(event.id, .participant, trump, confidence: document == "a" ? 0.5 : 0.7))
      graph.insert(Document(id: document, headline: "Headline \(document)"))
      return graph
    }
    let a = graph("a", "phone call", date: PartialDate(year: 2025))
    let b = graph("b", "Trump-Xi call", date: PartialDate(year: 2025, month: 6, day: 5))
    let c = graph("c", "the call", date: PartialDate(year: 2025, month: 6))
    let orders = [[a, b, c], [c, b, a], [b, a, c], [c, a, b]]
    let merged = orders.map { parts in parts.reduce(KnowledgeGraph()) { $0.union($1) } }
    for other in merged.dropFirst() { #expect(other == merged[0]) }
    let event = merged[0].entities.first { $0.kind == .event }
    #expect(event?.date == PartialDate(year: 2025, month: 6, day: 5))
    #expect(event?.eventType == .call)
    #expect(merged[0].documents.map(\.id) == ["a", "b", "c"])
  }

  @Test func mergingAnEntityIntoAnotherRepointsItsRelations() throws {
    var graph = KnowledgeGraph()
    let trump = graph.insert(Entity(.person, named: "Donald Trump"))
    let surname = graph.insert(Entity(.person, named: "Trump", mentions: [evidence(3)]))
    let china = graph.insert(Entity(.country, named: "China"))
    graph.insert(Relation(surname, .accuses, china))
    graph.insert(Relation(surname, .meetsWith, trump))
    graph.mergeEntity(surname, into: trump)
    #expect(graph.entities.map(\.id) == [china, trump].sorted())
    #expect(graph.relations.map(\.key) == [Relation.Key(trump, .accuses, china)])
    #expect(graph[trump]?.aliases == ["Trump"])
    #expect(graph[trump]?.mentions.count == 1)
  }

  @Test func vocabularyChecksSignatures() throws {
    let citizenOf = try #require(Relation.Predicate.citizenOf.definition)
    #expect(citizenOf.accepts(subject: .person, object: .country))
    #expect(!citizenOf.accepts(subject: .country, object: .person))
    #expect(RelationVocabulary.standard[.participant]?.schemaOrgEquivalent == "attendee")
    #expect(RelationVocabulary.standard[.meetsWith]?.isSymmetric == true)
  }
}

@Suite struct SortedContentsTests {
  /// A graph of names from several scripts, some predicates outside the vocabulary, built by
  /// inserting in an order that `seed` shuffles.
  private func graph(seed: UInt64) -> KnowledgeGraph {
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let names = [
      "Ada", "ada", "Émile Zola", "Zürich Office", "习近平", "Ωmega Group", "Bo Lindqvist", "O'Neil", "A B",
      "AB", "a-b", "Zeta", "Émile", "Ümit", "Ümit Kaya", "Ann-Marie", "10 Downing", "9 Elms",
    ]
    let kinds: [Entity.Kind] = [.person, .organization, .place, .country]
    var entities: [Entity] = []
    for (index, name) in names.enumerated() {
      entities.append(Entity(kinds[index % kinds.count], named: name))
    }
    let predicates: [Relation.Predicate] = [.meetsWith, .supports, .criticizes, "zzCustom", "Ärger", "a"]
    var relations: [Relation] = []
    for _ in 0..<120 {
      let subject = entities[next() % entities.count].id
      let object = entities[next() % entities.count].id
      guard subject != object else { continue }
      relations.append(Relation(subject, predicates[next() % predicates.count], object, confidence: 0.5))
    }
    var graph = KnowledgeGraph()
    var random = SplitMix64(seed: seed)
    for index in entities.indices.shuffled(using: &random) { graph.insert(entities[index]) }
    for index in relations.indices.shuffled(using: &random) { graph.insert(relations[index]) }
    return graph
  }


  @Test(arguments: [1, 2, 3] as [UInt64])
  func relationsAreInStringOrderWithTheirEndsPositions(_ seed: UInt64) {
    let graph = graph(seed: seed)
    let contents = graph.sortedContents()
    let expectedEntities = graph.entities.map(\.id)
    #expect(contents.entities.map(\.id) == expectedEntities)
    #expect(expectedEntities == expectedEntities.sorted { $0.rawValue < $1.rawValue })
    let keys = contents.relations.map(\.key)
    #expect(keys.count == graph.relationCount)
    #expect(keys == keys.sorted { ($0.subject.rawValue, $0.predicate.rawValue, $0.object.rawValue)
      < ($1.subject.rawValue, $1.predicate.rawValue, $1.object.rawValue) })
    #expect(graph.relations.map(\.key) == keys)
    for index in contents.relations.indices {
      #expect(contents.entities[contents.subjectPositions[index]].id == contents.relations[index].subject)
      #expect(contents.entities[contents.objectPositions[index]].id == contents.relations[index].object)
    }
  }

  @Test func orderDoesNotDependOnInsertionOrder() {
    let first = graph(seed: 7).sortedContents()
    let second = graph(seed: 7).union(KnowledgeGraph()).sortedContents()
    #expect(first.relations.map(\.key) == second.relations.map(\.key))
    var reversed = KnowledgeGraph()
    let source = graph(seed: 7)
    for entity in source.entities.reversed() { reversed.insert(entity) }
    for relation in source.relations.reversed() { reversed.insert(relation) }
    #expect(reversed.sortedContents().relations.map(\.key) == first.relations.map(\.key))
    #expect(reversed == source)
  }

  @Test func entitiesAreInStringOrderWhateverTheirBytes() {
    // Long shared prefixes, ASCII next to other text, and a name that differs from another
    // only in how its accent is written.
    let names = [
      "Alexandria Ocasio-Cortez", "Alexandria Ocasio", "Alexandria Ocasio-Cortes", "Émile Zola",
      "Emile Zola", "E\u{301}mile Zolb", "Zoë", "Zoe", "習近平", "abc", "ab", "a",
      "organization organization x", "organization organization",
    ]
    var graph = KnowledgeGraph()
    for name in names { graph.insert(Entity(.person, named: name)) }
    let ids = graph.entities.map(\.id)
    #expect(ids.count == Set(names.map { EntityID(kind: .person, name: $0) }).count)
    #expect(ids == ids.sorted { $0.rawValue < $1.rawValue })
    #expect(graph.sortedContents().entities.map(\.id) == ids)
  }

  @Test func slugsOfASCIINamesAreThoseOfTheGeneralRule() {
    for name in ["Xi Jinping", "U.S.", "  ", "", "Xi's", "--A--b--", "R2-D2", "A.B. C"] {
      #expect(EntityID(kind: .organization, name: name).rawValue == "organization/\(Slug.make(name))")
    }
    #expect(EntityID(kind: .place, name: "!").rawValue == "place/unnamed")
  }

  @Test func theUnionWithAnEmptyGraphIsTheOtherGraph() {
    let source = graph(seed: 3)
    #expect(KnowledgeGraph().union(source) == source)
    #expect(source.union(KnowledgeGraph()) == source)
    var merged = KnowledgeGraph()
    merged.reserveCapacity(entities: 100)
    merged.formUnion(source)
    merged.formUnion(source)
    #expect(merged == source)
  }

  @Test(arguments: [4, 5] as [UInt64])
  func aUnionEmptyingTheOtherGraphIsTheUnion(_ seed: UInt64) {
    let first = graph(seed: seed)
    let second = graph(seed: seed + 10)
    var merged = first
    var taken = second
    merged.formUnion(emptying: &taken)
    #expect(merged == first.union(second))
    #expect(taken == KnowledgeGraph())
    var fromEmpty = KnowledgeGraph()
    var whole = first
    fromEmpty.formUnion(emptying: &whole)
    #expect(fromEmpty == first)
    #expect(whole.isEmpty)
  }

  @Test func evidenceAtTheSameOffsetsInAnotherDocumentIsAnotherEvidence() {
    func evidence(_ document: String, quote: String = "Xi") -> Evidence {
      Evidence(documentID: document, sentenceIndex: 0, start: 0, end: 2, quote: quote)
    }
    let mentions: Set<Evidence> = [evidence("a"), evidence("b"), evidence("a")]
    #expect(mentions.count == 2)
    let quoted = evidence("a", quote: "XI")
    #expect(!mentions.contains(quoted))
  }
}
