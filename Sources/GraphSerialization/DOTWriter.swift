public import KnowledgeGraphCore
import Synchronization

/// Writes a knowledge graph in the Graphviz DOT language, styled for reading.
///
/// Node IDs are the entity identifiers (`person/xi-jinping`), always quoted; labels are the
/// entities' names; edges carry the relation's human label, and a tooltip with the evidence
/// quote and confidence. Shapes and colours follow the kind and organization type, events
/// show their dates, and a legend explains the colours. The output lays out well with `dot`,
/// `neato`, `fdp` and `sfdp`.
///
/// Quoted strings escape `\` first, then `"`, then line breaks as `\n`. Graphviz reads labels
/// as escape strings, so names come back exactly; in node IDs it only unescapes `\"`, so an
/// identifier containing a backslash (never one of kg-export's slugs, possibly one read from
/// foreign JSON-LD) keeps it doubled as Graphviz's node name, consistently for nodes and edges.
public struct DOTWriter: Sendable {
  /// Presentation choices that don't change the graph's meaning.
  public struct Style: Hashable, Sendable {
    /// How nodes are grouped into clusters.
    public enum Clustering: String, CaseIterable, Sendable {
      /// No clusters.
      case none
      /// People, organizations and places are drawn inside the box of the country they lead,
      /// hold a position in, are citizens of, belong to or are located in.
      case country
    }

    /// The graph's name in the `digraph` header (also the SVG title).
    public var graphName = "knowledge-graph"
    /// A caption drawn above the graph, if any.
    public var title: String?
    /// The direction `dot` ranks nodes in: `LR`, `TB`, `RL` or `BT`.
    public var rankDirection = "LR"
    /// The font for every label.
    public var fontName = "Helvetica"
    /// The node font size in points; edge labels are two points smaller.
    public var fontSize = 11
    /// Whether a legend cluster explains shapes and colours.
    public var showsLegend = true
    /// How nodes are grouped.
    public var clustering = Clustering.none
    /// Whether edges carry a tooltip with their evidence quote and confidence.
    public var showsEvidenceTooltips = true
    /// Whether nodes link (`URL`) to their IRI.
    public var linksNodes = true
    /// Relations below this confidence are drawn dashed.
    public var dashedBelowConfidence = 0.5
    /// How entity IRIs are formed for node links.
    public var scheme = IRIScheme()

    /// The default style.
    public init() {}
  }

  /// How one kind of node is drawn.
  public struct Appearance: Hashable, Sendable {
    /// The legend's name for this appearance, such as "Organization (government)".
    public var caption: String
    /// The Graphviz shape.
    public var shape: String
    /// The fill colour.
    public var fillColor: String
    /// The outline colour.
    public var borderColor: String
    /// Extra Graphviz styles besides `filled`, such as `rounded`.
    public var extraStyle: String?
  }

  /// The presentation choices.
  public var style: Style

  /// A writer drawing with `style`.
  public init(style: Style = Style()) {
    self.style = style
  }

  /// The appearance of `entity`: shape and colours by kind, organizations also by type.
  public static func appearance(of entity: Entity) -> Appearance {
    Appearances.all[Appearances.index(of: entity)]
  }

  /// Every appearance, made once: a writer asks for one per node.
  private enum Appearances {
    /// Every appearance, in the order of ``index(of:)``.
    static let all = [
      person, country, place, event, government, education, company, media, international, party, research,
      otherOrganization,
    ]

    /// The position of the appearance of `entity` in ``all``.
    static func index(of entity: Entity) -> Int {
      switch entity.kind {
      case .person: 0
      case .country: 1
      case .place: 2
      case .event: 3
      case .organization:
        switch entity.organizationType {
        case .government: 4
        case .education: 5
        case .company: 6
        case .media: 7
        case .international: 8
        case .party: 9
        case .research: 10
        case .other, nil: 11
        }
      }
    }

