import Foundation
import Synchronization

/// The weights of the entity tagger and the decoding that uses them.
///
/// Emission weights are a hashed table of `1 << tableBits` rows of ``rowStride`` `Int16`s (one
/// per tag), multiplied by `scale`. Most rows are all zeros (features never seen in training),
/// so only the others are kept, densely (``CompactWeights``): the table the scoring reads is a
/// fifth of the full one, which keeps it in cache far better. A row is read with one 16-lane
/// SIMD load whose extra lanes (the next row's start, or ``padding`` after the last row) are
/// ignored. Transition weights are floats over tag pairs, with an extra row for the sentence
/// start. Decoding is Viterbi under BIO constraints (`I-X` only after `B-X` or `I-X`).
struct TaggerModel: Sendable {
  static let tagCount = EntityTag.count
  /// The number of `Int16` slots per weight row in memory.
  static let rowStride = tagCount
  /// Zeros after the last row, so the last row's SIMD load stays inside the array.
  static let padding = 16 - tagCount

  let extractor: FeatureExtractor
  /// The quantized emission weights, as scoring reads them.
  let compactWeights: CompactWeights
  /// The value of one unit of `weights`.
  let scale: Float
  /// Transition weights: row `from` (or `tagCount` for the start), column `to`.
  let transitions: [Float]
  /// Divides scores before the softmax that turns them into confidences.
  let temperature: Float
  /// What scoring has learnt of the words seen so far, shared by the model's copies.
  private let wordScores = WordScores()
  /// The ``WordSums`` of the boundary beyond a sentence's ends, read where a token has no
  /// neighbour.
  private let boundarySums: WordSums

  /// A model with the full table of quantized emission weights, ``rowStride`` per row.
  init(
    extractor: FeatureExtractor, weights: [Int16], scale: Float, transitions: [Float],
    temperature: Float
  ) {
    self.init(
      extractor: extractor,
      compactWeights: CompactWeights(
        full: weights, rowCount: 1 << extractor.tableBits),
      scale: scale, transitions: transitions, temperature: temperature)
  }

  /// A model with its emission weights already compact.
  init(
    extractor: FeatureExtractor, compactWeights: CompactWeights, scale: Float,
    transitions: [Float], temperature: Float
  ) {
    self.extractor = extractor
    self.compactWeights = compactWeights
    self.scale = scale
    self.transitions = transitions
    self.temperature = temperature
    self.boundarySums = compactWeights.withRows { rows in
      withUnsafeTemporaryAllocation(
        of: Int32.self, capacity: FeatureExtractor.maximumFeatureCount
      ) { buffer in
        guard let scratch = buffer.baseAddress else { return .zero }
        return Self.wordSums(of: .boundary, extractor: extractor, rows: rows, scratch: scratch)
      }
    }
  }

  /// The full table of quantized emission weights, ``rowStride`` per row (built on demand).
  var weights: [Int16] { compactWeights.expanded() }

  // MARK: - Scoring

  /// Emission scores, `tagCount` per token.
  func emissions(_ features: FeatureExtractor.SentenceFeatures) -> [Float] {
    let tags = Self.tagCount
    var scores = [Float](repeating: 0, count: features.count * tags)
    compactWeights.withRows { rows in
      features.indices.withUnsafeBufferPointer { indices in
        guard let indices = indices.baseAddress else { return }
        scores.withUnsafeMutableBufferPointer { out in
          for token in 0..<features.count {
            let start = features.offsets[token]
            let sums = rows.sum(indices + start, count: features.offsets[token + 1] - start)
            for tag in 0..<tags {
              out[token &* tags &+ tag] = Float(sums[tag]) * scale
            }
          }
        }
      }
    }
    return scores
  }

  /// Emission scores, `tagCount` per token, of a sentence's tokens: the same as
  /// ``emissions(_:)`` of their features (``emissionLanes(of:)`` without the unused lanes).
  func emissions<Words: Collection<String>>(of tokens: Words) -> [Float] {
    VectorDecoder.scalars(emissionLanes(of: tokens))
  }

