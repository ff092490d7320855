/// A document a graph was extracted from: an article, a file, a corpus line.
public struct Document: Identifiable, Hashable, Comparable, Sendable {
  /// A stable identifier: the file name without its extension, or the corpus line's id.
  public var id: String
  /// The headline or first line, if there is one.
  public var headline: String?
  /// When the document was published, if known.
  public var date: PartialDate?
  /// Where it came from: a path, `-` for standard input, or `corpus.jsonl#id`.
  public var source: String?

  public init(id: String, headline: String? = nil, date: PartialDate? = nil, source: String? = nil) {
    self.id = id
    self.headline = headline
    self.date = date
    self.source = source
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.id < rhs.id }

  /// Merges the description of the same document: known values win over unknown ones, and
  /// conflicting values resolve to the alphabetically first so merging is order-independent.
  public mutating func absorb(_ other: Document) {
    precondition(other.id == id, "cannot merge document \(other.id) into \(id)")
    headline = [headline, other.headline].compactMap { $0 }.min()
    date = [date, other.date].compactMap { $0 }.min()
    source = [source, other.source].compactMap { $0 }.min()
  }
}
