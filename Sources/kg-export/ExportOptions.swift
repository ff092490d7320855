import ArgumentParser
import GraphSerialization
import KnowledgeGraphCore

/// The export options every command that writes a graph shares: formats and filters.
///
/// Use it in a command as `@OptionGroup var export: ExportOptions`, then
/// `export.filter(for: graph)` and `export.exporter` to write with ``OutputFiles``.
struct ExportOptions: ParsableArguments {
  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      "Comma-separated output formats.",
      discussion: "One or more of: \(OutputFormat.allNames.joined(separator: ", ")).",
      valueName: "formats"),
    transform: ExportOptions.parseFormats)
  var formats: [OutputFormat] = [.graph(.jsonld)]

  @Option(
    help: ArgumentHelp(
      "The Graphviz layout engine for svg, png and pdf, or 'auto'.",
      discussion: """
        dot, neato, fdp, sfdp, circo, twopi, osage or patchwork; 'auto' uses dot, or sfdp \
        with overlap removal for big graphs.
        """,
      valueName: "engine"))
  var layout: String = "auto"

  @Option(
    help: ArgumentHelp(
      "Keep only these kinds of entity (comma-separated).",
      discussion: "Kinds: \(Entity.Kind.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "kinds"),
    transform: ExportOptions.parseKinds)
  var kinds: Set<Entity.Kind>?

  @Option(
    help: ArgumentHelp(
      "Keep only these relation types (comma-separated), such as leaderOf,memberOf.",
      valueName: "relations"),
    transform: ExportOptions.parsePredicates)
  var relations: Set<Relation.Predicate>?

  @Option(help: ArgumentHelp("Drop relations below this confidence (0 to 1).", valueName: "value"))
  var minConfidence: Double = 0

  @Option(help: ArgumentHelp("Keep only the neighbourhood of this entity (ID or name).", valueName: "entity"))
  var focus: String?

  @Option(help: ArgumentHelp("How many relation steps around --focus to keep.", valueName: "steps"))
  var depth: Int = 1

  @Option(help: ArgumentHelp("Keep at most this many entities, the best connected.", valueName: "count"))
  var maxNodes: Int?

  @Option(help: ArgumentHelp("Base IRI for node identifiers in RDF output and links.", valueName: "iri"))
  var baseIRI: String = IRIScheme.defaultBase

  @Option(help: ArgumentHelp("Group DOT nodes into clusters: none or country.", valueName: "grouping"))
  var cluster: ClusterOption = .none

  @Flag(help: "Leave the legend out of DOT output.")
  var noLegend = false

  mutating func validate() throws {
    guard (0...1).contains(minConfidence) else {
      throw ValidationError("--min-confidence must be between 0 and 1, not \(minConfidence)")
    }
    guard depth >= 0 else { throw ValidationError("--depth must not be negative") }
    if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    do {
      _ = try drawing.renderer()
    } catch let error as CLIError {
      throw ValidationError(error.message)
    }
    guard baseIRI.contains(":") else {
      throw ValidationError("--base-iri must be an absolute IRI, such as https://example.org/kg/")
    }
  }

  /// The filter these options describe.
  var filter: GraphFilter {
    GraphFilter(
      kinds: kinds, predicates: relations, minimumConfidence: minConfidence, focus: focus,
      depth: depth, maximumNodes: maxNodes)
  }

  /// The exporter these options configure.
  var exporter: GraphExporter {
    var jsonLD = JSONLDWriter.Options()
    jsonLD.scheme = IRIScheme(base: baseIRI)
    var style = DOTWriter.Style()
    style.clustering = cluster.clustering
    style.showsLegend = !noLegend
    return GraphExporter(jsonLD: jsonLD, dotStyle: style)
  }

  /// How drawings (svg, png, pdf) are made.
  var drawing: DrawingOptions { DrawingOptions(layout: layout) }

  /// `graph` filtered by these options.
  ///
  /// - Throws: `ValidationError` when `--focus` names no entity of the graph.
  func filter(_ graph: KnowledgeGraph) throws -> KnowledgeGraph {
    if let focus, graph.entities(matching: focus).isEmpty {
      throw ValidationError("--focus '\(focus)' names no entity in the graph")
    }
    return graph.filtered(by: filter)
  }

  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  @Sendable static func parseFormats(_ text: String) throws -> [OutputFormat] {
    var formats: [OutputFormat] = []
    for name in list(text) {
      guard let format = OutputFormat(named: name) else {
        throw ValidationError(
          "unknown format '\(name)'; choose from \(OutputFormat.allNames.joined(separator: ", "))")
      }
      if !formats.contains(format) { formats.append(format) }
    }
    guard !formats.isEmpty else { throw ValidationError("--format needs at least one format") }
    return formats
  }

  @Sendable static func parseKinds(_ text: String) throws -> Set<Entity.Kind> {
    var kinds: Set<Entity.Kind> = []
    for name in list(text) {
      guard let kind = Entity.Kind(rawValue: name.lowercased()) else {
        throw ValidationError(
          "unknown kind '\(name)'; choose from \(Entity.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      kinds.insert(kind)
    }
    return kinds
  }

  @Sendable static func parsePredicates(_ text: String) throws -> Set<Relation.Predicate> {
    var predicates: Set<Relation.Predicate> = []
    let known = RelationVocabulary.standard.definitions.map(\.predicate)
    for name in list(text) {
      guard let predicate = known.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
        throw ValidationError(
          "unknown relation '\(name)'; choose from \(known.map(\.rawValue).joined(separator: ", "))")
      }
      predicates.insert(predicate)
    }
    return predicates
  }
}

/// Command-line spellings of the DOT clusterings.
enum ClusterOption: String, ExpressibleByArgument, CaseIterable {
  case none, country

  var clustering: DOTWriter.Style.Clustering {
    switch self {
    case .none: .none
    case .country: .country
    }
  }
}

extension Substring {
  func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