  /// Emission scores of a sentence's tokens, laid out as ``VectorDecoder/lanes(_:count:)``
  /// lays them out: the same as ``emissions(_:)`` of their features, without keeping the
  /// features (each token's are summed as soon as they are hashed).
  ///
  /// The rows of the templates that read one token alone (the token scored, or one of its
  /// neighbours, or the token in the commonest classes of sentences) are summed once per word
  /// (``WordScores``); the sums are of integers, so summing a token's rows in parts gives the
  /// same total.
  func emissionLanes<Words: Collection<String>>(of tokens: Words) -> [Float] {
    let stride = VectorDecoder.stride
    var atoms: [FeatureExtractor.Atoms] = []
    var wordSums: [WordSums] = []
    atoms.reserveCapacity(tokens.count)
    wordSums.reserveCapacity(tokens.count)
    let unknown = wordScores.lookUp(tokens, atoms: &atoms, sums: &wordSums)
    return compactWeights.withRows { rows in
      withUnsafeTemporaryAllocation(
        of: Int32.self, capacity: FeatureExtractor.maximumFeatureCount
      ) { buffer in
        guard let indices = buffer.baseAddress else { return [] }
        if !unknown.isEmpty {
          var fresh: [(word: String, score: WordScore)] = []
          var scratch: [UInt32] = []
          for (position, token) in unknown {
            let word = extractor.atoms(of: token, scratch: &scratch)
            let sums = Self.wordSums(of: word, extractor: extractor, rows: rows, scratch: indices)
            let score = WordScore(atoms: word, sums: sums)
            atoms[position] = word
            wordSums[position] = score.sums
            fresh.append((token, score))
          }
          wordScores.remember(fresh)
        }
        let context = extractor.completeSentence(&atoms)
        let keptClass = WordSums.KeptClass(context)
        let edge = boundarySums
        let tags = CompactWeights.RowSum.tagLanes
        let scale = scale
        return [Float](unsafeUninitializedCapacity: atoms.count * stride) { out, initialized in
          atoms.withUnsafeBufferPointer { atoms in
            wordSums.withUnsafeBufferPointer { wordSums in
              withUnsafeTemporaryAllocation(
                of: FeatureExtractor.Pair.self,
                capacity: FeatureExtractor.pairCount(tokens: atoms.count)
              ) { pairs in
                guard let out = UnsafeMutableRawPointer(out.baseAddress),
                  let pairs = pairs.baseAddress
                else { return }
                extractor.writePairs(of: atoms, into: pairs)
                let last = atoms.count - 1
                for token in atoms.indices {
                  let classSums: CompactWeights.RowSum
                  if token > 0, let keptClass {
                    classSums = wordSums[token].sums(in: keptClass)
                  } else {
                    classSums = rows.sum(
                      indices,
                      count: extractor.writeClassFeatures(
                        of: atoms[token], first: token == 0, context: context, into: indices))
                  }
                  let count = extractor.writeContextFeatures(
                    at: token, of: atoms, pairs: pairs, context: context, into: indices)
                  let sums =
                    wordSums[token].own + classSums + rows.sum(indices, count: count)
                    + (token >= 1 ? wordSums[token - 1] : edge).previous
                    + (token < last ? wordSums[token + 1] : edge).next
                    + (token >= 2 ? wordSums[token - 2] : edge).secondPrevious
                    + (token < last - 1 ? wordSums[token + 2] : edge).secondNext
                  out.storeBytes(
                    of: sums.scores(scale: scale, tags: tags), toByteOffset: token &* stride &* 4,
                    as: SIMD16<Float>.self)
                }
              }
            }
          }
          initialized = atoms.count * stride
        }
      }
    }
  }

  /// The sums of the rows of the templates that read a word alone: as the token scored, as
  /// each neighbour of it, and as a token past the first of a sentence of the commonest
  /// classes.
  struct WordSums: Sendable {
    /// The rows of ``FeatureExtractor/writeWordFeatures(of:into:)``.
    var own: CompactWeights.RowSum
    /// The rows of ``FeatureExtractor/writeNeighbourFeatures(of:as:into:)`` in each role.
    var previous: CompactWeights.RowSum
    var next: CompactWeights.RowSum
    var secondPrevious: CompactWeights.RowSum
    var secondNext: CompactWeights.RowSum
    /// The rows of ``FeatureExtractor/writeClassFeatures(of:first:context:into:)`` past a
    /// sentence's first token, in each ``KeptClass``.
    var inMediumSentence: CompactWeights.RowSum
    var inLongSentence: CompactWeights.RowSum

    static let zero = WordSums(
      own: .zero, previous: .zero, next: .zero, secondPrevious: .zero, secondNext: .zero,
      inMediumSentence: .zero, inLongSentence: .zero)

