import ArgumentParser
import Foundation
import GraphExtraction
import KnowledgeGraphCore

extension KGExport {
  /// `kg-export extract`: reads articles and writes their knowledge graphs.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract the knowledge graph of English news articles.",
      discussion: """
        Reads plain text (.txt), Markdown (.md), folders of them (recursively), JSON Lines \
        corpora (.jsonl, one {"id", "text", "date"} object per line) and standard input \
        ('-' or no input). Writes one graph per document, named after it, or one merged graph \
        with --merge, in every format of --format, into the --output folder. Files are \
        written to a temporary file and renamed, never left half-written.

        Exit status: 0 success; 64 usage error; 65 bad input data (not UTF-8, empty, a bad \
        corpus line); 66 an input can't be read; 70 drawing failed; 73 an output can't be \
        written.
        """)

    @Argument(
      help: "Articles, folders or .jsonl corpora; '-' or nothing reads standard input.",
      completion: .file(extensions: ["txt", "md", "jsonl"]))
    var inputs: [String] = []

    @OptionGroup var export: ExportOptions

    @Option(name: .shortAndLong, help: "The folder to write into (created if missing).")
    var output: String = "."

    @Flag(help: "Write one graph for all inputs, named 'merged' (see --name).")
    var merge = false

    @Option(help: "The base name of the output files of a single or merged graph.")
    var name: String?

    @Flag(help: "Write the single format of the single (or merged) graph to standard output.")
    var stdout = false

    @Option(help: "The publication date (YYYY-MM-DD) of every input; resolves relative dates.")
    var date: String?

    @Flag(help: "List on standard error the relation candidates that were dropped, and why.")
    var explain = false

    @Option(help: "How many documents to extract at once (the output does not depend on it).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
      if let date, InputReader.parseDate(date) == nil {
        throw ValidationError("--date must be an ISO date such as 2025-06-05, not '\(date)'")
      }
      guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
      if stdout, export.formats.count != 1 || !export.formats[0].isSingleFile {
        throw ValidationError("--stdout writes one single-file format: give a single --format")
      }
    }

    func run() throws {
      try reportingErrors {
        let reader = InputReader(date: date.flatMap(InputReader.parseDate))
        let documents = try reader.documents(from: inputs)
        if stdout, !merge, documents.count > 1 {
          throw CLIError(
            code: .usage,
            message: "--stdout writes one graph but there are \(documents.count) documents: add --merge")
        }
        if name != nil, !merge, documents.count > 1 {
          throw CLIError(code: .usage, message: "--name names a single graph: add --merge or give one input")
        }
        var options = Extractor.Options()
        options.maximumConcurrency = threads
        let extractor = Extractor(options: options)
        var graphs: [(name: String, graph: KnowledgeGraph)] = []
        var dropped: [String] = []
        // One graph for all, or one per document (extracted --threads at a time).
        let extractions = merge ? [extractor.extract(documents)] : extractor.extractEach(documents)
        for (index, extraction) in extractions.enumerated() {
          graphs.append((name ?? (merge ? "merged" : documents[index].id), extraction.graph))
          dropped += extraction.dropped
        }
        if explain {
          for line in dropped { StandardError.writeLine(line) }
        }
        for (name, graph) in graphs {
          try CommandLineIO.writeExports(
            try export.filterReportingErrors(graph), export: export,
            output: stdout ? nil : (output.hasSuffix("/") ? output : output + "/"),
            toStandardOutput: stdout, baseName: name)
        }
      }
    }
  }
}
