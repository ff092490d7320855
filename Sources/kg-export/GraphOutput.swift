import Foundation
import GraphSerialization
import GraphvizRendering
import KnowledgeGraphCore

/// A format `extract` and `convert` can write: a serialization of the graph, or a drawing of
/// its DOT through Graphviz.
enum OutputFormat: Hashable {
  case graph(GraphFormat)
  case drawing(GraphvizRenderer.Format)

  /// The names of the graph formats, for help texts.
  static let graphFormatNames = GraphFormat.allCases.map(\.rawValue).joined(separator: ", ")

  /// The drawings `extract` offers.
  static let drawingFormats: [GraphvizRenderer.Format] = [.svg, .png, .pdf]

  /// Parses a comma-separated list such as `jsonld,dot,svg`, without duplicates.
  ///
  /// - Throws: ``CLIError`` of kind `usage` naming an unknown format and listing the known ones.
  static func parseList(_ text: String) throws -> [OutputFormat] {
    var formats: [OutputFormat] = []
    for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
      let format: OutputFormat
      if let graphFormat = GraphFormat(rawValue: name == "json-ld" ? "jsonld" : name) {
        format = .graph(graphFormat)
      } else if let drawing = drawingFormats.first(where: { $0.rawValue == name }) {
        format = .drawing(drawing)
      } else {
        let known = graphFormatNames + ", " + drawingFormats.map(\.rawValue).joined(separator: ", ")
        throw CLIError(.usage, "unknown format '\(name)' (known: \(known))")
      }
      if !formats.contains(format) { formats.append(format) }
    }
    guard !formats.isEmpty else { throw CLIError(.usage, "--format names no format") }
    return formats
  }

  /// Whether the format is one file, and so can go to standard output.
  var isSingleFile: Bool {
    switch self {
    case .graph(let format): format.isSingleFile
    case .drawing: true
    }
  }
}

/// Writes graphs in the output formats, to files (atomically) or to standard output.
struct GraphOutput {
  /// The Graphviz layout engine for drawings, or `auto`.
  var layout: String

  var exporter = GraphExporter()

  /// The bytes of the only file of `graph` in `format`.
  ///
  /// - Precondition: `format.isSingleFile`.
  func bytes(of graph: KnowledgeGraph, as format: OutputFormat) throws -> [UInt8] {
    switch format {
    case .graph(let graphFormat):
      return Array(exporter.write(graph, as: graphFormat, part: graphFormat.parts[0]).utf8)
    case .drawing(let drawing):
      return try draw(graph, as: drawing)
    }
  }

  private func draw(_ graph: KnowledgeGraph, as drawing: GraphvizRenderer.Format) throws -> [UInt8] {
    var renderer = GraphvizRenderer()
    if layout == "auto" {
      renderer.layout = .dot
      renderer.largeGraphLimit = .automaticLayout
    } else {
      renderer.layout = try GraphvizRenderer.Layout(named: layout)
    }
    let dot = exporter.write(graph, as: .dot, part: GraphFormat.dot.parts[0])
    do {
      return try renderer.render(dot: dot, as: drawing)
    } catch let error as RenderingError {
      throw CLIError(.internalFailure, "cannot draw the graph: \(error.message)")
    }
  }

  /// Creates `directory` and its parents if they are missing.
  func prepareDirectory(_ directory: String) throws {
    if let failure = RenderIO.createDirectory(directory) {
      throw CLIError(.cannotCreateOutput, failure.message)
    }
  }

  /// Writes `graph` in `format` into `directory`, one file per part, named after `baseName`:
  /// `graph.jsonld`, `graph.nodes.csv`, `graph.svg`. Each file is written to a temporary file
  /// and renamed into place.
  func write(_ graph: KnowledgeGraph, as format: OutputFormat, to directory: String, baseName: String) throws {
    let folder = directory.hasSuffix("/") ? directory : directory + "/"
    var files: [(path: String, bytes: [UInt8])] = []
    switch format {
    case .graph(let graphFormat):
      for part in graphFormat.parts {
        let text = exporter.write(graph, as: graphFormat, part: part)
        files.append((folder + part.fileName(base: baseName), Array(text.utf8)))
      }
    case .drawing(let drawing):
      files.append((folder + baseName + "." + drawing.fileExtension, try draw(graph, as: drawing)))
    }
    for file in files {
      if let failure = RenderIO.writeFileAtomically(file.bytes, to: file.path) {
        throw CLIError(.cannotCreateOutput, failure.message)
      }
    }
  }
}
