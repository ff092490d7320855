import ArgumentParser
import GraphSerialization
import GraphvizRendering

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension KGExport {
  /// `kg-export render`: draws DOT files with the Graphviz library, inside this process.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw DOT files with Graphviz (SVG, PNG, PDF, …) without running `dot`.",
      discussion: """
        Each input gives one output, named after it with the format's extension: in \
        --output DIRECTORY, or next to the input when there are several inputs and no \
        --output. A single input is written to --output FILE, or to standard output. \
        Outputs are written to a temporary file and renamed, never left half-written.

        With 8 or more inputs the graphs are drawn by one worker process per core (see \
        --jobs); with --timeout every graph is drawn in a worker that is stopped when its time \
        is up.

        Exit status: 0 all drawn; 64 usage error; 65 an input is not valid DOT; 66 an input \
        can't be read; 70 Graphviz failed or the time limit passed; 73 an output can't be \
        written. With several failures, the status of the first failing input.
        """)

    @Argument(
      help: "DOT files to draw; '-' reads standard input.",
      completion: .file(extensions: ["dot", "gv"]))
    var inputs: [String] = []

    @OptionGroup var rendering: RenderingOptions

    @Option(
      name: .shortAndLong,
      help: """
        The output file for one input, or the directory for several (or when it ends in '/'); \
        a missing directory is created.
        """)
    var output: String?

    @Option(help: "Give up on any one graph after this many seconds.")
    var timeout: Double?

    @Option(
      help: """
        Worker processes to draw in; 1 draws every graph in this process. Default: one per \
        core with 8 or more inputs, else 1.
        """)
    var jobs: Int?

    @Flag(help: "List the output formats this Graphviz can produce in process, and exit.")
    var listFormats = false

    @Flag(help: "List the layout engines this Graphviz provides, and exit.")
    var listLayouts = false

    func validate() throws {
      if listFormats || listLayouts { return }
      guard !inputs.isEmpty else {
        throw ValidationError("give at least one DOT file to draw ('-' for standard input)")
      }
      if inputs.count > 1 && inputs.contains("-") {
        throw ValidationError("'-' (standard input) can only be the only input")
      }
      if let timeout, !(timeout.isFinite && timeout > 0) {
        throw ValidationError("--timeout must be a positive number of seconds")
      }
      if let jobs, jobs < 1 {
        throw ValidationError("--jobs must be at least 1")
      }
    }

    func run() throws {
      if listFormats || listLayouts {
        try printLists()
        return
      }
      let (renderer, format) = try rendering.makeRenderer()
      let destinations = try plannedDestinations(for: format)
      var failures: [Int: CLIError.Code] = [:]

      func finish(_ index: Int, _ result: Result<RenderedOutput, CLIError>) {
        let input = inputs[index] == "-" ? "<stdin>" : inputs[index]
        let outcome = result.flatMap { output -> Result<RenderedOutput, CLIError> in
          let failure: CLIError?
          if let path = destinations[index] {
            failure = RenderIO.writeFileAtomically(output.bytes, to: path)
          } else {
            failure = RenderIO.writeAll(output.bytes, to: STDOUT_FILENO).map {
              CLIError(
                code: .cannotCreate,
                message: "cannot write standard output: \(RenderIO.describe(errno: $0))")
            }
          }
          return failure.map { .failure($0) } ?? .success(output)
        }
        switch outcome {
        case .success(let output):
          for note in output.notes { printError("kg-export render: \(input): \(note)") }
        case .failure(let failure):
          printError("kg-export render: \(input): \(oneLine(failure.message))")
          failures[index] = failure.code
        }
      }

      let workers = min(jobs ?? (timeout == nil ? defaultJobs : Self.cores), inputs.count)
      if timeout != nil || workers > 1 {
        let pool = RenderWorkerPool(
          executable: RenderWorkerPool.currentExecutable(),
          arguments: ["render-worker", "--framed"] + rendering.arguments,
          size: workers, timeout: timeout)
        pool.run(count: inputs.count, source: { dotSource(at: inputs[$0]) }, finish: finish)
      } else {
        for index in inputs.indices {
          finish(
            index,
            dotSource(at: inputs[index]).flatMap {
              rendering.draw($0, with: renderer, as: format)
            })
        }
      }
      // Workers finish in any order; the exit status is the first failing input's.
      if let first = failures.keys.min(), let code = failures[first] {
        throw ExitCode(code.rawValue)
      }
    }

    private static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// One worker per core for 8 or more inputs; otherwise draw in this process.
    private var defaultJobs: Int { inputs.count >= 8 ? Self.cores : 1 }

    private func printLists() throws {
      do {
        if listFormats {
          for format in try GraphvizRenderer.availableFormats() { print(format.rawValue) }
        }
        if listLayouts {
          for layout in try GraphvizRenderer.availableLayouts() { print(layout.rawValue) }
        }
      } catch let error as RenderingError {
        printError("kg-export render: \(oneLine(error.message))")
        throw ExitCode(CLIError.Code.internalFailure.rawValue)
      }
    }

    /// Where each input's drawing goes: a file path, or `nil` for standard output.
    ///
    /// - Throws: `ValidationError` if two inputs would write the same file or an output would
    ///   overwrite an input; `ExitCode` 73 if the output directory can't be created.
    private func plannedDestinations(for format: GraphvizRenderer.Format) throws -> [String?] {
      let destinations: [String?]
      if inputs.count == 1, let output, !output.hasSuffix("/") {
        let isDirectory = RenderIO.isDirectory(output)
        destinations = [
          isDirectory ? Self.join(output, Self.outputName(for: inputs[0], format)) : output
        ]
      } else if inputs.count == 1, output == nil {
        destinations = [nil]
      } else if let output {
        if let failure = RenderIO.createDirectory(output) {
          printError("kg-export render: \(failure.message)")
          throw ExitCode(failure.code.rawValue)
        }
        destinations = inputs.map { Self.join(output, Self.outputName(for: $0, format)) }
      } else {
        destinations = inputs.map { input in
          let directory = input.lastIndex(of: "/").map { String(input[...$0]) } ?? ""
          return directory + Self.outputName(for: input, format)
        }
      }

      var claimed: [String: String] = [:]
      for (input, destination) in zip(inputs, destinations) {
        guard let destination else { continue }
        if let other = claimed[destination] {
          throw ValidationError("'\(other)' and '\(input)' would both be drawn to '\(destination)'")
        }
        claimed[destination] = input
        if let written = RenderIO.fileIdentity(destination), written == RenderIO.fileIdentity(input)
        {
          throw ValidationError("drawing '\(input)' to '\(destination)' would overwrite it")
        }
      }
      return destinations
    }

    /// `graph.dot` → `graph.svg`: the input's file name with the format's extension.
    static func outputName(for input: String, _ format: GraphvizRenderer.Format) -> String {
      let name = input == "-" ? "stdin" : String(input.split(separator: "/").last ?? "graph")
      let stem =
        name.lastIndex(of: ".").map { $0 == name.startIndex ? name : String(name[..<$0]) } ?? name
      return "\(stem).\(format.fileExtension)"
    }

    private static func join(_ directory: String, _ name: String) -> String {
      directory.hasSuffix("/") ? directory + name : "\(directory)/\(name)"
    }
  }
}

/// The DOT text to draw for the input at `path` ('-' for standard input).
///
/// The one place that turns an input path into DOT: a `.jsonld` or `.json` file is read as a
/// knowledge graph and written as DOT with the default style; anything else is DOT already.
func dotSource(at path: String) -> Result<String, CLIError> {
  RenderIO.readFile(at: path).flatMap(KGExport.RenderWorker.decode).flatMap { text in
    let lowered = path.lowercased()
    guard lowered.hasSuffix(".jsonld") || lowered.hasSuffix(".json") else { return .success(text) }
    do {
      let graph = try JSONLDReader().read(text)
      return .success(GraphExporter().write(graph, as: .dot, part: GraphFormat.dot.parts[0]))
    } catch {
      return .failure(CLIError(code: .badData, message: "not a kg-export JSON-LD graph: \(error)"))
    }
  }
}
