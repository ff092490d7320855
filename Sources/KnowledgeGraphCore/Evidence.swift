/// Where in which document a mention or relation was found.
///
/// Offsets count Unicode scalars from the start of the document's text, so they agree with
/// Python's string indices and with the `TextPositionSelector` of the W3C Web Annotation model.
public struct Evidence: Hashable, Comparable, Sendable {
  /// The identifier of the document, such as its file name without extension or its corpus id.
  public var documentID: String
  /// The zero-based index of the sentence in the document.
  public var sentenceIndex: Int
  /// The offset of the first Unicode scalar of the quote.
  public var start: Int
  /// The offset one past the last Unicode scalar of the quote.
  public var end: Int
  /// The text between `start` and `end`, exactly as in the document.
  public var quote: String

  public init(documentID: String, sentenceIndex: Int, start: Int, end: Int, quote: String) {
    precondition(start <= end, "evidence span ends before it starts")
    self.documentID = documentID
    self.sentenceIndex = sentenceIndex
    self.start = start
    self.end = end
    self.quote = quote
  }

  /// Hashes where the quote is, not its strings: two evidences of one graph that have the
  /// same offsets are rare, and equality still compares every field.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(start)
    hasher.combine(end)
    hasher.combine(sentenceIndex)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.documentID, lhs.start, lhs.end, lhs.sentenceIndex, lhs.quote)
      < (rhs.documentID, rhs.start, rhs.end, rhs.sentenceIndex, rhs.quote)
  }
}
