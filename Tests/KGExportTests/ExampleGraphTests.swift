import Foundation
import Testing

@testable import kg_export

/// The package's root folder, found from this file's place in `Tests/KGExportTests`.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The examples in `graphs/`: each an article written for this project, with its graph.
let exampleNames: [String] = {
  let folder = packageRoot.appendingPathComponent("graphs")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/article.txt").path)
  }.sorted()
}()

@Suite struct ExampleGraphTests {
  @Test func thereAreExamples() {
    #expect(exampleNames.count >= 2)
  }

  /// Fails when the committed graph no longer matches what the code produces; regenerate
  /// with `Scripts/regenerate-graphs.sh` and review the difference.
  @Test(arguments: exampleNames)
  func committedGraphsAreUpToDate(example: String) throws {
    let folder = packageRoot.appendingPathComponent("graphs/\(example)")
    let scratch = try ScratchDirectory()
    // The same relative path as Scripts/regenerate-graphs.sh: it is recorded as the source.
    let result = try runKGExport(
      [
        "extract", "graphs/\(example)/article.txt", "--name", "graph", "--format", "jsonld,dot",
        "--output", scratch.path,
      ], in: packageRoot)
    #expect(result.status == 0, "\(result.standardError)")
    for file in ["graph.jsonld", "graph.dot"] {
      let produced = try String(contentsOfFile: "\(scratch.path)/\(file)", encoding: .utf8)
      let committed = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      #expect(
        produced == committed,
        "graphs/\(example)/\(file) is out of date: run Scripts/regenerate-graphs.sh")
    }
  }

  /// The committed SVG shows every entity of the committed JSON-LD: each node's label, as
  /// Graphviz writes text in SVG (XML-escaped, with `-` as `&#45;`), appears in the drawing.
  @Test(arguments: exampleNames)
  func committedDrawingsShowEveryEntity(example: String) throws {
    let folder = packageRoot.appendingPathComponent("graphs/\(example)")
    let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
    let dot = try String(contentsOf: folder.appendingPathComponent("graph.dot"), encoding: .utf8)
    let labels = dot.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  \""), !line.contains(" -> "), !line.contains("\"legend"),
        let start = line.range(of: "[label=\"")
      else { return nil }
      let rest = line[start.upperBound...]
      guard let end = rest.range(of: "\"") else { return nil }
      return String(rest[..<end.lowerBound]).components(separatedBy: "\\n")[0]
    }
    #expect(labels.count >= 5)
    for label in labels {
      let asSVGText = label.replacingOccurrences(of: "&", with: "&amp;")
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "-", with: "&#45;")
      #expect(svg.contains(">\(asSVGText)<"), "graphs/\(example)/graph.svg does not show \(label)")
    }
  }
}
