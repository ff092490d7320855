/// A word, number or punctuation mark of a text, with its place in the text.
///
/// Offsets count Unicode scalars from the start of the document, like ``KnowledgeGraphCore/Evidence``.
public struct Token: Hashable, Sendable, CustomStringConvertible {
  /// The token's text, exactly as in the document.
  public var text: String
  /// The offset of the token's first Unicode scalar.
  public var start: Int
  /// The offset one past the token's last Unicode scalar.
  public var end: Int

  public init(_ text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }

  public var description: String { text }
}

/// A sentence of a document: its tokens and its span.
public struct Sentence: Hashable, Sendable {
  /// The zero-based position of the sentence in its document.
  public var index: Int
  /// The offset of the sentence's first Unicode scalar.
  public var start: Int
  /// The offset one past the sentence's last Unicode scalar.
  public var end: Int
  /// The tokens, in order.
  public var tokens: [Token]

  public init(index: Int, start: Int, end: Int, tokens: [Token]) {
    self.index = index
    self.start = start
    self.end = end
    self.tokens = tokens
  }
}

extension Collection where Element == Token {
  /// The tokens' text with the document's spacing: one space where the document had space
  /// between two tokens, none where they touched ("U.S.-China", "Xi's").
  var spacedText: String {
    var result = ""
    var previousEnd: Int?
    for token in self {
      if let previousEnd, token.start > previousEnd { result += " " }
      result += token.text
      previousEnd = token.end
    }
    return result
  }
}
