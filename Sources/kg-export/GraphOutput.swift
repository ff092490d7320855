import Foundation
import GraphSerialization
import GraphvizRendering
import KnowledgeGraphCore

/// A format `extract` and `convert` write: a serialization of the graph, or a drawing of its
/// DOT made by Graphviz in this process.
enum OutputFormat: Hashable, Sendable, CustomStringConvertible {
  case graph(GraphFormat)
  case drawing(GraphvizRenderer.Format)

  /// The drawings offered next to the graph formats.
  static let drawingFormats: [GraphvizRenderer.Format] = [.svg, .png, .pdf]

  /// Every format name, graph formats first.
  static let allNames = GraphFormat.allCases.map(\.rawValue) + drawingFormats.map(\.rawValue)

  /// The format called `name` on the command line (`json-ld` is accepted for `jsonld`).
  init?(named name: String) {
    let lowered = name.lowercased()
    if let format = GraphFormat(rawValue: lowered == "json-ld" ? "jsonld" : lowered) {
      self = .graph(format)
    } else if let drawing = Self.drawingFormats.first(where: { $0.rawValue == lowered }) {
      self = .drawing(drawing)
    } else {
      return nil
    }
  }

  var description: String {
    switch self {
    case .graph(let format): format.rawValue
    case .drawing(let format): format.rawValue
    }
  }

  /// Whether the format is one file, and so can go to standard output.
  var isSingleFile: Bool {
    switch self {
    case .graph(let format): format.isSingleFile
    case .drawing: true
    }
  }

  /// The names of the files the format writes for `baseName`: `graph.jsonld`,
  /// `graph.nodes.csv` and `graph.relationships.csv`, `graph.svg`.
  func fileNames(base: String) -> [String] {
    switch self {
    case .graph(let format): format.parts.map { $0.fileName(base: base) }
    case .drawing(let format): [base + "." + format.fileExtension]
    }
  }
}

/// How drawings are made: the graph's DOT, laid out and drawn by Graphviz in this process.
struct DrawingOptions: Hashable, Sendable {
  /// A Graphviz layout engine, or `auto`: dot, or sfdp with overlap removal for big graphs.
  var layout: String

  /// The renderer these options describe.
  ///
  /// - Throws: ``CLIError`` of code `usage` for an unknown engine, listing the known ones.
  func renderer() throws -> GraphvizRenderer {
    var renderer = GraphvizRenderer()
    do {
      try renderer.setLayout(named: layout)
    } catch let error as RenderingError {
      throw CLIError(error)
    }
    return renderer
  }

  /// `graph` drawn in `format`, from the DOT that `exporter` writes.
  ///
  /// - Throws: ``CLIError`` with Graphviz's message if the layout or drawing fails.
  func draw(
    _ graph: KnowledgeGraph, as format: GraphvizRenderer.Format, exporter: GraphExporter
  ) throws -> [UInt8] {
    let dot = exporter.write(graph, as: .dot, part: GraphFormat.dot.parts[0])
    do {
      return try renderer().render(dot: dot, as: format)
    } catch let error as RenderingError {
      throw CLIError(code: .internalFailure, message: "cannot draw the graph: \(error.message)")
    }
  }
}
