import Foundation
import GraphSerialization
import KnowledgeGraphCore
import Testing

@Suite struct JSONLDReaderTests {
  @Test(arguments: ["call", "torture"])
  func writeReadWriteIsByteIdentical(_ name: String) throws {
    let graph = name == "call" ? SampleGraphs.call : SampleGraphs.torture
    let first = JSONLDWriter().write(graph)
    let read = try JSONLDReader().read(first)
    #expect(read == graph)
    #expect(JSONLDWriter().write(read) == first)
  }

  @Test func readsExpandedJSONLDInTheSameVocabulary() throws {
    let text = """
      [
        {"@id": "https://w3id.org/kg-export/person/ada-moreno",
         "@type": ["https://schema.org/Person"],
         "https://schema.org/name": [{"@value": "Ada Moreno"}],
         "https://w3id.org/kg-export/vocab#leaderOf": [{"@id": "https://w3id.org/kg-export/country/norland"}]},
        {"@id": "https://w3id.org/kg-export/country/norland",
         "@type": ["https://schema.org/Country"],
         "https://schema.org/name": [{"@value": "Norland"}]}
      ]
      """
    let graph = try JSONLDReader().read(text)
    #expect(graph.entities.map(\.name) == ["Norland", "Ada Moreno"])
    let relation = try #require(graph.relations.first)
    #expect(relation.key == Relation.Key(SampleGraphs.ada, .leaderOf, SampleGraphs.norland))
    #expect(relation.confidence == 1)
  }

  @Test func readsCompactJSONLDWithItsOwnContext() throws {
    let text = """
      {"@context": {"s": "https://schema.org/", "ex": "https://w3id.org/kg-export/",
                    "attendee": {"@id": "s:attendee", "@type": "@id"}},
       "@graph": [
         {"@id": "ex:event/talks", "@type": "s:Event", "s:name": "Talks",
          "s:startDate": "2024-05", "attendee": "ex:person/bo"},
         {"@id": "ex:person/bo", "@type": "s:Person", "s:name": "Bo"}
       ]}
      """
    let graph = try JSONLDReader().read(text)
    let event = try #require(graph[EntityID(rawValue: "event/talks")])
    #expect(event.date == PartialDate(year: 2024, month: 5))
    #expect(graph.relations.map(\.predicate) == [.participant])
  }

  @Test func syntaxErrorsNameLineAndColumn() {
    let error = #expect(throws: SerializationError.self) {
      try JSONLDReader().read("{\n  \"@graph\": [\n    {\"@id\": \"kg:x\",}\n  ]\n}")
    }
    #expect(error?.path == "line 3, column 20 (byte 35)")
    #expect(error?.description.contains("invalid JSON") == true)
  }

  @Test func danglingReferencesAreReportedWithTheirPath() {
    let text = """
      {"@context": {"kg": "https://w3id.org/kg-export/", "s": "https://schema.org/",
                    "leaderOf": {"@id": "https://w3id.org/kg-export/vocab#leaderOf", "@type": "@id"}},
       "@graph": [{"@id": "kg:person/ada", "@type": "s:Person", "s:name": "Ada",
                   "leaderOf": "kg:country/nowhere"}]}
      """
    #expect(throws: SerializationError.danglingReference(
      "https://w3id.org/kg-export/country/nowhere", at: "@graph[0].leaderOf")) {
      try JSONLDReader().read(text)
    }
  }

  @Test func entitiesNeedAnIdentifierAndAName() {
    let noID = #"{"@graph": [{"@type": "https://schema.org/Person", "https://schema.org/name": "X"}]}"#
    #expect(throws: SerializationError.malformedDocument("entity node has no @id", at: "@graph[0]")) {
      try JSONLDReader().read(noID)
    }
    let noName = #"{"@graph": [{"@id": "https://w3id.org/kg-export/person/x", "@type": "https://schema.org/Person"}]}"#
    #expect(throws: SerializationError.self) { try JSONLDReader().read(noName) }
  }

  @Test func remoteContextsAreRefusedWithAReason() {
    let error = #expect(throws: SerializationError.self) {
      try JSONLDReader().read(#"{"@context": "https://schema.org/", "@id": "x"}"#)
    }
    #expect(error?.description.contains("remote @context") == true)
  }

  @Test func invalidConfidenceIsReported() {
    var text = JSONLDWriter().write(SampleGraphs.call)
    text = text.replacingOccurrences(of: "\"0.930\"", with: "\"1.5\"")
    let error = #expect(throws: SerializationError.self) { try JSONLDReader().read(text) }
    #expect(error?.description.contains("confidence '1.5'") == true)
  }
}
