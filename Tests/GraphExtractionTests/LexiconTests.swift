@testable import GraphExtraction
import KnowledgeGraphCore
import Testing

/// The lexicon's byte-level lookup of ASCII tokens must agree with lower-casing the token and
/// looking the word up in the dictionary, which is what the rules meant before it.
@Suite struct LexiconTests {
  private let lexicon = Lexicon(rules: .standard)

  @Test(arguments: [
    "met", "Met", "MET", "accused", "Accuses", "the", "The", "phone", "call", "tariffs",
    "President", "chief", "as", "Its", "he", "summit", "Talks", "sued", "sent", "consists",
    "Stockholm-based", "U.S.", "", "-", ";", "’s", "'s", "—", "\u{201C}", "Président",
    "ÉLYSÉE", "vice-president", "co-founded", "twenty-five", "x",
  ])
  func lookUpAgreesWithTheDictionary(_ text: String) {
    let (lower, facts) = lexicon.lookUp(text)
    let expected = lexicon[text.lowercased()]
    #expect(lower == text.lowercased())
    #expect(facts.classes == expected.classes)
    #expect(facts.verbRules == expected.verbRules)
    #expect(facts.measureRules == expected.measureRules)
    #expect(facts.eventNoun == expected.eventNoun)
    #expect(facts.eventVerb == expected.eventVerb)
    #expect(facts.otherTrigger == expected.otherTrigger)
  }

  @Test func wordsOfTheRuleTablesHaveTheirFacts() {
    #expect(lexicon.lookUp("Accused").facts.verbRules >= 0)
    #expect(lexicon.lookUp("tariffs").facts.measureRules >= 0)
    #expect(lexicon.lookUp("Summit").facts.eventNoun == .summit)
    #expect(lexicon.lookUp("met").facts.eventVerb == .meeting)
    #expect(lexicon.lookUp("phone").facts.classes.contains(.compoundStart))
    #expect(lexicon.lookUp("never").facts.classes.contains(.negation))
    #expect(lexicon.lookUp("banana").facts.classes.isEmpty)
  }

  @Test func datesFromLowerCasedWordsMatchDatesFromTokens() {
    let parser = DateParser(referenceDate: PartialDate(year: 2025, month: 6, day: 5))
    let text = "On Thursday, June 5, 2025, and in May, that year, 5 June and last year, 2018 troops."
    let tokens = Tokenizer().tokenize(text)
    #expect(
      parser.dates(in: tokens, lowercased: tokens.map { $0.text.lowercased() })
        == parser.dates(in: tokens))
    #expect(!parser.dates(in: tokens).isEmpty)
  }
}
