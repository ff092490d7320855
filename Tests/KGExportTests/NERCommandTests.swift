import Foundation
import GraphExtraction
import Testing

/// Runs the built `kg-export` binary, as a user would.
private struct NERCommandResult {
  var status: Int32
  var output: String
  var error: String
}

private func nerExecutableURL() throws -> URL {
  let candidates = [
    Bundle.main.bundleURL.appending(path: "kg-export"),
    Bundle.main.bundleURL.deletingLastPathComponent().appending(path: "kg-export"),
    Bundle.main.executableURL?.deletingLastPathComponent().appending(path: "kg-export"),
  ].compactMap { $0 }
  return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
}

private func runNERCommand(_ arguments: [String], input: String? = nil) throws -> NERCommandResult {
  let process = Process()
  process.executableURL = try nerExecutableURL()
  process.arguments = arguments
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  let inputPipe = Pipe()
  process.standardInput = inputPipe
  try process.run()
  inputPipe.fileHandleForWriting.write(Data((input ?? "").utf8))
  try inputPipe.fileHandleForWriting.close()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return NERCommandResult(
    status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
    error: String(decoding: errorData, as: UTF8.self))
}

private func nerTemporaryFile(_ contents: [UInt8], name: String) throws -> String {
  let url = FileManager.default.temporaryDirectory
    .appending(path: "ner-command-tests-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
  try Data(contents).write(to: url)
  return url.path
}

@Suite struct NERCommandTests {
  @Test func tagsTokenPerLineTextKeepingSentenceBreaks() throws {
    let result = try runNERCommand(
      ["tag", "--conll"], input: "Angela\tB-person\nMerkel\nvisited\nWashington\n.\n\nThanks\n")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.prefix(2) == ["Angela\tB-Person", "Merkel\tI-Person"])
    #expect(lines[5] == "")
    #expect(lines[6].hasPrefix("Thanks\t"))
  }

  @Test func tagsPlainTextAsMentions() throws {
    let result = try runNERCommand(["tag"], input: "President Emmanuel Macron spoke in Paris.\n")
    #expect(result.status == 0)
    #expect(result.output == "10\t25\tPerson\tEmmanuel Macron\n35\t40\tPlace\tParis\n")
  }

  @Test func plainTextOffsetsCountScalarsAcrossCRLFLines() throws {
    let result = try runNERCommand(
      ["tag", "-"], input: "Angela Merkel met\r\nEmmanuel Macron in Paris.\r\n")
    #expect(result.status == 0)
    #expect(
      result.output
        == "0\t13\tPerson\tAngela Merkel\n19\t34\tPerson\tEmmanuel Macron\n38\t43\tPlace\tParis\n")
  }

  @Test func evaluatesAGoldFile() throws {
    let gold = "Angela\tB-person\nMerkel\tI-person\nvisited\tO\nWashington\tB-location\n.\tO\n"
    let path = try nerTemporaryFile(Array(gold.utf8), name: "gold.txt")
    let result = try runNERCommand(["evaluate-ner", "--gold", path, "--map", "conll"])
    #expect(result.status == 0)
    #expect(result.output.contains("micro        1.0000   1.0000   1.0000   2"))
  }

  @Test func malformedInputGivesOneLineAndExit65() throws {
    let path = try nerTemporaryFile(Array("A\tO\nB\tO\tX\n".utf8), name: "three-columns.txt")
    let result = try runNERCommand(["tag", "--conll", path])
    #expect(result.status == 65)
    #expect(
      result.error == "kg-export: \(path):2: expected 'token' or 'token<TAB>tag', found 3 columns\n"
    )

    let badTag = try nerTemporaryFile(
      Array("A\tB-person\nB\tB-weather\n".utf8), name: "bad-tag.txt")
    let tagResult = try runNERCommand(["evaluate-ner", "--gold", badTag, "--map", "conll"])
    #expect(tagResult.status == 65)
    #expect(tagResult.error.contains("\(badTag):2: unknown tag 'B-weather'"))

    let binary = try nerTemporaryFile([0x41, 0x0A, 0xC3, 0x28, 0x0A], name: "binary.txt")
    let binaryResult = try runNERCommand(["tag", "--conll", binary])
    #expect(binaryResult.status == 65)
    #expect(binaryResult.error == "kg-export: \(binary):2: not valid UTF-8 text\n")
  }

  @Test func unreadableInputExits66AndBadUsage64() throws {
    let missing = try runNERCommand(["tag", "/nonexistent/input.txt"])
    #expect(missing.status == 66)
    #expect(missing.error.contains("cannot read '/nonexistent/input.txt'"))
    let usage = try runNERCommand(["evaluate-ner", "--gold", "x.txt", "--map", "klingon"])
    #expect(usage.status == 64)
    let badModel = try nerTemporaryFile(Array("not a model".utf8), name: "model.bin")
    let model = try runNERCommand(["tag", "--model", badModel], input: "Hello.\n")
    #expect(model.status == 65)
    #expect(model.error.contains("malformed entity-tagger model"))
  }
}
