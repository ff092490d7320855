/// A sentence with a gold tag for each token.
public struct LabeledSentence: Hashable, Sendable {
  /// The sentence's tokens.
  public var tokens: [String]
  /// One tag per token.
  public var tags: [EntityTag]

  /// Creates a sentence; `tags` must have one tag per token.
  public init(tokens: [String], tags: [EntityTag]) {
    precondition(tokens.count == tags.count, "one tag per token")
    self.tokens = tokens
    self.tags = tags
  }
}

/// How to read the tags of a token-per-line file.
public enum TagScheme: String, CaseIterable, Hashable, Sendable {
  /// CoNLL-2003: person, organisation, location, misc (or PER, ORG, LOC, MISC). Locations
  /// that name a country become ``EntityLabel/country``, other locations
  /// ``EntityLabel/place``; misc is outside.
  case conll
  /// CrossNER politics: person, politician, organisation, politicalparty, country, location,
  /// election, event, misc.
  case crossner
  /// The tagger's own tags: Person, Organization, Country, Place, Event.
  case native

  /// The scheme whose tag set contains every tag in `tags`, preferring the narrowest one.
  public static func guess(from tags: Set<String>) -> TagScheme? {
    let types = Set(
      tags.compactMap { tag -> String? in
        tag == "O" ? nil : String(tag.split(separator: "-", maxSplits: 1).last ?? "")
      })
    for scheme in [TagScheme.native, .conll, .crossner] where types.isSubset(of: scheme.types) {
      return scheme
    }
    return nil
  }

  /// Every tag of every scheme, `O` included.
  static let allTags: Set<String> = {
    var tags: Set<String> = ["O"]
    for scheme in TagScheme.allCases {
      for type in scheme.types {
        tags.insert("B-\(type)")
        tags.insert("I-\(type)")
      }
    }
    return tags
  }()

  /// The entity types (the part after `B-`/`I-`) the scheme knows.
  var types: Set<String> {
    switch self {
    case .conll: ["person", "organisation", "location", "misc", "PER", "ORG", "LOC", "MISC"]
    case .crossner:
      [
        "person", "politician", "organisation", "politicalparty", "country", "location",
        "election", "event", "misc",
      ]
    case .native: Set(EntityLabel.allCases.map(\.rawValue))
    }
  }

  /// The label for an entity type, `nil` for one that is not scored (misc); a location is
  /// resolved later, from the whole span.
  func label(forType type: String) -> EntityLabel?? {
    switch (self, type) {
    case (.native, _): return EntityLabel(rawValue: type).map { .some($0) }
    case (_, "person"), (_, "politician"), (.conll, "PER"): return .some(.person)
    case (_, "organisation"), (_, "politicalparty"), (.conll, "ORG"): return .some(.organization)
    case (.crossner, "country"): return .some(.country)
    case (_, "location"), (.conll, "LOC"): return .some(.place)
    case (.crossner, "election"), (.crossner, "event"): return .some(.event)
    case (_, "misc"), (.conll, "MISC"): return .some(nil)
    default: return nil
    }
  }
}

/// Reads token-per-line files: `token<TAB>tag` per line, a blank line between sentences.
public enum CoNLLReader {
  /// A file's lines, checked to be text: UTF-8 without NUL bytes.
  ///
  /// - Throws: ``TaggerError`` naming the first line that is not UTF-8 text.
  public static func lines(of bytes: [UInt8], source: String) throws -> [Substring] {
    var lines = try text(of: bytes, source: source).split(
      separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
  }

  /// A file's text, checked to be UTF-8 without NUL bytes.
  ///
  /// - Throws: ``TaggerError`` naming the first line that is not UTF-8 text.
  public static func text(of bytes: [UInt8], source: String) throws -> String {
    var lineNumber = 1
    for byte in bytes {
      if byte == 0 {
        throw TaggerError.malformedData(
          "binary data (a NUL byte), not text", source: source, line: lineNumber)
      }
      if byte == 0x0A { lineNumber += 1 }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      // Find the line of the first invalid byte.
      var start = 0
      lineNumber = 1
      for (index, byte) in bytes.enumerated() where byte == 0x0A {
        if String(validating: bytes[start..<index], as: UTF8.self) == nil { break }
        start = index + 1
        lineNumber += 1
      }
      throw TaggerError.malformedData("not valid UTF-8 text", source: source, line: lineNumber)
    }
    return text
  }

  /// The sentences of a token-per-line file; a tag column is checked but not used.
  ///
  /// - Throws: ``TaggerError`` for a line with more than two columns, an unknown tag, or
  ///   non-text data.
  public static func readTokens(_ bytes: [UInt8], source: String) throws -> [[String]] {
    var sentences: [[String]] = []
    try forEachSentence(in: bytes, source: source) { sentences.append($0) }
    return sentences
  }

  /// Calls `body` with the tokens of each sentence of a token-per-line file, in order, reading
  /// one line at a time (a tag column is checked but not used; `-DOCSTART-` lines are
  /// skipped).
  ///
  /// - Throws: ``TaggerError`` naming the line of the first malformed line (more than two
  ///   columns, an empty token, a tag of no known tag set, a NUL byte or invalid UTF-8), or
  ///   what `body` throws. Sentences
  ///   before the malformed line have already been passed to `body`.
  public static func forEachSentence(
    in bytes: [UInt8], source: String, _ body: ([String]) throws -> Void
  ) throws {
    var current: [String] = []
    var lineNumber = 0
    var start = 0
    let count = bytes.count
    while start < count {
      var end = start
      var tabs = 0
      var firstTab = -1
      while end < count, bytes[end] != 0x0A {
        switch bytes[end] {
        case 0x09:
          if firstTab < 0 { firstTab = end }
          tabs += 1
        case 0:
          throw TaggerError.malformedData(
            "binary data (a NUL byte), not text", source: source,
            line: lineNumber + 1)
        default: break
        }
        end += 1
      }
      lineNumber += 1
      let next = end + 1
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      let lineStart = start
      let line = bytes[lineStart..<end]
      start = next
      guard let text = String(validating: line, as: UTF8.self) else {
        throw TaggerError.malformedData("not valid UTF-8 text", source: source, line: lineNumber)
      }
      if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        if !current.isEmpty { try body(current) }
        current.removeAll(keepingCapacity: true)
        continue
      }
      guard tabs <= 1 else {
        throw TaggerError.malformedData(
          "expected 'token' or 'token<TAB>tag', found \(tabs + 1) columns", source: source,
          line: lineNumber)
      }
      let token =
        firstTab < 0 ? text : String(decoding: bytes[lineStart..<firstTab], as: UTF8.self)
      guard !token.isEmpty else {
        throw TaggerError.malformedData("empty token", source: source, line: lineNumber)
      }
      if firstTab >= 0 {
        let tag = String(decoding: bytes[(firstTab + 1)..<end], as: UTF8.self)
        guard tag.isEmpty || TagScheme.allTags.contains(tag) else {
          throw TaggerError.malformedData(
            "unknown tag '\(tag)' (not a conll, crossner or native tag)", source: source,
            line: lineNumber)
        }
      }
      if token == "-DOCSTART-" { continue }
      current.append(token)
    }
    if !current.isEmpty { try body(current) }
  }

