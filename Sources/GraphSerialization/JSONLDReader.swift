public import KnowledgeGraphCore

/// Reads JSON-LD in kg-export's vocabulary back into a knowledge graph.
///
/// Reads what ``JSONLDWriter`` writes (writing what was read gives the same bytes), and also
/// compact or expanded JSON-LD in the same vocabulary: entities are nodes typed with a
/// schema.org class ``SchemaOrgTypes`` knows, relations are direct properties between entity
/// nodes (kg-export's `kgv:` terms or their schema.org equivalents), and `rdf:Statement`
/// nodes add confidence, rules, attributes and evidence.
public struct JSONLDReader: Sendable {
  /// How node IRIs map back to entity and document identifiers.
  public var scheme: IRIScheme

  /// A reader for documents whose nodes are named with `scheme`.
  public init(scheme: IRIScheme = IRIScheme()) {
    self.scheme = scheme
  }

  /// Parses `text` into a graph.
  ///
  /// - Throws: ``SerializationError`` naming the problem and where it is: a JSON syntax error
  ///   with its line and column, a node without `@id`, an entity without a name, a relation
  ///   pointing at an undeclared node, an invalid date, confidence or evidence span.
  public func read(_ text: String) throws -> KnowledgeGraph {
    try readTyped(text)
  }

  func readTyped(_ text: String) throws(SerializationError) -> KnowledgeGraph {
    let root = try JSONParser.parse(text)
    let nodes = try JSONLDExpansion.expand(root)
    var builder = GraphBuilder(scheme: scheme, nodes: nodes)
    return try builder.build()
  }
}

private let schemaPrefixes = [Namespace.schema, "http://schema.org/"]

private func schemaLocalName(_ iri: String) -> String? {
  for prefix in schemaPrefixes where iri.hasPrefix(prefix) { return String(iri.dropFirst(prefix.count)) }
  return nil
}

/// Turns expanded nodes into a graph.
private struct GraphBuilder {
  typealias Node = JSONLDExpansion.Node
  typealias Value = JSONLDExpansion.Value

  let scheme: IRIScheme
  let nodes: [Node]
  var nodesByID: [String: Int] = [:]
  var entityIDs: [String: EntityID] = [:]

  static let kgv = Namespace.kgv
  static let nonRelationTerms: Set<String> = [
    "organizationType", "placeType", "eventType", "mention", "sourceLocation", "confidence",
    "rule", "attribute", "attributeName", "attributeValue", "sentenceIndex", "offsetUnit",
  ]
  static let schemaPredicates: [String: Relation.Predicate] = {
    var map: [String: Relation.Predicate] = [:]
    for definition in RelationVocabulary.standard.definitions {
      if let equivalent = definition.schemaOrgEquivalent { map[equivalent] = definition.predicate }
    }
    return map
  }()

  init(scheme: IRIScheme, nodes: [Node]) {
    self.scheme = scheme
    self.nodes = nodes
  }

  /// The relation predicate a property IRI asserts, if it asserts one.
  func predicate(forProperty iri: String) -> Relation.Predicate? {
    if iri.hasPrefix(Self.kgv) {
      let local = IRIScheme.decode(String(iri.dropFirst(Self.kgv.count)))
      return Self.nonRelationTerms.contains(local) || local.isEmpty ? nil : Relation.Predicate(rawValue: local)
    }
    if let local = schemaLocalName(iri) { return Self.schemaPredicates[local] }
    return nil
  }

  func literals(_ node: Node, _ iri: String) throws(SerializationError) -> [(String, String)] {
    var result: [(String, String)] = []
    for value in node.values(iri) {
      switch value {
      case .literal(let text, _, let path): result.append((text, path))
      case .reference(let target, let path):
        throw .malformedDocument("expected a literal, found a reference to '\(target)'", at: path)
      }
    }
    return result
  }

