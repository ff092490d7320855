extension GraphvizRenderer {
  /// A Graphviz layout engine.
  ///
  /// The raw value is the engine's Graphviz name, as in `dot -K<name>`.
  public enum Layout: String, CaseIterable, Hashable, Sendable {
    /// Hierarchical layers, for directed graphs of modest size.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
    /// Clusters packed as nested boxes.
    case osage
    /// Squarified tree map of clusters.
    case patchwork

    /// The engine named `name`.
    ///
    /// - Throws: ``RenderingError`` at the ``RenderingError/Stage/options`` stage, listing every
    ///   engine this renderer knows, if `name` is not one of them.
    public init(named name: String) throws {
      guard let layout = Self(rawValue: name) else {
        let valid = Self.allCases.map(\.rawValue).joined(separator: ", ")
        throw RenderingError(
          stage: .options, message: "unknown layout engine '\(name)'; use one of: \(valid)")
      }
      self = layout
    }
  }

  /// Graph sizes above which the renderer stops using the `dot` engine.
  ///
  /// A graph exceeds the limit when it has more than ``nodes`` nodes **or** more than
  /// ``edges`` edges.
  public struct SizeLimit: Hashable, Sendable {
    /// The largest node count still drawn with `dot`.
    public var nodes: Int
    /// The largest edge count still drawn with `dot`.
    public var edges: Int

    /// A limit of `nodes` nodes and `edges` edges.
    public init(nodes: Int, edges: Int) {
      self.nodes = nodes
      self.edges = edges
    }

    /// 200 nodes or 400 edges: below this `dot` takes at most a few seconds even on
    /// dense graphs; above it `dot` is super-linear (a random 500-node, 1,000-edge graph
    /// takes minutes) while `sfdp` draws 2,000 nodes in well under a second.
    public static let automaticLayout = SizeLimit(nodes: 200, edges: 400)

    /// Whether a graph with `nodeCount` nodes and `edgeCount` edges is above the limit.
    public func isExceeded(nodeCount: Int, edgeCount: Int) -> Bool {
      nodeCount > nodes || edgeCount > edges
    }
  }

  /// The physical size the drawing is scaled to fit, in inches (Graphviz's `size` attribute).
  public struct PageSize: Hashable, Sendable {
    /// The largest width, in inches.
    public var width: Double
    /// The largest height, in inches.
    public var height: Double
    /// Whether to scale a smaller drawing *up* until one dimension reaches the size
    /// (Graphviz's `size="W,H!"`); by default drawings are only scaled down.
    public var fill: Bool

    /// A size of `width` × `height` inches, scaled up to fit when `fill` is true.
    public init(width: Double, height: Double, fill: Bool = false) {
      self.width = width
      self.height = height
      self.fill = fill
    }

    /// The value of Graphviz's `size` attribute, such as `8,6` or `8,6!`.
    var attributeValue: String {
      "\(Self.format(width)),\(Self.format(height))" + (fill ? "!" : "")
    }

    private static func format(_ value: Double) -> String {
      value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
  }
}
