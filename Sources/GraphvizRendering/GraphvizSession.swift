internal import CGraphviz
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's single Graphviz context and the only code that calls Graphviz.
///
/// Created on first use and never freed: Graphviz 2.42 reads freed font-cache memory when a
/// context is freed and another one created. Every call into libcgraph or libgvc happens while
/// ``shared``'s lock is held, because the library keeps its parser, error and layout state in
/// globals.
struct GraphvizSession: ~Copyable {
  /// The names of the plugins Graphviz loaded from its configuration.
  struct Plugins {
    /// Output formats (`gvPluginList(gvc, "device")`).
    var devices: Set<String>
    /// Layout engines (`gvPluginList(gvc, "layout")`).
    var layouts: Set<String>
  }

  /// The one session, behind the one lock.
  static let shared = Mutex(GraphvizSession())

  private var context: OpaquePointer?
  private var cachedPlugins: Plugins?

  /// The Graphviz context, created (after turning Graphviz's printing off) on first use.
  private mutating func handle() throws(RenderingError) -> OpaquePointer {
    if let context { return context }
    // Keep every message for `aglasterr()` instead of printing it to standard error.
    _ = agseterr(AGMAX)
    guard let created = gvContext() else {
      throw RenderingError(stage: .setup, message: "gvContext() returned NULL")
    }
    context = created
    return created
  }

  /// The installed plugins, listed once; fails if Graphviz found none.
  mutating func plugins() throws(RenderingError) -> Plugins {
    if let cachedPlugins { return cachedPlugins }
    let gvc = try handle()
    let plugins = Plugins(
      devices: Self.pluginNames(gvc, kind: "device"),
      layouts: Self.pluginNames(gvc, kind: "layout"))
    guard !plugins.devices.isEmpty, !plugins.layouts.isEmpty else {
      throw RenderingError(
        stage: .setup,
        message: "Graphviz found no plugins: its plugin configuration (config6a) is missing "
          + "or empty; run `dot -c` as root to recreate it")
    }
    cachedPlugins = plugins
    return plugins
  }

