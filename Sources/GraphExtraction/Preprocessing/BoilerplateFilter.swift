/// Masks the parts of a web page that are not the article: cookie and privacy banners,
/// navigation and sharing buttons, photo credits and captions repeated under a picture.
///
/// Masking replaces every masked Unicode scalar except line breaks with a space, so the text
/// keeps its length and every offset into it still points at the same place in the original.
/// A byline (a line that is only a name) is kept: the author is a person the article names.
public struct BoilerplateFilter: Sendable {
  /// The outcome of filtering a text.
  public struct Result: Hashable, Sendable {
    /// The text with boilerplate replaced by spaces; as long as the original, in scalars.
    public var text: String
    /// What was masked and why, one human-readable line each.
    public var removed: [String]
  }

  /// A filter; it holds no state.
  public init() {}

  /// Masks the boilerplate of `text`.
  public func filter(_ text: String) -> Result {
    filterKeepingScalars(text).result
  }

  /// ``filter(_:)``, with the Unicode scalars of the filtered text, which the recogniser
  /// reads next.
  func filterKeepingScalars(_ text: String) -> (result: Result, scalars: [Unicode.Scalar]) {
    var scalars = text.unicodeScalarArray
    var removed: [String] = []
    var seenLines: Set<String> = []
    for line in Self.lines(of: scalars) {
      // The line without surrounding spaces, made into a String once (`trimmingSpaces`).
      let contentRange = Self.trimmingSpaces(line, in: scalars)
      guard !contentRange.isEmpty else { continue }
      let content = String(scalars: scalars[contentRange])
      if let reason = Self.boilerplateReason(content) {
        Self.mask(&scalars, line)
        removed.append("boilerplate (\(reason)): \(content)")
        continue
      }
      // Photo credits at the end of a caption: "… May 10, 2025. /VCG", "(AP Photo/Jane Doe)".
      // Without one, the line kept is the content (nothing of it was masked).
      var kept = content
      if let credit = Self.creditRange(in: scalars, line: line) {
        let creditText = String(scalars: scalars[credit]).trimmingSpaces
        Self.mask(&scalars, credit)
        removed.append("photo credit: \(creditText)")
        kept = String(scalars: scalars[Self.trimmingSpaces(line.lowerBound..<credit.lowerBound, in: scalars)])
      }
      guard !kept.isEmpty else { continue }
      // A caption or line repeated verbatim counts once.
      if Self.wordCount(kept, upTo: 3) >= 3, !seenLines.insert(kept).inserted {
        Self.mask(&scalars, line)
        removed.append("repeated line: \(kept)")
      }
    }
    // Nothing masked: the text is the one given, and need not be made again.
    let filtered = removed.isEmpty ? text : String(scalars: scalars[...])
    return (Result(text: filtered, removed: removed), scalars)
  }

  /// `range` without the white space (as ``Swift/StringProtocol/trimmingSpaces`` sees it) at
  /// either end.
  static func trimmingSpaces(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, scalars[start].properties.isWhitespace { start += 1 }
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
    return start..<end
  }

  // MARK: - Rules

  /// Whole lines that are interface text rather than article text.
  static let interfacePhrases: Set<String> = [
    "i agree", "agree", "i accept", "accept", "accept all", "accept cookies", "accept all cookies",
    "reject all", "decline", "got it", "ok", "okay", "allow all", "manage cookies", "cookie settings",
    "cookie policy", "privacy policy", "terms of use", "terms of service", "terms and conditions",
    "search", "search trends", "trending", "trending now", "hot", "share", "share this",
    "share this article", "share on facebook", "share on twitter", "share on x", "tweet", "email",
    "print", "copy link", "link copied", "read more", "read full article", "continue reading",
    "more", "see more", "show more", "load more", "loading", "subscribe", "subscribe now",
    "sign in", "sign up", "log in", "login", "logout", "log out", "register", "my account",
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads", "menu", "home",
    "close", "back", "back to top", "skip to content", "skip to main content", "next", "previous",
    "next article", "previous article", "related", "related articles", "related stories",
    "related news", "recommended", "recommended for you", "you may also like", "most read",
    "most popular", "top stories", "latest", "latest news", "more stories", "watch", "listen",
    "comments", "comment", "leave a comment", "follow us", "download the app", "download app",
    "newsletter", "sign up for our newsletter", "all rights reserved", "contact us", "about us",
    "editor's picks", "editors' picks", "video", "photos", "gallery", "live", "breaking",
    "updated", "source", "sources",
  ]