    /// A class of sentences whose class rows are kept: neither headlines nor mostly numbers,
    /// of 9 to 25 tokens (`medium`) or of more (`long`).
    enum KeptClass {
      case medium, long

      /// What the class templates read of such a sentence.
      var context: FeatureExtractor.SentenceContext {
        FeatureExtractor.SentenceContext(
          headline: false, numericHeavy: false, lengthClass: self == .medium ? 1 : 2,
          firstWord: 0)
      }

      /// The kept class of a sentence, if it has one.
      init?(_ context: FeatureExtractor.SentenceContext) {
        guard !context.headline, !context.numericHeavy else { return nil }
        switch context.lengthClass {
        case 1: self = .medium
        case 2: self = .long
        default: return nil
        }
      }
    }

    /// The kept class rows of the word in sentences of class `kept`.
    @inline(__always) func sums(in kept: KeptClass) -> CompactWeights.RowSum {
      switch kept {
      case .medium: inMediumSentence
      case .long: inLongSentence
      }
    }
  }

  /// The ``WordSums`` of a word's atoms; `scratch` has room for
  /// ``FeatureExtractor/maximumFeatureCount`` indices.
  private static func wordSums(
    of word: FeatureExtractor.Atoms, extractor: FeatureExtractor, rows: CompactWeights.Reader,
    scratch: UnsafeMutablePointer<Int32>
  ) -> WordSums {
    func neighbour(_ role: FeatureExtractor.NeighbourRole) -> CompactWeights.RowSum {
      rows.sum(scratch, count: extractor.writeNeighbourFeatures(of: word, as: role, into: scratch))
    }
    func inClass(_ context: FeatureExtractor.SentenceContext) -> CompactWeights.RowSum {
      rows.sum(
        scratch,
        count: extractor.writeClassFeatures(
          of: word, first: false, context: context, into: scratch))
    }
    return WordSums(
      own: rows.sum(scratch, count: extractor.writeWordFeatures(of: word, into: scratch)),
      previous: neighbour(.previous), next: neighbour(.next),
      secondPrevious: neighbour(.secondPrevious), secondNext: neighbour(.secondNext),
      inMediumSentence: inClass(WordSums.KeptClass.medium.context),
      inLongSentence: inClass(WordSums.KeptClass.long.context))
  }

  /// What scoring knows of a word before it looks at the word's sentence.
  struct WordScore: Sendable {
    /// The word's atoms, without gazetteer flags (they depend on the neighbours).
    var atoms: FeatureExtractor.Atoms
    /// The sums of the rows of the templates that read the word alone.
    var sums: WordSums
  }

  /// The ``WordScore`` of each word seen, up to ``capacity`` words: a word's atoms and the
  /// rows of its own templates are read once instead of at every occurrence.
  final class WordScores: Sendable {
    /// The most words kept; later words are scored at every occurrence.
    static let capacity = 1 << 15

    private let table = Mutex(Table())

    /// Appends the atoms and word sum of each word to `atoms` and `sums` (placeholders for
    /// words not seen yet) and returns the words not seen yet with their positions.
    func lookUp<Words: Collection<String>>(
      _ words: Words, atoms: inout [FeatureExtractor.Atoms], sums: inout [WordSums]
    ) -> [(position: Int, word: String)] {
      var unknown: [(position: Int, word: String)] = []
      table.withLock { table in
        for (position, word) in words.enumerated() {
          if let entry = table.entry(of: word) {
            let score = table.scores[entry]
            atoms.append(score.atoms)
            sums.append(score.sums)
          } else {
            atoms.append(FeatureExtractor.Atoms())
            sums.append(.zero)
            unknown.append((position, word))
          }
        }
      }
      return unknown
    }

    /// Keeps the scores of words, while there is room.
    func remember(_ scores: [(word: String, score: WordScore)]) {
      table.withLock { table in
        for (word, score) in scores where table.scores.count < Self.capacity {
          table.insert(score, for: word)
        }
      }
    }

    /// A hash table of words with open addressing: cheaper than a `Dictionary`, whose hashing
    /// of a `String` costs several times more than the short hash of its UTF-8 bytes here.
    ///
    /// Words are told apart by their bytes (their hashes and `==`), so canonically equivalent
    /// spellings, whose atoms differ, are kept apart.
    private struct Table {
      /// Twice as many slots as words kept, so probe sequences stay short.
      static let slotBits = Int(WordScores.capacity.trailingZeroBitCount) + 1

