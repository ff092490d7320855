import Testing

@testable import GraphExtraction

@Suite struct NEREmissionTests {
  private let text = """
    Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.
    The United States and China agreed to resume trade talks in Geneva, officials said.
    SHARES OF ACME ROBOTICS FELL; the company's chief executive, Jane Roe, said in a statement.
    Paris and Paris again: Macron met Scholz, and Scholz met Macron.
    """

  @Test func wordNeighbourClassAndContextFeaturesAreAllTheFeatures() throws {
    let extractor = try EntityTagger.builtIn().model.extractor
    for sentence in Tokenizer().sentences(in: text) {
      let words = sentence.tokens.map(\.text)
      let (atoms, context) = extractor.sentenceAtoms(of: words)
      var scratch: [UInt32] = []
      let capacity = FeatureExtractor.maximumFeatureCount
      let all = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
      let split = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
      defer {
        all.deallocate()
        split.deallocate()
      }
      for position in atoms.indices {
        let count = extractor.writeFeatures(at: position, of: atoms, context: context, into: all)
        let word = extractor.atoms(of: words[position], scratch: &scratch)
        var splitCount = extractor.writeWordFeatures(of: word, into: split)
        let neighbours: [(FeatureExtractor.NeighbourRole, Int)] = [
          (.previous, position - 1), (.next, position + 1), (.secondPrevious, position - 2),
          (.secondNext, position + 2),
        ]
        for (role, neighbour) in neighbours {
          let atoms =
            words.indices.contains(neighbour)
            ? extractor.atoms(of: words[neighbour], scratch: &scratch) : .boundary
          splitCount += extractor.writeNeighbourFeatures(of: atoms, as: role, into: split + splitCount)
        }
        splitCount += extractor.writeClassFeatures(
          of: word, first: position == 0, context: context, into: split + splitCount)
        splitCount += atoms.withUnsafeBufferPointer { atoms in
          let pairs = UnsafeMutablePointer<FeatureExtractor.Pair>.allocate(
            capacity: FeatureExtractor.pairCount(tokens: atoms.count))
          defer { pairs.deallocate() }
          extractor.writePairs(of: atoms, into: pairs)
          return extractor.writeContextFeatures(
            at: position, of: atoms, pairs: pairs, context: context, into: split + splitCount)
        }
        #expect(splitCount == count)
        let expected = UnsafeBufferPointer(start: all, count: count).sorted()
        let found = UnsafeBufferPointer(start: split, count: splitCount).sorted()
        #expect(found == expected, "token \(words[position])")
      }
    }
  }

  @Test func sentencesOfEveryClassScoreAsTheirFeatures() throws {
    let model = try EntityTagger.builtIn().model
    // Short, medium and long sentences, a headline and a numeric table row: the rows kept per
    // word for the commonest classes must give the sums of the features of every class.
    let sentences = [
      "Macron met Scholz .",
      "The United States and China agreed to resume trade talks in Geneva , officials said .",
      Array(repeating: "Paris and Berlin agreed with Rome", count: 5).joined(separator: " , "),
      "SHARES OF ACME ROBOTICS FELL",
      "1 2 3 Acme 4 5 6 7 8 9",
    ]
    for sentence in sentences {
      let words = sentence.split(separator: " ").map(String.init)
      let expected = model.emissions(model.extractor.features(of: words))
      #expect(model.emissions(of: words) == expected, "\(words)")
      #expect(model.emissions(of: words) == expected, "\(words)")
    }
  }

  @Test func rememberedWordsScoreAsBefore() throws {
    let model = try EntityTagger.builtIn().model
    for sentence in Tokenizer().sentences(in: text) {
      let words = sentence.tokens.map(\.text)
      let expected = model.emissions(model.extractor.features(of: words))
      // Twice: the second time every word is remembered.
      #expect(model.emissions(of: words) == expected)
      #expect(model.emissions(of: words) == expected)
    }
  }
}
