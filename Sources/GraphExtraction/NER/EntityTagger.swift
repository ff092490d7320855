public import Foundation

/// A trained named-entity tagger: finds people, organizations, countries, places and events
/// in tokenized English text.
///
/// The model is an averaged structured perceptron over hashed features of each token and its
/// neighbours (words, shapes, affixes, gazetteer flags), decoded with Viterbi under BIO
/// constraints. Tagging allocates a few arrays per sentence and no strings.
///
///     let tagger = try EntityTagger.builtIn()
///     for sentence in Tokenizer().sentences(in: text) {
///       for mention in tagger.mentions(in: sentence) { print(mention.label, mention.text) }
///     }
public struct EntityTagger: Sendable {
  let model: TaggerModel
  /// The model's transitions laid out for decoding, computed once.
  private let decoder: VectorDecoder

  init(model: TaggerModel) {
    self.model = model
    self.decoder = VectorDecoder(transitions: model.transitions, temperature: model.temperature)
  }

  /// Reads a model from the bytes of a model file.
  ///
  /// - Throws: ``TaggerError`` if the bytes are not a model this tagger can read.
  public init(modelData: [UInt8]) throws {
    self.init(model: try ModelFile.decode(modelData))
  }

  /// Reads a model file.
  ///
  /// - Throws: ``TaggerError`` if the file is not a model; Foundation's error if it can't be read.
  public init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    do {
      self.init(model: try ModelFile.decode([UInt8](data)))
    } catch {
      throw error.found(in: url.path)
    }
  }

  /// The model shipped with the module, loaded once per process.
  ///
  /// - Throws: ``TaggerError`` if the shipped model is missing or unreadable.
  public static func builtIn() throws -> EntityTagger {
    try shipped.get()
  }

  private static let shipped: Result<EntityTagger, TaggerError> = {
    guard
      let url = Bundle.module.url(
        forResource: "entity-tagger", withExtension: "bin", subdirectory: "NER")
        ?? Bundle.module.url(forResource: "entity-tagger", withExtension: "bin")
    else { return .failure(.missingModel) }
    do {
      let data = try Data(contentsOf: url)
      return .success(EntityTagger(model: try ModelFile.decode([UInt8](data))))
    } catch let error as TaggerError {
      return .failure(error.found(in: url.path))
    } catch {
      return .failure(.malformedModel("\(error)", source: url.path))
    }
  }()

  /// The bytes of this tagger's model file.
  public func modelData() -> [UInt8] {
    ModelFile.encode(model)
  }

  /// Tags each token of a sentence.
  ///
  /// - Parameter tokens: The sentence's tokens, as the project's ``Tokenizer`` splits them.
  /// - Returns: One tag per token; the tags always form valid BIO.
  public func tag(_ tokens: [String]) -> [EntityTag] {
    guard !tokens.isEmpty else { return [] }
    let emissions = model.emissions(of: tokens)
    return TaggerModel.viterbi(
      emissions: emissions, transitions: model.transitions, count: tokens.count
    ).map { EntityTag.all[$0] }
  }

  /// The entity mentions of a sentence, with document offsets and confidences.
  public func mentions(in sentence: Sentence) -> [TaggedMention] {
    let tokens = sentence.tokens
    guard !tokens.isEmpty else { return [] }
    let lanes = model.emissionLanes(of: tokens.lazy.map(\.text))
    let path = decoder.viterbi(lanes)
    let tags = EntityTag.all
    let spans = EntitySpan.spans(in: path.lazy.map { tags[$0] })
    guard !spans.isEmpty else { return [] }
    let confidences = decoder.withMarginals(lanes) { marginals in
      spans.map { span in
        var confidence = 1.0
        for position in span.range {
          confidence = min(confidence, marginals[position, path[position]])
        }
        // The token after the span must not continue it.
        if span.range.upperBound < tokens.count {
          let next = span.range.upperBound
          confidence = min(confidence, marginals[next, path[next]])
        }
        return confidence
      }
    }
    return spans.indices.map { index in
      let span = spans[index]
      let confidence = confidences[index]
      let first = sentence.tokens[span.range.lowerBound]
      let last = sentence.tokens[span.range.upperBound - 1]
      var text = first.text
      for index in (span.range.lowerBound + 1)..<span.range.upperBound {
        let previous = sentence.tokens[index - 1]
        let token = sentence.tokens[index]
        // Rebuild the spacing: tokens that touch stay joined.
        text += (token.start == previous.end ? "" : " ") + token.text
      }
      return TaggedMention(
        label: span.label, tokenRange: span.range, start: first.start, end: last.end,
        text: text, confidence: max(0, min(1, confidence)))
    }
  }
}

/// A labelled span of tokens, as read from BIO tags.
struct EntitySpan: Hashable, Sendable {
  var label: EntityLabel
  var range: Range<Int>

  /// The spans of a BIO tag sequence; an `I-X` that doesn't continue an `X` starts a new span,
  /// as conlleval reads it.
  static func spans<Tags: Sequence<EntityTag>>(in tags: Tags) -> [EntitySpan] {
    var spans: [EntitySpan] = []
    var current: (label: EntityLabel, start: Int)?
    var count = 0
    for (index, tag) in tags.enumerated() {
      count = index + 1
      switch tag {
      case .outside:
        if let open = current {
          spans.append(EntitySpan(label: open.label, range: open.start..<index))
        }
        current = nil
      case .begin(let label):
        if let open = current {
          spans.append(EntitySpan(label: open.label, range: open.start..<index))
        }
        current = (label, index)
      case .inside(let label):
        if let open = current, open.label == label { continue }
        if let open = current {
          spans.append(EntitySpan(label: open.label, range: open.start..<index))
        }
        current = (label, index)
      }
    }
    if let open = current {
      spans.append(EntitySpan(label: open.label, range: open.start..<count))
    }
    return spans
  }
}
