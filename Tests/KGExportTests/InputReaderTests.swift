import Foundation
import GraphExtraction
import KnowledgeGraphCore
import Testing

@testable import kg_export

@Suite struct InputReaderTests {
  /// A fresh temporary folder for one test.
  private func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-export-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  private func error(_ body: () throws -> Void) -> CLIError? {
    do {
      try body()
      return nil
    } catch {
      return error as? CLIError
    }
  }

  @Test func readsFoldersRecursivelyInPathOrder() throws {
    let folder = try scratchFolder()
    try write("Second article.", to: folder.appendingPathComponent("b/second.md"))
    try write("First article.", to: folder.appendingPathComponent("a/first.txt"))
    try write("not an article", to: folder.appendingPathComponent("a/notes.csv"))
    try write("hidden", to: folder.appendingPathComponent(".hidden.txt"))
    let documents = try InputReader().documents(from: [folder.path])
    #expect(documents.map(\.id) == ["first", "second"])
    #expect(documents[0].text == "First article.")
    #expect(documents[0].source == folder.appendingPathComponent("a/first.txt").path)
  }

  /// Links, folders and other non-files are skipped, as `URLResourceValues.isRegularFile` says.
  @Test func listsRegularFilesOnly() throws {
    let folder = try scratchFolder()
    try write("An article.", to: folder.appendingPathComponent("a.txt"))
    try write("Another.", to: folder.appendingPathComponent("sub/b.md"))
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("broken.txt").path, withDestinationPath: "missing.txt")
    try manager.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    let files = try InputReader.textFiles(in: folder.path)
    #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.txt", "b.md"])
    for name in ["a.txt", "link.txt", "broken.txt", "folder.txt", "pipe.txt", "none.txt"] {
      let url = folder.appendingPathComponent(name)
      let expected = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      #expect(InputReader.isRegularFile(url.path) == expected, "\(name)")
    }
  }

  @Test func readsJSONLinesCorporaWithTheirDates() throws {
    let folder = try scratchFolder()
    let corpus = folder.appendingPathComponent("news.jsonl")
    try write(
      """
      {"id": "a1", "text": "Leaders met in Rome.", "date": "2024-03-01"}

      {"id": 7, "text": "Talks resumed.", "date": "2024-03-02T10:00:00Z"}
      {"text": "No id or date."}
      """, to: corpus)
    let documents = try InputReader().documents(from: [corpus.path])
    #expect(documents.map(\.id) == ["7", "a1", "news-4"])
    #expect(documents.map { $0.date?.description } == ["2024-03-02", "2024-03-01", nil])
    #expect(documents[1].source == "\(corpus.path)#a1")
    let overridden = try InputReader(date: PartialDate(iso: "2020-01-01")).documents(from: [corpus.path])
    #expect(overridden.allSatisfy { $0.date?.description == "2020-01-01" })
  }

  @Test func refusesBadCorpusLinesNamingTheLine() throws {
    let folder = try scratchFolder()
    let corpus = folder.appendingPathComponent("bad.jsonl")
    try write("{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": \"b\", \"text\": }\n", to: corpus)
    let failure = error { _ = try InputReader().documents(from: [corpus.path]) }
    #expect(failure?.code == .badData)
    #expect(failure?.message == "\(corpus.path) line 2: not valid JSON")
    try write("{\"id\": \"a\", \"text\": \"x\", \"date\": \"June 5\"}\n", to: corpus)
    #expect(error { _ = try InputReader().documents(from: [corpus.path]) }?.message
      == "\(corpus.path) line 1: \"date\" must be an ISO date such as 2025-06-05")
  }

  @Test func refusesInvalidUTF8WithTheOffsetOfTheFirstBadByte() throws {
    let folder = try scratchFolder()
    let file = folder.appendingPathComponent("latin1.txt")
    try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x61]).write(to: file)  // "Café a" in Latin-1
    let failure = error { _ = try InputReader().documents(from: [file.path]) }
    #expect(failure?.code == .badData)
    #expect(failure?.message == "\(file.path): not valid UTF-8 (first bad byte at offset 3)")
  }

  @Test func validatesUTF8LikeTheStandard() {
    #expect(UTF8Validation.firstInvalidByte(in: Data("习近平 é 🙂".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidByte(in: Data([0x41, 0xC0, 0xAF])) == 1)  // overlong
    #expect(UTF8Validation.firstInvalidByte(in: Data([0xED, 0xA0, 0x80])) == 0)  // surrogate
    #expect(UTF8Validation.firstInvalidByte(in: Data([0x41, 0x42, 0xE4, 0xB8])) == 2)  // cut off
  }

  @Test func refusesMissingEmptyAndTextlessInputs() throws {
    let folder = try scratchFolder()
    let missing = folder.appendingPathComponent("missing.txt").path
    #expect(error { _ = try InputReader().documents(from: [missing]) }?.code == .noInput)
    let empty = folder.appendingPathComponent("empty.txt")
    try write("  \n\n", to: empty)
    let emptyError = error { _ = try InputReader().documents(from: [empty.path]) }
    #expect(emptyError?.code == .badData)
    #expect(emptyError?.message == "\(empty.path): empty, there is no text to read")
    let textless = folder.appendingPathComponent("images")
    try write("png", to: textless.appendingPathComponent("a.png"))
    let textlessError = error { _ = try InputReader().documents(from: [textless.path]) }
    #expect(textlessError?.code == .noInput)
    #expect(textlessError?.message == "\(textless.path): folder holds no .txt, .md or .jsonl files")
  }

  @Test func refusesTwoInputsWithTheSameName() throws {
    let folder = try scratchFolder()
    try write("One.", to: folder.appendingPathComponent("a/x.txt"))
    try write("Two.", to: folder.appendingPathComponent("b/x.md"))
    let failure = error { _ = try InputReader().documents(from: [folder.path]) }
    #expect(failure?.code == .usage)
    #expect(failure?.message.hasPrefix("two inputs are both named 'x'") == true)
  }

  @Test func readsStandardInput() throws {
    var reader = InputReader()
    reader.readStandardInput = { Data("Piped text.".utf8) }
    let documents = try reader.documents(from: [])
    #expect(documents.map(\.id) == ["stdin"])
    #expect(documents.first?.source == "-")
  }

  @Test func masksMarkdownWithoutMovingOffsets() {
    let markdown = "# Leaders meet\n\n**Angela Merkel** met [Emmanuel Macron](https://example.org) in *Paris*.\n```\ncode\n```"
    let masked = MarkdownText.mask(markdown)
    #expect(masked.unicodeScalars.count == markdown.unicodeScalars.count)
    #expect(!masked.contains("#") && !masked.contains("*") && !masked.contains("https"))
    let words = masked.split(whereSeparator: \.isWhitespace)
    #expect(words == ["Leaders", "meet", "Angela", "Merkel", "met", "Emmanuel", "Macron", "in", "Paris", "."])
  }
}
