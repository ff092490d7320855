public import KnowledgeGraphCore

/// Writes a knowledge graph as a Mermaid flowchart, for Markdown pages that render Mermaid.
///
/// Mermaid node IDs cannot contain `/`, so nodes are `n0`, `n1`, … in entity order; a
/// comment before each node names its entity ID, and a `click` line links it to its IRI.
/// Labels are quoted, with `"`, `#`, `<`, `>` and `&` written as Mermaid entity codes and line
/// breaks as `<br>`. Colours match the DOT output through one `classDef` per appearance.
public struct MermaidWriter: GraphWriter {
  /// How entity IRIs are formed for the links.
  public var scheme: IRIScheme
  /// The flowchart direction: `LR`, `TB`, `RL` or `BT`.
  public var direction: String

  /// A writer naming entities with `scheme`, laid out in `direction`.
  public init(scheme: IRIScheme = IRIScheme(), direction: String = "LR") {
    self.scheme = scheme
    self.direction = ["LR", "TB", "TD", "RL", "BT"].contains(direction) ? direction : "LR"
  }

  /// Streams the Mermaid text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    var out = ByteOutput()
    out.append("flowchart \(direction)\n")
    try out.flushIfFull(to: &sink)
    var nodeIDs: [EntityID: String] = [:]
    var classes: [String: DOTWriter.Appearance] = [:]
    let contents = graph.sortedContents()
    for (index, entity) in contents.entities.enumerated() {
      let node = "n\(index)"
      nodeIDs[entity.id] = node
      let look = DOTWriter.appearance(of: entity)
      let className = Self.className(look)
      classes[className] = look
      var label = entity.name
      if entity.kind == .event, let date = entity.date { label += "\n" + date.description }
      var text = "  %% \(Self.comment(entity.id.rawValue))\n"
      text += "  \(node)\(Self.shape(entity.kind, Self.label(label))):::\(className)\n"
      text += "  click \(node) href \(Self.label(scheme.entity(entity.id)))\n"
      out.append(text)
      try out.flushIfFull(to: &sink)
    }
    for relation in contents.relations {
      guard let subject = nodeIDs[relation.subject], let object = nodeIDs[relation.object] else { continue }
      let arrow = relation.predicate.definition?.isSymmetric == true ? "---" : "-->"
      let style = relation.confidence < 0.5 ? (arrow == "---" ? "-.-" : "-.->") : arrow
      out.append("  \(subject) \(style)|\(Self.label(PropertyGraph.label(relation.predicate)))| \(object)\n")
      try out.flushIfFull(to: &sink)
    }
    for (name, look) in classes.sorted(by: { $0.key < $1.key }) {
      out.append("  classDef \(name) fill:\(look.fillColor),stroke:\(look.borderColor),color:#111827\n")
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  private static func shape(_ kind: Entity.Kind, _ label: String) -> String {
    switch kind {
    case .person: "([\(label)])"
    case .country: "[\(label)]"
    case .organization: "[[\(label)]]"
    case .place: "{{\(label)}}"
    case .event: ">\(label)]"
    }
  }

  private static func className(_ look: DOTWriter.Appearance) -> String {
    var name = ""
    for scalar in look.caption.unicodeScalars where scalar.isASCII && scalar.properties.isAlphabetic {
      name.unicodeScalars.append(scalar)
    }
    return name.lowercased()
  }

  /// `text` as a quoted Mermaid label.
  static func label(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "#quot;"
      case "#": result += "#35;"
      case "<": result += "#lt;"
      case ">": result += "#gt;"
      case "&": result += "#amp;"
      case "\n": result += "<br>"
      case "\r": continue
      case "|": result += "#124;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static func comment(_ text: String) -> String {
    String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
  }
}
