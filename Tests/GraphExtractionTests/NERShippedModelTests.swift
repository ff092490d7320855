import GraphExtraction
import Testing

@Suite struct NERShippedModelTests {
  private func mentions(_ text: String) throws -> [String] {
    let tagger = try EntityTagger.builtIn()
    return Tokenizer().sentences(in: text).flatMap { sentence in
      tagger.mentions(in: sentence).map { "\($0.label.rawValue): \($0.text)" }
    }
  }

  @Test func findsLeadersAndPlaces() throws {
    #expect(
      try mentions(
        "Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.")
        == ["Person: Olaf Scholz", "Person: Emmanuel Macron", "Place: Paris"])
  }

  @Test func splitsCountriesFromPlaces() throws {
    #expect(
      try mentions(
        "The United States and China agreed to resume trade talks in Geneva, officials said.")
        == ["Country: United States", "Country: China", "Place: Geneva"])
  }

  @Test func findsOrganizationsAndEvents() throws {
    #expect(
      try mentions("The European Commission fined Google 2.4 billion euros.")
        == ["Organization: European Commission", "Organization: Google"])
    let election = try mentions(
      "Voters in Brazil go to the polls in the 2022 Brazilian general election.")
    #expect(election.contains("Country: Brazil"))
    #expect(election.contains { $0.hasPrefix("Event: ") && $0.hasSuffix("general election") })
  }

  @Test func mentionsCarryOffsetsAndConfidence() throws {
    let text = "Yesterday Vladimir Putin spoke in Moscow."
    let sentence = try #require(Tokenizer().sentences(in: text).first)
    let found = try EntityTagger.builtIn().mentions(in: sentence)
    #expect(found.map(\.label) == [.person, .place])
    let scalars = Array(text.unicodeScalars)
    for mention in found {
      #expect(
        String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
      #expect(mention.confidence > 0.5 && mention.confidence <= 1)
    }
  }

  @Test func builtInModelLoadsOnceAndRoundTrips() throws {
    let tagger = try EntityTagger.builtIn()
    let bytes = tagger.modelData()
    #expect(bytes.count < 20_000_000)
    let copy = try EntityTagger(modelData: bytes)
    let tokens = ["Angela", "Merkel", "visited", "Washington", "."]
    #expect(copy.tag(tokens) == tagger.tag(tokens))
    #expect(tagger.tag(tokens).first == .begin(.person))
  }
}