  func references(_ node: Node, _ iri: String) -> [(String, String)] {
    node.values(iri).map { value in
      switch value {
      case .reference(let target, let path): (target, path)
      case .literal(let text, _, let path): (text, path)
      }
    }
  }

  func single(_ node: Node, _ iri: String, _ what: String) throws(SerializationError) -> (String, String)? {
    let found = try literals(node, iri)
    return found.min { $0.0 < $1.0 }
  }

  mutating func build() throws(SerializationError) -> KnowledgeGraph {
    // Merge nodes that share an @id (JSON-LD allows describing a node in several places).
    var merged: [Node] = []
    for node in nodes {
      if let index = nodesByID[node.id] {
        merged[index].types += node.types
        merged[index].properties += node.properties
      } else {
        nodesByID[node.id] = merged.count
        merged.append(node)
      }
    }
    var graph = KnowledgeGraph()

    // Entities first, so relations can be checked against them.
    var entityNodes: [(Node, Entity)] = []
    for node in merged {
      let classes = node.types.compactMap(schemaLocalName)
      guard let (kind, className) = SchemaOrgTypes.kind(forClasses: classes) else { continue }
      let entity = try makeEntity(node, kind: kind, className: className, all: merged)
      entityIDs[node.id] = entity.id
      entityNodes.append((node, entity))
    }
    for (_, entity) in entityNodes { graph.insert(entity) }

    // Documents.
    for node in merged where node.types.contains(where: { schemaLocalName($0).map(Self.isArticleClass) ?? false }) {
      graph.insert(try makeDocument(node))
    }

    // Direct triples.
    var relations: [Relation.Key: Relation] = [:]
    for (node, entity) in entityNodes {
      for (iri, values) in node.properties {
        guard let predicate = predicate(forProperty: iri) else { continue }
        for value in values {
          guard case .reference(let target, let path) = value else {
            if case .literal(let text, _, let path) = value {
              throw .malformedDocument("relation value '\(text)' is not a node reference", at: path)
            }
            continue
          }
          guard let object = entityIDs[target] else { throw .danglingReference(target, at: path) }
          let relation = Relation(entity.id, predicate, object)
          relations[relation.key] = relation
        }
      }
    }

    // Statement nodes.
    for node in merged where node.types.contains(Namespace.rdf + "Statement")
      || node.types.contains(Self.kgv + "Relation")
    {
      let relation = try makeRelation(statement: node, all: merged)
      if let existing = relations[relation.key], existing.evidence.isEmpty, existing.sources.isEmpty,
        existing.attributes.isEmpty, existing.confidence == 1
      {
        relations[relation.key] = relation
      } else if relations[relation.key] != nil {
        relations[relation.key]?.absorb(relation)
      } else {
        relations[relation.key] = relation
      }
    }
    for relation in relations.values { graph.insert(relation) }
    return graph
  }

  static func isArticleClass(_ name: String) -> Bool {
    ["NewsArticle", "Article", "CreativeWork", "Report", "WebPage", "DigitalDocument"].contains(name)
  }

