import Foundation
import KnowledgeGraphCore
import Testing

@testable import GraphSerialization

/// The streaming writers against the plain, string-building way of writing the same text:
/// writing term by term into bytes must not change a single byte.
@Suite struct StreamingWriterOracleTests {
  /// Hostile names, documents whose identifiers need encoding, evidence in several documents,
  /// relations without evidence, attributes, dates, durations and `sameAs`.
  static var mixed: KnowledgeGraph {
    var graph = SampleGraphs.torture.union(SampleGraphs.call)
    let documents = ["doc with space", "a/b?c#d", "Zürich-Notiz", "plain"]
    for (index, id) in documents.enumerated() {
      graph.insert(Document(id: id, headline: "Head \"\(index)\"\n", date: PartialDate(year: 2020 + index), source: "src/\(id)"))
    }
    var event = Entity(.event, id: EntityID(eventNamed: "Summit «Nord»", date: PartialDate(year: 2024, month: 5, day: 2)),
                       named: "Summit «Nord»", aliases: ["Nord summit", "The \\ summit"])
    event.date = PartialDate(year: 2024, month: 5, day: 2)
    event.endDate = PartialDate(year: 2024, month: 5, day: 4)
    event.duration = "P3D"
    event.eventType = .summit
    event.sameAs = ["https://www.wikidata.org/wiki/Q1", "http://example.org/a b"]
    event.mentions = [
      SampleGraphs.evidence(5, "Summit", document: documents[0]),
      SampleGraphs.evidence(50, "the summit", sentence: 3, document: documents[2]),
    ]
    let eventID = graph.insert(event)
    var place = Entity(.place, named: "Hafen 7", aliases: [])
    place.placeType = .facility
    let placeID = graph.insert(place)
    graph.insert(Relation(
      eventID, .location, placeID, confidence: 0.8755,
      evidence: [
        SampleGraphs.evidence(7, "held at \"Hafen 7\"", document: documents[1]),
        SampleGraphs.evidence(70, "in Hafen", sentence: 4, document: documents[3]),
        SampleGraphs.evidence(71, "Hafen", sentence: 4, document: documents[1]),
      ],
      sources: ["rule-b", "rule-a"], attributes: ["roleName": "host", "note/x": "a\tb"]))
    graph.insert(Relation(SampleGraphs.ada, .participant, eventID, confidence: 1))
    graph.insert(Relation(placeID, Relation.Predicate(rawValue: "unknown predicate"), SampleGraphs.norland, confidence: 0.1))
    return graph
  }

  static var optionSets: [JSONLDWriter.Options] {
    var plain = JSONLDWriter.Options()
    plain.prefersSchemaOrgProperties = false
    plain.includesMentions = false
    plain.confidenceDigits = 1
    var based = JSONLDWriter.Options()
    based.scheme = IRIScheme(base: "http://example.org/kg base{x}", prefix: "ex")
    return [JSONLDWriter.Options(), plain, based]
  }

  @Test(arguments: 0..<3)
  func nQuadsMatchTheTriplesWrittenOneByOne(_ optionIndex: Int) {
    let options = Self.optionSets[optionIndex]
    for graph in [Self.mixed, SampleGraphs.call, SampleGraphs.torture, KnowledgeGraph()] {
      let streamed = NQuadsWriter(options: options).write(graph)
      #expect(streamed == Self.referenceNQuads(graph, options: options))
    }
  }

  @Test func graphMLMatchesThePropertyGraphValues() {
    for graph in [Self.mixed, SampleGraphs.call, SampleGraphs.torture] {
      #expect(GraphMLWriter().write(graph) == Self.referenceGraphML(graph, scheme: IRIScheme()))
    }
  }

  /// N-Quads built from ``RDFTriples`` and ``RDFText`` strings, as the writer once did.
  static func referenceNQuads(_ graph: KnowledgeGraph, options: JSONLDWriter.Options) -> String {
    let rdf = RDFTriples(options: options)
    let entities = graph.entities
    let relations = graph.relations
    let mentioned = RDFTriples.mentionsByDocument(entities, relations)
    var documentsOf: [EntityID: Set<String>] = [:]
    for (document, ids) in mentioned {
      for id in ids { documentsOf[id, default: []].insert(document) }
    }
    var text = ""
    func emit(_ triples: [RDFTriple], in graphs: [String?]) {
      for graphName in graphs {
        for triple in triples {
          text += RDFText.iri(triple.subject) + " " + RDFText.iri(triple.predicate) + " " + RDFText.object(triple.object)
          if let graphName { text += " " + RDFText.iri(options.scheme.document(graphName)) }
          text += " .\n"
        }
      }
    }
    for document in graph.documents {
      emit(rdf.description(of: document, mentions: (mentioned[document.id] ?? []).sorted()), in: [document.id])
    }
    for entity in entities {
      let documents = (documentsOf[entity.id] ?? []).sorted()
      emit(rdf.description(of: entity), in: documents.isEmpty ? [nil] : documents)
      if options.includesMentions {
        for evidence in entity.sortedMentions { emit(rdf.mention(of: entity, evidence), in: [evidence.documentID]) }
      }
    }
    for relation in relations {
      let documents = Set(relation.evidence.map(\.documentID)).sorted()
      emit([rdf.assertion(of: relation)] + rdf.statement(of: relation), in: documents.isEmpty ? [nil] : documents)
      for evidence in relation.sortedEvidence {
        emit(rdf.statementEvidence(of: relation, evidence), in: [evidence.documentID])
      }
    }
    return text
  }

  /// GraphML built from ``PropertyGraph`` values and ``XMLText``, as the writer once did.
  static func referenceGraphML(_ graph: KnowledgeGraph, scheme: IRIScheme) -> String {
    let flat = PropertyGraph(scheme: scheme)
    let full = GraphMLWriter(scheme: scheme).write(graph)
    var text = String(full[..<(full.range(of: "  <graph id=")?.upperBound ?? full.endIndex)])
    text += "\"knowledge-graph\" edgedefault=\"directed\">\n"
    for entity in graph.entities {
      text += "    <node id=\"\(XMLText.escaped(entity.id.rawValue))\">\n"
      for (column, value) in zip(PropertyGraph.nodeColumns, flat.nodeValues(entity)) {
        guard let value else { continue }
        text += "      <data key=\"n_\(column.name)\">\(XMLText.escaped(value.text))</data>\n"
      }
      text += "    </node>\n"
    }
    for relation in graph.relations {
      text += "    <edge id=\"\(XMLText.escaped(flat.edgeID(relation)))\" source=\"\(XMLText.escaped(relation.subject.rawValue))\" "
      text += "target=\"\(XMLText.escaped(relation.object.rawValue))\">\n"
      for (column, value) in zip(PropertyGraph.edgeColumns, flat.edgeValues(relation)) {
        guard let value else { continue }
        text += "      <data key=\"e_\(column.name)\">\(XMLText.escaped(value.text))</data>\n"
      }
      text += "    </edge>\n"
    }
    return text + "  </graph>\n</graphml>\n"
  }
}
