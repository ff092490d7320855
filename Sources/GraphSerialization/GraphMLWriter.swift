public import KnowledgeGraphCore

/// Writes a knowledge graph as GraphML, with typed attribute keys (loads in networkx, yEd,
/// Gephi and Cytoscape).
///
/// Node IDs are entity IDs; edge IDs are the JSON-LD statement paths. Node keys: `name`,
/// `kind`, `schemaType`, `aliases` and `sameAs` (JSON arrays as text), subtypes, dates,
/// `iri`, `mentionCount`; edge keys: `predicate`, `label`, `confidence` (double), `rules`,
/// `roleName`, `evidenceCount`, and the first evidence (`document`, `sentence`, `start`,
/// `end`, `quote`). Key IDs are prefixed `n_`/`e_` so node and edge keys never collide.
public struct GraphMLWriter: GraphWriter {
  /// How entity IRIs are formed for the `iri` key.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Streams the GraphML text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
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
    var out = ByteOutput(capacity: ByteOutput.chunkSize + 4096)
    out.append(header)
    let contents = graph.sortedContents()
    for entity in contents.entities {
      Self.appendNode(entity, scheme: scheme, to: &out)
      try out.flushIfFull(to: &sink)
    }
    let relations = contents.relations
    var labels = PredicateLabels()
    for index in relations.indices {
      Self.appendEdge(relations[index], labels: &labels, to: &out)
      try out.flushIfFull(to: &sink)
    }
    out.append("  </graph>\n</graphml>\n")
    try out.flush(to: &sink)
  }

  /// Appends one `<node>` with the columns of ``PropertyGraph/nodeColumns`` in order, as
  /// ``PropertyGraph/nodeValues(_:)`` gives them, without building the values.
  private static func appendNode(_ entity: Entity, scheme: IRIScheme, to out: inout ByteOutput) {
    @inline(__always)
    func data(_ key: StaticString, _ value: String) {
      out.append("      <data key=\"n_")
      out.append(key)
      out.append("\">")
      out.appendXML(value)
      out.append("</data>\n")
    }
    out.append("    <node id=\"")
    out.appendXML(entity.id.rawValue)
    out.append("\">\n")
    data("name", entity.name)
    data("kind", entity.kind.rawValue)
    data("schemaType", SchemaOrgTypes.className(for: entity))
    if !entity.aliases.isEmpty { data("aliases", PropertyGraph.Value.list(entity.aliases.sorted()).text) }
    if let type = entity.organizationType { data("organizationType", type.rawValue) }
    if let type = entity.placeType { data("placeType", type.rawValue) }
    if let type = entity.eventType { data("eventType", type.rawValue) }
    if let date = entity.date { data("date", date.description) }
    if let date = entity.endDate { data("endDate", date.description) }
    if let duration = entity.duration { data("duration", duration) }
    if !entity.sameAs.isEmpty { data("sameAs", PropertyGraph.Value.list(entity.sameAs.sorted()).text) }
    out.append("      <data key=\"n_iri\">")
    out.appendXML(scheme.base)
    out.appendXML(scheme.entityPath(entity.id))
    out.append("</data>\n      <data key=\"n_mentionCount\">")
    out.append(entity.mentions.count)
    out.append("</data>\n    </node>\n")
  }

  /// Appends one `<edge>`, writing the columns of ``PropertyGraph/edgeColumns`` in order
  /// without building intermediate values (this is the hot loop of large exports).
  private static func appendEdge(_ relation: Relation, labels: inout PredicateLabels, to out: inout ByteOutput) {
    out.append("    <edge id=\"")
    out.appendStatementPath(relation)
    out.append("\" source=\"")
    out.appendXML(relation.subject.rawValue)
    out.append("\" target=\"")
    out.appendXML(relation.object.rawValue)
    out.append("\">\n      <data key=\"e_predicate\">")
    out.appendXML(relation.predicate.rawValue)
    out.append("</data>\n      <data key=\"e_label\">")
    out.appendXML(labels[relation.predicate])
    out.append("</data>\n      <data key=\"e_confidence\">")
    out.appendDecimal(relation.confidence, digits: 3)
    out.append("</data>\n")
    if !relation.sources.isEmpty {
      out.append("      <data key=\"e_rules\">")
      out.appendXMLJSONList(relation.sources)
      out.append("</data>\n")
    }
    if let role = relation.attributes["roleName"] {
      out.append("      <data key=\"e_roleName\">")
      out.appendXML(role)
      out.append("</data>\n")
    }
    out.append("      <data key=\"e_evidenceCount\">")
    out.append(relation.evidence.count)
    out.append("</data>\n")
    let evidence = relation.evidence.count == 1 ? relation.evidence.first : relation.evidence.min()
    if let evidence {
      out.append("      <data key=\"e_document\">")
      out.appendXML(evidence.documentID)
      out.append("</data>\n      <data key=\"e_sentence\">")
      out.append(evidence.sentenceIndex)
      out.append("</data>\n      <data key=\"e_start\">")
      out.append(evidence.start)
      out.append("</data>\n      <data key=\"e_end\">")
      out.append(evidence.end)
      out.append("</data>\n      <data key=\"e_quote\">")
      out.appendXML(evidence.quote)
      out.append("</data>\n")
    }
    out.append("    </edge>\n")
  }

  private static func type(_ type: PropertyGraph.ColumnType) -> String {
    switch type {
    case .string, .list: "string"
    case .integer: "int"
    case .decimal: "double"
    }
  }
}