  func makeEntity(_ node: Node, kind: Entity.Kind, className: String, all: [Node]) throws(SerializationError)
    -> Entity
  {
    guard node.hasExplicitID else {
      throw .malformedDocument("entity node has no @id", at: node.path)
    }
    let names = try literals(node, Namespace.schema + "name") + literals(node, "http://schema.org/name")
    guard let name = names.map(\.0).sorted().first else {
      throw .malformedDocument("entity '\(node.id)' has no name", at: node.path)
    }
    var aliases = Set(names.map(\.0).dropFirst())
    for (alias, _) in try literals(node, Namespace.schema + "alternateName") { aliases.insert(alias) }

    var id: EntityID
    var entityKind = kind
    if let path = scheme.path(ofIRI: node.id) {
      let decoded = IRIScheme.decode(path)
      if let slash = decoded.firstIndex(of: "/"), let pathKind = Entity.Kind(rawValue: String(decoded[..<slash])),
        decoded.index(after: slash) < decoded.endIndex
      {
        entityKind = pathKind
        id = EntityID(rawValue: decoded)
      } else {
        id = EntityID(kind: kind, name: name)
      }
    } else {
      id = EntityID(kind: kind, name: name)
    }
    if entityKind == .event, scheme.path(ofIRI: node.id) == nil {
      id = EntityID(rawValue: "event/" + Slug.make(name))
    }
    var entity = Entity(entityKind, id: id, named: name, aliases: aliases.subtracting([name]))

    if let (text, path) = try single(node, Self.kgv + "organizationType", "organization type") {
      guard let type = Entity.OrganizationType(rawValue: text) else {
        throw .malformedDocument("unknown organization type '\(text)'", at: path)
      }
      entity.organizationType = type
    } else if entityKind == .organization {
      entity.organizationType = SchemaOrgTypes.classOrganizationTypes[className]
    }
    if let (text, path) = try single(node, Self.kgv + "placeType", "place type") {
      guard let type = Entity.PlaceType(rawValue: text) else {
        throw .malformedDocument("unknown place type '\(text)'", at: path)
      }
      entity.placeType = type
    } else if entityKind == .place {
      entity.placeType = SchemaOrgTypes.classPlaceTypes[className]
    }
    if let (text, path) = try single(node, Self.kgv + "eventType", "event type") {
      guard let type = Entity.EventType(rawValue: text) else {
        throw .malformedDocument("unknown event type '\(text)'", at: path)
      }
      entity.eventType = type
    }
    entity.date = try date(node, Namespace.schema + "startDate")
    entity.endDate = try date(node, Namespace.schema + "endDate")
    entity.duration = try single(node, Namespace.schema + "duration", "duration")?.0
    entity.sameAs = Set(references(node, Namespace.schema + "sameAs").map(\.0))
    for (target, path) in references(node, Self.kgv + "mention") {
      entity.mentions.insert(try evidence(target, path: path, all: all))
    }
    return entity
  }

  func date(_ node: Node, _ iri: String) throws(SerializationError) -> PartialDate? {
    guard let (text, path) = try single(node, iri, "date") else { return nil }
    let datePart = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
    guard let date = PartialDate(iso: datePart) else {
      throw .malformedDocument("invalid date '\(text)'", at: path)
    }
    return date
  }

  func documentID(forIRI iri: String) -> String {
    if let path = scheme.path(ofIRI: iri), path.hasPrefix("doc/") {
      return IRIScheme.decode(String(path.dropFirst(4)))
    }
    return iri
  }

  func makeDocument(_ node: Node) throws(SerializationError) -> Document {
    guard node.hasExplicitID else {
      throw .malformedDocument("document node has no @id", at: node.path)
    }
    return Document(
      id: documentID(forIRI: node.id),
      headline: try single(node, Namespace.schema + "headline", "headline")?.0,
      date: try date(node, Namespace.schema + "datePublished"),
      source: try single(node, Self.kgv + "sourceLocation", "source")?.0)
  }

  func entity(_ iri: String, path: String) throws(SerializationError) -> EntityID {
    guard let id = entityIDs[iri] else { throw .danglingReference(iri, at: path) }
    return id
  }