      /// Per slot: 0 if empty, else one more than the index of its word in ``words``.
      var slots = [Int32](repeating: 0, count: 1 << slotBits)
      var hashes: [UInt64] = []
      var words: [String] = []
      var scores: [WordScore] = []

      /// The index in ``words`` and ``scores`` of `word`, if kept.
      func entry(of word: String) -> Int? {
        let hash = Self.hash(of: word)
        var slot = Self.slot(of: hash)
        while true {
          let stored = Int(slots[slot])
          if stored == 0 { return nil }
          if hashes[stored - 1] == hash, words[stored - 1] == word { return stored - 1 }
          slot = (slot + 1) & (slots.count - 1)
        }
      }

      /// Keeps `score` as the score of `word`.
      mutating func insert(_ score: WordScore, for word: String) {
        let hash = Self.hash(of: word)
        var slot = Self.slot(of: hash)
        while slots[slot] != 0 {
          let stored = Int(slots[slot])
          // Another thread may have kept the word since this one looked it up.
          if hashes[stored - 1] == hash, words[stored - 1] == word { return }
          slot = (slot + 1) & (slots.count - 1)
        }
        hashes.append(hash)
        words.append(word)
        scores.append(score)
        slots[slot] = Int32(words.count)
      }

      /// FNV-1a over the word's UTF-8 bytes.
      private static func hash(of word: String) -> UInt64 {
        let contiguous = word.utf8.withContiguousStorageIfAvailable { bytes in
          var hash = Hash.seed
          for byte in bytes { hash = Hash.step(hash, UInt32(byte)) }
          return hash
        }
        if let contiguous { return contiguous }
        var hash = Hash.seed
        for byte in word.utf8 { hash = Hash.step(hash, UInt32(byte)) }
        return hash
      }

