/// Entities, the relations between them and the documents they came from.
///
/// A value type: copies are independent. Every collection it returns is sorted, so two graphs
/// built from the same parts in any order serialize identically.
public struct KnowledgeGraph: Hashable, Sendable {
  private var entitiesByID: [EntityID: Entity] = [:]
  private var relationsByKey: [Relation.Key: Relation] = [:]
  private var documentsByID: [String: Document] = [:]

  public init() {}

  /// The entities, sorted by identifier.
  public var entities: [Entity] {
    sortedEntityPositions().map { entitiesByID.values[$0] }
  }

  /// The relations, sorted by subject, predicate and object.
  public var relations: [Relation] {
    Array(sortedContents().relations)
  }

  /// Entities, relations and documents in sorted order, with where each relation's ends are
  /// among the entities: what writers need, computed together so that nothing is sorted twice.
  public struct SortedContents: Sendable {
    /// The entities, sorted by identifier (as ``KnowledgeGraph/entities``).
    public let entities: [Entity]
    /// The relations, sorted by subject, predicate and object (as ``KnowledgeGraph/relations``),
    /// read from the graph's storage rather than copied.
    public let relations: SortedRelations
    /// The documents, sorted by identifier (as ``KnowledgeGraph/documents``).
    public let documents: [Document]
    /// For each relation, the position of its subject in ``entities``.
    public let subjectPositions: [Int]
    /// For each relation, the position of its object in ``entities``.
    public let objectPositions: [Int]
    /// The distinct predicates of the relations, sorted.
    public let predicates: [Relation.Predicate]
    /// For each relation, the position of its predicate in ``predicates``: writers keep what
    /// they make for a predicate by this integer instead of hashing the predicate's name.
    public let predicatePositions: [Int]
  }

  /// A graph's relations in sorted order, read in place from the graph's storage.
  public struct SortedRelations: RandomAccessCollection, Sendable {
    @usableFromInline let storage: [Relation.Key: Relation]
    @usableFromInline let order: [Dictionary<Relation.Key, Relation>.Index]

    @usableFromInline
    init(storage: [Relation.Key: Relation], order: [Dictionary<Relation.Key, Relation>.Index]) {
      self.storage = storage
      self.order = order
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { order.count }

    // Inlinable so that a writer reading a few fields need not copy the whole relation.
    @inlinable public subscript(position: Int) -> Relation {
      _read { yield storage.values[order[position]] }
    }
  }

  /// The graph's entities, relations and documents in sorted order.
  ///
  /// Relations are ordered by the ranks of their subject, predicate and object rather than by
  /// comparing strings: the entities are sorted once, each relation looks its two ends up in
  /// a table of ranks, and the relations are sorted by integers. The order is the one string
  /// comparison gives, so it does not depend on the order things were inserted in.
  public func sortedContents() -> SortedContents {
    let entityPositions = sortedEntityPositions()
    let entities = entityPositions.map { entitiesByID.values[$0] }
    let ranks = RankTable(entities.lazy.map(\.id))

    // Predicates are few: rank the distinct ones, remembering the last one looked up.
    let keys = relationsByKey.keys
    var predicateSet = Set<Relation.Predicate>()
    for key in keys { predicateSet.insert(key.predicate) }
    var rankByPredicate: [Relation.Predicate: Int] = [:]
    let predicates = predicateSet.sorted()
    for (rank, predicate) in predicates.enumerated() { rankByPredicate[predicate] = rank }

    typealias Ranked = (subject: Int, predicate: Int, object: Int, position: Dictionary<Relation.Key, Relation>.Index)
    var ranked: [Ranked] = []
    ranked.reserveCapacity(keys.count)
    var lastPredicate: Relation.Predicate?
    var lastPredicateRank = 0
    var position = keys.startIndex
    while position != keys.endIndex {
      // Keys are stored apart from the (much larger) relations: reading them touches less memory.
      let key = keys[position]
      if key.predicate != lastPredicate {
        lastPredicate = key.predicate
        lastPredicateRank = rankByPredicate[key.predicate] ?? 0
      }
      guard let subject = ranks[key.subject], let object = ranks[key.object] else {
        preconditionFailure("relation \(key) names an entity the graph does not have")
      }
      ranked.append((subject, lastPredicateRank, object, position))
      keys.formIndex(after: &position)
    }
    // Three ranks fit in one 64-bit key for any graph that fits in memory; compare tuples otherwise.
    if entities.count < 1 << 24, rankByPredicate.count < 1 << 16 {
      var keys = ranked.indices.map { index in
        (UInt64(ranked[index].subject) << 40 | UInt64(ranked[index].predicate) << 24
          | UInt64(ranked[index].object), index)
      }
      keys.sort { $0.0 < $1.0 }
      ranked = keys.map { ranked[$0.1] }
    } else {
      ranked.sort { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) }
    }
    return SortedContents(
      entities: entities, relations: SortedRelations(storage: relationsByKey, order: ranked.map(\.position)),
      documents: documents, subjectPositions: ranked.map(\.subject), objectPositions: ranked.map(\.object),
      predicates: predicates, predicatePositions: ranked.map(\.predicate))
  }

