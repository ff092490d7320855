import GraphExtraction
import Testing

@Suite struct NERDataTests {
  private func read(_ text: String, scheme: TagScheme? = nil) throws -> [LabeledSentence] {
    try CoNLLReader.readLabeled(Array(text.utf8), source: "gold.txt", scheme: scheme).sentences
  }

  @Test func readsCoNLLAndSplitsCountriesFromPlaces() throws {
    let sentences = try read(
      "U.S.\tB-location\nofficials\tO\nin\tO\nNew\tB-location\nYork\tI-location\n\nGerman\tB-misc\nfirms\tO\n"
    )
    #expect(sentences.count == 2)
    #expect(
      sentences[0].tags == [.begin(.country), .outside, .outside, .begin(.place), .inside(.place)])
    #expect(sentences[1].tags == [.outside, .outside])
  }

  @Test func readsCrossNERTags() throws {
    let sentences = try read(
      "Labour\tB-politicalparty\nwon\tO\nthe\tO\n1997\tB-election\nelection\tI-election\nin\tO\nBritain\tB-country\n"
    )
    #expect(
      sentences[0].tags == [
        .begin(.organization), .outside, .outside, .begin(.event), .inside(.event), .outside,
        .begin(.country),
      ])
    #expect(TagScheme.guess(from: ["B-politician", "O"]) == .crossner)
    #expect(TagScheme.guess(from: ["B-person", "I-misc"]) == .conll)
    #expect(TagScheme.guess(from: ["B-Person", "I-Place"]) == .native)
    #expect(TagScheme.guess(from: ["B-GENE"]) == nil)
  }

  @Test func errorsNameTheLine() {
    #expect(
      throws: TaggerError.malformedData(
        "expected 'token<TAB>tag', found 3 columns", source: "gold.txt", line: 3)
    ) {
      try read("A\tO\n\nB\tO\textra\n")
    }
    #expect(
      throws: TaggerError.malformedData(
        "unknown tag 'B-weather' for the conll tag set", source: "gold.txt", line: 2)
    ) {
      try read("A\tO\nrain\tB-weather\n", scheme: .conll)
    }
    let invalid: [UInt8] = Array("ok\tO\n".utf8) + [0x66, 0xFF, 0x09, 0x4F, 0x0A]
    #expect(throws: TaggerError.malformedData("not valid UTF-8 text", source: "gold.txt", line: 2))
    {
      try CoNLLReader.readTokens(invalid, source: "gold.txt")
    }
    let binary: [UInt8] = [0x41, 0x0A, 0x00, 0x01]
    #expect(throws: TaggerError.self) { try CoNLLReader.readTokens(binary, source: "gold.txt") }
    let error = TaggerError.malformedData("empty token", source: "in.txt", line: 4)
    #expect(error.description == "in.txt:4: empty token")
  }

  @Test func tokenReadingChecksButIgnoresTags() throws {
    #expect(
      throws: TaggerError.malformedData(
        "unknown tag 'B-FOO' (not a conll, crossner or native tag)", source: "in.txt", line: 2)
    ) {
      try CoNLLReader.readTokens(Array("A\tB-person\nB\tB-FOO\n".utf8), source: "in.txt")
    }
  }

  @Test func readsTokensIgnoringTags() throws {
    let sentences = try CoNLLReader.readTokens(
      Array("Hello\tO\nWorld\n\n\nBye\r\n".utf8), source: "-")
    #expect(sentences == [["Hello", "World"], ["Bye"]])
  }

  @Test func tagsPrintAndParse() {
    for text in ["O", "B-Person", "I-Organization", "B-Country", "I-Place", "B-Event"] {
      #expect(EntityTag(text)?.description == text)
    }
    #expect(EntityTag("B-person") == nil)
    #expect(EntityTag("X-Person") == nil)
  }

  @Test func evaluationCountsExactSpansByCoarseClass() {
    var evaluation = NEREvaluation()
    // Gold: Person(0..<2), Country(3), Organization(5..<7).
    let gold: [EntityTag] = [
      .begin(.person), .inside(.person), .outside, .begin(.country), .outside,
      .begin(.organization), .inside(.organization),
    ]
    // Predicted: Person right, Place for the country (same coarse class: right),
    // Organization one token short (wrong), and a spurious Event.
    let predicted: [EntityTag] = [
      .begin(.person), .inside(.person), .outside, .begin(.place), .begin(.event),
      .begin(.organization), .outside,
    ]
    evaluation.add(gold: gold, predicted: predicted)
    #expect(evaluation.counts["Person"]?.truePositives == 1)
    #expect(evaluation.counts["Location"]?.truePositives == 1)
    #expect(evaluation.counts["Organization"]?.falsePositives == 1)
    #expect(evaluation.counts["Organization"]?.falseNegatives == 1)
    #expect(evaluation.counts["Event"]?.falsePositives == 1)
    let micro = evaluation.micro
    #expect(micro.truePositives == 2 && micro.falsePositives == 2 && micro.falseNegatives == 1)
    #expect(abs(micro.precision - 0.5) < 1e-12)
    #expect(abs(micro.recall - 2.0 / 3.0) < 1e-12)
    #expect(abs(micro.f1 - 4.0 / 7.0) < 1e-12)
    #expect(evaluation.description.contains("micro        0.5000   0.6667   0.5714"))
  }
}