      /// The first slot probed for a word of hash `hash`.
      private static func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: Hash.mix(hash, 0) >> UInt64(64 - slotBits))
      }
    }
  }

  /// Whether a tag may follow another (`previous == nil` at the sentence start).
  @inline(__always) static func allowed(_ previous: Int?, _ next: Int) -> Bool {
    // Tag indices: 0 = O, odd = B-label, even > 0 = I-label (B at next - 1).
    guard next > 0, next % 2 == 0 else { return true }
    guard let previous else { return false }
    return previous == next || previous == next - 1
  }

  /// Transition-constraint mask, `allowedTable[from * tagCount + to]` (`from == tagCount`: start).
  static let allowedTable: [Bool] = {
    var table = [Bool](repeating: false, count: (tagCount + 1) * tagCount)
    for from in 0...tagCount {
      for to in 0..<tagCount {
        table[from * tagCount + to] = allowed(from == tagCount ? nil : from, to)
      }
    }
    return table
  }()

  /// For each tag, the tags that may precede it, in increasing order.
  static let allowedPredecessors: [[Int]] = (0..<tagCount).map { tag in
    (0..<tagCount).filter { allowedTable[$0 * tagCount + tag] }
  }

  /// ``allowedPredecessors`` or ``allowedSuccessors`` flattened: the list of tag `t` is
  /// `tags[offsets[t]..<offsets[t + 1]]`.
  struct TagLists: Sendable {
    let tags: [Int]
    let offsets: [Int]

    init(_ lists: [[Int]]) {
      tags = lists.flatMap { $0 }
      offsets = lists.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }
  }

  static let predecessorLists = TagLists(allowedPredecessors)
  static let successorLists = TagLists(allowedSuccessors)

  /// The best tag sequence for the given emission scores.
  static func viterbi(emissions: [Float], transitions: [Float], count: Int) -> [Int] {
    let tags = tagCount
    guard count > 0 else { return [] }
    let allowed = allowedTable
    let lists = predecessorLists
    var score = [Float](repeating: -.infinity, count: count * tags)
    var back = [Int](repeating: 0, count: count * tags)
    for tag in 0..<tags where allowed[tags * tags + tag] {
      score[tag] = emissions[tag] + transitions[tags * tags + tag]
    }
    if count > 1 {
      emissions.withUnsafeBufferPointer { emissions in
        transitions.withUnsafeBufferPointer { transitions in
        lists.tags.withUnsafeBufferPointer { predecessors in
        lists.offsets.withUnsafeBufferPointer { offsets in
          score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
              for position in 1..<count {
                let base = position * tags
                let previousBase = base - tags
                for tag in 0..<tags {
                  var best = -Float.infinity
                  var bestFrom = 0
                  // Disallowed predecessors are skipped, as the table says.
                  for k in offsets[tag]..<offsets[tag &+ 1] {
                    let from = predecessors[k]
                    let candidate = score[previousBase &+ from] + transitions[from &* tags &+ tag]
                    if candidate > best {
                      best = candidate
                      bestFrom = from
                    }
                  }
                  score[base + tag] = best + emissions[base + tag]
                  back[base + tag] = bestFrom
                }
              }
            }
          }
        }
        }
        }
      }
    }
    let lastBase = (count - 1) * tags
    var bestTag = 0
    for tag in 1..<tags where score[lastBase + tag] > score[lastBase + bestTag] {
      bestTag = tag
    }
    var path = [Int](repeating: 0, count: count)
    path[count - 1] = bestTag
    var position = count - 1
    while position > 0 {
      bestTag = back[position * tags + bestTag]
      position -= 1
      path[position] = bestTag
    }
    return path
  }

  /// The transition potentials of ``marginals(emissions:potentials:transitions:count:temperature:)``:
  /// `exp((transition - top) / temperature)` for allowed transitions, 0 for the others.
  static func transitionPotentials(transitions: [Float], temperature: Float) -> [Double] {
    let tags = tagCount
    let allowed = allowedTable
    let t = Double(max(temperature, 1e-6))
    // Shifting all transitions by a constant leaves the marginals unchanged and keeps exp()
    // in range.
    let topTransition = Double(transitions.max() ?? 0)
    var transition = [Double](repeating: 0, count: (tags + 1) * tags)
    for index in transition.indices where allowed[index] {
      transition[index] = exp((Double(transitions[index]) - topTransition) / t)
    }
    return transition
  }

  /// Per-token tag probabilities (`tagCount` per token) from a forward-backward pass over the
  /// scores divided by `temperature`.
  ///
  /// Works with probabilities scaled per position (no logarithms); falls back to
  /// ``logDomainMarginals(emissions:transitions:count:temperature:)`` if a scale underflows.
  static func marginals(
    emissions: [Float], transitions: [Float], count: Int, temperature: Float
  ) -> [Double] {
    marginals(
      emissions: emissions,
      potentials: transitionPotentials(transitions: transitions, temperature: temperature),
      transitions: transitions, count: count, temperature: temperature)
  }

  /// The emission potentials of `count` tokens whose scores start `stride` apart (lanes past
  /// ``tagCount`` stay 0): `exp((score - top) / temperature)`, where `top` is the token's best
  /// score. Shifting one position's emissions by a constant leaves the marginals unchanged and
  /// keeps `exp()` in range.
  static func emissionPotentials(
    _ emissions: [Float], count: Int, stride: Int, temperature: Float
  ) -> [Double] {
    [Double](unsafeUninitializedCapacity: count * stride) { buffer, initialized in
      emissions.withUnsafeBufferPointer { emissions in
        guard let out = buffer.baseAddress else { return }
        writeEmissionPotentials(
          emissions, count: count, stride: stride, temperature: temperature, into: out,
          outputStride: stride)
      }
      initialized = count * stride
    }
  }

  /// Writes ``emissionPotentials(_:count:stride:temperature:)`` into `out`, `outputStride`
  /// (at least ``tagCount``) values per token.
  static func writeEmissionPotentials(
    _ emissions: UnsafeBufferPointer<Float>, count: Int, stride: Int, temperature: Float,
    into out: UnsafeMutablePointer<Double>, outputStride: Int
  ) {
    let tags = tagCount
    let t = Double(max(temperature, 1e-6))
    for position in 0..<count {
      let base = position * stride
      let outBase = position * outputStride
      // The conversion to Double keeps the order: the best Float is the best Double.
      var best = -Float.infinity
      for tag in 0..<tags { best = max(best, emissions[base + tag]) }
      let top = Double(best)
      for tag in 0..<tags {
        let exponent = (Double(emissions[base + tag]) - top) / t
        // exp(0) is exactly 1: the best tags need no call.
        out[outBase + tag] = exponent == 0 ? 1 : exp(exponent)
      }
      for lane in tags..<outputStride { out[outBase + lane] = 0 }
    }
  }

  /// ``marginals(emissions:transitions:count:temperature:)`` with the transition potentials
  /// computed beforehand (``transitionPotentials(transitions:temperature:)``).
  static func marginals(
    emissions: [Float], potentials: [Double], transitions: [Float], count: Int,
    temperature: Float
  ) -> [Double] {
    let tags = tagCount
    guard count > 0 else { return [] }
    let emission = emissionPotentials(emissions, count: count, stride: tags, temperature: temperature)
    var alpha = [Double](repeating: 0, count: count * tags)
    var beta = [Double](repeating: 0, count: count * tags)
    // Disallowed transitions have potential 0: their terms add nothing and are skipped.
    let predecessorLists = Self.predecessorLists
    let successorLists = Self.successorLists
    let underflow = predecessorLists.tags.withUnsafeBufferPointer { predecessors in
      predecessorLists.offsets.withUnsafeBufferPointer { predecessorOffsets in
      successorLists.tags.withUnsafeBufferPointer { successors in
      successorLists.offsets.withUnsafeBufferPointer { successorOffsets in
      potentials.withUnsafeBufferPointer { transition in
      emission.withUnsafeBufferPointer { emission in
        alpha.withUnsafeMutableBufferPointer { alpha in
          beta.withUnsafeMutableBufferPointer { beta in
            var sum = 0.0
            for tag in 0..<tags {
              alpha[tag] = transition[tags * tags + tag] * emission[tag]
              sum += alpha[tag]
            }
            guard sum > 0, sum.isFinite else { return true }
            for tag in 0..<tags { alpha[tag] /= sum }
            for position in stride(from: 1, to: count, by: 1) {
              let base = position * tags
              sum = 0
              for tag in 0..<tags {
                var total = 0.0
                for k in predecessorOffsets[tag]..<predecessorOffsets[tag &+ 1] {
                  let from = predecessors[k]
                  total += alpha[base &- tags &+ from] * transition[from &* tags &+ tag]
                }
                alpha[base + tag] = total * emission[base + tag]
                sum += alpha[base + tag]
              }
              guard sum > 0, sum.isFinite else { return true }
              for tag in 0..<tags { alpha[base + tag] /= sum }
            }
            for tag in 0..<tags { beta[(count - 1) * tags + tag] = 1 }
            for position in stride(from: count - 2, through: 0, by: -1) {
              let base = position * tags
              sum = 0
              for tag in 0..<tags {
                var total = 0.0
                for k in successorOffsets[tag]..<successorOffsets[tag &+ 1] {
                  let next = successors[k]
                  total +=
                    transition[tag &* tags &+ next] * emission[base &+ tags &+ next]
                    * beta[base &+ tags &+ next]
                }
                beta[base + tag] = total
                sum += total
              }
              guard sum > 0, sum.isFinite else { return true }
              for tag in 0..<tags { beta[base + tag] /= sum }
            }
            return false
          }
        }
      }
      }
      }
      }
      }
    }
    if underflow {
      return logDomainMarginals(
        emissions: emissions, transitions: transitions, count: count, temperature: temperature)
    }
    var result = [Double](repeating: 0, count: count * tags)
    for position in 0..<count {
      let base = position * tags
      var norm = 0.0
      for tag in 0..<tags { norm += alpha[base + tag] * beta[base + tag] }
      guard norm > 0 else { continue }
      for tag in 0..<tags { result[base + tag] = alpha[base + tag] * beta[base + tag] / norm }
    }
    return result
  }

  /// For each tag, the tags that may follow it, in increasing order.
  static let allowedSuccessors: [[Int]] = (0..<tagCount).map { tag in
    (0..<tagCount).filter { allowedTable[tag * tagCount + $0] }
  }

  /// ``marginals(emissions:transitions:count:temperature:)`` computed with log-sum-exp: slower,
  /// but immune to underflow.
  static func logDomainMarginals(
    emissions: [Float], transitions: [Float], count: Int, temperature: Float
  ) -> [Double] {
    let tags = tagCount
    guard count > 0 else { return [] }
    let allowed = allowedTable
    let t = Double(max(temperature, 1e-6))
    func logSumExp(_ values: [Double]) -> Double {
      let top = values.max() ?? -.infinity
      guard top > -.infinity else { return -.infinity }
      return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
    var alpha = [Double](repeating: -.infinity, count: count * tags)
    var beta = [Double](repeating: -.infinity, count: count * tags)
    for tag in 0..<tags where allowed[tags * tags + tag] {
      alpha[tag] = Double(emissions[tag] + transitions[tags * tags + tag]) / t
    }
    var terms = [Double](repeating: -.infinity, count: tags)
    for position in stride(from: 1, to: count, by: 1) {
      for tag in 0..<tags {
        for from in 0..<tags {
          terms[from] =
            allowed[from * tags + tag]
            ? alpha[(position - 1) * tags + from] + Double(transitions[from * tags + tag]) / t
            : -.infinity
        }
        alpha[position * tags + tag] =
          logSumExp(terms) + Double(emissions[position * tags + tag]) / t
      }
    }
    for tag in 0..<tags { beta[(count - 1) * tags + tag] = 0 }
    for position in stride(from: count - 2, through: 0, by: -1) {
      for tag in 0..<tags {
        for next in 0..<tags {
          terms[next] =
            allowed[tag * tags + next]
            ? Double(transitions[tag * tags + next]) / t
              + Double(emissions[(position + 1) * tags + next]) / t
              + beta[(position + 1) * tags + next]
            : -.infinity
        }
        beta[position * tags + tag] = logSumExp(terms)
      }
    }
    let total = logSumExp(Array(alpha[((count - 1) * tags)..<(count * tags)]))
    var result = [Double](repeating: 0, count: count * tags)
    for index in result.indices {
      let value = alpha[index] + beta[index] - total
      result[index] = value > -700 ? exp(value) : 0
    }
    return result
  }
}