  /// The storage positions of the entities, in identifier order.
  private func sortedEntityPositions() -> [Dictionary<EntityID, Entity>.Index] {
    let keys = entitiesByID.keys
    var ordered: [(prefix: OrderPrefix, id: EntityID, position: Dictionary<EntityID, Entity>.Index)] = []
    ordered.reserveCapacity(keys.count)
    var position = keys.startIndex
    while position != keys.endIndex {
      ordered.append((OrderPrefix(keys[position].rawValue), keys[position], position))
      keys.formIndex(after: &position)
    }
    // Most identifiers differ in their first bytes: integers order them as strings would.
    ordered.sort { lhs, rhs in
      if let order = lhs.prefix.precedes(rhs.prefix) { return order }
      return lhs.id < rhs.id
    }
    return ordered.map(\.position)
  }

  /// The documents, sorted by identifier.
  public var documents: [Document] {
    documentsByID.values.sorted()
  }

  public var entityCount: Int { entitiesByID.count }
  public var relationCount: Int { relationsByKey.count }
  public var isEmpty: Bool { entitiesByID.isEmpty && relationsByKey.isEmpty }

  /// The entity with the given identifier, if the graph has one.
  public subscript(id: EntityID) -> Entity? {
    entitiesByID[id]
  }

  /// The kind of the entity with the given identifier, if the graph has one: what
  /// `self[id]?.kind` tells, without copying the entity.
  public func kind(of id: EntityID) -> Entity.Kind? {
    guard let position = entitiesByID.index(forKey: id) else { return nil }
    return entitiesByID.values[position].kind
  }

  /// The entities in no particular order, read in place: for callers whose result does not
  /// depend on the order, which need not pay for sorting (as ``entities`` does).
  public var unorderedEntities: Dictionary<EntityID, Entity>.Values {
    entitiesByID.values
  }

  /// The relation with the given key, if the graph has one.
  public subscript(key: Relation.Key) -> Relation? {
    relationsByKey[key]
  }

  /// The document with the given identifier, if the graph has one.
  public func document(_ id: String) -> Document? {
    documentsByID[id]
  }

  /// Makes room for `entities` entities in all, so that adding them does not grow the storage
  /// step by step.
  public mutating func reserveCapacity(entities: Int) {
    entitiesByID.reserveCapacity(entities)
  }

  /// Adds an entity, merging it into an existing entity with the same identifier.
  ///
  /// - Returns: The identifier under which the entity is stored.
  @discardableResult
  public mutating func insert(_ entity: Entity) -> EntityID {
    // One hash lookup: the default stores `entity` when the identifier is new.
    var isNew = false
    func merge(_ stored: inout Entity) { if !isNew { stored.absorb(entity) } }
    merge(&entitiesByID[entity.id, default: { isNew = true; return entity }()])
    return entity.id
  }

  /// Records a relation between two entities already in the graph, merging it with an
  /// existing relation of the same key.
  ///
  /// - Precondition: The graph contains both `relation.subject` and `relation.object`.
  public mutating func insert(_ relation: Relation) {
    // (Looking up indices does not copy the entities.)
    precondition(entitiesByID.index(forKey: relation.subject) != nil, "unknown subject \(relation.subject)")
    precondition(entitiesByID.index(forKey: relation.object) != nil, "unknown object \(relation.object)")
    insertRelation(relation)
  }

  /// ``insert(_:)-(Relation)``, for a relation whose ends are known to be in the graph.
  private mutating func insertRelation(_ relation: Relation) {
    // One hash lookup: the default stores `relation` when its key is new.
    var isNew = false
    func merge(_ stored: inout Relation) { if !isNew { stored.absorb(relation) } }
    merge(&relationsByKey[relation.key, default: { isNew = true; return relation }()])
  }

  /// Records a document, merging it with an existing description of the same document.
  public mutating func insert(_ document: Document) {
    if documentsByID[document.id] == nil {
      documentsByID[document.id] = document
    } else {
      documentsByID[document.id]?.absorb(document)
    }
  }

