import Foundation
import GraphSerialization
import KnowledgeGraphCore
import Testing

@Suite struct JSONLDWriterTests {
  private func document(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  private func nodes(_ text: String) throws -> [[String: Any]] {
    try #require(try document(text)["@graph"] as? [[String: Any]])
  }

  @Test func outputIsByteIdenticalWhateverTheInsertionOrder() {
    let writer = JSONLDWriter()
    #expect(writer.write(SampleGraphs.call) == writer.write(SampleGraphs.callReversed))
  }

  @Test func graphIsSortedByIdentifier() throws {
    let ids = try nodes(JSONLDWriter().write(SampleGraphs.call)).compactMap { $0["@id"] as? String }
    #expect(ids.count == 8 + 9 + 1)
    #expect(ids == ids.sorted())
  }

  @Test func entitiesHaveSchemaOrgTypesNamesAndAliases() throws {
    let graph = try nodes(JSONLDWriter().write(SampleGraphs.call))
    let ada = try #require(graph.first { $0["@id"] as? String == "kg:person/ada-moreno" })
    #expect(ada["@type"] as? String == "Person")
    #expect(ada["name"] as? String == "Ada Moreno")
    #expect(ada["alternateName"] as? [String] == ["Moreno", "President Moreno"])
    let ministry = try #require(
      graph.first { $0["@id"] as? String == "kg:organization/norland-ministry-of-trade" })
    #expect(ministry["@type"] as? String == "GovernmentOrganization")
    let harbor = try #require(graph.first { $0["@id"] as? String == "kg:place/port-vell" })
    #expect(harbor["@type"] as? String == "City")
  }

  @Test func relationsAreDirectPropertiesBetweenEntityNodes() throws {
    let graph = try nodes(JSONLDWriter().write(SampleGraphs.call))
    let ada = try #require(graph.first { $0["@id"] as? String == "kg:person/ada-moreno" })
    #expect(ada["leaderOf"] as? [String] == ["kg:country/norland"])
    #expect(ada["citizenOf"] as? [String] == ["kg:country/norland"])
    #expect(ada["meetsWith"] as? [String] == ["kg:person/bo-lindqvist"])
    let call = try #require(graph.first { ($0["@id"] as? String)?.hasPrefix("kg:event/") == true })
    #expect(call["participant"] as? [String] == ["kg:person/ada-moreno", "kg:person/bo-lindqvist"])
  }

  @Test func eventDatesAreTypedByPrecision() throws {
    let graph = try nodes(JSONLDWriter().write(SampleGraphs.call))
    let call = try #require(graph.first { ($0["@id"] as? String)?.hasPrefix("kg:event/") == true })
    let start = try #require(call["startDate"] as? [String: String])
    #expect(start == ["@value": "2025-03", "@type": "xsd:gYearMonth"])
    #expect(call["duration"] as? String == "PT90M")
    let article = try #require(graph.first { $0["@type"] as? String == "NewsArticle" })
    #expect((article["datePublished"] as? [String: String])?["@type"] == "xsd:date")
  }

  @Test func statementNodesCarryProvenance() throws {
    let graph = try nodes(JSONLDWriter().write(SampleGraphs.call))
    let statement = try #require(
      graph.first {
        $0["subject"] as? String == "kg:person/ada-moreno"
          && $0["predicate"] as? String == "kgv:leaderOf"
      })
    #expect(statement["@type"] as? [String] == ["Statement", "Relation"])
    #expect(statement["object"] as? String == "kg:country/norland")
    #expect(statement["confidence"] as? String == "0.930")
    #expect(statement["rule"] as? [String] == ["title-apposition"])
    #expect(statement["roleName"] as? String == "President")
    let evidence = try #require((statement["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["@type"] as? String == "SpecificResource")
    #expect(evidence["source"] as? String == "kg:doc/call-note")
    #expect(evidence["sentenceIndex"] as? Int == 0)
    let selectors = try #require(evidence["selector"] as? [[String: Any]])
    #expect(selectors.count == 2)
    #expect(selectors[0]["@type"] as? String == "TextPositionSelector")
    #expect(selectors[0]["start"] as? Int == 0)
    #expect(selectors[0]["end"] as? Int == 31)
    #expect(selectors[0]["offsetUnit"] as? String == "unicode-scalar")
    #expect(selectors[1]["exact"] as? String == "President Ada Moreno of Norland")
  }

  @Test func schemaOrgEquivalentsAreUsedForPredicateIRIs() throws {
    let graph = try nodes(JSONLDWriter().write(SampleGraphs.call))
    let predicates = Set(graph.compactMap { $0["predicate"] as? String })
    #expect(predicates.contains("schema:attendee"))
    #expect(predicates.contains("schema:containedInPlace"))
    #expect(predicates.contains("kgv:meetsWith"))
    var options = JSONLDWriter.Options()
    options.prefersSchemaOrgProperties = false
    let plain = try nodes(JSONLDWriter(options: options).write(SampleGraphs.call))
    #expect(Set(plain.compactMap { $0["predicate"] as? String }).contains("kgv:participant"))
  }

  @Test func contextDefinesEveryKeyUsed() throws {
    let text = JSONLDWriter().write(SampleGraphs.torture + SampleGraphs.call)
    let root = try document(text)
    let context = try #require(root["@context"] as? [String: Any])
    var keys: Set<String> = []
    func collect(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, nested) in object where key != "@context" {
          keys.insert(key)
          collect(nested)
        }
      } else if let array = value as? [Any] {
        array.forEach(collect)
      }
    }
    collect(root["@graph"] ?? [])
    let undefined = keys.filter { !$0.hasPrefix("@") && context[$0] == nil }
    #expect(undefined.isEmpty, "undefined keys: \(undefined.sorted())")
  }

  @Test func confidencesHaveFixedDigits() throws {
    var graph = KnowledgeGraph()
    let a = graph.insert(Entity(.person, named: "A"))
    let b = graph.insert(Entity(.person, named: "B"))
    graph.insert(Relation(a, .meetsWith, b, confidence: 0.1 + 0.2))
    graph.insert(Relation(a, .criticizes, b, confidence: 1))
    let confidences = try nodes(JSONLDWriter().write(graph)).compactMap { $0["confidence"] as? String }
    #expect(confidences.sorted() == ["0.300", "1.000"])
  }

  @Test func emptyGraphIsValidJSON() throws {
    let root = try document(JSONLDWriter().write(KnowledgeGraph()))
    #expect((root["@graph"] as? [Any])?.isEmpty == true)
  }
}

extension KnowledgeGraph {
  static func + (lhs: KnowledgeGraph, rhs: KnowledgeGraph) -> KnowledgeGraph { lhs.union(rhs) }
}

@Suite struct StableIdentifierTests {
  /// Statement IDs are part of the published output: they must not change between versions.
  @Test func statementIDsAreStableFNV1aHashes() {
    let scheme = IRIScheme()
    let key = Relation.Key(SampleGraphs.ada, .leaderOf, SampleGraphs.norland)
    #expect(scheme.statementPath(key) == "rel/\(Self.referenceFNV(["person/ada-moreno", "leaderOf", "country/norland"]))")
    #expect(scheme.statementPath(key) != scheme.statementPath(Relation.Key(SampleGraphs.norland, .leaderOf, SampleGraphs.ada)))
  }

  /// A plain reimplementation: FNV-1a 64 over each part's UTF-8 bytes, then 0xFF as separator.
  static func referenceFNV(_ parts: [String]) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for byte in Array(part.utf8) + [0xFF] {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
      }
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
