import Synchronization

/// Lays out and draws DOT source with the Graphviz C library, inside the calling process.
///
/// Graphviz 2.42 is not thread-safe, not even with one context per thread, so every renderer
/// shares one process-wide Graphviz context behind one lock: renders from many threads or tasks
/// are safe and run one at a time. To use several cores, run renders in several processes.
///
/// Each render reads exactly one graph, resets Graphviz's error state first and captures its
/// messages into ``RenderingError`` (nothing is printed), seeds the C random number generator
/// so the same input always gives the same bytes, and frees every Graphviz resource it took,
/// whether it succeeds or fails. A failed render never affects the next one.
///
/// Name your graphs (`digraph G { … }`): Graphviz names an anonymous graph from a process-wide
/// counter (`%3`, then `%5`, …), which ends up in SVG titles, so only named graphs give the
/// same bytes on every render.
///
/// ```swift
/// let svg = try GraphvizRenderer(layout: .dot).render(dot: "digraph G { a -> b }", as: .svg)
/// ```
public struct GraphvizRenderer: Hashable, Sendable {
  /// The layout engine to use.
  ///
  /// It wins over a `layout` attribute in the DOT source.
  public var layout: Layout

  /// Automatic mode: when ``layout`` is ``Layout/dot`` and a graph is above this limit, draw it
  /// with ``Layout/sfdp`` and overlap removal (`overlap=prism`, unless the source sets
  /// `overlap`) instead, so big graphs never take minutes.
  ///
  /// `nil` (the default) always uses ``layout`` as asked. ``SizeLimit/automaticLayout`` is
  /// the limit `kg-export render --layout auto` uses.
  public var largeGraphLimit: SizeLimit?

  /// Dots per inch for raster formats (``Format/isRaster``); `nil` keeps Graphviz's 96.
  public var dpi: Double?

  /// The size to scale the drawing to, for every format; `nil` keeps the natural size.
  public var size: PageSize?

  /// The most nodes to draw. A larger graph is cut down to its best-connected nodes: the
  /// `maxNodes` nodes with the most edges (ties go to the node declared first), with the
  /// edges among them. ``Drawing`` reports what was left out. `nil` draws every node.
  public var maxNodes: Int?

  /// Creates a renderer.
  ///
  /// - Parameters:
  ///   - layout: The layout engine.
  ///   - largeGraphLimit: Above this size, `dot` is replaced by `sfdp`; see ``largeGraphLimit``.
  ///   - dpi: Dots per inch for raster formats.
  ///   - size: The size to scale drawings to.
  ///   - maxNodes: The most nodes to draw; see ``maxNodes``.
  public init(
    layout: Layout = .dot, largeGraphLimit: SizeLimit? = nil, dpi: Double? = nil,
    size: PageSize? = nil, maxNodes: Int? = nil
  ) {
    self.layout = layout
    self.largeGraphLimit = largeGraphLimit
    self.dpi = dpi
    self.size = size
    self.maxNodes = maxNodes
  }

  /// Lays out `dot` and returns the drawing's bytes.
  ///
  /// Calls Graphviz's `agmemread`, `gvLayout` and `gvRenderData`.
  ///
  /// - Parameters:
  ///   - dot: The source of exactly one graph in the DOT language.
  ///   - format: The output format.
  /// - Returns: The bytes of the output, never empty.
  /// - Throws: ``RenderingError`` with Graphviz's own message if an option is invalid, the
  ///   source doesn't parse or holds more than one graph, or the layout or drawing fails.
  public func render(dot: String, as format: Format) throws -> [UInt8] {
    try draw(dot: dot, as: format).bytes
  }

  /// Lays out `dot` and returns the drawing with a record of what the renderer did.
  ///
  /// - Parameters:
  ///   - dot: The source of exactly one graph in the DOT language.
  ///   - format: The output format.
  /// - Returns: The drawing, whose ``Drawing/bytes`` are never empty.
  /// - Throws: ``RenderingError``, as ``render(dot:as:)`` does.
  public func draw(dot: String, as format: Format) throws -> Drawing {
    try validateOptions()
    return try GraphvizSession.shared.withLock { session throws(RenderingError) in
      try session.draw(dot: dot, format: format, renderer: self)
    }
  }

  /// The whitelisted formats that the installed Graphviz can produce, in declaration order.
  ///
  /// Calls Graphviz's `gvPluginList` for the `device` plugins.
  ///
  /// - Throws: ``RenderingError`` at the ``RenderingError/Stage/setup`` stage if Graphviz
  ///   can't create its context or has no plugins.
  public static func availableFormats() throws -> [Format] {
    let installed = try GraphvizSession.shared.withLock { session throws(RenderingError) in
      try session.plugins().devices
    }
    return Format.allCases.filter { installed.contains($0.rawValue) }
  }

  /// The layout engines that the installed Graphviz provides, in declaration order.
  ///
  /// Calls Graphviz's `gvPluginList` for the `layout` plugins.
  ///
  /// - Throws: ``RenderingError`` at the ``RenderingError/Stage/setup`` stage if Graphviz
  ///   can't create its context or has no plugins.
  public static func availableLayouts() throws -> [Layout] {
    let installed = try GraphvizSession.shared.withLock { session throws(RenderingError) in
      try session.plugins().layouts
    }
    return Layout.allCases.filter { installed.contains($0.rawValue) }
  }

  private func validateOptions() throws(RenderingError) {
    if let dpi, !(dpi.isFinite && dpi > 0 && dpi <= 10_000) {
      throw RenderingError(stage: .options, message: "dpi must be between 0 and 10000, not \(dpi)")
    }
    if let size,
      !(size.width.isFinite && size.height.isFinite && size.width > 0 && size.height > 0)
    {
      throw RenderingError(
        stage: .options, message: "size must be positive, not \(size.width)×\(size.height)")
    }
    if let maxNodes, maxNodes < 1 {
      throw RenderingError(stage: .options, message: "maxNodes must be at least 1, not \(maxNodes)")
    }
    if let largeGraphLimit, largeGraphLimit.nodes < 0 || largeGraphLimit.edges < 0 {
      throw RenderingError(stage: .options, message: "largeGraphLimit must not be negative")
    }
  }
}
