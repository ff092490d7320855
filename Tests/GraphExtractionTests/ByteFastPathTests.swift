@testable import GraphExtraction
import Testing

/// The byte-level fast paths of the recogniser give what the String-level definitions they
/// stand for give.
@Suite struct ByteFastPathTests {
  /// Words with capitals, dots, apostrophes, hyphens, digits, curly quotes and non-ASCII letters.
  static let words = [
    "the", "The", "THE", "U.S.", "US", "us", "Jan.", "jan", "SEPT.", "..", ".", "Mr.", "it's",
    "IT'S", "it’s", "al-Burhan", "Wednesday", "wednesday.", "G20", "2025", "Zürich", "İstanbul",
    "KELVIN\u{212A}", "of", "Of", "OF", "de", "De", "&", "von", "Von", "United", "States",
    "Washington", "Prime", "Minister", "minister", "a.m.", "Ministry", "Federal", "Reserve", "",
  ]

  @Test func unicodeScalarArrayDecodesEveryScalar() {
    let text = "Xi’s \u{1F600} café — 1,000.5 Zürich\r\n\u{2028}İ\u{212A}" + Self.words.joined(separator: " ")
    #expect(text.unicodeScalarArray == Array(text.unicodeScalars))
  }

  @Test(arguments: [1, 2, 3])
  func asciiKeyIsTheJoinedKeyParts(_ length: Int) {
    for start in 0..<(Self.words.count - length) {
      let words = Array(Self.words[start..<(start + length)])
      let parts = words.map(Gazetteer.keyPart).filter { !$0.isEmpty }
      #expect(Gazetteer.key(words) == parts.joined(separator: " "), "\(words)")
    }
  }

  @Test func wordSetKeyPartsAreLookedUpLikeStrings() {
    let set = ASCIIWordSet(["us", "of", "de", "jan", "it's", "al-burhan", "zürich", "united"])
    for word in Self.words {
      let part = Gazetteer.keyPart(word)
      if let found = set.containsKeyPart(of: word) {
        #expect(found == set.contains(part), "\(word)")
      } else {
        #expect(part.isEmpty || part.contains(" ") || !word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
      }
    }
  }

  @Test func functionAndCalendarWordsMatchTheirLists() {
    for word in Self.words {
      #expect(
        SentenceScanner.isFunctionWord(word)
          == NameLexicon.capitalizedFunctionWords.contains(word.lowercased()), "\(word)")
      let lower = word.lowercased().trimmingCharacters(in: ".")
      #expect(
        SentenceScanner.isCalendarWord(word)
          == (NameLexicon.months.contains(lower) || NameLexicon.weekdays.contains(lower)), "\(word)")
    }
  }

  @Test func gazetteerWordChecksAgreeWithTheKeys() {
    let gazetteer = Gazetteer.builtIn
    var firstWords: Set<String> = []
    for entry in gazetteer.entries {
      for name in entry.names + entry.demonyms {
        let key = Gazetteer.key(Gazetteer.droppingLeadingThe(Gazetteer.words(of: name)))
        if let first = key.split(separator: " ").first { firstWords.insert(String(first)) }
      }
    }
    for word in Self.words {
      let part = Gazetteer.keyPart(word)
      if !part.isEmpty, word != "the", word != "The", word != "THE" {
        #expect(gazetteer.mayStartName(with: word) == firstWords.contains(part), "\(word)")
      }
    }
  }

  @Test(arguments: [
    "Accept all cookies", "We use cookies to improve your experience. By continuing you agree.",
    "Read our Privacy Policy", "PRIVACY STATEMENT", "Copyright 2025 Example News",
    "(c) 2025 Example", "Photo: Reuters", "Follow us on Twitter", "Share this article »",
    "Sign up for our newsletter.", "The minister said the cookie tax would rise.",
    "Privacy campaigners said the policy was a first step in a long and difficult process here.",
  ])
  func asciiLinesGetTheReasonsOfTheirLowerCasedText(_ line: String) {
    #expect(BoilerplateFilter.boilerplateReason(line) == referenceReason(line))
  }

  /// ``BoilerplateFilter/boilerplateReason(_:)`` as it read every line before the ASCII path.
  private func referenceReason(_ line: String) -> String? {
    let lower = line.lowercased()
    var stripped = Substring(lower)
    while let last = stripped.unicodeScalars.last, ".:!>»|•·-–—".unicodeScalars.contains(last) {
      stripped = Substring(stripped.unicodeScalars.dropLast())
    }
    let trimmed = stripped.trimmingSpaces
    if trimmed.utf8.count <= BoilerplateFilter.longestInterfacePhrase,
      BoilerplateFilter.interfacePhrases.contains(trimmed)
    {
      return "interface text"
    }
    let words = BoilerplateFilter.wordCount(line)
    if lower.contains("cookie"),
      ["agree", "consent", "policy", "settings", "use of", "accept"].contains(where: lower.contains)
    {
      return "cookie banner"
    }
    if lower.contains("privacy"), lower.contains("policy") || lower.contains("statement"), words <= 12 {
      return "privacy banner"
    }
    if ["copyright", "©", "(c) "].contains(where: lower.hasPrefix) { return "copyright notice" }
    if ["photo:", "photo credit", "image:", "credit:", "file photo"].contains(where: lower.hasPrefix),
      words <= 8
    {
      return "photo credit"
    }
    if lower.hasPrefix("follow "), ["twitter", "facebook", " on x"].contains(where: lower.contains),
      words <= 10
    {
      return "social link"
    }
    return nil
  }
}
