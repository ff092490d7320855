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
  typealias Potentials = SIMD16<Double>

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
    precondition(tags <= Scores.scalarCount)
    let allowed = TaggerModel.allowedTable
    let potentials = TaggerModel.transitionPotentials(
      transitions: transitions, temperature: temperature)
    var transitionRows: [Scores] = []
    var potentialRows: [Potentials] = []
    for from in 0...tags {
      var scores = Scores()
      var row = Potentials()
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
      var column = Potentials()
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

  /// The best tag sequence for the emission scores of a sentence's tokens, laid out as
  /// ``lanes(_:count:)`` lays them out.
  ///
  /// Lanes are read from memory one at a time: a vector lane picked by a variable index costs
  /// a trip through the stack.
  func viterbi(_ emissions: [Float]) -> [Int] {
    let tags = TaggerModel.tagCount
    let stride = Self.stride
    let count = emissions.count / stride
    guard count > 0 else { return [] }
    var back = [Int32](repeating: 0, count: count * stride)
    var score = [Float](repeating: 0, count: stride)
    emissions.withUnsafeBytes { emissions in
      transitionRows.withUnsafeBufferPointer { rows in
        back.withUnsafeMutableBytes { back in
          score.withUnsafeMutableBytes { score in
            score.storeBytes(
              of: emissions.loadUnaligned(as: Scores.self) + rows[tags], as: Scores.self)
            for position in 1..<count {
              var best = Scores(repeating: -.infinity)
              var bestFrom = SIMD16<Int32>.zero
              for from in 0..<tags {
                let previous = score.load(fromByteOffset: from &* 4, as: Float.self)
                let candidate = Scores(repeating: previous) + rows[from]
                let better = candidate .> best
                best.replace(with: candidate, where: better)
                bestFrom.replace(with: Int32(truncatingIfNeeded: from), where: better)
              }
              let offset = position &* stride &* 4
              score.storeBytes(
                of: best + emissions.loadUnaligned(fromByteOffset: offset, as: Scores.self),
                as: Scores.self)
              back.storeBytes(of: bestFrom, toByteOffset: offset, as: SIMD16<Int32>.self)
            }
          }
        }
      }
    }
    var bestTag = 0
    for tag in 1..<tags where score[tag] > score[bestTag] {
      bestTag = tag
    }
    var path = [Int](repeating: 0, count: count)
    path[count - 1] = bestTag
    var position = count - 1
    while position > 0 {
      bestTag = Int(back[position * stride + bestTag])
      position -= 1
      path[position] = bestTag
    }
    return path
  }

  /// Per-token tag probabilities from a forward-backward pass over the scores divided by the
  /// temperature, as ``TaggerModel/marginals(emissions:potentials:transitions:count:temperature:)``
  /// computes them.
  ///
  /// - Parameters:
  ///   - emissions: The scores as ``lanes(_:count:)`` lays them out.
  ///   - scalarEmissions: The same scores, ``TaggerModel/tagCount`` per token.
  func marginals(_ emissions: [Float], scalarEmissions: [Float]) -> Marginals {
    if let (alpha, beta) = forwardBackward(emissions) {
      return Marginals(storage: .scaled(alpha: alpha, beta: beta))
    }
    return Marginals(
      storage: .probabilities(
        TaggerModel.logDomainMarginals(
          emissions: scalarEmissions, transitions: transitions,
          count: emissions.count / Self.stride, temperature: temperature)))
  }

  /// The scaled forward and backward vectors, ``stride`` per token, or `nil` if a scale
  /// underflows.
  private func forwardBackward(_ emissions: [Float]) -> (alpha: [Double], beta: [Double])? {
    let tags = TaggerModel.tagCount
    let stride = Self.stride
    let count = emissions.count / stride
    guard count > 0 else { return ([], []) }
    let emission = TaggerModel.emissionPotentials(
      emissions, count: count, stride: stride, temperature: temperature)
    var alpha = [Double](repeating: 0, count: count * stride)
    var beta = [Double](repeating: 0, count: count * stride)
    let bytes = stride * 8
    let underflow = potentialRows.withUnsafeBufferPointer { rows in
      potentialColumns.withUnsafeBufferPointer { columns in
        emission.withUnsafeBytes { emission in
          alpha.withUnsafeMutableBytes { alpha in
            beta.withUnsafeMutableBytes { beta in
              /// Stores `vector` at `offset` and returns the sum of its tag lanes, in tag order.
              @inline(__always) func store(
                _ vector: Potentials, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int
              ) -> Double {
                buffer.storeBytes(of: vector, toByteOffset: offset, as: Potentials.self)
                var sum = 0.0
                for tag in 0..<tags {
                  sum += buffer.load(fromByteOffset: offset &+ tag &* 8, as: Double.self)
                }
                return sum
              }
              var value = rows[tags] * emission.loadUnaligned(as: Potentials.self)
              var sum = store(value, alpha, 0)
              guard sum > 0, sum.isFinite else { return true }
              alpha.storeBytes(of: value / Potentials(repeating: sum), as: Potentials.self)
              for position in 1..<count {
                let offset = position &* bytes
                var total = Potentials.zero
                for from in 0..<tags {
                  let previous = alpha.load(
                    fromByteOffset: offset &- bytes &+ from &* 8, as: Double.self)
                  total += Potentials(repeating: previous) * rows[from]
                }
                value = total * emission.loadUnaligned(fromByteOffset: offset, as: Potentials.self)
                sum = store(value, alpha, offset)
                guard sum > 0, sum.isFinite else { return true }
                alpha.storeBytes(
                  of: value / Potentials(repeating: sum), toByteOffset: offset, as: Potentials.self)
              }
              for tag in 0..<tags {
                beta.storeBytes(of: 1, toByteOffset: (count - 1) * bytes + tag * 8, as: Double.self)
              }
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
                guard sum > 0, sum.isFinite else { return true }
                beta.storeBytes(
                  of: total / Potentials(repeating: sum), toByteOffset: offset, as: Potentials.self)
              }
              return false
            }
          }
        }
      }
    }
    return underflow ? nil : (alpha, beta)
  }

  /// Tag probabilities of a sentence's tokens, computed for the tokens asked about.
  struct Marginals {
    enum Storage {
      /// Scaled forward and backward values, ``VectorDecoder/stride`` per token.
      case scaled(alpha: [Double], beta: [Double])
      /// Probabilities, ``TaggerModel/tagCount`` per token.
      case probabilities([Double])
    }

    let storage: Storage

    /// The probability that the token at `position` has tag `tag`.
    subscript(position: Int, tag: Int) -> Double {
      switch storage {
      case .scaled(let alpha, let beta):
        let base = position * VectorDecoder.stride
        var norm = 0.0
        for tag in 0..<TaggerModel.tagCount { norm += alpha[base + tag] * beta[base + tag] }
        guard norm > 0 else { return 0 }
        return alpha[base + tag] * beta[base + tag] / norm
      case .probabilities(let values):
        return values[position * TaggerModel.tagCount + tag]
      }
    }
  }
}
