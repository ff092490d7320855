import ArgumentParser
import GraphvizRendering

/// The drawing options shared by `render` and its hidden worker, `render-worker`.
struct RenderingOptions: ParsableArguments {
  @Option(
    name: [.customShort("T", allowingJoined: true), .long],
    help: "The output format (see --list-formats): svg, png, pdf, ps, json, xdot, plain, dot, …")
  var format: String = "svg"

  @Option(
    name: [.customShort("K", allowingJoined: true), .long],
    help: ArgumentHelp(
      "The layout engine (see --list-layouts), or 'auto'.",
      discussion: """
        'auto' uses dot, except for graphs over 200 nodes or 400 edges, which it draws with \
        sfdp and overlap removal (dot can take minutes on those).
        """))
  var layout: String = "auto"

  @Option(
    help: "Dots per inch for raster formats (png, jpeg, gif, webp); Graphviz's default is 96.")
  var dpi: Double?

  @Option(
    help: ArgumentHelp(
      "Scale the drawing down to fit WIDTH,HEIGHT inches; a trailing ! also scales it up.",
      valueName: "width,height"))
  var size: String?

  @Option(
    help: """
      Draw at most this many nodes: the best-connected ones (most edges), with the edges \
      among them; says on standard error what was left out.
      """)
  var maxNodes: Int?

  func validate() throws {
    do {
      _ = try makeRenderer()
    } catch let error as RenderingError {
      throw ValidationError(error.message)
    }
  }

  /// The renderer and format these options describe.
  ///
  /// - Throws: ``RenderingError`` at the `options` stage for an unknown format, engine or size.
  func makeRenderer() throws -> (renderer: GraphvizRenderer, format: GraphvizRenderer.Format) {
    let format = try GraphvizRenderer.Format(named: format)
    var renderer = GraphvizRenderer(dpi: dpi, maxNodes: maxNodes)
    try renderer.setLayout(named: layout)
    if let size {
      renderer.size = try Self.pageSize(size)
    }
    if let dpi, !(dpi.isFinite && dpi > 0 && dpi <= 10_000) {
      throw RenderingError(stage: .options, message: "--dpi must be between 0 and 10000")
    }
    if let maxNodes, maxNodes < 1 {
      throw RenderingError(stage: .options, message: "--max-nodes must be at least 1")
    }
    return (renderer, format)
  }

  /// These options as command-line arguments, to hand them to a worker process.
  var arguments: [String] {
    var arguments = ["--format", format, "--layout", layout]
    if let dpi { arguments += ["--dpi", String(dpi)] }
    if let size { arguments += ["--size", size] }
    if let maxNodes { arguments += ["--max-nodes", String(maxNodes)] }
    return arguments
  }

  /// Parses `WIDTH,HEIGHT` or `WIDTH,HEIGHT!` in inches.
  private static func pageSize(_ text: String) throws -> GraphvizRenderer.PageSize {
    let fill = text.hasSuffix("!")
    let parts = text.dropLast(fill ? 1 : 0).split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
      width.isFinite, height.isFinite, width > 0, height > 0
    else {
      throw RenderingError(
        stage: .options,
        message: "--size must be WIDTH,HEIGHT in inches, such as 8,6 or 8,6!, not '\(text)'")
    }
    return GraphvizRenderer.PageSize(width: width, height: height, fill: fill)
  }
}

/// A successful drawing as the CLI reports it: the bytes and notes for standard error.
struct RenderedOutput: Sendable {
  var bytes: [UInt8]
  /// One-line notes on what the renderer changed (engine switched, nodes left out).
  var notes: [String]
}

extension RenderingOptions {
  /// Draws one DOT source in this process.
  func draw(
    _ dot: String, with renderer: GraphvizRenderer, as format: GraphvizRenderer.Format
  ) -> Result<RenderedOutput, CLIError> {
    do {
      let drawing = try renderer.draw(dot: dot, as: format)
      return .success(RenderedOutput(bytes: drawing.bytes, notes: notes(for: drawing, renderer)))
    } catch let error as RenderingError {
      return .failure(CLIError(error))
    } catch {
      return .failure(CLIError(code: .internalFailure, message: "\(error)"))
    }
  }

  private func notes(for drawing: Drawing, _ renderer: GraphvizRenderer) -> [String] {
    var notes: [String] = []
    if drawing.omittedNodes > 0 {
      let kept = drawing.nodeCount - drawing.omittedNodes
      notes.append(
        "drew the \(kept) best-connected of \(drawing.nodeCount) nodes (--max-nodes \(kept)); "
          + "left out \(drawing.omittedNodes) nodes and \(drawing.omittedEdges) edges")
    }
    if drawing.layout != renderer.layout, let limit = renderer.largeGraphLimit {
      notes.append(
        "drew with \(drawing.layout.rawValue) instead of \(renderer.layout.rawValue): the graph "
          + "is over \(limit.nodes) nodes or \(limit.edges) edges (choose with --layout)")
    }
    return notes
  }
}

extension GraphvizRenderer {
  /// Sets the layout from its command-line name: an engine such as `neato`, or `auto`, which is
  /// `dot` with ``SizeLimit/automaticLayout`` (sfdp and overlap removal for big graphs).
  ///
  /// - Throws: ``RenderingError`` at the `options` stage for an unknown engine, listing the
  ///   known ones.
  mutating func setLayout(named name: String) throws {
    if name == "auto" {
      layout = .dot
      largeGraphLimit = .automaticLayout
    } else {
      layout = try Layout(named: name)
      largeGraphLimit = nil
    }
  }
}
