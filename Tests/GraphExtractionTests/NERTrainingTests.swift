import GraphExtraction
import Testing

/// A tiny corpus the tagger must learn: names, countries, places, organizations, events.
private let corpus: [LabeledSentence] = [
  labeled("Maria Lopez visited Norway on Monday .", "B-Person I-Person O B-Country O O O"),
  labeled(
    "The Acme Corporation opened an office in Dunmore .",
    "O B-Organization I-Organization O O O O B-Place O"),
  labeled(
    "Voters in Norway went to the polls in the Storting election .",
    "O O B-Country O O O O O O B-Event I-Event O"),
  labeled(
    "Peter Holm spoke for Acme Corporation in Dunmore .",
    "B-Person I-Person O O B-Organization I-Organization O B-Place O"),
  labeled("Norway and Sweden signed a treaty .", "B-Country O B-Country O O O O"),
  labeled("She said the weather was fine .", "O O O O O O O"),
]

private func labeled(_ text: String, _ tags: String) -> LabeledSentence {
  let tokens = text.split(separator: " ").map(String.init)
  let parsed = tags.split(separator: " ").compactMap { EntityTag(String($0)) }
  return LabeledSentence(tokens: tokens, tags: parsed)
}

@Suite struct NERTrainingTests {
  private let trainer = EntityTaggerTrainer(epochs: 8, seed: 7, tableBits: 14, seenBits: 10)

  @Test func learnsATinyCorpus() {
    let tagger = trainer.train(corpus)
    for sentence in corpus {
      #expect(tagger.tag(sentence.tokens) == sentence.tags, "\(sentence.tokens)")
    }
  }

  @Test func sameSeedGivesTheSameModelBytes() {
    let first = trainer.train(corpus).modelData()
    let second = trainer.train(corpus).modelData()
    #expect(first == second)
    #expect(!first.isEmpty)
  }

  @Test func averagingRunsAndEarlyStoppingReportEachEpoch() {
    var reports: [EntityTaggerTrainer.EpochReport] = []
    var settings = trainer
    settings.runs = 2
    settings.epochs = 3
    let tagger = settings.train(corpus, development: [Array(corpus.prefix(2))]) {
      reports.append($0)
    }
    #expect(reports.map(\.epoch) == [1, 2, 3, 1, 2, 3])
    #expect(reports.map(\.run) == [1, 1, 1, 2, 2, 2])
    #expect(reports.last.map { $0.development.count } == 1)
    #expect(tagger.tag(corpus[0].tokens) == corpus[0].tags)
  }

  @Test func modelBytesRoundTrip() throws {
    let tagger = trainer.train(corpus)
    let reloaded = try EntityTagger(modelData: tagger.modelData())
    #expect(reloaded.modelData() == tagger.modelData())
    let tokens = ["Peter", "Holm", "visited", "Sweden", "."]
    #expect(reloaded.tag(tokens) == tagger.tag(tokens))
  }

  @Test func rejectsMalformedModels() {
    var bytes = trainer.train(corpus).modelData()
    #expect(throws: TaggerError.self) { try EntityTagger(modelData: Array(bytes.prefix(100))) }
    bytes[bytes.count / 2] ^= 0xFF
    #expect(throws: TaggerError.self) { try EntityTagger(modelData: bytes) }
    #expect(throws: TaggerError.self) { try EntityTagger(modelData: Array("not a model".utf8)) }
  }

  @Test func tagsFormValidBIOAndMentionsCarryOffsets() {
    let tagger = trainer.train(corpus)
    let sentence = Tokenizer().sentences(in: "She said Maria Lopez visited Norway.")[0]
    let mentions = tagger.mentions(in: sentence)
    #expect(mentions.map(\.label) == [.person, .country])
    #expect(mentions.map(\.text) == ["Maria Lopez", "Norway"])
    #expect(mentions.first?.start == 9 && mentions.first?.end == 20)
    #expect(mentions.allSatisfy { (0...1).contains($0.confidence) })
    #expect(tagger.tag([]) == [])
  }
}
