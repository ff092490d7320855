import Foundation
import GraphSerialization
import KnowledgeGraphCore
import Testing

@Suite struct GraphFormatTests {
  private func text(_ format: GraphFormat, _ graph: KnowledgeGraph = SampleGraphs.call, part: Int = 0) -> String {
    GraphExporter().write(graph, as: format, part: format.parts[part])
  }

  @Test(arguments: GraphFormat.allCases)
  func everyFormatIsDeterministicAndMentionsEveryEntity(_ format: GraphFormat) {
    for part in format.parts {
      let forward = GraphExporter().write(SampleGraphs.call, as: format, part: part)
      let reversed = GraphExporter().write(SampleGraphs.callReversed, as: format, part: part)
      #expect(forward == reversed)
    }
    let all = format.parts.map { GraphExporter().write(SampleGraphs.call, as: format, part: $0) }.joined()
    let needle = format == .mermaid ? "%% " : ""
    for entity in SampleGraphs.call.entities {
      #expect(all.contains(needle + entity.id.rawValue), "\(format) lacks \(entity.id)")
    }
  }

  /// A chain of 2,000 people: big enough that every format's output spans several chunks.
  static let large: KnowledgeGraph = {
    var graph = KnowledgeGraph()
    var previous: EntityID?
    for index in 0..<2_000 {
      let id = graph.insert(Entity(.person, named: "Person Number \(index)", aliases: ["P\(index)"]))
      if let previous { graph.insert(Relation(previous, .meetsWith, id, confidence: 0.5)) }
      previous = id
    }
    return graph
  }()

  @Test(arguments: GraphFormat.allCases)
  func streamingToASinkGivesTheSameTextInChunks(_ format: GraphFormat) throws {
    for part in format.parts {
      var sink = ChunkCountingSink()
      GraphExporter().write(Self.large, as: format, part: part, to: &sink)
      #expect(sink.text == GraphExporter().write(Self.large, as: format, part: part))
      #expect(sink.chunks > 1, "\(format) should stream in pieces")
      #expect(sink.largestChunk < 2 * 65_536, "\(format) buffers too much")
    }
  }

  @Test(arguments: GraphFormat.allCases)
  func aPreparedGraphIsWrittenAsTheGraphItself(_ format: GraphFormat) {
    let exporter = GraphExporter()
    for formats in [[format], GraphFormat.allCases] {
      let prepared = GraphExporter.Prepared(SampleGraphs.call, for: formats)
      for part in format.parts {
        var sink = StringSink()
        exporter.write(prepared, as: format, part: part, to: &sink)
        #expect(sink.text == exporter.write(SampleGraphs.call, as: format, part: part))
      }
    }
  }

  @Test func fileNamesFollowTheParts() {
    #expect(GraphFormat.jsonld.parts.map { $0.fileName(base: "g") } == ["g.jsonld"])
    #expect(GraphFormat.neo4j.parts.map { $0.fileName(base: "g") } == ["g.nodes.csv", "g.relationships.csv"])
    #expect(GraphFormat.allCases.filter { !$0.isSingleFile } == [.neo4j])
  }

