public import KnowledgeGraphCore

/// A stretch of a sentence that a statistical tagger believes is a name, and of what kind.
public struct NameSpan: Hashable, Sendable {
  /// The indices of the span's tokens in ``Sentence/tokens``.
  public var tokenRange: Range<Int>
  /// The kind of entity the tagger believes the span names.
  public var kind: Entity.Kind
  /// How sure the tagger is, from 0 to 1.
  public var confidence: Double

  /// A span of tokens the tagger believes names an entity of `kind`.
  public init(tokenRange: Range<Int>, kind: Entity.Kind, confidence: Double) {
    self.tokenRange = tokenRange
    self.kind = kind
    self.confidence = confidence
  }
}

/// A source of name spans that complements the recogniser's gazetteers and rules, such as a
/// statistical tagger trained on annotated news.
///
/// The recogniser decides the kind of every name its gazetteers or rules know; a tagger's
/// spans add the names they miss (people and companies in no list) and settle single
/// capitalised words the rules leave undecided.
public protocol NameTagger: Sendable {
  /// The names in `sentence`, in any order; overlapping spans are allowed.
  func nameSpans(in sentence: Sentence) -> [NameSpan]
}
