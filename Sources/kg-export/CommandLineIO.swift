import ArgumentParser
import Foundation
import GraphSerialization
import KnowledgeGraphCore

/// Reading graphs and writing exports, shared by the commands that write graphs.
enum CommandLineIO {
  static func displayName(_ path: String) -> String { path == "-" ? "standard input" : path }

  /// The input's file name without directory and extension; `graph` for standard input.
  static func baseName(of path: String) -> String {
    guard path != "-" else { return "graph" }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return name.isEmpty ? "graph" : name
  }

  /// Reads a UTF-8 file, or standard input for `-`.
  ///
  /// - Throws: ``CLIError`` 66 if it cannot be read, 65 if it is not UTF-8 (with the offset
  ///   of the first bad byte).
  static func readInput(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError(code: .noInput, message: "\(path): no such file")
      }
      guard !isDirectory.boolValue else {
        throw CLIError(code: .noInput, message: "\(path): is a folder, not a file")
      }
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw CLIError(code: .noInput, message: "\(path): cannot read the file (permission denied?)")
      }
      data = contents
    }
    return try InputReader.decode(data, name: displayName(path))
  }

  /// Reads a JSON-LD graph written by kg-export (or in its vocabulary).
  ///
  /// - Throws: ``CLIError`` 66 if it cannot be read, 65 naming the problem and its position
  ///   if it is not such a graph.
  static func readGraph(_ path: String, scheme: IRIScheme) throws -> KnowledgeGraph {
    let text = try readInput(path)
    do {
      return try JSONLDReader(scheme: scheme).read(text)
    } catch let error as SerializationError {
      throw CLIError(code: .badData, message: "\(displayName(path)): \(error)")
    }
  }

  /// Writes `graph` where the options say: standard output, one file, or a directory.
  ///
  /// Standard output is used with `toStandardOutput`, or when there is no `output` and a single
  /// single-file format. `output` is a file for one single-file format unless it is an
  /// existing directory or ends with `/`; otherwise a directory, created if missing. Every
  /// file is written to a temporary file and renamed into place.
  ///
  /// - Throws: ``CLIError``: 64 for outputs that make no sense, 73 if a file cannot be
  ///   written, 70 if a drawing fails.
  static func writeExports(
    _ graph: KnowledgeGraph, export: ExportOptions, output: String?, toStandardOutput: Bool,
    baseName: String, protecting input: String? = nil
  ) throws {
    let formats = export.formats
    let single = formats.count == 1 && formats[0].isSingleFile
    let names = formats.map(\.description).joined(separator: ", ")
    if toStandardOutput || (output == nil && single) {
      guard single else {
        throw CLIError(code: .usage, message: "give --output DIR to write \(names)")
      }
      try writeToStandardOutput(graph, format: formats[0], export: export)
      return
    }
    guard let output else {
      throw CLIError(code: .usage, message: "give --output DIR to write \(names)")
    }
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
    let asFile = single && !output.hasSuffix("/") && !(exists && isDirectory.boolValue)
    let targets: [(format: OutputFormat, paths: [String])] =
      asFile
      ? [(formats[0], [output])]
      : formats.map { format in
        (format, format.fileNames(base: baseName).map { (output as NSString).appendingPathComponent($0) })
      }
    if let input, input != "-" {
      let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
      for (_, paths) in targets {
        for target in paths
        where URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath().path == source {
          throw CLIError(
            code: .usage, message: "refusing to overwrite the input '\(input)'; choose another --output")
        }
      }
    }
    if !asFile, let failure = RenderIO.createDirectory(output) {
      throw failure
    }
    // The graph's contents are sorted once for every file written.
    let prepared = GraphExporter.Prepared(
      graph, for: formats.compactMap { if case .graph(let format) = $0 { format } else { nil } })
    for (format, paths) in targets {
      try write(prepared, format: format, to: paths, export: export)
    }
  }

  /// Writes every part of a graph in `format` to `paths`, one path per part, atomically.
  private static func write(
    _ prepared: GraphExporter.Prepared, format: OutputFormat, to paths: [String], export: ExportOptions
  ) throws {
    let exporter = export.exporter
    let graph = prepared.graph
    switch format {
    case .graph(let graphFormat):
      for (part, path) in zip(graphFormat.parts, paths) {
        do {
          try OutputFiles.write(prepared, format: graphFormat, part: part, exporter: exporter, toFile: path)
        } catch {
          throw CLIError(code: .cannotCreate, message: error.description)
        }
      }
    case .drawing(let drawingFormat):
      let bytes = try export.drawing.draw(graph, as: drawingFormat, exporter: exporter)
      if let failure = RenderIO.writeFileAtomically(bytes, to: paths[0]) { throw failure }
    }
  }

  private static func writeToStandardOutput(
    _ graph: KnowledgeGraph, format: OutputFormat, export: ExportOptions
  ) throws {
    switch format {
    case .graph(let graphFormat):
      do {
        try OutputFiles.writeToStandardOutput(graph, format: graphFormat, exporter: export.exporter)
      } catch {
        throw CLIError(code: .cannotCreate, message: error.description)
      }
    case .drawing(let drawingFormat):
      StandardOutput.write(try export.drawing.draw(graph, as: drawingFormat, exporter: export.exporter))
    }
  }
}

extension ExportOptions {
  /// `graph` filtered by these options.
  ///
  /// - Throws: ``CLIError`` of code `usage` when `--focus` names no entity of the graph.
  func filterReportingErrors(_ graph: KnowledgeGraph) throws -> KnowledgeGraph {
    do {
      return try filter(graph)
    } catch let error as ValidationError {
      throw CLIError(code: .usage, message: error.message)
    }
  }
}