  static func boilerplateReason(_ line: String) -> String? {
    // An ASCII line (almost every line) is read from its bytes, without a lower-cased copy.
    let ascii = line.utf8.withContiguousStorageIfAvailable { bytes -> (isASCII: Bool, reason: String?) in
      asciiBoilerplateReason(line, bytes: bytes)
    }
    if let ascii, ascii.isASCII { return ascii.reason }
    let lower = line.lowercased()
    // The line without trailing punctuation and surrounding spaces, compared with the
    // interface phrases only when it is short enough to be one.
    let view = lower.unicodeScalars
    var end = view.endIndex
    while end > view.startIndex, ".:!>»|•·-–—".unicodeScalars.contains(view[view.index(before: end)]) {
      end = view.index(before: end)
    }
    var start = view.startIndex
    while start < end, view[start].properties.isWhitespace { start = view.index(after: start) }
    while end > start, view[view.index(before: end)].properties.isWhitespace {
      end = view.index(before: end)
    }
    if lower.utf8.distance(from: start, to: end) <= longestInterfacePhrase {
      let stripped = String(view[start..<end])
      if interfacePhrases.contains(stripped) { return "interface text" }
    }
    let cookie = contains(lower, "cookie")
    if cookie
      && (contains(lower, "agree") || contains(lower, "consent") || contains(lower, "policy")
        || contains(lower, "settings") || contains(lower, "use of") || contains(lower, "accept"))
    {
      return "cookie banner"
    }
    if contains(lower, "privacy") && (contains(lower, "policy") || contains(lower, "statement"))
      && wordCount(line) <= 12
    {
      return "privacy banner"
    }
    if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.hasPrefix("(c) ") {
      return "copyright notice"
    }
    if (lower.hasPrefix("photo:") || lower.hasPrefix("photo credit") || lower.hasPrefix("image:")
      || lower.hasPrefix("credit:") || lower.hasPrefix("file photo")) && wordCount(line) <= 8
    {
      return "photo credit"
    }
    if lower.hasPrefix("follow ") && (contains(lower, "twitter") || contains(lower, "facebook")
      || contains(lower, " on x")) && wordCount(line) <= 10
    {
      return "social link"
    }
    return nil
  }

