import ArgumentParser
import Foundation
import GraphSerialization
import KnowledgeGraphCore

extension KGExport {
  /// `kg-export convert`: reads a JSON-LD graph and writes it in other formats.
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert a JSON-LD knowledge graph to other formats, optionally filtered.",
      discussion: """
        With one single-file format and no --output, the result goes to standard output. \
        --output names a file for one single-file format, otherwise a directory, where each \
        format is written as <input name>.<extension>. Files are written atomically.

        Exit status: 64 usage, 65 bad input data, 66 unreadable input, 73 cannot write output.
        """)

    @Argument(help: "The JSON-LD graph to read, or - for standard input.")
    var input: String

    @OptionGroup var export: ExportOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file or directory to write.", valueName: "path"))
    var output: String?

    @Flag(help: "Write to standard output (one single-file format only).")
    var stdout = false

    mutating func validate() throws {
      if stdout, output != nil { throw ValidationError("give either --output or --stdout, not both") }
      if stdout, export.formats.count != 1 || !export.formats[0].isSingleFile {
        throw ValidationError("--stdout takes exactly one single-file format")
      }
    }

    func run() throws {
      let text = try CommandLineIO.readInput(input)
      let graph: KnowledgeGraph
      do {
        graph = try JSONLDReader(scheme: export.exporter.jsonLD.scheme).read(text)
      } catch let error as SerializationError {
        throw CommandLineIO.fail("\(CommandLineIO.displayName(input)): \(error)", code: .dataError)
      }
      let filtered: KnowledgeGraph
      do {
        filtered = try export.filter(graph)
      } catch let error as ValidationError {
        throw CommandLineIO.fail(error.message, code: .usage)
      }
      try CommandLineIO.writeExports(
        filtered, export: export, output: output, toStandardOutput: stdout,
        baseName: CommandLineIO.baseName(of: input), protecting: input)
    }
  }
}

/// Exit codes from `sysexits.h`, as the commands use them.
enum ExitStatus: Int32 {
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cannotCreate = 73
}

/// File and message handling shared by the commands that read and write graphs.
enum CommandLineIO {
  /// Prints `message` as one line on standard error and returns the exit code to throw.
  static func fail(_ message: String, code: ExitStatus) -> ExitCode {
    let line = "kg-export: " + message.replacingOccurrences(of: "\n", with: " ") + "\n"
    FileHandle.standardError.write(Data(line.utf8))
    return ExitCode(code.rawValue)
  }

  static func displayName(_ path: String) -> String { path == "-" ? "standard input" : path }

  /// The input's file name without directory and extension; `graph` for standard input.
  static func baseName(of path: String) -> String {
    guard path != "-" else { return "graph" }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return name.isEmpty ? "graph" : name
  }

  /// Reads a UTF-8 file, or standard input for `-`.
  ///
  /// - Throws: `ExitCode` 66 if it cannot be read, 65 if it is not UTF-8.
  static func readInput(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw fail("cannot read '\(path)': no such file", code: .noInput)
      }
      guard !isDirectory.boolValue else { throw fail("cannot read '\(path)': it is a directory", code: .noInput) }
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw fail("cannot read '\(path)': permission denied or unreadable", code: .noInput)
      }
      data = contents
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw fail("\(displayName(path)): not UTF-8 text", code: .dataError)
    }
    return text
  }

  /// Writes `graph` where the options say: standard output, one file, or a directory.
  ///
  /// Standard output is used with `toStandardOutput`, or when there is no `output` and a single
  /// single-file format. `output` is a file for one single-file format unless it is an
  /// existing directory or ends with `/`; otherwise a directory.
  static func writeExports(
    _ graph: KnowledgeGraph, export: ExportOptions, output: String?, toStandardOutput: Bool,
    baseName: String, protecting input: String? = nil
  ) throws {
    let formats = export.formats
    let single = formats.count == 1 && formats[0].isSingleFile
    do {
      if toStandardOutput || (output == nil && single) {
        guard single else {
          throw fail("give --output DIR to write \(formats.map(\.rawValue).joined(separator: ", "))", code: .usage)
        }
        try OutputFiles.writeToStandardOutput(graph, format: formats[0], exporter: export.exporter)
        return
      }
      guard let output else {
        throw fail("give --output DIR to write \(formats.map(\.rawValue).joined(separator: ", "))", code: .usage)
      }
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
      let targets: [String]
      if single, !output.hasSuffix("/"), !(exists && isDirectory.boolValue) {
        targets = [output]
      } else {
        targets = OutputFiles.paths(formats: formats, directory: output, baseName: baseName)
      }
      if let input, input != "-" {
        let source = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
        for target in targets
        where URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath().path == source {
          throw fail("refusing to overwrite the input '\(input)'; choose another --output", code: .usage)
        }
      }
      if targets == [output], single {
        try OutputFiles.write(graph, format: formats[0], part: formats[0].parts[0], exporter: export.exporter, toFile: output)
      } else {
        try OutputFiles.write(graph, formats: formats, exporter: export.exporter, directory: output, baseName: baseName)
      }
    } catch let error as OutputError {
      throw fail(error.description, code: .cannotCreate)
    }
  }
}
