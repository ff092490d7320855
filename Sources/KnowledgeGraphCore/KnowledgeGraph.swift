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
    // Sorting the keys and looking the values up moves far less than sorting the values.
    entitiesByID.keys.sorted().compactMap { entitiesByID[$0] }
  }

  /// The relations, sorted by subject, predicate and object.
  public var relations: [Relation] {
    // Sort positions in the storage rather than values (a relation is expensive to copy),
    // grouping by subject first: sorting the subjects and many tiny groups compares far
    // fewer strings. Dictionary indices reach values without hashing.
    let values = relationsByKey.values
    var bySubject: [EntityID: [Dictionary<Relation.Key, Relation>.Values.Index]] = [:]
    bySubject.reserveCapacity(entitiesByID.count)
    var index = values.startIndex
    while index != values.endIndex {
      bySubject[values[index].subject, default: []].append(index)
      values.formIndex(after: &index)
    }
    var result: [Relation] = []
    result.reserveCapacity(values.count)
    for subject in bySubject.keys.sorted() {
      guard let group = bySubject[subject] else { continue }
      if group.count == 1 {
        result.append(values[group[0]])
      } else {
        let ordered = group.sorted {
          (values[$0].predicate, values[$0].object) < (values[$1].predicate, values[$1].object)
        }
        for position in ordered { result.append(values[position]) }
      }
    }
    return result
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

  /// The relation with the given key, if the graph has one.
  public subscript(key: Relation.Key) -> Relation? {
    relationsByKey[key]
  }

  /// The document with the given identifier, if the graph has one.
  public func document(_ id: String) -> Document? {
    documentsByID[id]
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
    precondition(entitiesByID[relation.subject] != nil, "unknown subject \(relation.subject)")
    precondition(entitiesByID[relation.object] != nil, "unknown object \(relation.object)")
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
  public mutating func formUnion(_ other: KnowledgeGraph) {
    for entity in other.entitiesByID.values { insert(entity) }
    for relation in other.relationsByKey.values { insert(relation) }
    for document in other.documentsByID.values { insert(document) }
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
