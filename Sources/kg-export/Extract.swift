import ArgumentParser
import GraphExtraction
import GraphSerialization
import GraphvizRendering
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
        with --merge, in every format of --format. Files are written to a temporary file and \
        renamed, never left half-written.

        Exit status: 0 success; 64 usage error; 65 bad input data (not UTF-8, empty, a bad \
        corpus line); 66 an input can't be read; 70 drawing failed; 73 an output can't be \
        written.
        """)

    @Argument(
      help: "Articles, folders or .jsonl corpora; '-' or nothing reads standard input.",
      completion: .file(extensions: ["txt", "md", "jsonl"]))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write into (created if missing).")
    var output: String = "."

    @Option(
      help: ArgumentHelp(
        "Comma-separated output formats.",
        discussion: "Graph formats: \(OutputFormat.graphFormatNames). Drawings: svg, png, pdf.",
        valueName: "formats"))
    var format: String = "jsonld"

    @Flag(help: "Write one graph for all inputs, named 'merged' (see --name).")
    var merge = false

    @Option(help: "The base name of the output files of a single or merged graph.")
    var name: String?

    @Flag(help: "Write the single format of the single (or merged) graph to standard output.")
    var stdout = false

    @Option(help: "The publication date (YYYY-MM-DD) of every input; resolves relative dates.")
    var date: String?

    @Option(help: "The Graphviz layout engine for drawings (dot, neato, fdp, sfdp, circo, twopi, …), or 'auto'.")
    var layout: String = "auto"

    @Flag(help: "List on standard error the relation candidates that were dropped, and why.")
    var explain = false

    func validate() throws {
      _ = try parsedFormats()
      if let date, InputReader.parseDate(date) == nil {
        throw ValidationError("--date must be an ISO date such as 2025-06-05, not '\(date)'")
      }
      if layout != "auto" {
        do {
          _ = try GraphvizRenderer.Layout(named: layout)
        } catch let error as RenderingError {
          throw ValidationError(error.message)
        }
      }
      if stdout {
        let formats = try parsedFormats()
        guard formats.count == 1, formats[0].isSingleFile else {
          throw ValidationError("--stdout writes one single-file format: give a single --format")
        }
      }
    }

    func parsedFormats() throws -> [OutputFormat] {
      do {
        return try OutputFormat.parseList(format)
      } catch let error as CLIError {
        throw ValidationError(error.message)
      }
    }

    func run() throws {
      try reportingErrors {
        let formats = try parsedFormats()
        let reader = InputReader(date: date.flatMap(InputReader.parseDate))
        let documents = try reader.documents(from: inputs)
        if stdout, !merge, documents.count > 1 {
          throw CLIError(
            .usage, "--stdout writes one graph but there are \(documents.count) documents: add --merge")
        }
        let extractor = Extractor()
        var graphs: [(name: String, graph: KnowledgeGraph)] = []
        var dropped: [String] = []
        if merge || documents.count == 1 {
          let extraction = extractor.extract(documents)
          let fallback = merge ? "merged" : documents[0].id
          graphs.append((name ?? fallback, extraction.graph))
          dropped += extraction.dropped
        } else {
          if name != nil {
            throw CLIError(.usage, "--name names a single graph: add --merge or give one input")
          }
          for document in documents {
            let extraction = extractor.extract([document])
            graphs.append((document.id, extraction.graph))
            dropped += extraction.dropped
          }
        }
        if explain {
          for line in dropped { StandardError.writeLine(line) }
        }
        let writer = GraphOutput(layout: layout)
        if stdout {
          StandardOutput.write(try writer.bytes(of: graphs[0].graph, as: formats[0]))
          return
        }
        try writer.prepareDirectory(output)
        for (name, graph) in graphs {
          for format in formats {
            try writer.write(graph, as: format, to: output, baseName: name)
          }
        }
      }
    }
  }
}