  func makeRelation(statement node: Node, all: [Node]) throws(SerializationError) -> Relation {
    func one(_ iri: String, _ what: String) throws(SerializationError) -> (String, String) {
      let found = references(node, iri)
      guard let first = found.first else {
        throw .malformedDocument("statement has no \(what)", at: node.path)
      }
      guard found.count == 1 else {
        throw .malformedDocument("statement has \(found.count) values for \(what)", at: found[1].1)
      }
      return first
    }
    let (subjectIRI, subjectPath) = try one(Namespace.rdf + "subject", "rdf:subject")
    let (predicateIRI, predicatePath) = try one(Namespace.rdf + "predicate", "rdf:predicate")
    let (objectIRI, objectPath) = try one(Namespace.rdf + "object", "rdf:object")
    let subject = try entity(subjectIRI, path: subjectPath)
    let object = try entity(objectIRI, path: objectPath)
    guard let predicate = predicate(forProperty: predicateIRI) else {
      throw .malformedDocument("'\(predicateIRI)' is not a relation kg-export knows", at: predicatePath)
    }
    var confidence = 1.0
    if let (text, path) = try single(node, Self.kgv + "confidence", "confidence") {
      guard let value = Double(text), (0...1).contains(value) else {
        throw .malformedDocument("confidence '\(text)' is not a number from 0 to 1", at: path)
      }
      confidence = value
    }
    var attributes: [String: String] = [:]
    for (target, path) in references(node, Self.kgv + "attribute") {
      guard let index = nodesByIDLookup(target, all: all) else { throw .danglingReference(target, at: path) }
      let attribute = all[index]
      guard let (name, _) = try single(attribute, Self.kgv + "attributeName", "attribute name"),
        let (value, _) = try single(attribute, Self.kgv + "attributeValue", "attribute value")
      else { throw .malformedDocument("attribute needs attributeName and attributeValue", at: path) }
      attributes[name] = value
    }
    if attributes["roleName"] == nil, let (role, _) = try single(node, Namespace.schema + "roleName", "role") {
      attributes["roleName"] = role
    }
    var evidence: Set<Evidence> = []
    for (target, path) in references(node, Namespace.prov + "wasDerivedFrom") {
      evidence.insert(try self.evidence(target, path: path, all: all))
    }
    let sources = Set(try literals(node, Self.kgv + "rule").map(\.0))
    return Relation(
      subject, predicate, object, confidence: confidence, evidence: evidence, sources: sources,
      attributes: attributes)
  }

  func nodesByIDLookup(_ id: String, all: [Node]) -> Int? { nodesByID[id] }

  func evidence(_ iri: String, path: String, all: [Node]) throws(SerializationError) -> Evidence {
    guard let index = nodesByID[iri] else { throw .danglingReference(iri, at: path) }
    let node = all[index]
    guard let (source, sourcePath) = references(node, Namespace.oa + "hasSource").first else {
      throw .malformedDocument("evidence has no source document", at: node.path)
    }
    _ = sourcePath
    var sentence = 0
    if let (text, sentencePath) = try single(node, Self.kgv + "sentenceIndex", "sentence index") {
      guard let value = Int(text), value >= 0 else {
        throw .malformedDocument("sentence index '\(text)' is not a non-negative integer", at: sentencePath)
      }
      sentence = value
    }
    var start: Int?
    var end: Int?
    var quote: String?
    for (target, selectorPath) in references(node, Namespace.oa + "hasSelector") {
      guard let selectorIndex = nodesByID[target] else { throw .danglingReference(target, at: selectorPath) }
      let selector = all[selectorIndex]
      if let (text, valuePath) = try single(selector, Namespace.oa + "start", "start") {
        guard let value = Int(text), value >= 0 else {
          throw .malformedDocument("start '\(text)' is not a non-negative integer", at: valuePath)
        }
        start = value
      }
      if let (text, valuePath) = try single(selector, Namespace.oa + "end", "end") {
        guard let value = Int(text), value >= 0 else {
          throw .malformedDocument("end '\(text)' is not a non-negative integer", at: valuePath)
        }
        end = value
      }
      if let (text, _) = try single(selector, Namespace.oa + "exact", "quote") { quote = text }
    }
    guard let start, let end else {
      throw .malformedDocument("evidence has no TextPositionSelector with start and end", at: node.path)
    }
    guard start <= end else {
      throw .malformedDocument("evidence span ends (\(end)) before it starts (\(start))", at: node.path)
    }
    return Evidence(
      documentID: documentID(forIRI: source), sentenceIndex: sentence, start: start, end: end,
      quote: quote ?? "")
  }
}