  /// Changes an entity in place; the closure must not change its identifier.
  public mutating func update(_ id: EntityID, _ body: (inout Entity) -> Void) {
    guard var entity = entitiesByID[id] else { return }
    body(&entity)
    precondition(entity.id == id, "update changed the identifier of \(id)")
    entitiesByID[id] = entity
  }

  /// Merges every entity, relation and document of `other` into this graph.
  ///
  /// Merging is commutative and associative, so the merged graph of several documents does
  /// not depend on the order in which they are merged.
  public mutating func formUnion(_ other: consuming KnowledgeGraph) {
    // The union with an empty graph is the other graph, whole.
    if entitiesByID.isEmpty && relationsByKey.isEmpty && documentsByID.isEmpty {
      self = other
      return
    }
    for entity in other.entitiesByID.values { insert(entity) }
    // Every relation of `other` links two of its entities, which are now in this graph.
    for relation in other.relationsByKey.values { insertRelation(relation) }
    for document in other.documentsByID.values { insert(document) }
  }

  /// Merges every entity, relation and document of `other` into this graph, as
  /// ``formUnion(_:)`` does, and leaves `other` empty.
  ///
  /// Entities and relations are moved out of `other` rather than copied: when `other` holds
  /// the only copy of its storage, none of their strings and sets is retained or released.
  public mutating func formUnion(emptying other: inout KnowledgeGraph) {
    var entities: [EntityID: Entity] = [:]
    var relations: [Relation.Key: Relation] = [:]
    var documents: [String: Document] = [:]
    swap(&entities, &other.entitiesByID)
    swap(&relations, &other.relationsByKey)
    swap(&documents, &other.documentsByID)
    if entitiesByID.isEmpty && relationsByKey.isEmpty && documentsByID.isEmpty {
      entitiesByID = entities
      relationsByKey = relations
      documentsByID = documents
      return
    }
    var entityPosition = entities.startIndex
    while entityPosition != entities.endIndex {
      // Swapping a value leaves its key, and so every position, where it was.
      var entity = Entity(placeholder: ())
      swap(&entity, &entities.values[entityPosition])
      insert(moving: &entity)
      entities.formIndex(after: &entityPosition)
    }
    var relationPosition = relations.startIndex
    while relationPosition != relations.endIndex {
      var relation = Relation.placeholder
      swap(&relation, &relations.values[relationPosition])
      insert(moving: &relation)
      relations.formIndex(after: &relationPosition)
    }
    for document in documents.values { insert(document) }
  }

  /// ``insert(_:)-(Entity)``, moving `entity` into the graph when its identifier is new.
  private mutating func insert(moving entity: inout Entity) {
    var isNew = false
    func merge(_ stored: inout Entity) {
      if isNew { swap(&stored, &entity) } else { stored.absorb(entity) }
    }
    merge(&entitiesByID[entity.id, default: { isNew = true; return Entity(placeholder: ()) }()])
  }

  /// ``insert(_:)-(Relation)`` for a relation whose ends are in the graph, moving `relation`
  /// into the graph when its key is new.
  private mutating func insert(moving relation: inout Relation) {
    var isNew = false
    func merge(_ stored: inout Relation) {
      if isNew { swap(&stored, &relation) } else { stored.absorb(relation) }
    }
    merge(&relationsByKey[relation.key, default: { isNew = true; return Relation.placeholder }()])
  }

  /// The graph that holds everything of this graph and of `other`.
  public func union(_ other: KnowledgeGraph) -> KnowledgeGraph {
    var result = self
    result.formUnion(other)
    return result
  }

  /// Moves everything known about `source` onto `target` and removes `source`: its names
  /// become aliases of `target`, its mentions are kept, its relations are re-pointed.
  /// Relations that would link `target` to itself are dropped.
  ///
  /// - Precondition: both entities are in the graph and are of the same kind.
  public mutating func mergeEntity(_ source: EntityID, into target: EntityID) {
    guard source != target else { return }
    guard let moving = entitiesByID.removeValue(forKey: source) else {
      preconditionFailure("unknown entity \(source)")
    }
    guard var staying = entitiesByID[target] else { preconditionFailure("unknown entity \(target)") }
    precondition(moving.kind == staying.kind, "cannot merge \(source) into \(target)")
    staying.aliases.formUnion(moving.names)
    var rekeyed = moving
    rekeyed = Entity(moving.kind, id: target, named: staying.name, aliases: moving.aliases.union([moving.name]),
                     mentions: moving.mentions)
    rekeyed.organizationType = moving.organizationType
    rekeyed.placeType = moving.placeType
    rekeyed.eventType = moving.eventType
    rekeyed.date = moving.date
    rekeyed.endDate = moving.endDate
    rekeyed.duration = moving.duration
    rekeyed.sameAs = moving.sameAs
    staying.absorb(rekeyed)
    entitiesByID[target] = staying

    let affected = relationsByKey.keys.filter { $0.subject == source || $0.object == source }
    for key in affected {
      guard var relation = relationsByKey.removeValue(forKey: key) else { continue }
      if relation.subject == source { relation.subject = target }
      if relation.object == source { relation.object = target }
      if relation.subject == relation.object { continue }
      insert(relation)
    }
  }

