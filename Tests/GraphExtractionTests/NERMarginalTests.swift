import KnowledgeGraphCore
import Testing

@testable import GraphExtraction

@Suite struct NERMarginalTests {
  @Test func scaledAndLogDomainMarginalsAgree() {
    let tags = TaggerModel.tagCount
    var random = SplitMix64(seed: 42)
    func value(_ range: Float) -> Float {
      Float(Double(random.next() >> 11) / Double(1 << 53)) * 2 * range - range
    }
    for count in [1, 2, 7, 30] {
      let emissions = (0..<(count * tags)).map { _ in value(40) }
      let transitions = (0..<((tags + 1) * tags)).map { _ in value(5) }
      let fast = TaggerModel.marginals(
        emissions: emissions, transitions: transitions, count: count, temperature: 2)
      let exact = TaggerModel.logDomainMarginals(
        emissions: emissions, transitions: transitions, count: count, temperature: 2)
      #expect(fast.count == count * tags)
      let worst = zip(fast, exact).map { abs($0 - $1) }.max() ?? 0
      #expect(worst < 1e-7, "count \(count)")
      for position in 0..<count {
        let total = fast[(position * tags)..<((position + 1) * tags)].reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
        // BIO: an inside tag is impossible at the start.
        if position == 0 { #expect(fast[2] == 0) }
      }
    }
  }

  @Test func vectorDecodingMatchesScalarDecodingExactly() {
    let tags = TaggerModel.tagCount
    var random = SplitMix64(seed: 7)
    func value(_ range: Float) -> Float {
      Float(Double(random.next() >> 11) / Double(1 << 53)) * 2 * range - range
    }
    for count in [1, 2, 3, 7, 30, 80] {
      let emissions = (0..<(count * tags)).map { _ in value(40) }
      let transitions = (0..<((tags + 1) * tags)).map { _ in value(5) }
      let decoder = VectorDecoder(transitions: transitions, temperature: 2)
      let lanes = VectorDecoder.lanes(emissions, count: count)
      #expect(
        decoder.viterbi(lanes)
          == TaggerModel.viterbi(emissions: emissions, transitions: transitions, count: count))
      let scalar = TaggerModel.marginals(
        emissions: emissions, transitions: transitions, count: count, temperature: 2)
      decoder.withMarginals(lanes) { vector in
        for position in 0..<count {
          for tag in 0..<tags {
            #expect(vector[position, tag] == scalar[position * tags + tag], "count \(count)")
          }
        }
      }
    }
  }
}