  /// Parses, lays out and draws one graph; see ``GraphvizRenderer/draw(dot:as:)``.
  mutating func draw(
    dot: String, format: GraphvizRenderer.Format, renderer: GraphvizRenderer
  ) throws(RenderingError) -> Drawing {
    let gvc = try handle()
    let plugins = try plugins()
    guard plugins.devices.contains(format.rawValue) else {
      let available = GraphvizRenderer.Format.allCases.filter {
        plugins.devices.contains($0.rawValue)
      }
      throw RenderingError(
        stage: .options,
        message: "format '\(format.rawValue)' is not provided by this Graphviz installation; "
          + "use one of: \(available.map(\.rawValue).joined(separator: ", "))")
    }

    _ = agreseterrors()
    guard let graph = dot.withCString({ agmemread($0) }) else {
      let message = Self.lastError(otherwise: "no graph found in the input")
      _ = Self.drainLexer()
      throw RenderingError(stage: .parsing, message: message)
    }
    defer { agclose(graph) }
    if Self.errorRaised {
      let message = Self.lastError(otherwise: "the input has errors")
      _ = Self.drainLexer()
      throw RenderingError(stage: .parsing, message: message)
    }
    if let trailing = Self.drainLexer() {
      throw RenderingError(stage: .parsing, message: trailing)
    }

    let nodeCount = Int(agnnodes(graph))
    let edgeCount = Int(agnedges(graph))
    if let maxNodes = renderer.maxNodes, nodeCount > maxNodes {
      Self.keepBestConnectedNodes(of: graph, count: maxNodes)
    }

    var engine = renderer.layout
    if engine == .dot, let limit = renderer.largeGraphLimit,
      limit.isExceeded(nodeCount: Int(agnnodes(graph)), edgeCount: Int(agnedges(graph)))
    {
      engine = .sfdp
      if Self.attribute("overlap", of: graph).isEmpty {
        Self.setAttribute("overlap", to: "prism", on: graph)
      }
    }
    guard plugins.layouts.contains(engine.rawValue) else {
      let available = GraphvizRenderer.Layout.allCases.filter {
        plugins.layouts.contains($0.rawValue)
      }
      throw RenderingError(
        stage: .options,
        message: "layout engine '\(engine.rawValue)' is not provided by this Graphviz "
          + "installation; use one of: \(available.map(\.rawValue).joined(separator: ", "))")
    }
    // A `layout` attribute in the source would override the engine passed to gvLayout.
    if !Self.attribute("layout", of: graph).isEmpty {
      Self.setAttribute("layout", to: engine.rawValue, on: graph)
    }
    if let dpi = renderer.dpi, format.isRaster {
      Self.setAttribute("dpi", to: String(dpi), on: graph)
    }
    if let size = renderer.size {
      Self.setAttribute("size", to: size.attributeValue, on: graph)
    }

    // sfdp, neato and fdp draw from libc's rand(): re-seed so equal input gives equal bytes.
    srand(1)
    let layoutStatus = gvLayout(gvc, graph, engine.rawValue)
    defer { gvFreeLayout(gvc, graph) }
    guard layoutStatus == 0 else {
      throw RenderingError(
        stage: .layout, message: Self.lastError(otherwise: "gvLayout failed with \(engine)"))
    }
    // A malformed HTML label makes gvLayout return 0 and still raise an error: bad input.
    guard !Self.errorRaised else {
      throw RenderingError(
        stage: .parsing, message: Self.lastError(otherwise: "the input has errors"))
    }

    var buffer: UnsafeMutablePointer<CChar>?
    var length = 0
    let renderStatus = CGraphviz_renderData(gvc, graph, format.rawValue, &buffer, &length)
    // After a failure Graphviz 2.42 may leave `buffer` pointing at freed memory: don't free it.
    guard renderStatus == 0, let buffer else {
      throw RenderingError(
        stage: .drawing,
        message: Self.lastError(otherwise: "gvRenderData failed for format \(format.rawValue)"))
    }
    defer { gvFreeRenderData(buffer) }
    guard !Self.errorRaised else {
      throw RenderingError(
        stage: .drawing,
        message: Self.lastError(otherwise: "drawing \(format.rawValue) raised an error"))
    }
    guard length > 0 else {
      throw RenderingError(
        stage: .drawing, message: "Graphviz produced no bytes of \(format.rawValue)")
    }
    let bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: length))

    return Drawing(
      bytes: bytes, format: format, layout: engine, nodeCount: nodeCount, edgeCount: edgeCount,
      omittedNodes: nodeCount - Int(agnnodes(graph)),
      omittedEdges: edgeCount - Int(agnedges(graph)))
  }

  /// Whether Graphviz raised an error (not just a warning) since the last `agreseterrors()`.
  private static var errorRaised: Bool {
    agerrors() >= Int32(AGERR.rawValue)
  }

  /// Graphviz's last error message, or `fallback` if no error was raised since the last reset
  /// (the stored message would then belong to an earlier call).
  private static func lastError(otherwise fallback: String) -> String {
    guard errorRaised, let raw = aglasterr() else { return fallback }
    defer { free(raw) }
    let message = String(cString: raw)
    let trimmed = message.reversed().drop(while: \.isWhitespace).reversed()
    return trimmed.isEmpty ? fallback : String(trimmed)
  }

  /// Reads and discards whatever the parser left after the first graph.
  ///
  /// `agmemread` parses only the first graph of its input and keeps the rest in the lexer's
  /// global buffer, where the next call would find it. Returns a description of what was
  /// found, or `nil` if the first graph was all the input held.
  private static func drainLexer() -> String? {
    var extraGraphs = 0
    while let extra = agmemread("") {
      agclose(extra)
      extraGraphs += 1
    }
    if errorRaised {
      return "unexpected text after the first graph: " + lastError(otherwise: "syntax error")
    }
    if extraGraphs > 0 {
      return "the input holds \(extraGraphs + 1) graphs; give one graph per input"
    }
    return nil
  }

  /// Deletes every node but the `count` with the highest degree (ties: first declared).
  private static func keepBestConnectedNodes(
    of graph: UnsafeMutablePointer<Agraph_t>, count: Int
  ) {
    var nodes: [(node: UnsafeMutablePointer<Agnode_t>, degree: Int32, order: Int)] = []
    nodes.reserveCapacity(Int(agnnodes(graph)))
    var next = agfstnode(graph)
    while let node = next {
      nodes.append((node, agdegree(graph, node, 1, 1), nodes.count))
      next = agnxtnode(graph, node)
    }
    nodes.sort { $0.degree != $1.degree ? $0.degree > $1.degree : $0.order < $1.order }
    for entry in nodes.dropFirst(count) {
      _ = agdelnode(graph, entry.node)
    }
  }

  /// The root graph's value of attribute `name`, or `""` if it is not set.
  private static func attribute(_ name: String, of graph: UnsafeMutablePointer<Agraph_t>) -> String
  {
    name.withCString { cName in
      guard let value = agget(graph, UnsafeMutablePointer(mutating: cName)) else { return "" }
      return String(cString: value)
    }
  }

  /// Sets the root graph's attribute `name` to `value`, declaring it if needed.
  ///
  /// `agsafeset` copies both strings into the graph, so the temporary C strings may go.
  private static func setAttribute(
    _ name: String, to value: String, on graph: UnsafeMutablePointer<Agraph_t>
  ) {
    name.withCString { cName in
      value.withCString { cValue in
        "".withCString { cDefault in
          _ = agsafeset(
            graph, UnsafeMutablePointer(mutating: cName), UnsafeMutablePointer(mutating: cValue),
            UnsafeMutablePointer(mutating: cDefault))
        }
      }
    }
  }

  /// The names of Graphviz's plugins of `kind`, such as `device` or `layout`.
  private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> Set<String> {
    var count: Int32 = 0
    guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
    defer { free(list) }
    var names = Set<String>()
    for index in 0..<Int(count) {
      guard let item = list[index] else { continue }
      names.insert(String(cString: item))
      free(item)
    }
    return names
  }
}
