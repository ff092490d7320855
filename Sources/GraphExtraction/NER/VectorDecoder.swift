import Foundation

/// ``TaggerModel/viterbi(emissions:transitions:count:)`` and
/// ``TaggerModel/marginals(emissions:potentials:transitions:count:temperature:)`` with the tags of
/// a position in the lanes of one vector.
///
/// Each lane does the scalar code's operations in the scalar code's order, so the results are
/// the same to the bit: a transition BIO forbids is a `-infinity` candidate, which never wins, or
/// a zero term, which adds nothing to a sum of non-negative terms. Sums across tags are still
/// taken lane by lane, in tag order.
struct VectorDecoder: Sendable {
  typealias Scores = SIMD16<Float>

  /// Row `from` (`tagCount`: the sentence start): the transition score to each tag,
  /// `-infinity` where BIO forbids it.
  private let transitionRows: [Scores]
  /// Row `from` (`tagCount`: the sentence start): the transition potential to each tag.
  private let potentialRows: [Potentials]
  /// Column `to`: the transition potential from each tag to `to`.
  private let potentialColumns: [Potentials]
  /// The scalar inputs, for the log-domain fallback.
  private let transitions: [Float]
  private let temperature: Float

  init(transitions: [Float], temperature: Float) {
    let tags = TaggerModel.tagCount
    precondition(tags <= Scores.scalarCount && tags <= Potentials.scalarCount)
    let allowed = TaggerModel.allowedTable
    let potentials = TaggerModel.transitionPotentials(
      transitions: transitions, temperature: temperature)
    var transitionRows: [Scores] = []
    var potentialRows: [Potentials] = []
    for from in 0...tags {
      var scores = Scores()
      var row = Potentials.zero
      for to in 0..<tags {
        let index = from * tags + to
        scores[to] = allowed[index] ? transitions[index] : -.infinity
        row[to] = potentials[index]
      }
      transitionRows.append(scores)
      potentialRows.append(row)
    }
    var potentialColumns: [Potentials] = []
    for to in 0..<tags {
      var column = Potentials.zero
      for from in 0..<tags { column[from] = potentials[from * tags + to] }
      potentialColumns.append(column)
    }
    self.transitionRows = transitionRows
    self.potentialRows = potentialRows
    self.potentialColumns = potentialColumns
    self.transitions = transitions
    self.temperature = temperature
  }

  /// The lanes of one token's vector: ``TaggerModel/tagCount`` tags, then unused lanes.
  static let stride = Scores.scalarCount

  /// Emission scores, ``TaggerModel/tagCount`` per token, laid out ``stride`` per token (the
  /// lanes after the last tag are zeros).
  static func lanes(_ emissions: [Float], count: Int) -> [Float] {
    let tags = TaggerModel.tagCount
    var lanes = [Float](repeating: 0, count: count * stride)
    for position in 0..<count {
      for tag in 0..<tags { lanes[position &* stride &+ tag] = emissions[position &* tags &+ tag] }
    }
    return lanes
  }

  /// The emission scores laid out by ``lanes(_:count:)``, ``TaggerModel/tagCount`` per token.
  static func scalars(_ lanes: [Float]) -> [Float] {
    let tags = TaggerModel.tagCount
    let count = lanes.count / stride
    var emissions = [Float](repeating: 0, count: count * tags)
    for position in 0..<count {
      for tag in 0..<tags { emissions[position &* tags &+ tag] = lanes[position &* stride &+ tag] }
    }
    return emissions
  }

