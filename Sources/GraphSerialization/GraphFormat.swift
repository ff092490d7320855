public import KnowledgeGraphCore

/// An export format kg-export can write.
///
/// Every format uses the same node identifiers (entity IDs such as `person/xi-jinping`, or
/// their IRIs in the RDF formats), so exports can be joined. Most formats are one file;
/// ``neo4j`` writes two (see ``parts``).
public enum GraphFormat: String, CaseIterable, Sendable, CustomStringConvertible {
  /// JSON-LD 1.1 with an inline context: the lossless format, read back by ``JSONLDReader``.
  case jsonld
  /// N-Quads with one named graph per document.
  case nquads
  /// Turtle.
  case turtle
  /// GraphML with typed attribute keys (networkx, yEd, Gephi).
  case graphml
  /// GEXF 1.3 (Gephi).
  case gexf
  /// CSV files for `neo4j-admin database import`: nodes and relationships.
  case neo4j
  /// A Cypher script that `MERGE`s the graph.
  case cypher
  /// Cytoscape.js JSON.
  case cytoscape
  /// A Mermaid flowchart.
  case mermaid
  /// A CSV edge list.
  case csv
  /// Graphviz DOT.
  case dot

  /// One file of a format.
  public struct Part: Hashable, Sendable {
    /// The part's name within a multi-file format, such as `nodes`; `nil` for single files.
    public var name: String?
    /// The file-name extension, without a dot.
    public var fileExtension: String

    /// The file name for this part given a base name: `graph.jsonld`, `graph.nodes.csv`.
    public func fileName(base: String) -> String {
      [base, name, fileExtension].compactMap { $0 }.joined(separator: ".")
    }
  }

  /// The files this format writes.
  public var parts: [Part] {
    switch self {
    case .neo4j: Neo4jCSVWriter.Part.allCases.map { Part(name: $0.rawValue, fileExtension: "csv") }
    default: [Part(name: nil, fileExtension: fileExtension)]
    }
  }

  /// Whether the format is one file (and so can go to standard output).
  public var isSingleFile: Bool { parts.count == 1 }

  private var fileExtension: String {
    switch self {
    case .jsonld: "jsonld"
    case .nquads: "nq"
    case .turtle: "ttl"
    case .graphml: "graphml"
    case .gexf: "gexf"
    case .neo4j: "csv"
    case .cypher: "cypher"
    case .cytoscape: "cyjs"
    case .mermaid: "mmd"
    case .csv: "csv"
    case .dot: "dot"
    }
  }

  /// The format's name, as on the command line.
  public var description: String { rawValue }
}

/// Writes a graph in any ``GraphFormat`` with one set of options.
public struct GraphExporter: Sendable {
  /// Options for the RDF formats (JSON-LD, N-Quads, Turtle); their ``IRIScheme`` names nodes
  /// in every format.
  public var jsonLD: JSONLDWriter.Options
  /// The style of DOT output.
  public var dotStyle: DOTWriter.Style

  /// An exporter with default options.
  public init(jsonLD: JSONLDWriter.Options = JSONLDWriter.Options(), dotStyle: DOTWriter.Style = DOTWriter.Style()) {
    self.jsonLD = jsonLD
    self.dotStyle = dotStyle
  }

  /// A graph with its contents put in order once, for writing it in several formats: the
  /// JSON-LD and DOT writers read the order from here instead of each sorting the graph.
  public struct Prepared: Sendable {
    /// The graph.
    public let graph: KnowledgeGraph
    let contents: KnowledgeGraph.SortedContents?

    /// `graph`, prepared for writing in `formats`: its contents are sorted here when one of
    /// them is JSON-LD or DOT (the other writers order the graph their own way).
    public init(_ graph: KnowledgeGraph, for formats: [GraphFormat]) {
      self.graph = graph
      contents = formats.contains { $0 == .jsonld || $0 == .dot } ? graph.sortedContents() : nil
    }
  }

  /// Streams one part of `graph` in `format` into `sink`.
  ///
  /// - Precondition: `part` is one of `format.parts`.
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(
    _ graph: KnowledgeGraph, as format: GraphFormat, part: GraphFormat.Part, to sink: inout Sink
  ) throws(Sink.Failure) {
    try write(graph, contents: nil, as: format, part: part, to: &sink)
  }

  /// Streams one part of a prepared graph in `format` into `sink`: the same text as
  /// ``write(_:as:part:to:)`` gives for `prepared.graph`.
  ///
  /// - Precondition: `part` is one of `format.parts`.
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(
    _ prepared: Prepared, as format: GraphFormat, part: GraphFormat.Part, to sink: inout Sink
  ) throws(Sink.Failure) {
    try write(prepared.graph, contents: prepared.contents, as: format, part: part, to: &sink)
  }

  private func write<Sink: TextSink>(
    _ graph: KnowledgeGraph, contents: KnowledgeGraph.SortedContents?, as format: GraphFormat,
    part: GraphFormat.Part, to sink: inout Sink
  ) throws(Sink.Failure) {
    precondition(format.parts.contains(part), "\(format) has no part \(part)")
    let scheme = jsonLD.scheme
    switch format {
    case .jsonld:
      try JSONLDWriter(options: jsonLD).write(contents ?? graph.sortedContents(), to: &sink)
    case .nquads: try NQuadsWriter(options: jsonLD).write(graph, to: &sink)
    case .turtle: try TurtleWriter(options: jsonLD).write(graph, to: &sink)
    case .graphml: try GraphMLWriter(scheme: scheme).write(graph, to: &sink)
    case .gexf: try GEXFWriter(scheme: scheme).write(graph, to: &sink)
    case .neo4j:
      let neo4jPart = Neo4jCSVWriter.Part(rawValue: part.name ?? "") ?? .nodes
      try Neo4jCSVWriter(scheme: scheme).write(graph, part: neo4jPart, to: &sink)
    case .cypher: try CypherWriter(scheme: scheme).write(graph, to: &sink)
    case .cytoscape: try CytoscapeWriter(scheme: scheme).write(graph, to: &sink)
    case .mermaid: try MermaidWriter(scheme: scheme, direction: dotStyle.rankDirection).write(graph, to: &sink)
    case .csv: try CSVEdgeListWriter().write(graph, to: &sink)
    case .dot:
      var style = dotStyle
      style.scheme = scheme
      try DOTWriter(style: style).write(graph, contents: contents ?? graph.sortedContents(), to: &sink)
    }
  }

  /// Returns one part of `graph` in `format` as text.
  ///
  /// - Precondition: `part` is one of `format.parts`.
  public func write(_ graph: KnowledgeGraph, as format: GraphFormat, part: GraphFormat.Part) -> String {
    var sink = StringSink()
    write(graph, as: format, part: part, to: &sink)
    return sink.text
  }
}
