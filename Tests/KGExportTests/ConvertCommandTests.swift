import ArgumentParser
import Foundation
import GraphSerialization
import KnowledgeGraphCore
import Testing

@testable import kg_export

@Suite struct ConvertCommandTests {
  // MARK: Parsing, in process

  @Test func parsesFormatsAndFilters() throws {
    let command = try #require(
      KGExport.parseAsRoot([
        "convert", "g.jsonld", "--format", "dot,graphml, csv", "--kinds", "person,country",
        "--relations", "leaderOf,memberOf", "--min-confidence", "0.5", "--focus", "Ada Moreno",
        "--depth", "2", "--max-nodes", "40",
      ]) as? KGExport.Convert)
    #expect(command.export.formats == [.graph(.dot), .graph(.graphml), .graph(.csv)])
    let filter = command.export.filter
    #expect(filter.kinds == [.person, .country])
    #expect(filter.predicates == [.leaderOf, .memberOf])
    #expect(filter.minimumConfidence == 0.5)
    #expect(filter.focus == "Ada Moreno")
    #expect(filter.depth == 2)
    #expect(filter.maximumNodes == 40)
  }

  @Test(arguments: [
    ["convert", "g.jsonld", "--format", "pptx"],
    ["convert", "g.jsonld", "--layout", "spiral"],
    ["convert", "g.jsonld", "--kinds", "planet"],
    ["convert", "g.jsonld", "--relations", "likes"],
    ["convert", "g.jsonld", "--min-confidence", "2"],
    ["convert", "g.jsonld", "--stdout", "--format", "neo4j"],
    ["convert", "g.jsonld", "--stdout", "-o", "x.dot"],
  ])
  func rejectsBadArguments(_ arguments: [String]) {
    #expect(throws: (any Error).self) { try KGExport.parseAsRoot(arguments) }
  }

  // MARK: The built binary

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["KG_EXPORT"] { return URL(fileURLWithPath: path) }
    return packageRoot.appendingPathComponent(".build/debug/kg-export")
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-convert-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func sampleFile(in directory: URL) throws -> URL {
    var graph = KnowledgeGraph()
    let ada = graph.insert(Entity(.person, named: "Ada \"Q\" Moreno"))
    let norland = graph.insert(Entity(.country, named: "Norland"))
    let bo = graph.insert(Entity(.person, named: "Bo"))
    graph.insert(Relation(ada, .leaderOf, norland, confidence: 0.9))
    graph.insert(Relation(bo, .citizenOf, norland, confidence: 0.3))
    let url = directory.appendingPathComponent("sample.jsonld")
    try JSONLDWriter().write(graph).write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func writesOneFormatToStandardOutput() throws {
    let directory = try temporaryDirectory()
    let input = try sampleFile(in: directory)
    let result = try run(["convert", input.path, "--format", "dot"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("digraph \"knowledge-graph\" {"))
    #expect(result.stdout.contains(#"label="Ada \"Q\" Moreno""#))
  }

  @Test func writesSeveralFormatsToADirectory() throws {
    let directory = try temporaryDirectory()
    let input = try sampleFile(in: directory)
    let out = directory.appendingPathComponent("out")
    let result = try run(["convert", input.path, "--format", "jsonld,neo4j,graphml", "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["sample.graphml", "sample.jsonld", "sample.nodes.csv", "sample.relationships.csv"])
    let copy = try String(contentsOf: out.appendingPathComponent("sample.jsonld"), encoding: .utf8)
    #expect(copy == (try String(contentsOf: input, encoding: .utf8)))
  }

  @Test func filtersApplyToTheExport() throws {
    let directory = try temporaryDirectory()
    let input = try sampleFile(in: directory)
    let result = try run(["convert", input.path, "--format", "csv", "--min-confidence", "0.5"])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.count == 2)
    #expect(rows[1].hasPrefix("person/ada-q-moreno,country/norland,leaderOf,"))
  }

  @Test func writesAFileAtomicallyWithoutLeftovers() throws {
    let directory = try temporaryDirectory()
    let input = try sampleFile(in: directory)
    let target = directory.appendingPathComponent("graph.ttl")
    let result = try run(["convert", input.path, "--format", "turtle", "-o", target.path])
    #expect(result.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["graph.ttl", "sample.jsonld"])
  }

  @Test func exitCodesFollowSysexits() throws {
    let directory = try temporaryDirectory()
    let input = try sampleFile(in: directory)
    let missing = try run(["convert", directory.appendingPathComponent("none.jsonld").path])
    #expect(missing.status == 66)
    #expect(missing.stderr.hasPrefix("kg-export: ") && missing.stderr.hasSuffix("none.jsonld: no such file\n"))
    #expect(missing.stderr.split(separator: "\n").count == 1)

    let bad = directory.appendingPathComponent("bad.jsonld")
    try "{\"@graph\": [}".write(to: bad, atomically: true, encoding: .utf8)
    let malformed = try run(["convert", bad.path, "--format", "dot"])
    #expect(malformed.status == 65)
    #expect(malformed.stderr.contains("bad.jsonld: malformed document at line 1, column 13"))

    let usage = try run(["convert", input.path, "--format", "neo4j"])
    #expect(usage.status == 64)
    let unknownFocus = try run(["convert", input.path, "--focus", "Nobody"])
    #expect(unknownFocus.status == 64)

    let blocker = directory.appendingPathComponent("file")
    try "x".write(to: blocker, atomically: true, encoding: .utf8)
    let unwritable = try run(["convert", input.path, "--format", "dot", "-o", blocker.path + "/sub/g.dot"])
    #expect(unwritable.status == 73)
    #expect(unwritable.stderr.hasPrefix("kg-export: cannot write '"))

    let overwrite = try run(["convert", input.path, "--format", "jsonld", "-o", directory.path])
    #expect(overwrite.status == 64)
  }
}

/// `convert` draws too: the same formats as `extract`.
@Suite struct ConvertDrawingTests {
  @Test func convertsJSONLDToSVGAndPNG() throws {
    let scratch = try ScratchDirectory()
    let article = try scratch.file(
      "a.txt", "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.")
    #expect(try runKGExport(["extract", article, "--output", scratch.path]).status == 0)
    let out = "\(scratch.path)/drawings"
    let result = try runKGExport(["convert", "\(scratch.path)/a.jsonld", "--format", "svg,png", "--output", out])
    #expect(result.status == 0, "\(result.standardError)")
    let svg = try String(contentsOfFile: "\(out)/a.svg", encoding: .utf8)
    #expect(svg.contains("Olaf Scholz") && svg.contains("Emmanuel Macron"))
    let png = try Data(contentsOf: URL(fileURLWithPath: "\(out)/a.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}

/// `render` reads the JSON-LD that `extract` writes, as well as DOT.
@Suite struct RenderJSONLDTests {
  @Test func rendersAnExtractedJSONLDGraph() throws {
    let scratch = try ScratchDirectory()
    let article = try scratch.file(
      "b.txt", "Chinese President Xi Jinping met Brazilian President Lula in Beijing.")
    #expect(try runKGExport(["extract", article, "--output", scratch.path]).status == 0)
    let result = try runKGExport(["render", "\(scratch.path)/b.jsonld", "--format", "svg"])
    #expect(result.status == 0, "\(result.standardError)")
    let svg = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(svg.contains("<svg") && svg.contains("Xi Jinping"))
    let broken = try scratch.file("broken.jsonld", "{\"@graph\": [")
    let failure = try runKGExport(["render", broken, "--format", "svg"])
    #expect(failure.status == 65)
    #expect(failure.standardError.contains("broken.jsonld: not a kg-export JSON-LD graph"))
  }
}
