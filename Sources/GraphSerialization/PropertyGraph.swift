import KnowledgeGraphCore

/// The knowledge graph flattened to a property graph: nodes and edges with typed columns.
///
/// GraphML, GEXF, Neo4j CSV, Cypher, Cytoscape.js and the CSV edge list all write these
/// columns, so a value has the same name in every format. Node identifiers are entity IDs
/// (`person/xi-jinping`), edge identifiers the statement paths of the JSON-LD output
/// (`rel/…`). Only the first evidence of an edge (in sorted order) is flattened; its count
/// is given so consumers know when there is more (the JSON-LD output has all of it).
struct PropertyGraph {
  enum ColumnType {
    case string, list, integer, decimal
  }

  struct Column {
    var name: String
    var type: ColumnType
  }

  enum Value {
    case string(String)
    case list([String])
    case integer(Int)
    case decimal(Double)

    /// The value as text: lists as a JSON array, decimals with three digits.
    var text: String {
      switch self {
      case .string(let text): text
      case .list(let items):
        "[" + items.map(JSONPrinter.quoted).joined(separator: ", ") + "]"
      case .integer(let value): String(value)
      case .decimal(let value): JSONLDWriter.decimal(value, digits: 3)
      }
    }

    /// Appends the value as ``text``, escaped for XML.
    func appendXML(to out: inout ByteOutput) {
      switch self {
      case .string(let text): out.appendXML(text)
      case .integer(let value): out.append(value)
      case .decimal(let value): out.appendDecimal(value, digits: 3)
      case .list: out.appendXML(text)
      }
    }
  }

  static let nodeColumns: [Column] = [
    Column(name: "name", type: .string), Column(name: "kind", type: .string),
    Column(name: "schemaType", type: .string), Column(name: "aliases", type: .list),
    Column(name: "organizationType", type: .string), Column(name: "placeType", type: .string),
    Column(name: "eventType", type: .string), Column(name: "date", type: .string),
    Column(name: "endDate", type: .string), Column(name: "duration", type: .string),
    Column(name: "sameAs", type: .list), Column(name: "iri", type: .string),
    Column(name: "mentionCount", type: .integer),
  ]

  static let edgeColumns: [Column] = [
    Column(name: "predicate", type: .string), Column(name: "label", type: .string),
    Column(name: "confidence", type: .decimal), Column(name: "rules", type: .list),
    Column(name: "roleName", type: .string), Column(name: "evidenceCount", type: .integer),
    Column(name: "document", type: .string), Column(name: "sentence", type: .integer),
    Column(name: "start", type: .integer), Column(name: "end", type: .integer),
    Column(name: "quote", type: .string),
  ]

  let scheme: IRIScheme

  /// The node's values, aligned with ``nodeColumns``; `nil` where the entity has no value.
  func nodeValues(_ entity: Entity) -> [Value?] {
    [
      .string(entity.name), .string(entity.kind.rawValue),
      .string(SchemaOrgTypes.className(for: entity)),
      entity.aliases.isEmpty ? nil : .list(entity.aliases.sorted()),
      entity.organizationType.map { .string($0.rawValue) },
      entity.placeType.map { .string($0.rawValue) },
      entity.eventType.map { .string($0.rawValue) },
      entity.date.map { .string($0.description) },
      entity.endDate.map { .string($0.description) },
      entity.duration.map { .string($0) },
      entity.sameAs.isEmpty ? nil : .list(entity.sameAs.sorted()),
      .string(scheme.entity(entity.id)),
      .integer(entity.mentions.count),
    ]
  }

  /// The edge's values, aligned with ``edgeColumns``.
  func edgeValues(_ relation: Relation) -> [Value?] {
    let evidence = relation.evidence.count == 1 ? relation.evidence.first : relation.evidence.min()
    return [
      .string(relation.predicate.rawValue), .string(Self.label(relation.predicate)),
      .decimal(relation.confidence),
      relation.sources.isEmpty ? nil : .list(relation.sources.sorted()),
      relation.attributes["roleName"].map { .string($0) },
      .integer(relation.evidence.count),
      evidence.map { .string($0.documentID) },
      evidence.map { .integer($0.sentenceIndex) },
      evidence.map { .integer($0.start) },
      evidence.map { .integer($0.end) },
      evidence.map { .string($0.quote) },
    ]
  }

  /// The edge identifier: the statement path, such as `rel/26bad081cd7e6841`.
  func edgeID(_ relation: Relation) -> String { scheme.statementPath(relation.key) }

  /// The human label of a predicate: the vocabulary's label, or the predicate itself.
  static func label(_ predicate: Relation.Predicate) -> String {
    predicate.definition?.label ?? predicate.rawValue
  }
}

/// XML escaping for GraphML and GEXF.
enum XMLText {
  /// `text` escaped for element content or a double-quoted attribute: `&`, `<`, `>`, `"`
  /// as entities; tab, line feed and carriage return as character references (so attribute
  /// normalization keeps them); characters XML 1.0 forbids replaced by U+FFFD.
  static func escaped(_ text: String) -> String {
    let plain = text.utf8.allSatisfy {
      $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0xEF
    }
    if plain { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
