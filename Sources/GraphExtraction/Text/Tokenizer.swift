/// Splits English text into sentences and tokens.
///
/// Rules, in short:
/// - Words keep inner apostrophes and periods of abbreviations ("U.S.", "Jan.", "Dr."), but a
///   possessive ending is its own token ("Xi’s" → "Xi", "’s"; "nations’" → "nations", "’").
/// - A hyphen or dash between two capitalized words separates them ("U.S.-China" → "U.S.",
///   "-", "China"; "Trump-Xi" → "Trump", "-", "Xi"); other hyphenated words stay whole
///   ("90-minute", "yet-to-be-determined").
/// - Numbers keep their decimal point and thousands separators ("1,000.5"); `$`, `%` and
///   quotes (straight or curly) are tokens of their own.
/// - A sentence ends at `.`, `!` or `?` followed by space and a capital, digit or quote,
///   unless the period ends a known abbreviation, and always at a line break.
public struct Tokenizer: Sendable {
  /// Abbreviations whose period does not end a sentence, lower-cased without the final period.
  public var abbreviations: Set<String>

  public init(abbreviations: Set<String> = Tokenizer.defaultAbbreviations) {
    self.abbreviations = abbreviations
  }

  /// Titles, months and other abbreviations common in news text.
  public static let defaultAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "adm", "st", "jr", "sr", "rev", "hon", "pres", "sec", "amb", "maj", "cmdr", "supt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "inc", "corp", "co", "ltd", "llc", "plc", "dept", "univ", "assn", "bros",
    "no", "vs", "etc", "approx", "est", "fig", "vol", "ca", "al",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "e.g", "i.e", "n.y", "l.a",
  ]

  /// Abbreviations after which a capitalized word very likely starts a new sentence anyway.
  private static let sentenceFinalAbbreviations: Set<String> = [
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "inc", "corp", "co", "ltd", "llc", "plc", "etc",
    "a.m", "p.m", "jr", "sr",
  ]

  /// Words that almost always start a sentence when capitalized after an abbreviation.
  private static let sentenceStarters: Set<String> = [
    "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In", "On",
    "At", "But", "And", "However", "Meanwhile", "A", "An", "His", "Her", "Its", "Their", "Our",
    "As", "After", "Before", "While", "When", "If", "For", "Both", "Trade", "There",
  ]

  /// The tokens of `text`, ignoring sentence boundaries.
  public func tokenize(_ text: String) -> [Token] {
    let scalars = text.unicodeScalarArray
    var tokens: [Token] = []
    tokenize(scalars, from: 0, to: scalars.count, into: &tokens)
    return tokens
  }

  /// The sentences of `text`, each with its tokens; sentences without tokens are skipped.
  public func sentences(in text: String) -> [Sentence] {
    sentences(of: text.unicodeScalarArray)
  }

  /// ``sentences(in:)`` of a text given as its Unicode scalars.
  func sentences(of scalars: [Unicode.Scalar]) -> [Sentence] {
    var sentences: [Sentence] = []
    var lineStart = 0
    var position = 0
    while position <= scalars.count {
      if position == scalars.count || Self.isLineBreak(scalars[position]) {
        var tokens: [Token] = []
        // About one token per four scalars of news text; more grow the array as usual.
        tokens.reserveCapacity((position - lineStart) / 4)
        tokenize(scalars, from: lineStart, to: position, into: &tokens)
        split(tokens, scalars: scalars, into: &sentences)
        lineStart = position + 1
      }
      position += 1
    }
    return sentences
  }

  // MARK: - Sentences

  private func split(_ tokens: [Token], scalars: [Unicode.Scalar], into sentences: inout [Sentence]) {
    // The current sentence is tokens[start...index].
    var start = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      var ends = false
      // Only a token starting with ".", "!", "?" or "…" can be all of them; its first and
      // last scalars are read from the text's scalars, which is cheaper than from its String.
      let first = token.start < token.end ? scalars[token.start] : nil
      if first == nil || first == "." || first == "!" || first == "?" || first == "…",
        token.text.unicodeScalars.allSatisfy({ $0 == "." || $0 == "!" || $0 == "?" || $0 == "…" })
      {
        // Closing quotes and brackets belong to the sentence they close.
        while index + 1 < tokens.count, Self.isCloser(tokens[index + 1].text) {
          index += 1
        }
        ends = index + 1 < tokens.count && Self.startsSentence(tokens[index + 1].text)
      } else if token.start < token.end, scalars[token.end - 1] == ".", token.text.hasSuffix("."),
        token.text.count > 1,
        index + 1 < tokens.count
      {
        let next = tokens[index + 1].text
        let word = String(token.text.dropLast()).lowercased()
        if Self.sentenceFinalAbbreviations.contains(word) {
          ends = Self.sentenceStarters.contains(next)
        }
      }
      if ends {
        append(Array(tokens[start...index]), to: &sentences)
        start = index + 1
      }
      index += 1
    }
    if start < tokens.count {
      append(Array(tokens[start...]), to: &sentences)
    }
  }

  private func append(_ tokens: [Token], to sentences: inout [Sentence]) {
    guard let first = tokens.first, let last = tokens.last else { return }
    sentences.append(
      Sentence(index: sentences.count, start: first.start, end: last.end, tokens: tokens))
  }

  private static func isCloser(_ text: String) -> Bool {
    switch text {
    case "\"", "\u{201D}", "\u{2019}", "'", ")", "]": true
    default: false
    }
  }

  private static func startsSentence(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
    switch text {
    case "\"", "\u{201C}", "'", "\u{2018}", "(", "[": return true
    default: return false
    }
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
  }

  // MARK: - Tokens

  private func tokenize(
    _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into tokens: inout [Token]
  ) {
    var position = start
    while position < end {
      let scalar = scalars[position]
      if scalar.isASCII
        ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D))
        : scalar.properties.isWhitespace
      {
        position += 1
      } else if Self.isWordScalar(scalar) {
        let wordEnd = scanWord(scalars, from: position, to: end)
        position = emitWord(scalars, from: position, to: wordEnd, into: &tokens)
      } else {
        var length = 1
        // Runs of the same punctuation ("...", "!!!", "--") stay one token.
        while position + length < end, scalars[position + length] == scalar,
          scalar == "." || scalar == "!" || scalar == "?" || scalar == "-"
        {
          length += 1
        }
        tokens.append(make(scalars, from: position, to: position + length))
        position += length
      }
    }
  }

  /// The end of the word starting at `start`: letters and digits, joined by inner
  /// apostrophes, periods, hyphens, commas between digits and ampersands between capitals.
  private func scanWord(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
    var position = start + 1
    while position < end {
      let scalar = scalars[position]
      if Self.isWordScalar(scalar) {
        position += 1
        continue
      }
      let next = position + 1 < end ? scalars[position + 1] : nil
      let previous = scalars[position - 1]
      switch scalar {
      case "'", "\u{2019}":
        guard let next, next.properties.isAlphabetic else { return position }
        position += 1
      case ".":
        // "U.S", "a.m", "3.5": a period between word characters; a final period is
        // attached later if the word is an abbreviation.
        guard let next, Self.isWordScalar(next) else { return position }
        let isNumber = ("0"..."9").contains(previous) && ("0"..."9").contains(next)
        let isInitials = previous.properties.isAlphabetic && next.properties.isAlphabetic
          && (position + 2 >= end || scalars[position + 2] == "." || !Self.isWordScalar(scalars[position + 2]))
        guard isNumber || isInitials else { return position }
        position += 1
      case ",":
        guard let next, ("0"..."9").contains(previous), ("0"..."9").contains(next) else {
          return position
        }
        position += 1
      case "-", "\u{2010}", "\u{2011}":
        guard let next, Self.isWordScalar(next) else { return position }
        position += 1
      case "&":
        guard let next, previous.properties.isUppercase, next.properties.isUppercase else {
          return position
        }
        position += 1
      default:
        return position
      }
    }
    return position
  }

  /// Emits a word, splitting possessives, capitalized hyphen compounds and abbreviations.
  ///
  /// - Returns: Where the word ended, after its final period if the period belongs to it.
  private func emitWord(
    _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into tokens: inout [Token]
  ) -> Int {
    var wordEnd = end
    // A final period belongs to the word when the word is a known abbreviation or initials.
    var withPeriod = false
    if wordEnd < scalars.count, scalars[wordEnd] == "." {
      let word = String(scalars: scalars[start..<wordEnd]).lowercased()
      let isInitial = wordEnd - start == 1 && scalars[start].properties.isUppercase
      if abbreviations.contains(word) || isInitial || word.contains(".") {
        withPeriod = true
      }
    }
    // Possessive endings: 's and a bare apostrophe after s.
    var possessiveStart: Int?
    if wordEnd - start > 2, scalars[wordEnd - 2] == "'" || scalars[wordEnd - 2] == "\u{2019}",
      scalars[wordEnd - 1] == "s" || scalars[wordEnd - 1] == "S"
    {
      possessiveStart = wordEnd - 2
    }
    if let possessive = possessiveStart {
      splitCompound(scalars, from: start, to: possessive, into: &tokens)
      tokens.append(make(scalars, from: possessive, to: wordEnd))
      return wordEnd
    }
    if withPeriod {
      wordEnd += 1
    }
    splitCompound(scalars, from: start, to: wordEnd, into: &tokens)
    return wordEnd
  }

  /// Splits "U.S.-China" and "Trump-Xi" at hyphens between capitalized parts.
  private func splitCompound(
    _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into tokens: inout [Token]
  ) {
    var partStart = start
    var position = start
    while position < end {
      let scalar = scalars[position]
      if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}", position > partStart,
        position + 1 < end, scalars[partStart].properties.isUppercase,
        scalars[position + 1].properties.isUppercase
          || Self.isNameModifier(scalars[(position + 1)..<end])
      {
        tokens.append(make(scalars, from: partStart, to: position))
        tokens.append(make(scalars, from: position, to: position + 1))
        partStart = position + 1
      }
      position += 1
    }
    if partStart < end {
      tokens.append(make(scalars, from: partStart, to: end))
    }
  }

  /// Participles a name is joined to as a modifier: "Nairobi-based", "Qatar-brokered",
  /// "U.S.-led". The name before them is a name of its own.
  static let nameModifiers: Set<String> = [
    "based", "headquartered", "brokered", "mediated", "led", "backed", "sponsored", "funded",
    "owned", "run", "controlled", "operated", "allied", "aligned", "occupied", "held",
    "listed", "linked", "affiliated", "registered", "flagged", "born",
  ]

  /// Whether `scalars` spell one of ``nameModifiers``.
  private static func isNameModifier(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard scalars.count <= 13, scalars.allSatisfy({ $0.properties.isLowercase }) else { return false }
    return nameModifiers.contains(String(scalars: scalars))
  }

  private func make(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Token {
    Token(String(scalars: scalars[start..<end]), start: start, end: end)
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      // ASCII: only letters are alphabetic and only digits numeric; no marks.
      let value = scalar.value
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }
}

