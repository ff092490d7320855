import Foundation
import KnowledgeGraphCore

/// Trains an ``EntityTagger``: an averaged structured perceptron with Viterbi decoding.
///
/// Training is deterministic: the same sentences, settings and seed give the same model
/// bytes. Each epoch visits the sentences in an order shuffled by a seeded SplitMix64.
public struct EntityTaggerTrainer: Sendable {
  /// Passes over the training sentences.
  public var epochs: Int
  /// Seeds the shuffling of the sentences.
  public var seed: UInt64
  /// The weight table has `1 << tableBits` rows.
  public var tableBits: Int
  /// The seen-in-lower-case word set has `1 << seenBits` bits.
  public var seenBits: Int
  /// Independent training runs, each shuffled with its own seed (`seed`, `seed + 1`, …),
  /// whose weights are averaged into one model of the same size: an ensemble at no cost at
  /// tagging time.
  public var runs: Int
  /// Weights whose magnitude is below this fraction of the largest are set to zero, which
  /// shrinks the model file.
  public var pruneFraction: Float

  /// Creates a trainer; the defaults are those of the shipped model except `runs` and `epochs`.
  public init(
    epochs: Int = 12, seed: UInt64 = 1, runs: Int = 1, tableBits: Int = 20, seenBits: Int = 18,
    pruneFraction: Float = 0
  ) {
    precondition(runs > 0, "at least one run")
    precondition(epochs > 0, "at least one epoch")
    precondition((8...24).contains(tableBits), "tableBits in 8...24")
    precondition((6...26).contains(seenBits), "seenBits in 6...26")
    self.epochs = epochs
    self.seed = seed
    self.runs = runs
    self.tableBits = tableBits
    self.seenBits = seenBits
    self.pruneFraction = pruneFraction
  }

  /// What one epoch of training achieved.
  public struct EpochReport: Sendable {
    /// The run, from 1 (see ``EntityTaggerTrainer/runs``).
    public var run: Int
    /// The epoch, from 1.
    public var epoch: Int
    /// Training sentences the current weights tagged wrongly during the epoch.
    public var mistakes: Int
    /// Scores of the averaged weights on each development set, in the order given.
    public var development: [NEREvaluation]
    /// The mean micro F1 over the development sets (0 without any).
    public var meanF1: Double {
      development.isEmpty ? 0 : development.map(\.micro.f1).reduce(0, +) / Double(development.count)
    }
  }

  /// Trains a tagger.
  ///
  /// - Parameters:
  ///   - sentences: The training sentences; repeat a sentence to give it more weight.
  ///   - development: Held-out sets scored after each epoch. When given, the weights of the
  ///     epoch with the best mean micro F1 are kept (early stopping); they are never trained on.
  ///   - report: Called after each epoch.
  /// - Returns: The trained tagger, with quantized weights.
  public func train(
    _ sentences: [LabeledSentence], development: [[LabeledSentence]] = [],
    report: (EpochReport) -> Void = { _ in }
  ) -> EntityTagger {
    let tags = TaggerModel.tagCount
    var seen = HashBitset(bits: seenBits)
    for sentence in sentences {
      for token in sentence.tokens {
        if let first = token.unicodeScalars.first, first.properties.isLowercase {
          seen.insert(Hash.lowercased(token))
        }
      }
    }
    let extractor = FeatureExtractor(tableBits: tableBits, lowercaseSeen: seen)
    // Identical sentences share their features.
    var featureIndex: [[String]: Int] = [:]
    var features: [FeatureExtractor.SentenceFeatures] = []
    var order: [Int] = []
    var golds: [[Int]] = []
    for sentence in sentences where !sentence.tokens.isEmpty {
      if let index = featureIndex[sentence.tokens], golds[index] == sentence.tags.map(\.index) {
        order.append(index)
        continue
      }
      featureIndex[sentence.tokens] = features.count
      order.append(features.count)
      features.append(extractor.features(of: sentence.tokens))
      golds.append(sentence.tags.map(\.index))
    }
    let developmentFeatures = development.map { set in
      set.map { extractor.features(of: $0.tokens) }
    }

    let rows = 1 << tableBits
    var sum = [Float](repeating: 0, count: rows * tags)
    var transitionSum = [Float](repeating: 0, count: (tags + 1) * tags)
    for run in 1...runs {
      let chosen = trainOnce(
        run: run, features: features, golds: golds, order: order, development: development,
        developmentFeatures: developmentFeatures, report: report)
      for index in sum.indices { sum[index] += chosen.weights[index] / Float(runs) }
      for index in transitionSum.indices {
        transitionSum[index] += chosen.transitions[index] / Float(runs)
      }
    }
    var model = quantize(sum, transitions: transitionSum, extractor: extractor)
    let calibration =
      development.first.map { Array(zip($0, developmentFeatures[0])) }
      ?? Array(zip(sentences, order.map { features[$0] }).prefix(1000))
    model = calibrated(model, on: calibration)
    return EntityTagger(model: model)
  }

