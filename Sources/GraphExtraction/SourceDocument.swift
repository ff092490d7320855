public import KnowledgeGraphCore

/// A document to extract a graph from: its text and what is known about it.
public struct SourceDocument: Hashable, Sendable {
  /// A stable identifier, used in evidence and in the names of output files.
  public var id: String
  /// The full text. Evidence offsets count Unicode scalars of this string.
  public var text: String
  /// The publication date, which resolves dates without a year ("on January 17").
  public var date: PartialDate?
  /// Where the document came from: a path, `-` for standard input, or `corpus.jsonl#id`.
  public var source: String?

  public init(id: String, text: String, date: PartialDate? = nil, source: String? = nil) {
    self.id = id
    self.text = text
    self.date = date
    self.source = source
  }
}