extension String {
  /// The string's Unicode scalars, in one pass (`Array(unicodeScalars)` counts them first).
  var unicodeScalarArray: [Unicode.Scalar] {
    // No more scalars than UTF-8 code units, whose count a native string knows.
    [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
      // A native string's bytes are contiguous, valid UTF-8: they are decoded here directly
      // (an ASCII byte is its scalar), far cheaper than stepping through `unicodeScalars`.
      let decoded = utf8.withContiguousStorageIfAvailable { bytes -> Int in
        var read = 0
        var written = 0
        while read < bytes.count {
          let lead = UInt32(bytes[read])
          if lead < 0x80 {
            buffer[written] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
            written += 1
            read += 1
            continue
          }
          var value: UInt32
          var length: Int
          if lead < 0xE0 {
            (value, length) = (lead & 0x1F, 2)
          } else if lead < 0xF0 {
            (value, length) = (lead & 0x0F, 3)
          } else {
            (value, length) = (lead & 0x07, 4)
          }
          for offset in 1..<length {
            value = value << 6 | UInt32(bytes[read + offset] & 0x3F)
          }
          buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
          written += 1
          read += length
        }
        return written
      }
      if let decoded {
        count = decoded
        return
      }
      var written = 0
      for scalar in unicodeScalars {
        buffer[written] = scalar
        written += 1
      }
      count = written
    }
  }

