public import KnowledgeGraphCore

/// Writes a knowledge graph as a Cypher script for `cypher-shell` or Neo4j Browser.
///
/// The script creates a uniqueness constraint on `Entity.id`, then `MERGE`s every node
/// (labels `Entity` and its schema.org class) and every relationship (type as in
/// ``Neo4jCSVWriter``), so running it twice changes nothing. Strings are single-quoted with
/// `\`, `'` and control characters escaped; labels and types are backtick-quoted.
public struct CypherWriter: GraphWriter {
  /// How entity IRIs are formed for the `iri` property.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Streams the Cypher script for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    var out = ByteOutput()
    let flat = PropertyGraph(scheme: scheme)
    var header = "// Knowledge graph written by kg-export: \(graph.entityCount) entities, "
    header += "\(graph.relationCount) relations.\n"
    header += "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
    out.append(header)
    try out.flushIfFull(to: &sink)
    let contents = graph.sortedContents()
    for entity in contents.entities {
      var text = "MERGE (n:Entity {id: \(Self.string(entity.id.rawValue))}) SET n:"
      text += Self.identifier(SchemaOrgTypes.className(for: entity))
      text += Self.assignments("n", PropertyGraph.nodeColumns, flat.nodeValues(entity)) + ";\n"
      out.append(text)
      try out.flushIfFull(to: &sink)
    }
    for relation in contents.relations {
      var text = "MATCH (a:Entity {id: \(Self.string(relation.subject.rawValue))}), "
      text += "(b:Entity {id: \(Self.string(relation.object.rawValue))}) "
      text += "MERGE (a)-[r:\(Self.identifier(Neo4jCSVWriter.relationshipType(relation.predicate)))]->(b) SET "
      text += "r.id = \(Self.string(flat.edgeID(relation)))"
      text += Self.assignments("r", PropertyGraph.edgeColumns, flat.edgeValues(relation)) + ";\n"
      out.append(text)
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  private static func assignments(
    _ variable: String, _ columns: [PropertyGraph.Column], _ values: [PropertyGraph.Value?]
  ) -> String {
    var text = ""
    for (column, value) in zip(columns, values) {
      guard let value else { continue }
      text += ", \(variable).\(identifier(column.name)) = \(literal(value))"
    }
    return text
  }

  private static func literal(_ value: PropertyGraph.Value) -> String {
    switch value {
    case .string(let text): string(text)
    case .list(let items): "[" + items.map(string).joined(separator: ", ") + "]"
    case .integer(let number): String(number)
    case .decimal: value.text
    }
  }

  /// `text` as a single-quoted Cypher string.
  static func string(_ text: String) -> String {
    var result = "'"
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "'": result += "\\'"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "'"
  }

  /// `name` as a backtick-quoted Cypher identifier, with backticks doubled.
  static func identifier(_ name: String) -> String {
    "`" + name.replacingBackticks() + "`"
  }
}

extension String {
  fileprivate func replacingBackticks() -> String {
    var result = ""
    for character in self { result += character == "`" ? "``" : String(character) }
    return result
  }
}