/// A table of `Int16` weight rows in which most rows are all zeros, kept without them.
///
/// A directory entry per eight rows holds their presence bits in its low byte and the number of
/// present rows before them above it, so a row's place among the present ones is that count
/// plus the population count of the bits below the row's bit, read from a 256-entry table
/// (cheaper than a population count of a wider word, which the baseline x86-64 target computes
/// with a dozen instructions). Absent rows read a row of zeros at the end. Sums are the same as
/// over the full table: the absent rows add nothing.
struct CompactWeights: Sendable {
  /// The number of rows of the full table.
  let rowCount: Int
  /// Per 8 rows: the number of present rows before them, shifted left by 8, or-ed with their
  /// presence bits (least significant bit first).
  let directory: [UInt32]
  /// The present rows in order, ``TaggerModel/rowStride`` each, then a row of zeros, then
  /// ``TaggerModel/padding`` zeros.
  let rows: [Int16]

  /// The number of set bits of each byte.
  private static let bitCounts: [UInt8] = (0..<256).map { UInt8($0.nonzeroBitCount) }

  /// The table whose present rows are marked in `bitmap` (64 rows per word, least significant
  /// bit first) and stored in order in `presentRows`.
  init(rowCount: Int, bitmap: [UInt64], presentRows: [Int16]) {
    precondition(bitmap.count * 64 >= rowCount)
    self.rowCount = rowCount
    // The counts must fit above the low byte; they do for tables of fewer than 2^24 rows.
    precondition(presentRows.count < TaggerModel.rowStride << 24, "too many weight rows")
    var before: UInt32 = 0
    let directory = [UInt32](unsafeUninitializedCapacity: bitmap.count * 8) { out, count in
      for (index, word) in bitmap.enumerated() {
        for byte in 0..<8 {
          let bits = UInt32(truncatingIfNeeded: word >> UInt64(8 * byte)) & 0xFF
          out[index &* 8 &+ byte] = before << 8 | bits
          before &+= UInt32(truncatingIfNeeded: bits.nonzeroBitCount)
        }
      }
      count = bitmap.count * 8
    }
    precondition(Int(before) * TaggerModel.rowStride == presentRows.count)
    self.directory = directory
    var rows = presentRows
    rows.append(contentsOf: repeatElement(0, count: TaggerModel.rowStride + TaggerModel.padding))
    self.rows = rows
  }