  /// The string of `scalars`, encoded directly (much faster than appending scalars one by one).
  init(scalars: ArraySlice<Unicode.Scalar>) {
    self = scalars.withUnsafeBufferPointer { scalars in
      var capacity = 0
      for scalar in scalars { capacity &+= UTF8.width(scalar) }
      return String(unsafeUninitializedCapacity: capacity) { buffer in
        var count = 0
        for scalar in scalars {
          if scalar.isASCII {
            buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
            count &+= 1
          } else {
            UTF8.encode(scalar) { unit in
              buffer[count] = unit
              count &+= 1
            }
          }
        }
        return count
      }
    }
  }
}

extension String {
  /// How many alphabetic scalars the string has, and whether one of them is lower case
  /// (ASCII strings are answered byte by byte, without Unicode property look-ups).
  var alphabeticProfile: (letters: Int, hasLowercase: Bool) {
    // ASCII (almost always), read from contiguous bytes: a loop over `utf8` costs far more.
    let ascii =
      utf8.withContiguousStorageIfAvailable(Self.asciiAlphabeticProfile)
      ?? Self.asciiAlphabeticProfile(Array(utf8))
    if let ascii { return ascii }
    let alphabetic = unicodeScalars.filter { $0.properties.isAlphabetic }
    return (alphabetic.count, alphabetic.contains { $0.properties.isLowercase })
  }

  /// ``alphabeticProfile`` of ASCII bytes; `nil` if a byte is not ASCII.
  private static func asciiAlphabeticProfile(
    _ bytes: some Collection<UInt8>
  ) -> (letters: Int, hasLowercase: Bool)? {
    var letters = 0
    var hasLowercase = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte >= 0x61 && byte <= 0x7A {
        letters += 1
        hasLowercase = true
      } else if byte >= 0x41 && byte <= 0x5A {
        letters += 1
      }
    }
    return (letters, hasLowercase)
  }
}
