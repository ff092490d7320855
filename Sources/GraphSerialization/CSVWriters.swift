public import KnowledgeGraphCore

/// RFC 4180 field quoting.
enum CSVText {
  /// `field` quoted when it contains a comma, quote, line break or surrounding space, with
  /// quotes doubled.
  static func field(_ field: String) -> String {
    let needsQuoting =
      field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || field.first == " " || field.last == " " || field.first == "\t" || field.last == "\t"
    guard needsQuoting else { return field }
    var result = "\""
    for character in field {
      result += character == "\"" ? "\"\"" : String(character)
    }
    return result + "\""
  }

  static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}

/// Writes a knowledge graph as a CSV edge list: one row per relation, with both endpoints'
/// names and kinds, so a spreadsheet, pandas or Gephi's importer can use it alone.
///
/// Columns: `source,target,predicate,label,confidence,source_name,source_kind,target_name,
/// target_kind,document,quote` (the first evidence). Fields are quoted per RFC 4180.
public struct CSVEdgeListWriter: Sendable {
  /// A writer.
  public init() {}

  /// Returns the CSV text for `graph`.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }

  /// Streams the CSV text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    try sink.write(CSVText.row([
      "source", "target", "predicate", "label", "confidence", "source_name", "source_kind",
      "target_name", "target_kind", "document", "quote",
    ]))
    for relation in graph.relations {
      guard let subject = graph[relation.subject], let object = graph[relation.object] else { continue }
      let evidence = relation.evidence.min()
      try sink.write(CSVText.row([
        subject.id.rawValue, object.id.rawValue, relation.predicate.rawValue,
        PropertyGraph.label(relation.predicate), JSONLDWriter.decimal(relation.confidence, digits: 3),
        subject.name, subject.kind.rawValue, object.name, object.kind.rawValue,
        evidence?.documentID ?? "", evidence?.quote ?? "",
      ]))
    }
  }
}

/// Writes a knowledge graph as the two CSV files `neo4j-admin database import` reads.
///
/// The nodes file has `id:ID,:LABEL,…` with the labels `Entity` and the schema.org class;
/// the relationships file has `:START_ID,:END_ID,:TYPE,…` with the type in Neo4j's
/// upper-snake style (`LEADER_OF`). Lists use Neo4j's default array delimiter `;`. Quoted
/// fields may contain line breaks, so import with `--multiline-fields=true`:
///
///     neo4j-admin database import full --nodes=graph.nodes.csv \
///       --relationships=graph.relationships.csv --multiline-fields=true neo4j
public struct Neo4jCSVWriter: Sendable {
  /// The two files.
  public enum Part: String, CaseIterable, Sendable {
    /// The nodes file.
    case nodes
    /// The relationships file.
    case relationships
  }

  /// How entity IRIs are formed for the `iri` column.
  public var scheme: IRIScheme

  /// A writer naming entities with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Returns the text of one file for `graph`.
  public func write(_ graph: KnowledgeGraph, part: Part) -> String {
    var sink = StringSink()
    write(graph, part: part, to: &sink)
    return sink.text
  }

  /// Streams one file for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(
    _ graph: KnowledgeGraph, part: Part, to sink: inout Sink
  ) throws(Sink.Failure) {
    let flat = PropertyGraph(scheme: scheme)
    switch part {
    case .nodes:
      let columns = PropertyGraph.nodeColumns
      try sink.write(CSVText.row(["id:ID", ":LABEL"] + columns.map(Self.header)))
      for entity in graph.entities {
        let values = flat.nodeValues(entity).map(Self.field)
        try sink.write(CSVText.row([entity.id.rawValue, "Entity;" + SchemaOrgTypes.className(for: entity)] + values))
      }
    case .relationships:
      let columns = PropertyGraph.edgeColumns
      try sink.write(CSVText.row([":START_ID", ":END_ID", ":TYPE", "id"] + columns.map(Self.header)))
      for relation in graph.relations {
        let values = flat.edgeValues(relation).map(Self.field)
        try sink.write(CSVText.row(
          [relation.subject.rawValue, relation.object.rawValue, Self.relationshipType(relation.predicate),
           flat.edgeID(relation)] + values))
      }
    }
  }

  private static func header(_ column: PropertyGraph.Column) -> String {
    switch column.type {
    case .string: column.name
    case .list: column.name + ":string[]"
    case .integer: column.name + ":int"
    case .decimal: column.name + ":double"
    }
  }

  private static func field(_ value: PropertyGraph.Value?) -> String {
    switch value {
    case nil: ""
    case .list(let items): items.joined(separator: ";")
    case let value?: value.text
    }
  }

  /// The Neo4j relationship type for `predicate`: `leaderOf` → `LEADER_OF`; characters other
  /// than letters and digits become `_`.
  public static func relationshipType(_ predicate: Relation.Predicate) -> String {
    var result = ""
    var previousWasLower = false
    for scalar in predicate.rawValue.unicodeScalars {
      let isLetterOrDigit = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if !isLetterOrDigit {
        result += "_"
        previousWasLower = false
        continue
      }
      if scalar.properties.isUppercase, previousWasLower { result += "_" }
      result += scalar.properties.uppercaseMapping
      previousWasLower = scalar.properties.isLowercase || scalar.properties.numericType != nil
    }
    return result.isEmpty ? "RELATED_TO" : result
  }
}