    static let person = Appearance(
      caption: "Person", shape: "ellipse", fillColor: "#dbeafe", borderColor: "#1d4ed8")
    static let country = Appearance(
      caption: "Country", shape: "box", fillColor: "#fde68a", borderColor: "#b45309",
      extraStyle: "rounded,bold")
    static let place = Appearance(
      caption: "Place", shape: "hexagon", fillColor: "#d9f99d", borderColor: "#4d7c0f")
    static let event = Appearance(
      caption: "Event", shape: "note", fillColor: "#fef9c3", borderColor: "#a16207")
    static let government = organization("government", fill: "#fecaca", border: "#b91c1c")
    static let education = organization("education", fill: "#e9d5ff", border: "#7e22ce")
    static let company = organization("company", fill: "#bbf7d0", border: "#15803d")
    static let media = organization("media", fill: "#fbcfe8", border: "#be185d")
    static let international = organization("international", fill: "#a5f3fc", border: "#0e7490")
    static let party = organization("party", fill: "#fed7aa", border: "#c2410c")
    static let research = organization("research", fill: "#ddd6fe", border: "#6d28d9")
    static let otherOrganization = organization("other", fill: "#e5e7eb", border: "#4b5563")

    private static func organization(_ name: String, fill: String, border: String) -> Appearance {
      Appearance(caption: "Organization (\(name))", shape: "component", fillColor: fill, borderColor: border)
    }
  }

  /// Returns the DOT source for `graph`.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }

  /// Streams the DOT source for `graph` into `sink`, one statement per line.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    try write(graph, contents: graph.sortedContents(), to: &sink)
  }

  /// Streams the DOT source for `graph`, whose sorted contents are `contents`.
  func write<Sink: TextSink>(
    _ graph: KnowledgeGraph, contents: KnowledgeGraph.SortedContents, to sink: inout Sink
  ) throws(Sink.Failure) {
    let entities = contents.entities
    let relations = contents.relations
    let font = style.fontName.dotQuoted
    var header = "digraph \(style.graphName.dotQuoted) {\n"
    header += "  graph [rankdir=\(style.rankDirection.dotQuoted), fontname=\(font), "
    header += "fontsize=\(style.fontSize + 3), charset=\"UTF-8\", "
    header += "overlap=false, splines=true, sep=\"+10\", outputorder=\"edgesfirst\", "
    header += "nodesep=0.35, ranksep=0.7, pad=0.3, newrank=true"
    if let title = style.title { header += ", label=\(title.dotLabel), labelloc=\"t\"" }
    header += "];\n"
    header += "  node [fontname=\(font), fontsize=\(style.fontSize), style=\"filled\", "
    header += "penwidth=1.2, margin=\"0.12,0.06\"];\n"
    header += "  edge [fontname=\(font), fontsize=\(max(6, style.fontSize - 2)), "
    header += "color=\"#64748b\", fontcolor=\"#334155\", arrowsize=0.7, penwidth=1.1];\n"
    var out = ByteOutput()
    out.append(header)
    // Node links are written straight from the identifier when the base needs no escaping.
    let plainBase = !ByteOutput.containsAmpersand(style.scheme.base) && !style.scheme.base.utf8.contains {
      ByteSet.dot.contains($0)
    }
    // Identifiers that are plain ASCII for IRIs have nothing DOT escapes either.
    let plainIDs = entities.indices.allSatisfy {
      IRIScheme.isPlainASCIIPath(entities[$0].id.rawValue) && !ByteOutput.containsAmpersand(entities[$0].id.rawValue)
    }
    let ids = IDStyle(plainBase: plainBase, plainIDs: plainIDs)

    var clusterOf: [EntityID: EntityID] = [:]
    if style.clustering == .country { clusterOf = countryClusters(graph, relations: Array(relations)) }
    let clustered = Set(clusterOf.values)

    if style.clustering == .country {
      // The members of each cluster, in entity order, found in one pass.
      var members: [EntityID: [Int]] = [:]
      for index in entities.indices {
        if let country = clusterOf[entities[index].id] { members[country, default: []].append(index) }
      }
      for country in entities where country.kind == .country && clustered.contains(country.id) {
        out.append("  subgraph ")
        out.appendDOTQuoted("cluster_" + country.id.rawValue)
        out.append(" {\n    graph [label=")
        out.appendDOTLabel(country.name)
        out.append(", style=\"rounded,filled\", fillcolor=\"#f8fafc\", color=\"#94a3b8\", fontcolor=\"#475569\"];\n    ")
        appendNode(country, ids: ids, to: &out)
        for index in members[country.id] ?? [] {
          out.append("    ")
          appendNode(entities[index], ids: ids, to: &out)
        }
        out.append("  }\n")
        try out.flushIfFull(to: &sink)
      }
    }
    for index in entities.indices where clusterOf.isEmpty || clusterOf[entities[index].id] == nil {
      if style.clustering == .country, entities[index].kind == .country, clustered.contains(entities[index].id) {
        continue
      }
      out.append("  ")
      appendNode(entities[index], ids: ids, to: &out)
      try out.flushIfFull(to: &sink)
    }
    // Each predicate's label, made once, by its position among the graph's predicates.
    var labels = [(label: String, symmetric: Bool)?](repeating: nil, count: contents.predicates.count)
    for index in relations.indices {
      let position = contents.predicatePositions[index]
      let info: (label: String, symmetric: Bool)
      if let made = labels[position] {
        info = made
      } else {
        let predicate = contents.predicates[position]
        let definition = predicate.definition
        info = (definition?.label ?? predicate.rawValue, definition?.isSymmetric == true)
        labels[position] = info
      }
      out.append("  ")
      appendEdge(relations[index], label: info.label, symmetric: info.symmetric, ids: ids, to: &out)
      try out.flushIfFull(to: &sink)
    }
    if style.showsLegend, !entities.isEmpty {
      out.append(legend(for: entities))
    }
    out.append("}\n")
    try out.flush(to: &sink)
  }

  /// For each person, organization and place, the country whose cluster it goes in.
  private func countryClusters(_ graph: KnowledgeGraph, relations: [Relation]) -> [EntityID: EntityID] {
    let priority: [Relation.Predicate: Int] = [
      .leaderOf: 0, .holdsPosition: 1, .citizenOf: 2, .memberOf: 3, .worksFor: 4, .partOf: 5,
      .locatedIn: 6,
    ]
    var best: [EntityID: (Int, EntityID)] = [:]
    for relation in relations {
      guard let rank = priority[relation.predicate],
        let subject = graph[relation.subject], let object = graph[relation.object],
        object.kind == .country, subject.kind != .country, subject.kind != .event
      else { continue }
      let candidate = (rank, object.id)
      if let current = best[subject.id], current <= candidate { continue }
      best[subject.id] = candidate
    }
    return best.mapValues(\.1)
  }

  /// What a writer knows of a graph's identifiers and the scheme's base before writing.
  private struct IDStyle {
    /// The base has no byte DOT escapes and no `&`.
    var plainBase: Bool
    /// Every identifier is ASCII that IRIs take as it is (see `IRIScheme.isPlainASCIIPath`)
    /// and has no `&`: it is written as it is, in quotes and in links.
    var plainIDs: Bool
  }

  /// `id` as a quoted DOT ID (see `String.dotQuoted`).
  private func appendID(_ id: EntityID, ids: IDStyle, to out: inout ByteOutput) {
    if ids.plainIDs {
      out.append(byte: UInt8(ascii: "\""))
      out.append(id.rawValue)
      out.append(byte: UInt8(ascii: "\""))
    } else {
      out.appendDOTQuoted(id.rawValue)
    }
  }

  /// Appends the node statement of `entity`.
  private func appendNode(_ entity: Entity, ids: IDStyle, to out: inout ByteOutput) {
    let look = Self.appearance(of: entity)
    appendID(entity.id, ids: ids, to: &out)
    out.append(" [label=")
    if entity.kind == .event, let date = entity.date {
      var label = entity.name + "\n" + date.description
      if let end = entity.endDate, end != date { label += " – " + end.description }
      out.appendDOTLabel(label)
    } else {
      out.appendDOTLabel(entity.name)
    }
    out.append(", shape=")
    out.append(look.shape)
    out.append(", fillcolor=\"")
    out.append(look.fillColor)
    out.append("\", color=\"")
    out.append(look.borderColor)
    out.append("\"")
    if let extra = look.extraStyle {
      out.append(", style=\"filled,")
      out.append(extra)
      out.append("\"")
    }
    out.append(", tooltip=")
    appendTooltip(of: entity, caption: look.caption, to: &out)
    if style.linksNodes {
      out.append(", URL=")
      if ids.plainBase, ids.plainIDs || !ByteOutput.containsAmpersand(entity.id.rawValue) {
        // `appendDOTLabel(style.scheme.entity(entity.id))`: the encoded path has no byte DOT
        // escapes, and encoding makes no `&`.
        out.append(byte: UInt8(ascii: "\""))
        out.append(style.scheme.base)
        if ids.plainIDs {
          out.append(entity.id.rawValue)
        } else {
          out.appendIRIPath(entity.id.rawValue, keepSlash: true)
        }
        out.append(byte: UInt8(ascii: "\""))
      } else {
        out.appendDOTLabel(style.scheme.entity(entity.id))
      }
    }
    out.append("];\n")
  }

  /// `"Caption: name\nalso: alias; alias"` as a quoted label.
  private func appendTooltip(of entity: Entity, caption: String, to out: inout ByteOutput) {
    let aliases = entity.sortedAliases
    guard !ByteOutput.containsAmpersand(entity.name), !aliases.contains(where: ByteOutput.containsAmpersand)
    else {
      // An `&` may read as an entity only with what follows it ("&amp" + "; "): escape the
      // whole text at once.
      var tooltip = caption + ": " + entity.name
      if !aliases.isEmpty { tooltip += "\nalso: " + aliases.joined(separator: "; ") }
      return out.appendDOTLabel(tooltip)
    }
    out.append(byte: UInt8(ascii: "\""))
    out.appendDOTEscaped(caption)
    out.append(": ")
    out.appendDOTEscaped(entity.name)
    if !aliases.isEmpty {
      out.append("\\nalso: ")
      for (index, alias) in aliases.enumerated() {
        if index > 0 { out.append("; ") }
        out.appendDOTEscaped(alias)
      }
    }
    out.append(byte: UInt8(ascii: "\""))
  }

  /// Appends the edge statement of `relation`; the tooltip is written once and copied for its
  /// second attribute.
  private func appendEdge(
    _ relation: Relation, label: String, symmetric: Bool, ids: IDStyle, to out: inout ByteOutput
  ) {
    appendID(relation.subject, ids: ids, to: &out)
    out.append(" -> ")
    appendID(relation.object, ids: ids, to: &out)
    out.append(" [label=")
    out.appendDOTLabel(label)
    if symmetric { out.append(", dir=\"none\"") }
    if relation.confidence < style.dashedBelowConfidence { out.append(", style=\"dashed\"") }
    if style.showsEvidenceTooltips {
      // "label (confidence 0.93)\n“quote” (document)": each piece ends before a character
      // that cannot continue an HTML entity, so escaping the pieces one by one gives what
      // escaping the joined text gives.
      out.append(", tooltip=\"")
      let start = out.count - 1
      out.appendDOTLabelText(label)
      out.append(" (confidence ")
      out.appendDecimal(relation.confidence, digits: 2)
      out.append(byte: UInt8(ascii: ")"))
      let evidence = relation.evidence.count == 1 ? relation.evidence.first : relation.evidence.min()
      if let evidence {
        out.append("\\n“")
        out.appendDOTLabelText(evidence.quote)
        out.append("” (")
        out.appendDOTLabelText(evidence.documentID)
        out.append(byte: UInt8(ascii: ")"))
      }
      out.append(byte: UInt8(ascii: "\""))
      let end = out.count
      out.append(", labeltooltip=")
      out.appendCopy(from: start, to: end)
    }
    out.append("];\n")
  }

  /// One compact node, `legend`, whose HTML-like table shows each colour in use beside its
  /// caption: a few lines tall, where one node per kind would take a column of the drawing.
  private func legend(for entities: [Entity]) -> String {
    var used = 0
    for index in entities.indices { used |= 1 << Appearances.index(of: entities[index]) }
    let key = LegendKey(used: used, fontSize: style.fontSize)
    if let legend = Self.legends.withLock({ $0[key] }) { return legend }
    let legend = legend(used: used)
    Self.legends.withLock { $0[key] = legend }
    return legend
  }

  /// The legends made so far, by the appearances they show and the font size: the CLI writes
  /// one DOT file per document, and most show the same few appearances.
  private static let legends = Mutex<[LegendKey: String]>([:])

  private struct LegendKey: Hashable {
    /// The positions in `Appearances.all` of the appearances shown, as bits.
    var used: Int
    var fontSize: Int
  }

  /// The legend showing the appearances whose positions in `Appearances.all` are the bits of `used`.
  private func legend(used: Int) -> String {
    // Each caption names one appearance, so sorting by caption fixes the order.
    var looks = Appearances.all.indices.filter { used & 1 << $0 != 0 }.map { Appearances.all[$0] }
    looks.sort { $0.caption < $1.caption }
    let fontSize = max(6, style.fontSize - 2)
    var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
    for look in looks {
      rows += "<TR><TD BGCOLOR=\"\(look.fillColor)\" COLOR=\"\(look.borderColor)\" BORDER=\"1\""
      rows += " WIDTH=\"16\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
      rows += "<TD ALIGN=\"LEFT\">\(look.caption.htmlEscaped) (\(look.shape))</TD></TR>"
    }
    var text = "  \"legend\" [shape=plaintext, style=\"\", fontsize=\(fontSize), fontcolor=\"#475569\", "
    text += "tooltip=\"Legend\", label=<<TABLE BORDER=\"1\" COLOR=\"#94a3b8\" CELLBORDER=\"0\" "
    text += "CELLSPACING=\"2\" CELLPADDING=\"2\" STYLE=\"ROUNDED\">\(rows)</TABLE>>];\n"
    return text
  }
}