  /// The best tag sequence for the emission scores of a sentence's tokens, laid out as
  /// ``lanes(_:count:)`` lays them out.
  ///
  /// The forward pass keeps the best score of each tag at each position but not where it came
  /// from; the way back finds, at each position, the first tag before it that gives its best
  /// score, with the same sums and comparisons as the forward pass (the first of equal
  /// candidates wins in both), so the path is the one a pass keeping back-pointers finds.
  /// Lanes are read from memory one at a time: a vector lane picked by a variable index costs
  /// a trip through the stack.
  func viterbi(_ emissions: [Float]) -> [Int] {
    let tags = TaggerModel.tagCount
    let stride = Self.stride
    let count = emissions.count / stride
    guard count > 0 else { return [] }
    let bytes = stride &* 4
    return withUnsafeTemporaryAllocation(of: Scores.self, capacity: count) { buffer in
      // The best score of each tag at each position, one vector per position.
      guard let start = buffer.baseAddress else { return [] }
      let score = UnsafeMutableRawPointer(start)
      return emissions.withUnsafeBytes { emissions in
        transitionRows.withUnsafeBufferPointer { rows in
          score.storeBytes(
            of: emissions.loadUnaligned(as: Scores.self) + rows[tags], as: Scores.self)
          for position in 1..<count {
            let previousOffset = (position &- 1) &* bytes
            var best = Scores(repeating: -.infinity)
            for from in 0..<tags {
              let previous = score.load(fromByteOffset: previousOffset &+ from &* 4, as: Float.self)
              let candidate = Scores(repeating: previous) + rows[from]
              best.replace(with: candidate, where: candidate .> best)
            }
            let offset = position &* bytes
            score.storeBytes(
              of: best + emissions.loadUnaligned(fromByteOffset: offset, as: Scores.self),
              toByteOffset: offset, as: Scores.self)
          }
          let lastOffset = (count &- 1) &* bytes
          var bestTag = 0
          for tag in 1..<tags
          where score.load(fromByteOffset: lastOffset &+ tag &* 4, as: Float.self)
            > score.load(fromByteOffset: lastOffset &+ bestTag &* 4, as: Float.self)
          {
            bestTag = tag
          }
          var path = [Int](repeating: 0, count: count)
          path[count - 1] = bestTag
          var position = count - 1
          while position > 0 {
            let previousOffset = (position &- 1) &* bytes
            var best = -Float.infinity
            var bestFrom = 0
            for from in 0..<tags {
              let previous = score.load(fromByteOffset: previousOffset &+ from &* 4, as: Float.self)
              let candidate = previous + rows[from][bestTag]
              if candidate > best {
                best = candidate
                bestFrom = from
              }
            }
            bestTag = bestFrom
            position -= 1
            path[position] = bestTag
          }
          return path
        }
      }
    }
  }

  /// Calls `body` with the per-token tag probabilities from a forward-backward pass over the
  /// scores divided by the temperature, as
  /// ``TaggerModel/marginals(emissions:potentials:transitions:count:temperature:)`` computes
  /// them.
  ///
  /// - Parameters:
  ///   - emissions: The scores as ``lanes(_:count:)`` lays them out.
  ///   - body: Reads the probabilities; they are valid only during the call.
  func withMarginals<Result>(
    _ emissions: [Float], _ body: (Marginals) -> Result
  ) -> Result {
    let count = emissions.count / Self.stride
    // The emission potentials, then the scaled forward values, then the scaled backward values.
    return withUnsafeTemporaryAllocation(of: Potentials.self, capacity: 3 * count) { buffer in
      guard let start = buffer.baseAddress, count > 0 else {
        return body(Marginals(storage: .probabilities([])))
      }
      let alpha = UnsafeRawPointer(start + count)
      let beta = UnsafeRawPointer(start + 2 * count)
      if forwardBackward(emissions, count: count, into: UnsafeMutableRawPointer(start)) {
        return body(Marginals(storage: .scaled(alpha: alpha, beta: beta)))
      }
      return body(
        Marginals(
          storage: .probabilities(
            TaggerModel.logDomainMarginals(
              emissions: Self.scalars(emissions), transitions: transitions, count: count,
              temperature: temperature))))
    }
  }

  /// Fills `buffer` (room for `3 * count` ``Potentials``) with the emission potentials, then the
  /// scaled forward vectors, then the scaled backward vectors, one per token; returns whether
  /// no scale underflowed.
  private func forwardBackward(
    _ emissions: [Float], count: Int, into buffer: UnsafeMutableRawPointer
  ) -> Bool {
    let tags = TaggerModel.tagCount
    let bytes = MemoryLayout<Potentials>.stride
    let emission = UnsafeRawPointer(buffer)
    let alpha = buffer + count * bytes
    let beta = buffer + 2 * count * bytes
    emissions.withUnsafeBufferPointer { emissions in
      TaggerModel.writeEmissionPotentials(
        emissions, count: count, stride: Self.stride, temperature: temperature,
        into: buffer.assumingMemoryBound(to: Double.self), outputStride: Potentials.scalarCount)
    }
    return potentialRows.withUnsafeBufferPointer { rows in
      potentialColumns.withUnsafeBufferPointer { columns in
        /// Stores `vector` at `offset` and returns the sum of its tag lanes, in tag order.
        @inline(__always) func store(
          _ vector: Potentials, _ buffer: UnsafeMutableRawPointer, _ offset: Int
        ) -> Double {
          buffer.storeBytes(of: vector, toByteOffset: offset, as: Potentials.self)
          var sum = 0.0
          for tag in 0..<tags {
            sum += buffer.load(fromByteOffset: offset &+ tag &* 8, as: Double.self)
          }
          return sum
        }
        var value = rows[tags] * emission.load(as: Potentials.self)
        var sum = store(value, alpha, 0)
        guard sum > 0, sum.isFinite else { return false }
        alpha.storeBytes(of: value / Potentials(repeating: sum), as: Potentials.self)
        for position in 1..<count {
          let offset = position &* bytes
          var total = Potentials.zero
          for from in 0..<tags {
            let previous = alpha.load(
              fromByteOffset: offset &- bytes &+ from &* 8, as: Double.self)
            total += Potentials(repeating: previous) * rows[from]
          }
          value = total * emission.load(fromByteOffset: offset, as: Potentials.self)
          sum = store(value, alpha, offset)
          guard sum > 0, sum.isFinite else { return false }
          alpha.storeBytes(
            of: value / Potentials(repeating: sum), toByteOffset: offset, as: Potentials.self)
        }
        beta.storeBytes(of: Self.tagOnes, toByteOffset: (count - 1) * bytes, as: Potentials.self)
        for position in Swift.stride(from: count - 2, through: 0, by: -1) {
          let offset = position &* bytes
          var total = Potentials.zero
          for next in 0..<tags {
            let nextOffset = offset &+ bytes &+ next &* 8
            let nextEmission = emission.load(fromByteOffset: nextOffset, as: Double.self)
            let nextBeta = beta.load(fromByteOffset: nextOffset, as: Double.self)
            total += columns[next] * nextEmission * nextBeta
          }
          sum = store(total, beta, offset)
          guard sum > 0, sum.isFinite else { return false }
          beta.storeBytes(
            of: total / Potentials(repeating: sum), toByteOffset: offset, as: Potentials.self)
        }
        return true
      }
    }
  }