  /// Removes an entity and every relation that touches it.
  public mutating func removeEntity(_ id: EntityID) {
    entitiesByID[id] = nil
    relationsByKey = relationsByKey.filter { $0.key.subject != id && $0.key.object != id }
  }

  /// Removes a relation.
  public mutating func removeRelation(_ key: Relation.Key) {
    relationsByKey[key] = nil
  }

  /// The graph restricted to the entities `isIncluded` keeps and the relations among them.
  public func filter(entities isIncluded: (Entity) -> Bool) -> KnowledgeGraph {
    var result = KnowledgeGraph()
    result.documentsByID = documentsByID
    result.entitiesByID = entitiesByID.filter { isIncluded($0.value) }
    result.relationsByKey = relationsByKey.filter {
      result.entitiesByID[$0.key.subject] != nil && result.entitiesByID[$0.key.object] != nil
    }
    return result
  }

  /// The graph with only the relations `isIncluded` keeps; every entity stays.
  public func filter(relations isIncluded: (Relation) -> Bool) -> KnowledgeGraph {
    var result = self
    result.relationsByKey = relationsByKey.filter { isIncluded($0.value) }
    return result
  }
}

/// The first 16 bytes of an ASCII string, which order two ASCII strings as `<` does when they
/// differ.
///
/// For ASCII text, `String`'s order (by Unicode scalars, after normalization) is the order of
/// the bytes; other text may normalize to other scalars, so it is left to `String`.
private struct OrderPrefix {
  private var high: UInt64 = 0
  private var low: UInt64 = 0
  private var isASCII = true

  init(_ text: String) {
    let read: Self? = text.utf8.withContiguousStorageIfAvailable(Self.init(bytes:))
    self = read ?? Self(bytes: Array(text.utf8))
  }

  private init(bytes: some Collection<UInt8>) {
    var any: UInt8 = 0
    for byte in bytes { any |= byte }
    guard any < 0x80 else {
      isASCII = false
      return
    }
    for (count, byte) in bytes.prefix(16).enumerated() {
      if count < 8 {
        high |= UInt64(byte) << (56 - 8 * count)
      } else {
        low |= UInt64(byte) << (56 - 8 * (count - 8))
      }
    }
  }

  /// Whether the first string comes before the second, or `nil` when their prefixes can't tell.
  func precedes(_ other: Self) -> Bool? {
    guard isASCII, other.isASCII else { return nil }
    if high != other.high { return high < other.high }
    if low != other.low { return low < other.low }
    return nil
  }
}

/// The positions of identifiers in a list, found by hashing their UTF-8 bytes with FNV-1a:
/// several times cheaper than `Dictionary`'s seeded SipHash for the million look-ups of a
/// large graph's relations.
private struct RankTable {
  private var slots: [Int32]
  private var ids: [EntityID]
  private let mask: Int

  init(_ identifiers: some Collection<EntityID>) {
    ids = Array(identifiers)
    precondition(ids.count < Int(Int32.max), "too many entities for a rank table")
    var capacity = 16
    while capacity < ids.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = Array(repeating: -1, count: capacity)
    for (rank, id) in ids.enumerated() {
      var slot = Self.hash(id) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(rank)
    }
  }

  subscript(id: EntityID) -> Int? {
    var slot = Self.hash(id) & mask
    while true {
      let rank = slots[slot]
      if rank < 0 { break }
      if ids[Int(rank)] == id { return Int(rank) }
      slot = (slot + 1) & mask
    }
    // Only a spelling that differs in bytes from the stored identifier yet is canonically
    // equal to it (as `String` compares) gets here.
    return ids.firstIndex(of: id)
  }

  private static func hash(_ id: EntityID) -> Int {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    let done: Void? = id.rawValue.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    if done == nil {
      for byte in id.rawValue.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    return Int(truncatingIfNeeded: value ^ (value >> 29))
  }
}