  /// The compact form of a full table of `rowCount` rows.
  init(full: [Int16], rowCount: Int) {
    let stride = TaggerModel.rowStride
    var bitmap = [UInt64](repeating: 0, count: max(1, (rowCount + 63) / 64))
    var present: [Int16] = []
    for row in 0..<rowCount where full.count >= (row + 1) * stride {
      let values = full[(row * stride)..<((row + 1) * stride)]
      guard values.contains(where: { $0 != 0 }) else { continue }
      bitmap[row >> 6] |= 1 << UInt64(row & 63)
      present.append(contentsOf: values)
    }
    self.init(rowCount: rowCount, bitmap: bitmap, presentRows: present)
  }

  /// The full table, ``TaggerModel/rowStride`` per row, then ``TaggerModel/padding`` zeros.
  func expanded() -> [Int16] {
    let stride = TaggerModel.rowStride
    var full = [Int16](repeating: 0, count: rowCount * stride + TaggerModel.padding)
    var next = 0
    for row in 0..<rowCount where directory[row >> 3] & (1 << UInt32(row & 7)) != 0 {
      for tag in 0..<stride { full[row * stride + tag] = rows[next * stride + tag] }
      next += 1
    }
    return full
  }

  /// Calls `body` with a reader of the rows.
  func withRows<Result>(_ body: (Reader) -> Result) -> Result {
    directory.withUnsafeBufferPointer { directory in
      Self.bitCounts.withUnsafeBufferPointer { bitCounts in
        rows.withUnsafeBytes { rows in
          body(
            Reader(
              directory: directory.baseAddress!, bitCounts: bitCounts.baseAddress!,
              rows: rows.baseAddress!,
              zeroRow: (rows.count / 2 - TaggerModel.rowStride - TaggerModel.padding)
                / TaggerModel.rowStride))
        }
      }
    }
  }

