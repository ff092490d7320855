import GraphExtraction
import Testing

@Suite struct TokenizerTests {
  private let tokenizer = Tokenizer()

  private func words(_ text: String) -> [String] {
    tokenizer.tokenize(text).map(\.text)
  }

  @Test func keepsAbbreviationsWhole() {
    #expect(words("U.S. President Donald Trump met Dr. Li on Jan. 5.") == [
      "U.S.", "President", "Donald", "Trump", "met", "Dr.", "Li", "on", "Jan.", "5", ".",
    ])
  }

  @Test func splitsPossessivesAndCapitalizedCompounds() {
    #expect(words("Xi’s U.S.-China Trump-Xi call") == [
      "Xi", "’s", "U.S.", "-", "China", "Trump", "-", "Xi", "call",
    ])
    #expect(words("a 90-minute, yet-to-be-determined talk") == [
      "a", "90-minute", ",", "yet-to-be-determined", "talk",
    ])
  }

  @Test func handlesNumbersCurrencyAndCurlyQuotes() {
    #expect(words("a $600 billion deal, from 145% to 30.5%, “very good”") == [
      "a", "$", "600", "billion", "deal", ",", "from", "145", "%", "to", "30.5", "%", ",",
      "\u{201C}", "very", "good", "\u{201D}",
    ])
    #expect(words("1,000 people") == ["1,000", "people"])
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "“Xi” met 习近平."
    for token in tokenizer.tokenize(text) {
      let scalars = Array(text.unicodeScalars)[token.start..<token.end]
      #expect(String(String.UnicodeScalarView(scalars)) == token.text)
    }
  }

  @Test func splitsSentencesButNotAfterTitles() {
    let text = """
      Mr. Li met Gen. Wang in the U.S. on Monday. The talks ended. “It went well,” he said.
      A headline without a period
      Next line. He left the U.S. The end.
      """
    let sentences = tokenizer.sentences(in: text)
    let rendered = sentences.map { $0.tokens.map(\.text).joined(separator: " ") }
    #expect(rendered == [
      "Mr. Li met Gen. Wang in the U.S. on Monday .",
      "The talks ended .",
      "“ It went well , ” he said .",
      "A headline without a period",
      "Next line .",
      "He left the U.S.",
      "The end .",
    ])
    #expect(sentences.map(\.index) == Array(0..<7))
  }
}
