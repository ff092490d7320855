public import KnowledgeGraphCore

/// Writes a knowledge graph as Cytoscape.js JSON (`.cyjs`), which Cytoscape desktop imports
/// and `cy.add(json.elements)` loads in the browser.
///
/// Each element's `data` has `id`, `label` and the columns of ``GraphMLWriter`` (lists as
/// JSON arrays, numbers as numbers); edges also `source` and `target`. Nodes carry their DOT
/// colours as `color` for a style mapping such as `background-color: data(color)`.
public struct CytoscapeWriter: GraphWriter {
  /// How entity IRIs are formed for the `iri` property.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Streams the Cytoscape.js JSON for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    var out = ByteOutput()
    let flat = PropertyGraph(scheme: scheme)
    var header = "{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"kg-export\",\n"
    header += "  \"target_cytoscapejs_version\": \"~3\",\n"
    header += "  \"data\": {\"name\": \"knowledge-graph\"},\n"
    header += "  \"elements\": {\n    \"nodes\": ["
    out.append(header)
    try out.flushIfFull(to: &sink)
    let contents = graph.sortedContents()
    for (index, entity) in contents.entities.enumerated() {
      var members: [(key: String, value: JSONValue)] = [
        ("id", .string(entity.id.rawValue)), ("label", .string(entity.name)),
      ]
      members += Self.members(PropertyGraph.nodeColumns, flat.nodeValues(entity))
      members.append(("color", .string(DOTWriter.appearance(of: entity).fillColor)))
      out.append((index == 0 ? "\n      " : ",\n      ") + Self.element(members))
      try out.flushIfFull(to: &sink)
    }
    out.append("\n    ],\n    \"edges\": [")
    try out.flushIfFull(to: &sink)
    for (index, relation) in contents.relations.enumerated() {
      var members: [(key: String, value: JSONValue)] = [
        ("id", .string(flat.edgeID(relation))), ("source", .string(relation.subject.rawValue)),
        ("target", .string(relation.object.rawValue)),
      ]
      members += Self.members(PropertyGraph.edgeColumns, flat.edgeValues(relation))
      out.append((index == 0 ? "\n      " : ",\n      ") + Self.element(members))
      try out.flushIfFull(to: &sink)
    }
    out.append("\n    ]\n  }\n}\n")
    try out.flushIfFull(to: &sink)
    try out.flush(to: &sink)
  }

  private static func element(_ members: [(key: String, value: JSONValue)]) -> String {
    var text = "{\"data\": {"
    for (index, member) in members.enumerated() {
      if index > 0 { text += ", " }
      JSONPrinter.appendQuoted(member.key, to: &text)
      text += ": "
      JSONPrinter.print(member.value, indent: 0, into: &text)
    }
    return text + "}}"
  }

  private static func members(
    _ columns: [PropertyGraph.Column], _ values: [PropertyGraph.Value?]
  ) -> [(key: String, value: JSONValue)] {
    zip(columns, values).compactMap { column, value in
      guard let value else { return nil }
      let json: JSONValue =
        switch value {
        case .string(let text): .string(text)
        case .list(let items): .array(items.map { .string($0) })
        case .integer(let number): .number(String(number))
        case .decimal: .number(value.text)
        }
      return (column.name, json)
    }
  }
}
