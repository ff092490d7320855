/// A rendered graph: the output bytes and what the renderer did to produce them.
public struct Drawing: Hashable, Sendable {
  /// The output file's contents, in ``format``.
  public var bytes: [UInt8]
  /// The format of ``bytes``.
  public var format: GraphvizRenderer.Format
  /// The engine that computed the layout; `sfdp` when the renderer's automatic mode replaced
  /// `dot` for a large graph.
  public var layout: GraphvizRenderer.Layout
  /// The number of nodes in the input graph.
  public var nodeCount: Int
  /// The number of edges in the input graph.
  public var edgeCount: Int
  /// The number of input nodes left out of the drawing because of the renderer's `maxNodes`.
  public var omittedNodes: Int
  /// The number of input edges left out with the omitted nodes.
  public var omittedEdges: Int

  /// Creates a drawing record; the renderer makes these, tests and callers may too.
  public init(
    bytes: [UInt8], format: GraphvizRenderer.Format, layout: GraphvizRenderer.Layout,
    nodeCount: Int, edgeCount: Int, omittedNodes: Int = 0, omittedEdges: Int = 0
  ) {
    self.bytes = bytes
    self.format = format
    self.layout = layout
    self.nodeCount = nodeCount
    self.edgeCount = edgeCount
    self.omittedNodes = omittedNodes
    self.omittedEdges = omittedEdges
  }
}
