/// Which part of a graph to keep for an export or a diagram.
///
/// The criteria apply in this order: entity kinds, relation types, minimum confidence, the
/// neighbourhood of a focus entity, and a cap on the number of nodes. An entity that had
/// relations but lost all of them to the relation criteria is dropped too, so filtering by
/// relation type doesn't leave a cloud of unconnected nodes; entities that never had a
/// relation are kept.
public struct GraphFilter: Hashable, Sendable {
  /// The kinds of entity to keep; `nil` keeps every kind.
  public var kinds: Set<Entity.Kind>?
  /// The relation types to keep; `nil` keeps every type.
  public var predicates: Set<Relation.Predicate>?
  /// Relations below this confidence are dropped.
  public var minimumConfidence: Double
  /// An entity ID or name (any of its names, ignoring case) to centre on; `nil` for none.
  public var focus: String?
  /// How many relation steps from the focus entities to keep, in either direction.
  public var depth: Int
  /// The most entities to keep; the best-connected ones win, focus entities first.
  public var maximumNodes: Int?

  /// A filter; the defaults keep everything.
  public init(
    kinds: Set<Entity.Kind>? = nil, predicates: Set<Relation.Predicate>? = nil,
    minimumConfidence: Double = 0, focus: String? = nil, depth: Int = 1, maximumNodes: Int? = nil
  ) {
    self.kinds = kinds
    self.predicates = predicates
    self.minimumConfidence = minimumConfidence
    self.focus = focus
    self.depth = depth
    self.maximumNodes = maximumNodes
  }

  /// Whether the filter keeps every graph whole.
  public var keepsEverything: Bool {
    kinds == nil && predicates == nil && minimumConfidence <= 0 && focus == nil && maximumNodes == nil
  }
}

extension KnowledgeGraph {
  /// The entities `query` names: the entity whose ID is `query`, or else every entity one of
  /// whose names equals `query` ignoring case; sorted by ID.
  public func entities(matching query: String) -> [EntityID] {
    if self[EntityID(rawValue: query)] != nil { return [EntityID(rawValue: query)] }
    let wanted = query.lowercased()
    return entities.filter { entity in entity.names.contains { $0.lowercased() == wanted } }.map(\.id)
  }

  /// The part of the graph `filter` keeps.
  ///
  /// - Complexity: O((n + m) log(n + m)) for n entities and m relations.
  public func filtered(by filter: GraphFilter) -> KnowledgeGraph {
    guard !filter.keepsEverything else { return self }
    var graph = self
    if let kinds = filter.kinds {
      graph = graph.filter(entities: { kinds.contains($0.kind) })
    }
    if filter.predicates != nil || filter.minimumConfidence > 0 {
      let connectedBefore = graph.connectedEntities
      graph = graph.filter(relations: { relation in
        (filter.predicates?.contains(relation.predicate) ?? true)
          && relation.confidence >= filter.minimumConfidence
      })
      let connectedAfter = graph.connectedEntities
      graph = graph.filter(entities: {
        !connectedBefore.contains($0.id) || connectedAfter.contains($0.id)
      })
    }
    var seeds: [EntityID] = []
    if let focus = filter.focus {
      seeds = graph.entities(matching: focus)
      let kept = graph.neighbourhood(of: seeds, depth: max(0, filter.depth))
      graph = graph.filter(entities: { kept.contains($0.id) })
    }
    if let maximum = filter.maximumNodes, graph.entityCount > maximum {
      var degree: [EntityID: Int] = [:]
      for relation in graph.relations {
        degree[relation.subject, default: 0] += 1
        degree[relation.object, default: 0] += 1
      }
      let seedSet = Set(seeds)
      let ranked = graph.entities.map(\.id).sorted { lhs, rhs in
        let left = (seedSet.contains(lhs) ? 0 : 1, -(degree[lhs] ?? 0))
        let right = (seedSet.contains(rhs) ? 0 : 1, -(degree[rhs] ?? 0))
        return left != right ? left < right : lhs < rhs
      }
      let kept = Set(ranked.prefix(max(0, maximum)))
      graph = graph.filter(entities: { kept.contains($0.id) })
    }
    return graph
  }

  /// Entities that are the subject or object of at least one relation.
  private var connectedEntities: Set<EntityID> {
    var result: Set<EntityID> = []
    for relation in relations {
      result.insert(relation.subject)
      result.insert(relation.object)
    }
    return result
  }

  /// The entities at most `depth` relation steps from `seeds`, following relations both ways.
  public func neighbourhood(of seeds: [EntityID], depth: Int) -> Set<EntityID> {
    var adjacency: [EntityID: [EntityID]] = [:]
    for relation in relations {
      adjacency[relation.subject, default: []].append(relation.object)
      adjacency[relation.object, default: []].append(relation.subject)
    }
    var reached = Set(seeds.filter { self[$0] != nil })
    var frontier = Array(reached)
    var step = 0
    while step < depth, !frontier.isEmpty {
      var next: [EntityID] = []
      for id in frontier {
        for neighbour in adjacency[id] ?? [] where reached.insert(neighbour).inserted {
          next.append(neighbour)
        }
      }
      frontier = next
      step += 1
    }
    return reached
  }
}