  /// The labelled sentences of a token-per-line file.
  ///
  /// - Parameters:
  ///   - scheme: How to read the tags; `nil` guesses from the file's tags.
  /// - Throws: ``TaggerError`` naming the line of the first malformed line or unknown tag.
  public static func readLabeled(
    _ bytes: [UInt8], source: String, scheme: TagScheme? = nil
  ) throws -> (sentences: [LabeledSentence], scheme: TagScheme) {
    let lines = try lines(of: bytes, source: source)
    var rows: [(line: Int, token: Substring, tag: Substring)?] = []
    rows.reserveCapacity(lines.count)
    var tagSet = Set<String>()
    for (index, line) in lines.enumerated() {
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        rows.append(nil)
        continue
      }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 2, !columns[0].isEmpty, !columns[1].isEmpty else {
        let reason =
          columns.count == 2
          ? (columns[0].isEmpty ? "empty token" : "empty tag")
          : "expected 'token<TAB>tag', found \(columns.count) column\(columns.count == 1 ? "" : "s")"
        throw TaggerError.malformedData(reason, source: source, line: index + 1)
      }
      if columns[0] == "-DOCSTART-" { continue }
      rows.append((index + 1, columns[0], columns[1]))
      tagSet.insert(String(columns[1]))
    }
    guard let scheme = scheme ?? TagScheme.guess(from: tagSet) else {
      throw TaggerError.malformedData(
        "can't tell the tag set (conll, crossner or native) from the tags \(tagSet.sorted().prefix(12).joined(separator: " "))",
        source: source, line: nil)
    }
    var sentences: [LabeledSentence] = []
    var tokens: [String] = []
    var tags: [EntityTag] = []
    func finish() {
      guard !tokens.isEmpty else { return }
      resolveLocations(tokens: tokens, tags: &tags, scheme: scheme)
      sentences.append(LabeledSentence(tokens: tokens, tags: tags))
      tokens = []
      tags = []
    }
    for row in rows {
      guard let row else {
        finish()
        continue
      }
      tokens.append(String(row.token))
      tags.append(try tag(row.tag, scheme: scheme, source: source, line: row.line))
    }
    finish()
    return (sentences, scheme)
  }

  private static func tag(
    _ text: Substring, scheme: TagScheme, source: String, line: Int
  ) throws -> EntityTag {
    if text == "O" { return .outside }
    let parts = text.split(separator: "-", maxSplits: 1)
    if parts.count == 2, parts[0] == "B" || parts[0] == "I",
      let resolved = scheme.label(forType: String(parts[1]))
    {
      guard let label = resolved else { return .outside }
      return parts[0] == "B" ? .begin(label) : .inside(label)
    }
    throw TaggerError.malformedData(
      "unknown tag '\(text)' for the \(scheme.rawValue) tag set", source: source, line: line)
  }

  /// Relabels CoNLL location spans that name a country as countries.
  static func resolveLocations(tokens: [String], tags: inout [EntityTag], scheme: TagScheme) {
    guard scheme == .conll else { return }
    for span in EntitySpan.spans(in: tags) where span.label == .place {
      let name = tokens[span.range].joined(separator: " ").lowercased()
      if NERLexicon.countryNames.contains(name) {
        for index in span.range {
          tags[index] = index == span.range.lowerBound ? .begin(.country) : .inside(.country)
        }
      }
    }
  }
}
