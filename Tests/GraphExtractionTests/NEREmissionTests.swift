import Testing

@testable import GraphExtraction

@Suite struct NEREmissionTests {
  private let text = """
    Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.
    The United States and China agreed to resume trade talks in Geneva, officials said.
    SHARES OF ACME ROBOTICS FELL; the company's chief executive, Jane Roe, said in a statement.
    Paris and Paris again: Macron met Scholz, and Scholz met Macron.
    """

  @Test func wordAndContextFeaturesAreAllTheFeatures() throws {
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
        let wordCount = extractor.writeWordFeatures(of: word, into: split)
        let contextCount = atoms.withUnsafeBufferPointer { atoms in
          extractor.writeContextFeatures(
            at: position, of: atoms, context: context, into: split + wordCount)
        }
        #expect(wordCount + contextCount == count)
        let expected = UnsafeBufferPointer(start: all, count: count).sorted()
        let found = UnsafeBufferPointer(start: split, count: wordCount + contextCount).sorted()
        #expect(found == expected, "token \(words[position])")
      }
    }
  }

  @Test func remembereredWordsScoreAsBefore() throws {
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