  /// One run of averaged-perceptron training; returns the averaged weights of the best epoch
  /// (by mean development F1), or of the last without development sets.
  private func trainOnce(
    run: Int, features: [FeatureExtractor.SentenceFeatures], golds: [[Int]], order: [Int],
    development: [[LabeledSentence]], developmentFeatures: [[FeatureExtractor.SentenceFeatures]],
    report: (EpochReport) -> Void
  ) -> (weights: [Float], transitions: [Float]) {
    let tags = TaggerModel.tagCount
    var order = order
    let rows = 1 << tableBits
    var weights = [Float](repeating: 0, count: rows * tags)
    var totals = [Float](repeating: 0, count: rows * tags)
    var transitions = [Float](repeating: 0, count: (tags + 1) * tags)
    var transitionTotals = [Float](repeating: 0, count: (tags + 1) * tags)
    var step: Float = 1
    var random = SplitMix64(seed: seed &+ UInt64(run - 1))
    var best: (f1: Double, weights: [Float], transitions: [Float])?

    for epoch in 1...epochs {
      random.shuffle(&order)
      var mistakes = 0
      for index in order {
        let sentence = features[index]
        let gold = golds[index]
        let emissions = Self.emissions(sentence, weights: weights)
        let predicted = TaggerModel.viterbi(
          emissions: emissions, transitions: transitions, count: sentence.count)
        if predicted != gold {
          mistakes += 1
          weights.withUnsafeMutableBufferPointer { w in
            totals.withUnsafeMutableBufferPointer { u in
              for position in 0..<sentence.count where predicted[position] != gold[position] {
                let good = gold[position]
                let bad = predicted[position]
                for k in sentence.offsets[position]..<sentence.offsets[position + 1] {
                  let row = Int(sentence.indices[k]) * tags
                  w[row + good] += 1
                  u[row + good] += step
                  w[row + bad] -= 1
                  u[row + bad] -= step
                }
              }
            }
          }
          for position in 0..<sentence.count {
            let goldFrom = position == 0 ? tags : gold[position - 1]
            let predictedFrom = position == 0 ? tags : predicted[position - 1]
            if goldFrom != predictedFrom || gold[position] != predicted[position] {
              transitions[goldFrom * tags + gold[position]] += 1
              transitionTotals[goldFrom * tags + gold[position]] += step
              transitions[predictedFrom * tags + predicted[position]] -= 1
              transitionTotals[predictedFrom * tags + predicted[position]] -= step
            }
          }
        }
        step += 1
      }
      let averaged = Self.averaged(weights, totals, step: step)
      let averagedTransitions = Self.averaged(transitions, transitionTotals, step: step)
      var evaluations: [NEREvaluation] = []
      for (set, setFeatures) in zip(development, developmentFeatures) {
        var evaluation = NEREvaluation()
        for (sentence, sentenceFeatures) in zip(set, setFeatures) {
          let path = TaggerModel.viterbi(
            emissions: Self.emissions(sentenceFeatures, weights: averaged),
            transitions: averagedTransitions, count: sentenceFeatures.count)
          evaluation.add(gold: sentence.tags, predicted: path.map { EntityTag.all[$0] })
        }
        evaluations.append(evaluation)
      }
      let epochReport = EpochReport(
        run: run, epoch: epoch, mistakes: mistakes, development: evaluations)
      report(epochReport)
      if development.isEmpty || best.map({ epochReport.meanF1 > $0.f1 }) ?? true {
        best = (epochReport.meanF1, averaged, averagedTransitions)
      }
    }
    let chosen = best ?? (0, weights, transitions)
    return (chosen.weights, chosen.transitions)
  }
  /// The averaged-perceptron weights: current weights less the step-weighted update sums.
  private static func averaged(_ weights: [Float], _ totals: [Float], step: Float) -> [Float] {
    [Float](unsafeUninitializedCapacity: weights.count) { out, count in
      weights.withUnsafeBufferPointer { w in
        totals.withUnsafeBufferPointer { u in
          for index in 0..<w.count { out[index] = w[index] - u[index] / step }
        }
      }
      count = weights.count
    }
  }