  /// Ones in the lanes of a ``Potentials`` vector that hold a tag, zeros in the others.
  private static let tagOnes: Potentials = {
    var ones = Potentials.zero
    for tag in 0..<TaggerModel.tagCount { ones[tag] = 1 }
    return ones
  }()

  /// Twelve `Double` lanes, as a vector of eight and a vector of four: room for the tags with
  /// three quarters of the instructions of a vector of sixteen (the baseline x86-64 target
  /// works on two lanes at a time). Operations are lane by lane, as on a vector.
  struct Potentials: Sendable {
    var low: SIMD8<Double>
    var high: SIMD4<Double>

    static let scalarCount = 12
    static var zero: Self { Self(low: .zero, high: .zero) }

    init(low: SIMD8<Double>, high: SIMD4<Double>) {
      self.low = low
      self.high = high
    }

    init(repeating value: Double) {
      self.init(low: SIMD8(repeating: value), high: SIMD4(repeating: value))
    }

    subscript(lane: Int) -> Double {
      get { lane < 8 ? low[lane] : high[lane - 8] }
      set {
        if lane < 8 { low[lane] = newValue } else { high[lane - 8] = newValue }
      }
    }

    @inline(__always) static func + (lhs: Self, rhs: Self) -> Self {
      Self(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    @inline(__always) static func += (lhs: inout Self, rhs: Self) {
      lhs = lhs + rhs
    }

    @inline(__always) static func * (lhs: Self, rhs: Self) -> Self {
      Self(low: lhs.low * rhs.low, high: lhs.high * rhs.high)
    }

    @inline(__always) static func * (lhs: Self, rhs: Double) -> Self {
      Self(low: lhs.low * rhs, high: lhs.high * rhs)
    }

    @inline(__always) static func / (lhs: Self, rhs: Self) -> Self {
      Self(low: lhs.low / rhs.low, high: lhs.high / rhs.high)
    }
  }

  /// Tag probabilities of a sentence's tokens, computed for the tokens asked about.
  struct Marginals {
    enum Storage {
      /// Scaled forward and backward values, one ``Potentials`` per token, valid only
      /// during ``VectorDecoder/withMarginals(_:_:)``.
      case scaled(alpha: UnsafeRawPointer, beta: UnsafeRawPointer)
      /// Probabilities, ``TaggerModel/tagCount`` per token.
      case probabilities([Double])
    }

    let storage: Storage

    /// The probability that the token at `position` has tag `tag`.
    subscript(position: Int, tag: Int) -> Double {
      switch storage {
      case .scaled(let alpha, let beta):
        let base = position * Potentials.scalarCount
        func product(_ tag: Int) -> Double {
          alpha.load(fromByteOffset: (base + tag) * 8, as: Double.self)
            * beta.load(fromByteOffset: (base + tag) * 8, as: Double.self)
        }
        var norm = 0.0
        for tag in 0..<TaggerModel.tagCount { norm += product(tag) }
        guard norm > 0 else { return 0 }
        return product(tag) / norm
      case .probabilities(let values):
        return values[position * TaggerModel.tagCount + tag]
      }
    }
  }
}
