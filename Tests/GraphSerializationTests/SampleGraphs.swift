import KnowledgeGraphCore

/// Small graphs the serialization tests share; the texts are written for these tests.
enum SampleGraphs {
  static let documentID = "call-note"

  static func evidence(_ start: Int, _ quote: String, sentence: Int = 0, document: String = documentID)
    -> Evidence
  {
    Evidence(
      documentID: document, sentenceIndex: sentence, start: start,
      end: start + quote.unicodeScalars.count, quote: quote)
  }

  /// Two leaders, their countries, a ministry and a phone call between them.
  static var call: KnowledgeGraph { build(reversed: false) }

  /// The same graph, built by inserting everything in the opposite order.
  static var callReversed: KnowledgeGraph { build(reversed: true) }

  static let ada = EntityID(kind: .person, name: "Ada Moreno")
  static let bo = EntityID(kind: .person, name: "Bo Lindqvist")
  static let norland = EntityID(kind: .country, name: "Norland")
  static let sudmark = EntityID(kind: .country, name: "Sudmark")
  static let ministry = EntityID(kind: .organization, name: "Norland Ministry of Trade")
  static let government = EntityID(kind: .organization, name: "Norland Government")
  static let harbor = EntityID(kind: .place, name: "Port Vell")
  static let call2025 = EntityID(eventNamed: "Moreno–Lindqvist call", date: PartialDate(year: 2025, month: 3))

  private static func build(reversed: Bool) -> KnowledgeGraph {
    var entities: [Entity] = []
    entities.append(
      Entity(.person, named: "Ada Moreno", aliases: ["Moreno", "President Moreno"],
             mentions: [evidence(0, "President Ada Moreno"), evidence(120, "Moreno", sentence: 2)]))
    entities.append(Entity(.person, named: "Bo Lindqvist", aliases: ["Lindqvist"]))
    var norlandEntity = Entity(.country, named: "Norland")
    norlandEntity.sameAs = ["http://www.wikidata.org/entity/Q000001"]
    entities.append(norlandEntity)
    entities.append(Entity(.country, named: "Sudmark"))
    var ministryEntity = Entity(.organization, named: "Norland Ministry of Trade")
    ministryEntity.organizationType = .government
    entities.append(ministryEntity)
    var governmentEntity = Entity(.organization, named: "Norland Government")
    governmentEntity.organizationType = .government
    entities.append(governmentEntity)
    var harborEntity = Entity(.place, named: "Port Vell")
    harborEntity.placeType = .city
    entities.append(harborEntity)
    var callEntity = Entity(.event, id: call2025, named: "Moreno–Lindqvist call")
    callEntity.eventType = .call
    callEntity.date = PartialDate(year: 2025, month: 3)
    callEntity.duration = "PT90M"
    entities.append(callEntity)

    var relations: [Relation] = [
      Relation(ada, .leaderOf, norland, confidence: 0.93,
               evidence: [evidence(0, "President Ada Moreno of Norland")],
               sources: ["title-apposition"], attributes: ["roleName": "President"]),
      Relation(bo, .leaderOf, sudmark, confidence: 0.9, sources: ["title-apposition"]),
      Relation(ada, .citizenOf, norland, confidence: 0.7),
      Relation(ministry, .partOf, government, confidence: 0.4),
      Relation(call2025, .participant, ada, confidence: 0.88,
               evidence: [evidence(40, "Moreno and Lindqvist spoke for 90 minutes", sentence: 1)],
               sources: ["event-participants"]),
      Relation(call2025, .participant, bo, confidence: 0.88,
               evidence: [evidence(40, "Moreno and Lindqvist spoke for 90 minutes", sentence: 1)],
               sources: ["event-participants"]),
      Relation(ada, .meetsWith, bo, confidence: 0.6, sources: ["spoke-with"]),
      Relation(ministry, .locatedIn, norland, confidence: 1),
      Relation(harbor, .locatedIn, sudmark, confidence: 0.75,
               attributes: ["note": "port \"city\"", "rateFrom": "145%"]),
    ]
    let documents = [
      Document(id: documentID, headline: "Moreno and Lindqvist talk trade",
               date: PartialDate(year: 2025, month: 3, day: 14), source: "notes/call-note.txt")
    ]
    if reversed {
      entities.reverse()
      relations.reverse()
    }
    var graph = KnowledgeGraph()
    for entity in entities { graph.insert(entity) }
    for relation in relations { graph.insert(relation) }
    for document in documents { graph.insert(document) }
    return graph
  }

  /// Names that break naive writers: quotes, backslashes, line breaks, markup, other scripts.
  static let tortureNames: [String] = [
    "Quote \"Unquote\" Ltd",
    "Back\\slash \\n Partners",
    "Line\nBreak Institute",
    "<Angle> & Ampersand &amp; Co",
    "习近平",
    "Emoji 🚀 Space Agency",
    "42nd Street Group",
    "node",
    "edge",
    "graph",
    "strict",
    "Colon: The Organization",
    "Semi;colon, Comma Inc",
    "Tab\tSeparated",
    "Apostrophe's `Backtick` {Brace} |Pipe|",
  ]

  /// A graph whose every entity has a hostile name.
  static var torture: KnowledgeGraph {
    var graph = KnowledgeGraph()
    var previous: EntityID?
    for (index, name) in tortureNames.enumerated() {
      var entity = Entity(.organization, named: name, aliases: [name + " (alias)"])
      entity.organizationType = Entity.OrganizationType.allCases[index % Entity.OrganizationType.allCases.count]
      let id = graph.insert(entity)
      if let previous {
        graph.insert(
          Relation(previous, .cooperatesWith, id, confidence: 0.5,
                   evidence: [evidence(index * 10, name)], attributes: ["quoted": name]))
      }
      previous = id
    }
    graph.insert(Document(id: documentID, headline: "Hostile \"names\" \\ test", date: PartialDate(year: 2024)))
    return graph
  }
}