  /// Emission scores from float weights (training layout: `tagCount` per row).
  static func emissions(_ features: FeatureExtractor.SentenceFeatures, weights: [Float]) -> [Float]
  {
    let tags = TaggerModel.tagCount
    var scores = [Float](repeating: 0, count: features.count * tags)
    weights.withUnsafeBufferPointer { w in
      for token in 0..<features.count {
        for k in features.offsets[token]..<features.offsets[token + 1] {
          let row = Int(features.indices[k]) * tags
          for tag in 0..<tags { scores[token * tags + tag] += w[row + tag] }
        }
      }
    }
    return scores
  }

  private func quantize(
    _ weights: [Float], transitions: [Float], extractor: FeatureExtractor
  ) -> TaggerModel {
    let tags = TaggerModel.tagCount
    let stride = TaggerModel.rowStride
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / Float(Int16.max) : 1
    let threshold = largest * pruneFraction
    var quantized = [Int16](
      repeating: 0, count: (weights.count / tags) * stride + TaggerModel.padding)
    for row in 0..<(weights.count / tags) {
      for tag in 0..<tags {
        let value = weights[row * tags + tag]
        guard abs(value) >= threshold else { continue }
        quantized[row * stride + tag] = Int16((value / scale).rounded())
      }
    }
    return TaggerModel(
      extractor: extractor, weights: quantized, scale: scale, transitions: transitions,
      temperature: 1)
  }

  /// Picks the softmax temperature that best predicts the gold tags of `sentences`.
  private func calibrated(
    _ model: TaggerModel, on sentences: [(LabeledSentence, FeatureExtractor.SentenceFeatures)]
  ) -> TaggerModel {
    let tags = TaggerModel.tagCount
    let sample = sentences.prefix(800)
    let emissions = sample.map { model.emissions($0.1) }
    var best: (loss: Double, temperature: Float) = (.infinity, 1)
    for temperature: Float in [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] {
      var loss = 0.0
      for ((sentence, features), scores) in zip(sample, emissions) {
        let marginals = TaggerModel.logDomainMarginals(
          emissions: scores, transitions: model.transitions, count: features.count,
          temperature: temperature)
        for (position, tag) in sentence.tags.enumerated() {
          loss -= Foundation.log(max(marginals[position * tags + tag.index], 1e-9))
        }
      }
      if loss < best.loss { best = (loss, temperature) }
    }
    return TaggerModel(
      extractor: model.extractor, weights: model.weights, scale: model.scale,
      transitions: model.transitions, temperature: best.temperature)
  }
}
