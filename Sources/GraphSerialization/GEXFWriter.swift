public import KnowledgeGraphCore

/// Writes a knowledge graph as GEXF 1.3 for Gephi (also read by networkx).
///
/// Nodes carry their name as `label` and a `viz:color` matching the DOT colours; edges carry
/// the relation label and the confidence as `weight`. Attributes are those of
/// ``GraphMLWriter``; missing values are left out rather than written empty (Gephi drops
/// empty attributes).
public struct GEXFWriter: GraphWriter {
  /// How entity IRIs are formed for the `iri` attribute.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Streams the GEXF text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    let flat = PropertyGraph(scheme: scheme)
    var header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    header += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
    header += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    header += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    header += "  <meta>\n    <creator>kg-export</creator>\n"
    header += "    <description>Knowledge graph extracted from news text</description>\n  </meta>\n"
    header += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
    header += "    <attributes class=\"node\">\n"
    for column in PropertyGraph.nodeColumns where column.name != "name" {
      header += "      <attribute id=\"\(column.name)\" title=\"\(column.name)\" type=\"\(Self.type(column.type))\"/>\n"
    }
    header += "    </attributes>\n    <attributes class=\"edge\">\n"
    for column in PropertyGraph.edgeColumns where column.name != "label" {
      header += "      <attribute id=\"\(column.name)\" title=\"\(column.name)\" type=\"\(Self.type(column.type))\"/>\n"
    }
    header += "    </attributes>\n    <nodes>\n"
    var out = ByteOutput()
    out.append(header)
    let contents = graph.sortedContents()
    for entity in contents.entities {
      out.append("      <node id=\"")
      out.appendXML(entity.id.rawValue)
      out.append("\" label=\"")
      out.appendXML(entity.name)
      out.append("\">\n")
      Self.appendAttributeValues(PropertyGraph.nodeColumns, flat.nodeValues(entity), except: "name", to: &out)
      let (red, green, blue) = Self.rgb(DOTWriter.appearance(of: entity).fillColor)
      out.append("        <viz:color r=\"\(red)\" g=\"\(green)\" b=\"\(blue)\"/>\n      </node>\n")
      try out.flushIfFull(to: &sink)
    }
    out.append("    </nodes>\n    <edges>\n")
    var labels = PredicateLabels()
    for relation in contents.relations {
      out.append("      <edge id=\"")
      out.appendXML(flat.edgeID(relation))
      out.append("\" source=\"")
      out.appendXML(relation.subject.rawValue)
      out.append("\" target=\"")
      out.appendXML(relation.object.rawValue)
      out.append("\" label=\"")
      out.appendXML(labels[relation.predicate])
      out.append("\" weight=\"")
      out.appendDecimal(relation.confidence, digits: 3)
      out.append("\">\n")
      Self.appendAttributeValues(PropertyGraph.edgeColumns, flat.edgeValues(relation), except: "label", to: &out)
      out.append("      </edge>\n")
      try out.flushIfFull(to: &sink)
    }
    out.append("    </edges>\n  </graph>\n</gexf>\n")
    try out.flush(to: &sink)
  }

  /// The `<attvalues>` of a node or an edge: each column with a value, but `skipped` (written
  /// as the element's own attribute).
  private static func appendAttributeValues(
    _ columns: [PropertyGraph.Column], _ values: [PropertyGraph.Value?], except skipped: String,
    to out: inout ByteOutput
  ) {
    out.append("        <attvalues>\n")
    for (column, value) in zip(columns, values) where column.name != skipped {
      guard let value else { continue }
      out.append("          <attvalue for=\"")
      out.append(column.name)
      out.append("\" value=\"")
      value.appendXML(to: &out)
      out.append("\"/>\n")
    }
    out.append("        </attvalues>\n")
  }

  private static func type(_ type: PropertyGraph.ColumnType) -> String {
    switch type {
    case .string, .list: "string"
    case .integer: "integer"
    case .decimal: "double"
    }
  }

  static func rgb(_ hex: String) -> (Int, Int, Int) {
    let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
    let value = Int(digits, radix: 16) ?? 0
    return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
  }
}