extension String {
  /// This string as a DOT double-quoted ID: `\` escaped first, then `"`, then line breaks
  /// as `\n` (`\r` for a lone carriage return).
  var dotQuoted: String {
    let needsEscaping = utf8.contains { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsEscaping else { return "\"" + self + "\"" }
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// This string as a quoted DOT label: like ``dotQuoted``, and an `&` that would start an
  /// HTML entity (`&lt;`, `&#60;`) is written `&amp;` so Graphviz draws it literally.
  var dotLabel: String {
    guard contains("&") else { return dotQuoted }
    return dotAmpersandsEscaped.dotQuoted
  }

  /// This string with each `&` that would start an HTML entity written `&amp;`.
  var dotAmpersandsEscaped: String {
    var result = ""
    let scalars = Array(unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if scalar == "&", Self.startsEntity(scalars, at: index + 1) {
        result += "&amp;"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func startsEntity(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
    var index = start
    while index < scalars.count, index - start <= 32 {
      let scalar = scalars[index]
      if scalar == ";" { return index > start }
      guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || scalar == "#"
      else { return false }
      index += 1
    }
    return false
  }
}

extension String {
  /// This string with `&`, `<`, `>` and `"` escaped for an HTML-like Graphviz label.
  var htmlEscaped: String {
    var result = ""
    for character in self {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
