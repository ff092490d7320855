extension GraphvizRenderer {
  /// An output format that is safe to produce inside the calling process.
  ///
  /// The raw value is the Graphviz format name, as in `dot -T<name>`. The set is a whitelist:
  /// Graphviz 2.42 also offers formats that crash the process (`x11`, `xlib`, `vdx` on graphs
  /// with tooltips), call `exit()` (`gtk`), write files into the working directory (`vrml`)
  /// or return nothing (`gd`, `gd2`, `ico`, `ismap`); ``init(named:)`` refuses those with a
  /// message saying why.
  public enum Format: String, CaseIterable, Hashable, Sendable {
    /// Scalable Vector Graphics (XML text).
    case svg
    /// Gzip-compressed SVG.
    case svgz
    /// Portable Network Graphics, drawn by cairo.
    case png
    /// JPEG raster image.
    case jpeg
    /// GIF raster image.
    case gif
    /// WebP raster image.
    case webp
    /// Portable Document Format, drawn by cairo.
    case pdf
    /// PostScript.
    case ps
    /// Encapsulated PostScript.
    case eps
    /// JSON with the layout and the `xdot` drawing operations.
    case json
    /// JSON with the layout but without drawing operations.
    case json0
    /// JSON of the graph as read, without layout.
    case dotJSON = "dot_json"
    /// JSON of the graph as read plus drawing operations.
    case xdotJSON = "xdot_json"
    /// DOT with layout and drawing operations as attributes.
    case xdot
    /// Simple line-based text with node positions and edge splines.
    case plain
    /// ``plain`` plus port names on edges.
    case plainExt = "plain-ext"
    /// DOT with layout attributes (`pos`, `bb`, …).
    case dot
    /// DOT as read, pretty-printed, without layout.
    case canon
    /// The same as ``dot``.
    case gv
    /// XFig drawing.
    case fig

    /// Formats Graphviz offers that must not be drawn in process, each with the reason.
    static let refused: [String: String] = [
      "gtk": "it opens a window and exits the process when there is no display",
      "x11": "it opens a window and crashes the process when there is no display",
      "xlib": "it opens a window and crashes the process when there is no display",
      "vdx": "Graphviz 2.42 crashes drawing it for graphs with tooltips",
      "vrml": "it writes image files into the current directory",
      "gd": "this Graphviz build has GD output disabled and returns nothing",
      "gd2": "this Graphviz build has GD output disabled and returns nothing",
      "ico": "Graphviz returns no bytes for it",
      "ismap": "Graphviz returns no bytes for it",
      "imap": "it is an image map that is empty unless nodes carry URLs",
      "imap_np": "it is an image map that is empty unless nodes carry URLs",
      "cmap": "it is an image map that is empty unless nodes carry URLs",
      "cmapx": "it is an image map that is empty unless nodes carry URLs",
      "cmapx_np": "it is an image map that is empty unless nodes carry URLs",
    ]

    /// The format named `name` (case-insensitive; `jpg` and `jpe` mean ``jpeg``).
    ///
    /// - Throws: ``RenderingError`` at the ``RenderingError/Stage/options`` stage, listing the
    ///   valid names, if `name` is unknown or names a format that is unsafe in process.
    public init(named name: String) throws {
      let key = name.lowercased()
      let aliases: [String: Format] = ["jpg": .jpeg, "jpe": .jpeg, "ps2": .ps]
      if let format = Self(rawValue: key) ?? aliases[key] {
        self = format
        return
      }
      let valid = Self.allCases.map(\.rawValue).joined(separator: ", ")
      if let reason = Self.refused[key] {
        throw RenderingError(
          stage: .options,
          message:
            "format '\(name)' is not drawn in process because \(reason); use one of: \(valid)"
        )
      }
      throw RenderingError(
        stage: .options, message: "unknown format '\(name)'; use one of: \(valid)")
    }

    /// The file name extension for files in this format, without the dot.
    ///
    /// DOT-language outputs use `gv`, so drawing `graph.dot` as ``dot`` never overwrites it.
    public var fileExtension: String {
      switch self {
      case .jpeg: "jpg"
      case .json, .json0, .dotJSON, .xdotJSON: "json"
      case .plain, .plainExt: "txt"
      case .dot, .canon, .gv: "gv"
      default: rawValue
      }
    }

    /// Whether the format is a pixel image, the only kind the renderer's `dpi` applies to.
    public var isRaster: Bool {
      switch self {
      case .png, .jpeg, .gif, .webp: true
      default: false
      }
    }
  }
}
