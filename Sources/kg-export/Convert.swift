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

        Exit status: 64 usage, 65 bad input data, 66 unreadable input, 70 drawing failed, 73 cannot write output.
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
      try reportingErrors {
        let graph = try CommandLineIO.readGraph(input, scheme: export.exporter.jsonLD.scheme)
        try CommandLineIO.writeExports(
          try export.filterReportingErrors(graph), export: export, output: output,
          toStandardOutput: stdout, baseName: CommandLineIO.baseName(of: input),
          protecting: input)
      }
    }
  }
}

