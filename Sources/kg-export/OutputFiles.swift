import Foundation
import GraphSerialization
import KnowledgeGraphCore

/// A file could not be written; `description` names it and says why.
struct OutputError: Error, CustomStringConvertible {
  var path: String
  var reason: String

  var description: String { "cannot write '\(path)': \(reason)" }
}

/// Writes exports to files that are never seen half-written: each file is streamed to a
/// temporary file in the same directory and renamed into place.
enum OutputFiles {
  /// Writes `graph` in every format to `directory`, naming the files `baseName.ext`
  /// (`baseName.nodes.csv` and so on for multi-file formats); creates the directory if needed.
  ///
  /// - Returns: The paths written, in order.
  @discardableResult
  static func write(
    _ graph: KnowledgeGraph, formats: [GraphFormat], exporter: GraphExporter, directory: String,
    baseName: String
  ) throws(OutputError) -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputError(path: directory, reason: "cannot create the directory")
    }
    var written: [String] = []
    let prepared = GraphExporter.Prepared(graph, for: formats)
    for format in formats {
      for part in format.parts {
        let path = (directory as NSString).appendingPathComponent(part.fileName(base: baseName))
        try write(prepared, format: format, part: part, exporter: exporter, toFile: path)
        written.append(path)
      }
    }
    return written
  }

  /// The paths ``write(_:formats:exporter:directory:baseName:)`` would write.
  static func paths(formats: [GraphFormat], directory: String, baseName: String) -> [String] {
    formats.flatMap { format in
      format.parts.map { (directory as NSString).appendingPathComponent($0.fileName(base: baseName)) }
    }
  }

  /// Writes one part of `graph` in `format` to the file at `path`, atomically.
  ///
  /// The part is streamed to `.NAME.PID.tmp` beside `path` and renamed into place, so readers
  /// (and a failed run) never see a half-written file. The file is not `fsync`ed before the
  /// rename: an exporter promises complete files, not durability across a power loss, and the
  /// flush to disk cost more than a small graph's writing. One `open`, the writes, `close` and
  /// `rename`: no other system call per file.
  static func write(
    _ graph: GraphExporter.Prepared, format: GraphFormat, part: GraphFormat.Part, exporter: GraphExporter,
    toFile path: String
  ) throws(OutputError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let fileName = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(directory).\(fileName).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let shown =
        directory.isEmpty ? FileManager.default.currentDirectoryPath : String(directory.dropLast())
      throw OutputError(
        path: path, reason: "cannot create a file in '\(shown.isEmpty ? "/" : shown)'")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    do {
      let sink = FileSink(handle: handle)
      var writer = sink
      try exporter.write(graph, as: format, part: part, to: &writer)
      try sink.flush()
    } catch {
      close(descriptor)
      unlink(temporary)
      throw OutputError(path: path, reason: "\(error.localizedDescription)")
    }
    guard close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw OutputError(path: path, reason: reason)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw OutputError(path: path, reason: reason)
    }
  }

  /// Writes `graph` in a single-file `format` to standard output.
  ///
  /// - Precondition: `format.isSingleFile`.
  static func writeToStandardOutput(
    _ graph: KnowledgeGraph, format: GraphFormat, exporter: GraphExporter
  ) throws(OutputError) {
    precondition(format.isSingleFile, "\(format) is several files")
    let sink = FileSink(handle: .standardOutput)
    var writer = sink
    do {
      try exporter.write(graph, as: format, part: format.parts[0], to: &writer)
      try sink.flush()
    } catch {
      throw OutputError(path: "standard output", reason: "\(error.localizedDescription)")
    }
  }
}
