import Foundation
import GraphExtraction
import KnowledgeGraphCore

/// Turns the command line's inputs into documents: text and Markdown files, folders of them
/// (recursively), standard input, and JSON Lines corpora with one document per line.
struct InputReader {
  /// File extensions read as one document each.
  static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]
  /// File extensions read as a corpus of one document per line.
  static let corpusExtensions: Set<String> = ["jsonl", "ndjson"]

  /// The date given with `--date`, which overrides every other date.
  var date: PartialDate?
  /// Reads standard input; replaceable in tests.
  var readStandardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }

  /// The documents of every input, in a stable order.
  ///
  /// - Throws: ``CLIError`` naming the input and the problem: a missing file, a folder with
  ///   no text, an empty file, bytes that are not UTF-8, a bad corpus line, or two inputs with
  ///   the same name.
  func documents(from paths: [String]) throws -> [SourceDocument] {
    var documents: [SourceDocument] = []
    for path in paths.isEmpty ? ["-"] : paths {
      documents += try read(path)
    }
    var seen: [String: String] = [:]
    for document in documents {
      let source = document.source ?? document.id
      if let other = seen[document.id] {
        throw CLIError(code: .usage, message: "two inputs are both named '\(document.id)': \(other) and \(source); rename one")
      }
      seen[document.id] = source
    }
    return documents.sorted { $0.id < $1.id }
  }

  private func read(_ path: String) throws -> [SourceDocument] {
    if path == "-" {
      let text = try Self.decode(readStandardInput(), name: "standard input")
      return [try document(id: "stdin", text: text, source: "-", name: "standard input")]
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError(code: .noInput, message: "\(path): no such file or folder")
    }
    if isDirectory.boolValue {
      let files = try Self.textFiles(in: path)
      guard !files.isEmpty else {
        throw CLIError(code: .noInput, message: "\(path): folder holds no .txt, .md or .jsonl files")
      }
      return try files.flatMap { try readFile($0) }
    }
    return try readFile(path)
  }

  private func readFile(_ path: String) throws -> [SourceDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(code: .noInput, message: "\(path): cannot read the file (permission denied?)")
    }
    let text = try Self.decode(data, name: path)
    let url = URL(fileURLWithPath: path)
    let id = url.deletingPathExtension().lastPathComponent
    let fileExtension = url.pathExtension.lowercased()
    if Self.corpusExtensions.contains(fileExtension) {
      return try corpusDocuments(text, path: path)
    }
    let body = ["md", "markdown"].contains(fileExtension) ? MarkdownText.mask(text) : text
    return [try document(id: id, text: body, source: path, name: path)]
  }

  private func document(id: String, text: String, source: String, name: String) throws
    -> SourceDocument
  {
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw CLIError(code: .badData, message: "\(name): empty, there is no text to read")
    }
    return SourceDocument(id: id, text: Self.withoutByteOrderMark(text), date: date, source: source)
  }

  /// One document per non-blank line of a JSON Lines corpus: `{"id", "text", "date"}`.
  private func corpusDocuments(_ text: String, path: String) throws -> [SourceDocument] {
    var documents: [SourceDocument] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      let place = "\(path) line \(lineNumber)"
      let object: [String: Any]
      do {
        guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw CLIError(code: .badData, message: "\(place): expected a JSON object") }
        object = parsed
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError(code: .badData, message: "\(place): not valid JSON")
      }
      guard let body = object["text"] as? String else {
        throw CLIError(code: .badData, message: "\(place): missing \"text\" string")
      }
      let id: String
      switch object["id"] {
      case let value as String where !value.isEmpty: id = value
      case let value as NSNumber: id = value.stringValue
      case nil: id = "\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)-\(lineNumber)"
      default: throw CLIError(code: .badData, message: "\(place): \"id\" must be a non-empty string or a number")
      }
      var lineDate: PartialDate?
      if let value = object["date"], !(value is NSNull) {
        guard let string = value as? String, let parsed = Self.parseDate(string) else {
          throw CLIError(code: .badData, message: "\(place): \"date\" must be an ISO date such as 2025-06-05")
        }
        lineDate = parsed
      }
      guard body.contains(where: { !$0.isWhitespace }) else {
        throw CLIError(code: .badData, message: "\(place): \"text\" is empty")
      }
      documents.append(
        SourceDocument(id: id, text: body, date: date ?? lineDate, source: "\(path)#\(id)"))
    }
    guard !documents.isEmpty else {
      throw CLIError(code: .badData, message: "\(path): empty, the corpus has no documents")
    }
    return documents
  }

  /// Parses `2025-06-05`, `2025-06` or `2025`, and the date part of an ISO timestamp.
  static func parseDate(_ text: String) -> PartialDate? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let datePart = trimmed.split(separator: "T", maxSplits: 1).first.map(String.init) ?? trimmed
    return PartialDate(iso: datePart)
  }

  /// The text files below `folder`, recursively, skipping hidden files, sorted by path.
  static func textFiles(in folder: String) throws -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else {
      throw CLIError(code: .noInput, message: "\(folder): cannot list the folder")
    }
    var files: [String] = []
    for case let url as URL in enumerator {
      let fileExtension = url.pathExtension.lowercased()
      guard textExtensions.contains(fileExtension) || corpusExtensions.contains(fileExtension) else { continue }
      let path = url.path
      guard isRegularFile(path) else { continue }
      files.append(path)
    }
    return files.sorted()
  }

  /// Whether `path` names a regular file itself, not a link to one: what
  /// `URLResourceValues.isRegularFile` tells, with one `lstat` (Foundation gathers every
  /// attribute of the file, owner names included, to answer it).
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// Decodes UTF-8, refusing anything else with the offset of the first bad byte.
  static func decode(_ data: Data, name: String) throws -> String {
    if let offset = UTF8Validation.firstInvalidByte(in: data) {
      throw CLIError(code: .badData, message: "\(name): not valid UTF-8 (first bad byte at offset \(offset))")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Replaces a leading byte-order mark by a space, so offsets stay the same.
  static func withoutByteOrderMark(_ text: String) -> String {
    guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
    return " " + String(text.unicodeScalars.dropFirst())
  }
}

/// Finds the first byte that makes data invalid UTF-8.
enum UTF8Validation {
  /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or
  /// `nil` if the data is valid UTF-8.
  static func firstInvalidByte(in data: Data) -> Int? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
      let bytes = buffer.bindMemory(to: UInt8.self)
      var index = 0
      let count = bytes.count
      while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperBound = 0x9F
        case 0xF0: length = 4; lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperBound = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        for offset in 1..<length {
          let byte = bytes[index + offset]
          let low = offset == 1 ? lowerBound : 0x80
          let high = offset == 1 ? upperBound : 0xBF
          guard byte >= low, byte <= high else { return index }
        }
        index += length
      }
      return nil
    }
  }
}
