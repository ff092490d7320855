import ArgumentParser
import Dispatch
import Foundation
import GraphvizRendering
import Testing

@testable import kg_export

/// What a run of the built `kg-export` binary produced.
struct CommandResult {
  var status: Int32
  var standardOutput: Data
  var standardError: String
}

/// A scratch directory, removed when the test's value goes away.
final class ScratchDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-render-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` in the directory and returns its path.
  @discardableResult
  func file(_ name: String, _ text: String) throws -> String {
    let file = "\(path)/\(name)"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return file
  }

  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }
}

/// The `kg-export` binary built next to the test runner.
let kgExportBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  .deletingLastPathComponent().appendingPathComponent("kg-export")

/// Runs the built `kg-export` with `arguments`, waiting with a termination handler.
func runKGExport(
  _ arguments: [String], standardInput: String? = nil, in directory: URL? = nil
) throws -> CommandResult {
  let process = Process()
  process.executableURL = kgExportBinary
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  let scratch = try ScratchDirectory()
  let outPath = "\(scratch.path)/stdout"
  let errPath = "\(scratch.path)/stderr"
  _ = FileManager.default.createFile(atPath: outPath, contents: nil)
  _ = FileManager.default.createFile(atPath: errPath, contents: nil)
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
  process.standardOutput = out
  process.standardError = err
  if let standardInput {
    let inPath = try scratch.file("stdin", standardInput)
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
  } else {
    process.standardInput = FileHandle.nullDevice
  }
  let done = DispatchSemaphore(value: 0)
  process.terminationHandler = { _ in done.signal() }
  try process.run()
  done.wait()
  try out.close()
  try err.close()
  return CommandResult(
    status: process.terminationStatus,
    standardOutput: try Data(contentsOf: URL(fileURLWithPath: outPath)),
    standardError: try String(contentsOfFile: errPath, encoding: .utf8))
}

/// A deterministic random digraph: slow for `dot` at a few hundred nodes.
func denseGraph(nodes: Int, edges: Int) -> String {
  var state: UInt64 = 42
  func next() -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(state >> 33) % nodes
  }
  let lines = (0..<edges).map { _ in "  n\(next()) -> n\(next());" }
  return "digraph Dense {\n" + lines.joined(separator: "\n") + "\n}\n"
}

let sampleDOT = """
  digraph "knowledge-graph" {
    "person/xi-jinping" [label="习近平"];
    "country/china" [label="China", shape=box];
    "person/xi-jinping" -> "country/china" [label="leaderOf"];
  }
  """

@Suite struct RenderCommandParsingTests {
  @Test func parsesTheRenderOptions() throws {
    let command = try #require(
      try KGExport.parseAsRoot([
        "render", "a.dot", "b.dot", "-T", "png", "--layout", "neato", "-o", "out", "--timeout", "3",
        "--dpi", "150", "--max-nodes", "40", "--jobs", "2",
      ]) as? KGExport.Render)
    #expect(command.inputs == ["a.dot", "b.dot"])
    #expect(command.output == "out")
    #expect(command.timeout == 3)
    #expect(command.jobs == 2)
    let (renderer, format) = try command.rendering.makeRenderer()
    #expect(format == .png)
    #expect(renderer.layout == .neato)
    #expect(renderer.largeGraphLimit == nil)
    #expect(renderer.dpi == 150)
    #expect(renderer.maxNodes == 40)
  }

  @Test func acceptsDotStyleJoinedFormatAndEngine() throws {
    let command = try #require(
      try KGExport.parseAsRoot(["render", "a.dot", "-Tpng", "-Ksfdp"]) as? KGExport.Render)
    let (renderer, format) = try command.rendering.makeRenderer()
    #expect(format == .png)
    #expect(renderer.layout == .sfdp)
  }

  @Test func autoLayoutIsDotWithTheLargeGraphLimit() throws {
    let command = try #require(try KGExport.parseAsRoot(["render", "a.dot"]) as? KGExport.Render)
    let (renderer, format) = try command.rendering.makeRenderer()
    #expect(format == .svg)
    #expect(renderer.layout == .dot)
    #expect(renderer.largeGraphLimit == .automaticLayout)
  }

  @Test(arguments: [
    (["render", "a.dot", "-T", "gtk"], "is not drawn in process"),
    (["render", "a.dot", "-T", "bogus"], "unknown format 'bogus'; use one of: svg"),
    (["render", "a.dot", "-K", "nop"], "unknown layout engine 'nop'; use one of: dot"),
    (["render", "a.dot", "--size", "8x6"], "--size must be WIDTH,HEIGHT"),
    (["render", "a.dot", "--timeout", "0"], "--timeout must be a positive number"),
    (["render"], "give at least one DOT file"),
    (["render", "a.dot", "-", "b.dot"], "'-' (standard input) can only be the only input"),
  ])
  func rejectsBadUsageWithExitCode64(arguments: [String], message: String) throws {
    let error = try #require(throws: (any Error).self) { try KGExport.parseAsRoot(arguments) }
    #expect(KGExport.exitCode(for: error).rawValue == 64)
    #expect(KGExport.message(for: error).contains(message))
  }

  @Test func theWorkerIsHiddenFromHelp() {
    let help = KGExport.helpMessage()
    #expect(help.contains("render"))
    #expect(!help.contains("render-worker"))
  }

  @Test func outputsAreNamedAfterTheirInputs() {
    #expect(KGExport.Render.outputName(for: "dir/graph.dot", .svg) == "graph.svg")
    #expect(KGExport.Render.outputName(for: "graph", .png) == "graph.png")
    #expect(KGExport.Render.outputName(for: "a.b.gv", .dot) == "a.b.gv")
    #expect(KGExport.Render.outputName(for: "-", .jpeg) == "stdin.jpg")
  }
}

@Suite struct RenderCommandTests {
  @Test func everyListedFormatIsDrawnWithItsSignature() throws {
    let listing = try runKGExport(["render", "--list-formats"])
    #expect(listing.status == 0)
    let formats = String(decoding: listing.standardOutput, as: UTF8.self).split(separator: "\n")
    #expect(formats.contains("svg") && formats.contains("png") && formats.contains("pdf"))
    let signatures: [String: [UInt8]] = [
      "svg": Array("<?xml".utf8), "svgz": [0x1F, 0x8B], "png": [0x89, 0x50, 0x4E, 0x47],
      "jpeg": [0xFF, 0xD8, 0xFF], "gif": Array("GIF8".utf8), "webp": Array("RIFF".utf8),
      "pdf": Array("%PDF-".utf8), "ps": Array("%!PS".utf8), "eps": Array("%!PS".utf8),
      "json": Array("{".utf8), "json0": Array("{".utf8), "dot_json": Array("{".utf8),
      "xdot_json": Array("{".utf8), "xdot": Array("digraph".utf8), "dot": Array("digraph".utf8),
      "canon": Array("digraph".utf8), "gv": Array("digraph".utf8), "plain": Array("graph ".utf8),
      "plain-ext": Array("graph ".utf8), "fig": Array("#FIG".utf8),
    ]
    let scratch = try ScratchDirectory()
    let input = try scratch.file("news.dot", sampleDOT)
    for format in formats.map(String.init) {
      let result = try runKGExport(["render", input, "-T", format])
      #expect(result.status == 0, "\(format): \(result.standardError)")
      let expected = try #require(signatures[format], "no signature known for \(format)")
      #expect(Array(result.standardOutput).starts(with: expected), "\(format) signature")
      if format.contains("json") {
        #expect((try? JSONSerialization.jsonObject(with: result.standardOutput)) != nil)
      }
    }
  }

  @Test func writesSVGWithNonLatinTextToStandardOutputSilently() throws {
    let result = try runKGExport(["render", "-"], standardInput: sampleDOT)
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    #expect(String(decoding: result.standardOutput, as: UTF8.self).contains(">习近平</text>"))
  }

  @Test func graphvizWarningsAreNotPrinted() throws {
    // Unknown shape and colour, and CJK text in PostScript: three Graphviz warnings.
    let source = "digraph W { a [shape=hexagonx, color=notacolor, label=\"习近平\"]; a -> b }"
    for format in ["svg", "ps"] {
      let result = try runKGExport(["render", "-", "-T", format], standardInput: source)
      #expect(result.status == 0)
      #expect(result.standardError.isEmpty, "\(format): \(result.standardError)")
    }
  }

  @Test func badDOTExits65WithOneLineNamingTheFile() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("bad.dot", "digraph G { a -> }")
    let result = try runKGExport(["render", input, "-o", "\(scratch.path)/bad.svg"])
    #expect(result.status == 65)
    #expect(result.standardError == "kg-export render: \(input): syntax error in line 1 near '}'\n")
    #expect(try scratch.contents() == ["bad.dot"])
  }

  @Test func malformedHTMLLabelExits65() throws {
    let result = try runKGExport(
      ["render", "-"], standardInput: "digraph G { a [label=<<b>x</i>>] }")
    #expect(result.status == 65)
    #expect(result.standardError.hasPrefix("kg-export render: <stdin>: mismatched tag in line 1"))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test func unreadableInputExits66() throws {
    let result = try runKGExport(["render", "/nonexistent/graph.dot"])
    #expect(result.status == 66)
    #expect(
      result.standardError
        == "kg-export render: /nonexistent/graph.dot: cannot read: No such file or directory\n")
  }

  @Test func unwritableOutputExits73AndLeavesNoFile() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("a.dot", sampleDOT)
    let result = try runKGExport(["render", input, "-o", "\(scratch.path)/missing/dir/a.svg"])
    #expect(result.status == 73)
    #expect(result.standardError.hasPrefix("kg-export render: \(input): cannot write"))
    #expect(result.standardError.split(separator: "\n").count == 1)
    let blocked = try runKGExport(["render", input, input, "-o", "\(input)/sub"])
    #expect(blocked.status == 73)
    #expect(try scratch.contents() == ["a.dot"])
  }

  @Test func drawsManyInputsIntoADirectoryAndContinuesPastFailures() throws {
    let scratch = try ScratchDirectory()
    var inputs: [String] = []
    for index in 0..<10 {
      inputs.append(try scratch.file("g\(index).dot", "digraph G\(index) { a -> b\(index) }"))
    }
    inputs.insert(try scratch.file("broken.dot", "digraph { a -> "), at: 3)
    let serial = try runKGExport(
      ["render"] + inputs + ["-o", "\(scratch.path)/serial", "--jobs", "1"])
    let parallel = try runKGExport(
      ["render"] + inputs + ["-o", "\(scratch.path)/parallel", "--jobs", "2"])
    for result in [serial, parallel] {
      #expect(result.status == 65)
      #expect(result.standardError.contains("broken.dot: syntax error in line 1"))
      #expect(result.standardError.split(separator: "\n").count == 1)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/serial")
      .sorted()
    #expect(names == (0..<10).map { "g\($0).svg" }.sorted())
    for name in names {
      let one = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.path)/serial/\(name)"))
      let two = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.path)/parallel/\(name)"))
      #expect(one == two, "\(name) differs between --jobs 1 and --jobs 2")
    }
  }

  @Test func aSingleInputGoesIntoAnOutputEndingInASlash() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("one.dot", sampleDOT)
    let result = try runKGExport(["render", input, "-T", "pdf", "-o", "\(scratch.path)/new/dir/"])
    #expect(result.status == 0)
    let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.path)/new/dir/one.pdf"))
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
  }

  @Test func refusesToOverwriteAnInputOrWriteOneFileTwice() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("g.gv", sampleDOT)
    let overwrite = try runKGExport(["render", input, "-T", "dot", "-o", scratch.path])
    #expect(overwrite.status == 64)
    #expect(overwrite.standardError.contains("would overwrite it"))
    try FileManager.default.createDirectory(
      atPath: "\(scratch.path)/x", withIntermediateDirectories: true)
    let other = try scratch.file("x/g.gv", sampleDOT)
    let twice = try runKGExport(["render", input, other, "-o", "\(scratch.path)/out"])
    #expect(twice.status == 64)
    #expect(twice.standardError.contains("would both be drawn to"))
  }

  @Test func timeoutStopsASlowLayoutQuickly() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("dense.dot", denseGraph(nodes: 400, edges: 1_200))
    let start = Date()
    let result = try runKGExport([
      "render", input, "--layout", "dot", "--timeout", "1", "-o", "\(scratch.path)/dense.svg",
    ])
    let elapsed = Date().timeIntervalSince(start)
    #expect(result.status == 70)
    #expect(result.standardError.contains("dense.dot: gave up after 1 s (--timeout)"))
    #expect(elapsed < 5, "took \(elapsed) s")
    #expect(try scratch.contents() == ["dense.dot"])
  }

  @Test func autoLayoutDrawsLargeGraphsWithSFDPAndSaysSo() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("dense.dot", denseGraph(nodes: 400, edges: 1_200))
    let result = try runKGExport(["render", input, "-T", "plain"])
    #expect(result.status == 0)
    #expect(result.standardError.contains("drew with sfdp instead of dot"))
    #expect(String(decoding: result.standardOutput, as: UTF8.self).hasPrefix("graph "))
  }

  @Test func maxNodesSaysWhatWasLeftOutOnOneLine() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("star.dot", "digraph S { h -> a; h -> b; h -> c; a -> b; d }")
    let result = try runKGExport(["render", input, "-T", "plain", "--max-nodes", "3"])
    #expect(result.status == 0)
    #expect(
      result.standardError
        == "kg-export render: \(input): drew the 3 best-connected of 5 nodes (--max-nodes 3); "
        + "left out 2 nodes and 1 edges\n")
    let plain = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == 3)
  }

  @Test func theWorkerDrawsStandardInputToStandardOutput() throws {
    let result = try runKGExport(["render-worker", "-T", "svg"], standardInput: sampleDOT)
    #expect(result.status == 0)
    #expect(String(decoding: result.standardOutput, as: UTF8.self).contains("<svg"))
    let bad = try runKGExport(["render-worker"], standardInput: "digraph { -> }")
    #expect(bad.status == 65)
    #expect(bad.standardError == "kg-export render-worker: syntax error in line 1 near '->'\n")
  }

  @Test func workerAnswersRoundTrip() throws {
    let answer = WorkerAnswer(code: 0, payload: [1, 2, 3, 10], notes: ["one", "two"])
    let encoded = answer.encoded() + [9, 9]
    let (decoded, used) = try #require(try WorkerAnswer.decode(from: encoded[...]))
    #expect(decoded == answer)
    #expect(used == encoded.count - 2)
    #expect(try WorkerAnswer.decode(from: encoded.dropLast(4)) == nil)
  }
}

/// The worker pool with stand-in workers written in `sh`, so no Graphviz is involved.
@Suite struct RenderWorkerPoolTests {
  /// Runs `script` as every worker for `count` jobs and returns each job's result.
  func results(
    of script: String, count: Int = 3, size: Int = 2, timeout: Double? = nil
  ) -> [Int: Result<RenderedOutput, CLIError>] {
    let pool = RenderWorkerPool(
      executable: "/bin/sh", arguments: ["-c", script], size: size, timeout: timeout)
    var results: [Int: Result<RenderedOutput, CLIError>] = [:]
    pool.run(count: count, source: { .success("graph \($0)") }) { results[$0] = $1 }
    return results
  }

  @Test func passesAnswersAndNotesThrough() throws {
    // Reads each request and answers with the request's text and one note.
    let script = """
      while read -r n; do body=$(head -c "$n"); printf '0 %d 4\\n%snote' "${#body}" "$body"; done
      """
    let results = results(of: script, count: 5)
    #expect(results.count == 5)
    for index in 0..<5 {
      let output = try #require(try results[index]?.get())
      #expect(String(decoding: output.bytes, as: UTF8.self) == "graph \(index)")
      #expect(output.notes == ["note"])
    }
  }

  @Test func passesFailuresWithTheirExitCode() throws {
    let script = #"while read -r n; do head -c "$n" >/dev/null; printf '65 3 0\nbad'; done"#
    for result in results(of: script).values {
      #expect(throws: CLIError(code: .badData, message: "bad")) { try result.get() }
    }
  }

  @Test func reportsACrashedWorkerAndGoesOn() throws {
    let results = results(of: "kill -SEGV $$", count: 4)
    #expect(results.count == 4)
    for result in results.values {
      #expect(
        throws: CLIError(
          code: .internalFailure,
          message: "the render worker stopped unexpectedly: it was killed by signal 11 "
            + "(Segmentation fault)")
      ) { try result.get() }
    }
  }

  @Test func killsAWorkerPastTheTimeLimit() throws {
    let start = ContinuousClock.now
    let results = results(of: "exec sleep 30", count: 2, size: 2, timeout: 0.3)
    #expect(ContinuousClock.now - start < .seconds(5))
    for result in results.values {
      let failure = try #require(throws: CLIError.self) { try result.get() }
      #expect(failure.code == .internalFailure)
      #expect(failure.message.hasPrefix("gave up after 0.3 s (--timeout)"))
    }
  }
}
