public import KnowledgeGraphCore

/// Writes a knowledge graph as GraphML, with typed attribute keys (loads in networkx, yEd,
/// Gephi and Cytoscape).
///
/// Node IDs are entity IDs; edge IDs are the JSON-LD statement paths. Node keys: `name`,
/// `kind`, `schemaType`, `aliases` and `sameAs` (JSON arrays as text), subtypes, dates,
/// `iri`, `mentionCount`; edge keys: `predicate`, `label`, `confidence` (double), `rules`,
/// `roleName`, `evidenceCount`, and the first evidence (`document`, `sentence`, `start`,
/// `end`, `quote`). Key IDs are prefixed `n_`/`e_` so node and edge keys never collide.
public struct GraphMLWriter: Sendable {
  /// How entity IRIs are formed for the `iri` key.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Returns the GraphML text for `graph`.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }

  /// Streams the GraphML text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    let flat = PropertyGraph(scheme: scheme)
    var header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    header += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    header += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    header += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    header += "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for column in PropertyGraph.nodeColumns {
      header += "  <key id=\"n_\(column.name)\" for=\"node\" attr.name=\"\(column.name)\" "
      header += "attr.type=\"\(Self.type(column.type))\"/>\n"
    }
    for column in PropertyGraph.edgeColumns {
      header += "  <key id=\"e_\(column.name)\" for=\"edge\" attr.name=\"\(column.name)\" "
      header += "attr.type=\"\(Self.type(column.type))\"/>\n"
    }
    header += "  <graph id=\"knowledge-graph\" edgedefault=\"directed\">\n"
    var out = ByteOutput()
    out.append(header)
    for entity in graph.entities {
      out.append("    <node id=\"")
      out.appendXML(entity.id.rawValue)
      out.append("\">\n")
      for (column, value) in zip(PropertyGraph.nodeColumns, flat.nodeValues(entity)) {
        guard let value else { continue }
        out.append("      <data key=\"n_")
        out.append(column.name)
        out.append("\">")
        value.appendXML(to: &out)
        out.append("</data>\n")
      }
      out.append("    </node>\n")
      try out.flushIfFull(to: &sink)
    }
    for relation in graph.relations {
      out.append("    <edge id=\"")
      out.appendXML(flat.edgeID(relation))
      out.append("\" source=\"")
      out.appendXML(relation.subject.rawValue)
      out.append("\" target=\"")
      out.appendXML(relation.object.rawValue)
      out.append("\">\n")
      for (column, value) in zip(PropertyGraph.edgeColumns, flat.edgeValues(relation)) {
        guard let value else { continue }
        out.append("      <data key=\"e_")
        out.append(column.name)
        out.append("\">")
        value.appendXML(to: &out)
        out.append("</data>\n")
      }
      out.append("    </edge>\n")
      try out.flushIfFull(to: &sink)
    }
    out.append("  </graph>\n</graphml>\n")
    try out.flush(to: &sink)
  }

  private static func type(_ type: PropertyGraph.ColumnType) -> String {
    switch type {
    case .string, .list: "string"
    case .integer: "int"
    case .decimal: "double"
    }
  }
}
