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
public struct CSVEdgeListWriter: GraphWriter {
  /// A writer.
  public init() {}

  /// Streams the CSV text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    var out = ByteOutput()
    out.append("source,target,predicate,label,confidence,source_name,source_kind,target_name,target_kind,document,quote\n")
    let contents = graph.sortedContents()
    let entities = contents.entities
    var labels = PredicateLabels()
    let relations = contents.relations
    for index in relations.indices {
      Self.appendRow(
        relations[index], subject: entities[contents.subjectPositions[index]],
        object: entities[contents.objectPositions[index]], labels: &labels, to: &out)
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  private static func appendRow(
    _ relation: Relation, subject: Entity, object: Entity, labels: inout PredicateLabels,
    to out: inout ByteOutput
  ) {
    let evidence = relation.evidence.count == 1 ? relation.evidence.first : relation.evidence.min()
    out.appendCSV(relation.subject.rawValue)
    out.append(byte: 0x2C)
    out.appendCSV(relation.object.rawValue)
    out.append(byte: 0x2C)
    out.appendCSV(relation.predicate.rawValue)
    out.append(byte: 0x2C)
    out.appendCSV(labels[relation.predicate])
    out.append(byte: 0x2C)
    out.appendDecimal(relation.confidence, digits: 3)
    out.append(byte: 0x2C)
    out.appendCSV(subject.name)
    out.append(byte: 0x2C)
    out.append(subject.kind.rawValue)
    out.append(byte: 0x2C)
    out.appendCSV(object.name)
    out.append(byte: 0x2C)
    out.append(object.kind.rawValue)
    out.append(byte: 0x2C)
    out.appendCSV(evidence?.documentID ?? "")
    out.append(byte: 0x2C)
    out.appendCSV(evidence?.quote ?? "")
    out.append(byte: 0x0A)
  }
}

/// Writes a knowledge graph as the two CSV files `neo4j-admin database import` reads.
///
/// The nodes file has `id:ID,:LABEL,…` with the labels `Entity` and the schema.org class;
/// the relationships file has `:START_ID,:END_ID,:TYPE,…` with the type in Neo4j's
/// upper-snake style (`LEADER_OF`). Lists use Neo4j's default array delimiter `;` (an alias
/// that itself contains `;` is split by the importer; the `name` column never is). Quoted
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
    var out = ByteOutput()
    switch part {
    case .nodes:
      out.append(CSVText.row(["id:ID", ":LABEL"] + PropertyGraph.nodeColumns.map(Self.header)))
      for entity in graph.entities {
        out.appendCSV(entity.id.rawValue)
        out.append(",Entity;")
        out.append(SchemaOrgTypes.className(for: entity))
        for value in flat.nodeValues(entity) {
          out.append(byte: 0x2C)
          Self.appendField(value, to: &out)
        }
        out.append(byte: 0x0A)
        try out.flushIfFull(to: &sink)
      }
    case .relationships:
      out.append(CSVText.row([":START_ID", ":END_ID", ":TYPE", "id"] + PropertyGraph.edgeColumns.map(Self.header)))
      var types: [Relation.Predicate: String] = [:]
      for relation in graph.sortedContents().relations {
        out.appendCSV(relation.subject.rawValue)
        out.append(byte: 0x2C)
        out.appendCSV(relation.object.rawValue)
        out.append(byte: 0x2C)
        if let type = types[relation.predicate] {
          out.append(type)
        } else {
          let type = Self.relationshipType(relation.predicate)
          types[relation.predicate] = type
          out.append(type)
        }
        out.append(byte: 0x2C)
        out.append(flat.edgeID(relation))
        for value in flat.edgeValues(relation) {
          out.append(byte: 0x2C)
          Self.appendField(value, to: &out)
        }
        out.append(byte: 0x0A)
        try out.flushIfFull(to: &sink)
      }
    }
    try out.flush(to: &sink)
  }

  private static func appendField(_ value: PropertyGraph.Value?, to out: inout ByteOutput) {
    switch value {
    case nil: break
    case .string(let text): out.appendCSV(text)
    case .list(let items): out.appendCSV(items.joined(separator: ";"))
    case .integer(let number): out.append(number)
    case .decimal(let number): out.appendDecimal(number, digits: 3)
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

/// Human labels of predicates, looked up once per predicate.
struct PredicateLabels {
  private var cache: [Relation.Predicate: String] = [:]

  subscript(predicate: Relation.Predicate) -> String {
    mutating get {
      if let label = cache[predicate] { return label }
      let label = PropertyGraph.label(predicate)
      cache[predicate] = label
      return label
    }
  }
}