  /// ``boilerplateReason(_:)`` of a line given as its bytes, if they are all ASCII;
  /// `isASCII` is `false` (and `reason` `nil`) otherwise.
  ///
  /// Lower-casing ASCII maps A-Z to a-z and nothing else, and every byte of a line (which has
  /// no line break) is a whole character, so the rules compare lower-cased bytes here exactly
  /// as they compare the characters of the lower-cased line.
  static func asciiBoilerplateReason(
    _ line: String, bytes: UnsafeBufferPointer<UInt8>
  ) -> (isASCII: Bool, reason: String?) {
    @inline(__always) func lowered(_ byte: UInt8) -> UInt8 {
      byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
    /// Whether the lower-cased line has `needle` (lower-case ASCII) at `position`.
    func matches(_ needle: StaticString, at position: Int) -> Bool {
      let count = needle.utf8CodeUnitCount
      guard position + count <= bytes.count else { return false }
      for offset in 0..<count where lowered(bytes[position + offset]) != needle.utf8Start[offset] {
        return false
      }
      return true
    }
    // One pass checks that the line is ASCII and finds "cookie" and "privacy", which every
    // banner rule needs (a line without them is checked only for its start and short phrases).
    var hasCookie = false
    var hasPrivacy = false
    for position in 0..<bytes.count {
      let byte = bytes[position]
      if byte >= 0x80 { return (false, nil) }
      // `| 0x20` lower-cases a letter; only "C" and "c" become "c", only "P" and "p" "p".
      switch byte | 0x20 {
      case 0x63: if !hasCookie, matches("cookie", at: position) { hasCookie = true }
      case 0x70: if !hasPrivacy, matches("privacy", at: position) { hasPrivacy = true }
      default: break
      }
    }
    return (true, asciiBoilerplateReason(line, bytes: bytes, hasCookie: hasCookie, hasPrivacy: hasPrivacy))
  }

  /// ``asciiBoilerplateReason(_:bytes:)`` once "cookie" and "privacy" have been looked for.
  private static func asciiBoilerplateReason(
    _ line: String, bytes: UnsafeBufferPointer<UInt8>, hasCookie: Bool, hasPrivacy: Bool
  ) -> String? {
    @inline(__always) func lowered(_ byte: UInt8) -> UInt8 {
      byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
    /// Whether the lower-cased line contains `needle` (lower-case ASCII).
    func contains(_ needle: StaticString) -> Bool {
      let count = needle.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      let pattern = needle.utf8Start
      var position = 0
      while position <= bytes.count - count {
        if lowered(bytes[position]) == pattern[0] {
          var offset = 1
          while offset < count, lowered(bytes[position + offset]) == pattern[offset] { offset += 1 }
          if offset == count { return true }
        }
        position += 1
      }
      return false
    }
    /// Whether the lower-cased line starts with `prefix` (lower-case ASCII).
    func hasPrefix(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      for offset in 0..<count where lowered(bytes[offset]) != prefix.utf8Start[offset] { return false }
      return true
    }
    @inline(__always) func isWhitespace(_ byte: UInt8) -> Bool {
      byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
    // Trailing punctuation (the ASCII ones of ".:!>»|•·-–—"), then surrounding spaces.
    var end = bytes.count
    trailing: while end > 0 {
      switch bytes[end - 1] {
      case 0x2E, 0x3A, 0x21, 0x3E, 0x7C, 0x2D: end -= 1
      default: break trailing
      }
    }
    var start = 0
    while start < end, isWhitespace(bytes[start]) { start += 1 }
    while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
    if end - start <= longestInterfacePhrase {
      let stripped = String(unsafeUninitializedCapacity: end - start) { buffer in
        for offset in start..<end { buffer[offset - start] = lowered(bytes[offset]) }
        return end - start
      }
      if interfacePhrases.contains(stripped) { return "interface text" }
    }
    if hasCookie
      && (contains("agree") || contains("consent") || contains("policy") || contains("settings")
        || contains("use of") || contains("accept"))
    {
      return "cookie banner"
    }
    if hasPrivacy && (contains("policy") || contains("statement")) && wordCount(line) <= 12 {
      return "privacy banner"
    }
    if hasPrefix("copyright") || hasPrefix("(c) ") {
      return "copyright notice"
    }
    if (hasPrefix("photo:") || hasPrefix("photo credit") || hasPrefix("image:")
      || hasPrefix("credit:") || hasPrefix("file photo")) && wordCount(line) <= 8
    {
      return "photo credit"
    }
    if hasPrefix("follow ") && (contains("twitter") || contains("facebook") || contains(" on x"))
      && wordCount(line) <= 10
    {
      return "social link"
    }
    return nil
  }

  /// The range of a photo credit at the end of a line, if it has one.
  static func creditRange(in scalars: [Unicode.Scalar], line: Range<Int>) -> Range<Int>? {
    var end = line.upperBound
    while end > line.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
    guard end > line.lowerBound else { return nil }
    // "(AP Photo/Name)", "(Photo: Reuters)", "(Xinhua/Li Ming)".
    if scalars[end - 1] == ")" {
      var open = end - 1
      while open > line.lowerBound, scalars[open] != "(" { open -= 1 }
      if scalars[open] == "(" {
        let inner = String(scalars: scalars[(open + 1)..<(end - 1)]).lowercased()
        if contains(inner, "photo") || contains(inner, "getty") || contains(inner, "/")
          && wordCount(inner) <= 6 && !contains(inner, " and ")
        {
          return open..<end
        }
      }
    }
    // " /VCG", " /Xinhua", "/ Getty Images": a slash after the caption, then a short credit.
    var slash = end - 1
    while slash > line.lowerBound, scalars[slash] != "/" { slash -= 1 }
    if scalars[slash] == "/", slash > line.lowerBound,
      scalars[slash - 1].properties.isWhitespace || scalars[slash - 1] == "."
    {
      let credit = String(scalars: scalars[(slash + 1)..<end]).trimmingSpaces
      let words = wordCount(credit)
      if words >= 1, words <= 4,
        let first = credit.unicodeScalars.first, first.properties.isUppercase,
        !credit.contains(".") || credit.hasSuffix(".")
      {
        var start = slash
        while start > line.lowerBound, scalars[start - 1] == " " { start -= 1 }
        return start..<end
      }
    }
    // Every marker has "photo" or "credit": a line without either needs no lower-cased copy.
    guard mayHaveCreditMarker(scalars[line.lowerBound..<end]) else { return nil }
    let lowered = scalars[line.lowerBound..<end].map { scalar in
      if scalar.isASCII {
        return scalar.value >= 0x41 && scalar.value <= 0x5A
          ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
      }
      return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
    for marker in Self.creditMarkers {
      let pattern = marker
      guard lowered.count >= pattern.count else { continue }
      var position = lowered.count - pattern.count
      while position >= 0 {
        if lowered[position] == pattern[0],
          lowered[position..<(position + pattern.count)].elementsEqual(pattern)
        {
          let credit = String(scalars: lowered[(position + pattern.count)...])
          if wordCount(credit) <= 5 { return (line.lowerBound + position)..<end }
          break
        }
        position -= 1
      }
    }
    return nil
  }

  /// Whether `scalars`, lower-cased as ``creditRange(in:line:)`` lower-cases them, may contain
  /// "photo" or "credit"; `false` means no credit marker is there.
  ///
  /// Only ASCII letters and two other scalars lower-case (first scalar of the mapping) to an
  /// ASCII letter: U+0130 to "i" and U+212A (Kelvin) to "k"; every other scalar is read as a
  /// letter of neither word.
  static func mayHaveCreditMarker(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.withUnsafeBufferPointer { scalars in
      @inline(__always) func lowered(_ index: Int) -> UInt32 {
        let value = scalars[index].value
        if value >= 0x41 && value <= 0x5A { return value + 0x20 }
        if value < 0x80 { return value }
        return value == 0x130 ? 0x69 : 0x212A
      }
      @inline(__always) func matches(_ word: StaticString, at start: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard start + count <= scalars.count else { return false }
        for offset in 0..<count where lowered(start + offset) != UInt32(word.utf8Start[offset]) {
          return false
        }
        return true
      }
      for index in scalars.indices {
        switch lowered(index) {
        case 0x70: if matches("photo", at: index) { return true }
        case 0x63: if matches("credit", at: index) { return true }
        default: continue
        }
      }
      return false
    }
  }

  /// Words that introduce a photo credit, in lower case.
  static let creditMarkers: [[Unicode.Scalar]] = ["photo: ", "photo credit: ", "credit: ", "photo by "]
    .map { Array($0.unicodeScalars) }

  /// The longest interface phrase, in UTF-8 bytes.
  static let longestInterfacePhrase: Int = interfacePhrases.map(\.utf8.count).max() ?? 0

  /// `text.contains(needle)` for an ASCII `needle`: a byte search rules out almost every line
  /// at once, and a hit is confirmed by the character-level `contains`.
  static func contains(_ text: String, _ needle: String) -> Bool {
    var needle = needle
    let found = text.utf8.withContiguousStorageIfAvailable { haystack -> Bool in
      needle.withUTF8 { pattern in
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        var position = 0
        let last = haystack.count - pattern.count
        while position <= last {
          if haystack[position] == first {
            var offset = 1
            while offset < pattern.count, haystack[position + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
          }
          position += 1
        }
        return false
      }
    }
    if found == false { return false }
    return text.contains(needle)
  }

  // MARK: - Helpers

  static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for (position, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\r" {
      if position > start { result.append(start..<position) }
      start = position + 1
    }
    if start < scalars.count { result.append(start..<scalars.count) }
    return result
  }

  static func mask(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
    for position in range where scalars[position] != "\n" && scalars[position] != "\r" {
      scalars[position] = " "
    }
  }

  /// How many words separated by spaces and tabs `text` has, counting no further than `limit`.
  static func wordCount(_ text: String, upTo limit: Int = .max) -> Int {
    // ASCII text: every character is one byte, so count runs of bytes between spaces and tabs.
    func asciiWordCount<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        // At the limit, the rest of the text need only be known to be ASCII.
        if count == limit { continue }
        if byte == 0x20 || byte == 0x09 {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
    let count =
      text.utf8.withContiguousStorageIfAvailable { asciiWordCount($0) } ?? asciiWordCount(text.utf8)
    return count ?? min(limit, text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count)
  }
}