  /// Reads rows of the table; valid only inside ``withRows(_:)``.
  struct Reader {
    let directory: UnsafePointer<UInt32>
    /// ``CompactWeights/bitCounts``.
    let bitCounts: UnsafePointer<UInt8>
    let rows: UnsafeRawPointer
    let zeroRow: Int

    /// The sum of the rows at `indices` (each below the table's row count), lane by lane;
    /// lanes past ``TaggerModel/tagCount`` are meaningless.
    @inline(__always)
    func sum(_ indices: UnsafePointer<Int32>, count: Int) -> RowSum {
      // A row's 16 lanes are read as 8 pairs in 32-bit lanes (little-endian: the even lane is
      // the low half) and sign-extended with shifts, which compile to a few vector
      // instructions (the generic SIMD conversion does not).
      var even = SIMD8<Int32>()
      var odd = SIMD8<Int32>()
      for k in 0..<count {
        let index = Int(truncatingIfNeeded: indices[k])
        let entry = directory[index &>> 3]
        let bit = UInt32(1) &<< UInt32(truncatingIfNeeded: index & 7)
        let rank = Int(truncatingIfNeeded: entry &>> 8)
          &+ Int(truncatingIfNeeded: bitCounts[Int(truncatingIfNeeded: entry & (bit &- 1))])
        let row = entry & bit != 0 ? rank : zeroRow
        let pairs = rows.loadUnaligned(
          fromByteOffset: row &* (TaggerModel.rowStride &* 2), as: SIMD8<Int32>.self)
        even &+= (pairs &<< 16) &>> 16
        odd &+= pairs &>> 16
      }
      return RowSum(even: even, odd: odd)
    }
  }

  /// A sum of rows: lane `tag` of the row is `even[tag / 2]` for even tags, else `odd[tag / 2]`.
  struct RowSum: Sendable {
    var even: SIMD8<Int32>
    var odd: SIMD8<Int32>

    static let zero = RowSum(even: .zero, odd: .zero)

    /// The sum of two sums of rows, with the wrapping arithmetic of the sums themselves.
    @inline(__always) static func + (lhs: RowSum, rhs: RowSum) -> RowSum {
      RowSum(even: lhs.even &+ rhs.even, odd: lhs.odd &+ rhs.odd)
    }

    @inline(__always) subscript(tag: Int) -> Int32 {
      tag & 1 == 0 ? even[tag &>> 1] : odd[tag &>> 1]
    }

    /// The lanes of ``scores(scale:tags:)`` that hold a tag.
    static let tagLanes = SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
      .< Int32(TaggerModel.tagCount)

    /// The emission scores of the sum: lane `tag` is `Float(self[tag]) * scale` for the `tags`
    /// lanes (``tagLanes``), the others are zeros. Converting and scaling whole vectors gives
    /// the scalar results, lane by lane.
    @inline(__always) func scores(
      scale: Float, tags: SIMDMask<SIMD16<Int32>>
    ) -> SIMD16<Float> {
      let even = SIMD8<Float>(self.even) * scale
      let odd = SIMD8<Float>(self.odd) * scale
      let all = SIMD16<Float>(
        even[0], odd[0], even[1], odd[1], even[2], odd[2], even[3], odd[3],
        even[4], odd[4], even[5], odd[5], even[6], odd[6], even[7], odd[7])
      return SIMD16<Float>.zero.replacing(with: all, where: tags)
    }
  }
}
