public import KnowledgeGraphCore

/// A stretch of a sentence that names an entity, resolved to the entity it names.
///
/// "Chinese President Xi Jinping" holds two mentions: "Chinese" (the country China, as a
/// demonym) and "Xi Jinping" (the person). Titles and roles between them are not part of any
/// mention; relation rules read them from the sentence's tokens.
public struct Mention: Hashable, Sendable {
  /// How the entity is named.
  public enum Form: String, Hashable, Sendable {
    /// Its name or part of it: "Xi Jinping", "Xi", "Renmin University".
    case name
    /// An adjective of nationality: "Chinese", "American".
    case demonym
    /// An acronym or abbreviation: "WTO", "U.S.".
    case acronym
    /// A pronoun or description resolved to it: "he", "the two leaders", "the company".
    case reference
  }

  /// The entity the mention refers to.
  public var entityID: EntityID
  /// The entity's kind.
  public var kind: Entity.Kind
  /// How the entity is named here.
  public var form: Form
  /// The indices of the mention's tokens in ``Sentence/tokens``.
  public var tokenRange: Range<Int>
  /// The offset of the mention's first Unicode scalar in the document.
  public var start: Int
  /// The offset one past the mention's last Unicode scalar in the document.
  public var end: Int
  /// The mention's text, exactly as in the document.
  public var text: String
  /// How sure the recogniser is, from 0 to 1.
  public var confidence: Double

  public init(
    entityID: EntityID, kind: Entity.Kind, form: Mention.Form, tokenRange: Range<Int>,
    start: Int, end: Int, text: String, confidence: Double
  ) {
    self.entityID = entityID
    self.kind = kind
    self.form = form
    self.tokenRange = tokenRange
    self.start = start
    self.end = end
    self.text = text
    self.confidence = confidence
  }
}

/// A sentence with the entity mentions found in it.
public struct AnalyzedSentence: Hashable, Sendable {
  public var sentence: Sentence
  /// The mentions, ordered by position, never overlapping.
  public var mentions: [Mention]

  public init(sentence: Sentence, mentions: [Mention]) {
    self.sentence = sentence
    self.mentions = mentions
  }
}

/// A document after entity recognition: its sentences with their mentions, and the graph of
/// the entities it names (each with its names and mentions, no relations yet).
public struct AnalyzedDocument: Hashable, Sendable {
  public var document: SourceDocument
  public var sentences: [AnalyzedSentence]
  public var graph: KnowledgeGraph

  public init(document: SourceDocument, sentences: [AnalyzedSentence], graph: KnowledgeGraph) {
    self.document = document
    self.sentences = sentences
    self.graph = graph
  }
}
