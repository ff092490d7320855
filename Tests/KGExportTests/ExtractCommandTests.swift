import Foundation
import Testing

@testable import kg_export

/// `kg-export extract`, driven through the built binary as a user would.
@Suite struct ExtractCommandTests {
  private let article = """
    Leaders meet in Berlin

    March 3, 2024

    German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Sunday.
    """

  private let secondArticle = """
    On May 2, 2024, Chinese President Xi Jinping met French President Emmanuel Macron in Paris.
    """

  @Test func writesEveryFormatNamedAfterTheInput() throws {
    let scratch = try ScratchDirectory()
    let input = try scratch.file("berlin.txt", article)
    let out = "\(scratch.path)/out"
    let result = try runKGExport(["extract", input, "--format", "jsonld,dot,svg,png,pdf", "--output", out])
    #expect(result.status == 0, "\(result.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files == ["berlin.dot", "berlin.jsonld", "berlin.pdf", "berlin.png", "berlin.svg"])
    let jsonld = try String(contentsOfFile: "\(out)/berlin.jsonld", encoding: .utf8)
    #expect(jsonld.contains("\"Olaf Scholz\""))
    let svg = try String(contentsOfFile: "\(out)/berlin.svg", encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("Olaf Scholz"))
    let png = try Data(contentsOf: URL(fileURLWithPath: "\(out)/berlin.png"))
    #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(out)/berlin.pdf"))
    #expect(pdf.prefix(4) == Data("%PDF".utf8))
  }

  @Test func outputIsByteIdenticalAcrossRunsAndInputOrders() throws {
    let scratch = try ScratchDirectory()
    let first = try scratch.file("a.txt", article)
    let second = try scratch.file("b.txt", secondArticle)
    for format in ["jsonld", "dot"] {
      let runs = try [[first, second], [second, first], [first, second]].map {
        try runKGExport(["extract"] + $0 + ["--merge", "--format", format, "--stdout"])
      }
      #expect(runs.allSatisfy { $0.status == 0 })
      #expect(runs[0].standardOutput == runs[1].standardOutput)
      #expect(runs[0].standardOutput == runs[2].standardOutput)
      #expect(!runs[0].standardOutput.isEmpty)
    }
  }

  @Test func outputDoesNotDependOnTheNumberOfThreads() throws {
    let scratch = try ScratchDirectory()
    let inputs = try [article, secondArticle, article + "\n" + secondArticle].enumerated().map {
      try scratch.file("doc\($0.offset).txt", $0.element)
    }
    let runs = try [1, 2, 4].map { threads in
      try runKGExport(["extract"] + inputs + ["--merge", "--threads", String(threads), "--stdout"])
    }
    #expect(runs.allSatisfy { $0.status == 0 })
    #expect(runs[0].standardOutput == runs[1].standardOutput)
    #expect(runs[0].standardOutput == runs[2].standardOutput)
  }

  @Test func writesOneGraphPerDocumentOrOneMergedGraph() throws {
    let scratch = try ScratchDirectory()
    try scratch.file("a.txt", article)
    try scratch.file("b.md", secondArticle)
    let separate = "\(scratch.path)/separate"
    #expect(try runKGExport(["extract", scratch.path, "--output", separate]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: separate).sorted() == ["a.jsonld", "b.jsonld"])
    let merged = "\(scratch.path)/merged"
    #expect(try runKGExport(["extract", scratch.path, "--merge", "--output", merged]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: merged) == ["merged.jsonld"])
  }

  @Test func readsStandardInputAndCorpora() throws {
    let piped = try runKGExport(["extract", "--format", "dot", "--stdout"], standardInput: article)
    #expect(piped.status == 0)
    #expect(String(decoding: piped.standardOutput, as: UTF8.self).hasPrefix("digraph"))
    let scratch = try ScratchDirectory()
    let corpus = try scratch.file(
      "news.jsonl",
      """
      {"id": "one", "text": "German Chancellor Olaf Scholz visited Paris.", "date": "2024-03-03"}
      {"id": "two", "text": "French President Emmanuel Macron visited Berlin.", "date": "2024-03-04"}
      """)
    let out = "\(scratch.path)/out"
    #expect(try runKGExport(["extract", corpus, "--output", out]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["one.jsonld", "two.jsonld"])
  }

  @Test(arguments: [
    (["extract", "/nonexistent/article.txt"], Int32(66), "/nonexistent/article.txt: no such file or folder"),
    (["extract", "--format", "pptx"], Int32(64), "unknown format 'pptx'"),
    (["extract", "--date", "June 5"], Int32(64), "--date must be an ISO date"),
  ])
  func refusesBadUsageAndMissingInput(arguments: [String], status: Int32, message: String) throws {
    let result = try runKGExport(arguments)
    #expect(result.status == status)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func badInputsGetOneLineAndLeaveNoFileBehind() throws {
    let scratch = try ScratchDirectory()
    let latin1 = "\(scratch.path)/latin1.txt"
    try Data([0x43, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: latin1))
    let empty = try scratch.file("empty.txt", "\n")
    let folder = "\(scratch.path)/pictures"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data([1, 2, 3]).write(to: URL(fileURLWithPath: "\(folder)/photo.jpg"))
    let cases: [(String, Int32, String)] = [
      (latin1, 65, "not valid UTF-8 (first bad byte at offset 3)"),
      (empty, 65, "empty, there is no text to read"),
      (folder, 66, "folder holds no .txt, .md or .jsonl files"),
    ]
    for (input, status, message) in cases {
      let out = "\(scratch.path)/out-\(status)"
      let result = try runKGExport(["extract", input, "--output", out, "--format", "jsonld,svg"])
      #expect(result.status == status)
      let lines = result.standardError.split(separator: "\n")
      #expect(lines.count == 1)
      #expect(lines.first?.contains(input) == true && lines.first?.contains(message) == true)
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }

  @Test func stdoutNeedsOneFormatAndOneGraph() throws {
    let scratch = try ScratchDirectory()
    let a = try scratch.file("a.txt", article)
    let b = try scratch.file("b.txt", secondArticle)
    let twoFormats = try runKGExport(["extract", a, "--format", "jsonld,dot", "--stdout"])
    #expect(twoFormats.status == 64)
    let twoGraphs = try runKGExport(["extract", a, b, "--stdout"])
    #expect(twoGraphs.status == 64)
    #expect(twoGraphs.standardError.contains("add --merge"))
  }
}