  @Test func nquadsPutEachDocumentInItsOwnGraph() {
    let quads = text(.nquads).split(separator: "\n")
    let document = "<https://w3id.org/kg-export/doc/call-note> ."
    #expect(quads.contains {
      $0 == "<https://w3id.org/kg-export/person/ada-moreno> <https://w3id.org/kg-export/vocab#leaderOf> <https://w3id.org/kg-export/country/norland> \(document)"
    })
    #expect(quads.contains {
      $0 == "<https://w3id.org/kg-export/person/bo-lindqvist> <https://w3id.org/kg-export/vocab#leaderOf> <https://w3id.org/kg-export/country/sudmark> ."
    })
  }

  @Test func rdfLiteralsAreEscaped() {
    let turtle = text(.turtle, SampleGraphs.torture)
    #expect(turtle.contains(#"schema:name "Quote \"Unquote\" Ltd""#))
    #expect(turtle.contains(#"schema:name "Line\nBreak Institute""#))
    #expect(turtle.contains(#"schema:name "Tab\tSeparated""#))
  }

  @Test func xmlFormatsEscapeMarkupAndLineBreaks() {
    let graphml = text(.graphml, SampleGraphs.torture)
    #expect(graphml.contains("<data key=\"n_name\">&lt;Angle&gt; &amp; Ampersand &amp;amp; Co</data>"))
    #expect(graphml.contains("<data key=\"n_name\">Line&#10;Break Institute</data>"))
    #expect(graphml.contains("<key id=\"e_confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>"))
    let gexf = text(.gexf, SampleGraphs.torture)
    #expect(gexf.contains("label=\"Quote &quot;Unquote&quot; Ltd\""))
  }

  @Test func csvQuotesFieldsPerRFC4180() {
    let csv = text(.csv, SampleGraphs.torture)
    #expect(csv.hasPrefix("source,target,predicate,label,confidence,"))
    #expect(csv.contains(#""Quote ""Unquote"" Ltd""#))
    #expect(csv.contains("\"Line\nBreak Institute\""))
  }

  @Test func neo4jFilesHaveAdminImportHeaders() {
    let nodes = text(.neo4j, part: 0)
    let relationships = text(.neo4j, part: 1)
    #expect(nodes.hasPrefix("id:ID,:LABEL,name,kind,schemaType,aliases:string[],"))
    #expect(nodes.contains("person/ada-moreno,Entity;Person,Ada Moreno,person,Person,Moreno;President Moreno,"))
    #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,id,predicate,label,confidence:double,"))
    #expect(relationships.contains("person/ada-moreno,country/norland,LEADER_OF,"))
  }

  @Test func cypherEscapesStringsAndMergesRelationships() {
    let cypher = text(.cypher, SampleGraphs.torture)
    #expect(cypher.contains(#"n.`name` = 'Back\\slash \\n Partners'"#))
    #expect(cypher.contains(#"n.`name` = 'Apostrophe\'s `Backtick` {Brace} |Pipe|'"#))
    #expect(cypher.contains("MERGE (a)-[r:`COOPERATES_WITH`]->(b)"))
  }

  @Test func cytoscapeIsJSONWithElements() throws {
    let object = try JSONSerialization.jsonObject(with: Data(text(.cytoscape).utf8))
    let root = try #require(object as? [String: Any])
    let elements = try #require(root["elements"] as? [String: [[String: Any]]])
    #expect(elements["nodes"]?.count == 8)
    let edge = try #require(elements["edges"]?.first?["data"] as? [String: Any])
    #expect(edge["source"] != nil && edge["target"] != nil && edge["confidence"] is Double)
  }

  @Test func mermaidUsesEntityCodesAndLinksNodes() {
    let mermaid = text(.mermaid, SampleGraphs.torture)
    #expect(mermaid.hasPrefix("flowchart LR\n"))
    #expect(mermaid.contains("[[\"Quote #quot;Unquote#quot; Ltd\"]]"))
    #expect(mermaid.contains("[[\"Line<br>Break Institute\"]]"))
    #expect(mermaid.contains("click n0 href \"https://w3id.org/kg-export/organization/"))
  }

  @Test func relationshipTypesAreUpperSnakeCase() {
    #expect(Neo4jCSVWriter.relationshipType(.imposesTariffsOn) == "IMPOSES_TARIFFS_ON")
    #expect(Neo4jCSVWriter.relationshipType("odd name!") == "ODD_NAME_")
  }
}

/// A sink that counts how many pieces it received.
struct ChunkCountingSink: TextSink {
  typealias Failure = Never
  var text = ""
  var chunks = 0
  var largestChunk = 0
  mutating func write(_ text: String) {
    self.text += text
    chunks += 1
    largestChunk = max(largestChunk, text.utf8.count)
  }
}
