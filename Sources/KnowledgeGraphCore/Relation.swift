/// A directed, typed link between two entities: *subject — predicate → object*.
///
/// A relation is identified by its subject, predicate and object; inserting the same triple
/// twice merges the two, keeping all evidence, the highest confidence and every attribute.
public struct Relation: Hashable, Comparable, Sendable {
  /// What identifies a relation in a graph.
  public struct Key: Hashable, Comparable, Sendable {
    public var subject: EntityID
    public var predicate: Predicate
    public var object: EntityID

    public init(_ subject: EntityID, _ predicate: Predicate, _ object: EntityID) {
      self.subject = subject
      self.predicate = predicate
      self.object = object
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.subject, lhs.predicate, lhs.object) < (rhs.subject, rhs.predicate, rhs.object)
    }
  }

  public var subject: EntityID
  public var predicate: Predicate
  public var object: EntityID
  /// How sure the extractor is, from 0 to 1.
  public var confidence: Double
  /// Where the relation was stated.
  public var evidence: Set<Evidence>
  /// The rules or models that produced the relation, such as `title-apposition`.
  public var sources: Set<String>
  /// Qualifiers such as `roleName: "President"` or `rateFrom: "145%"`.
  public var attributes: [String: String]

  /// A relation with its confidence and, optionally, its evidence, source and attributes.
  ///
  /// - Precondition: `confidence` is in 0...1.
  public init(
    _ subject: EntityID,
    _ predicate: Predicate,
    _ object: EntityID,
    confidence: Double = 1,
    evidence: Set<Evidence> = [],
    sources: Set<String> = [],
    attributes: [String: String] = [:]
  ) {
    precondition((0...1).contains(confidence), "confidence \(confidence) outside 0...1")
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.confidence = confidence
    self.evidence = evidence
    self.sources = sources
    self.attributes = attributes
  }

  public var key: Key { Key(subject, predicate, object) }

  /// A relation between no entities, which holds no storage: what is left in a collection a
  /// relation was moved out of.
  static var placeholder: Relation {
    Relation(EntityID(rawValue: ""), Predicate(rawValue: ""), EntityID(rawValue: ""))
  }

  /// The evidence in a stable order.
  public var sortedEvidence: [Evidence] { evidence.sorted() }

  /// Merges `other`, a relation with the same key, into this one.
  ///
  /// Commutative and associative: confidence is the maximum, evidence and sources the union,
  /// and an attribute both sides give differently keeps the alphabetically first value.
  ///
  /// - Precondition: `other.key == key`.
  public mutating func absorb(_ other: Relation) {
    precondition(other.key == key, "cannot merge relations with different keys")
    confidence = max(confidence, other.confidence)
    evidence.formUnion(other.evidence)
    sources.formUnion(other.sources)
    attributes.merge(other.attributes) { min($0, $1) }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.key < rhs.key }
}
