public import KnowledgeGraphCore

/// Writes a knowledge graph as JSON-LD 1.1 with an inline context.
///
/// The shape, as the evaluation contract and `shared/design/jsonld.md` describe it:
/// - One node per entity, typed with its schema.org class (``SchemaOrgTypes``), with `name`,
///   `alternateName`, dates typed by precision (`xsd:gYear`, `xsd:gYearMonth`, `xsd:date`),
///   `duration`, `sameAs`, and every relation it is the subject of as a direct property whose
///   value is the object entity's `@id`.
/// - One `Statement` node per relation (`rdf:Statement` and `kgv:Relation`) carrying
///   `rdf:subject`/`rdf:predicate`/`rdf:object`, the confidence as an `xsd:decimal` string with
///   fixed digits, the rules that found it, its attributes, and its evidence as W3C Web
///   Annotation `SpecificResource`s with a `TextPositionSelector` (offsets in Unicode scalars,
///   declared by `offsetUnit`) and a `TextQuoteSelector`.
/// - One `NewsArticle` node per document with `headline`, `datePublished` and `mentions`.
///
/// Output is deterministic: `@graph` is sorted by `@id`, keys come in a fixed order, and equal
/// graphs give byte-identical text whatever order they were built in.
public struct JSONLDWriter: Sendable {
  /// Choices about IRIs and how much provenance to write.
  public struct Options: Hashable, Sendable {
    /// How nodes are named.
    public var scheme = IRIScheme()
    /// Whether relations with a schema.org equivalent (`attendee`, `nationality`, …) are
    /// asserted with the schema.org property rather than the `kgv:` term.
    public var prefersSchemaOrgProperties = true
    /// Whether entity mentions are written (as `mention` evidence on each entity).
    public var includesMentions = true
    /// The number of decimal digits confidences are written with.
    public var confidenceDigits = 3

    /// The default options.
    public init() {}
  }

  /// The options this writer uses.
  public var options: Options

  /// A writer with `options`.
  public init(options: Options = Options()) {
    self.options = options
  }

  var context: JSONLDContext {
    JSONLDContext(scheme: options.scheme, preferSchemaOrg: options.prefersSchemaOrgProperties)
  }

  /// Returns the JSON-LD text for `graph`.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }

  /// The `@context` alone, as a JSON-LD context document users can reference.
  public func contextDocument() -> String {
    var text = ""
    JSONPrinter.print(.object([("@context", context.value)]), indent: 0, into: &text)
    return text + "\n"
  }

  private enum Item {
    case entity(Int)
    case document(Int)
    case statement(Int)
  }

  /// Streams the JSON-LD text for `graph` into `sink`, one `@graph` node at a time.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    let context = self.context
    let scheme = options.scheme
    let entities = graph.entities
    let relations = graph.relations
    let documents = graph.documents

    var relationsBySubject: [EntityID: Range<Int>] = [:]
    var start = 0
    while start < relations.count {
      var end = start + 1
      while end < relations.count, relations[end].subject == relations[start].subject { end += 1 }
      relationsBySubject[relations[start].subject] = start..<end
      start = end
    }

    var mentioned: [String: Set<EntityID>] = [:]
    for entity in entities {
      for evidence in entity.mentions { mentioned[evidence.documentID, default: []].insert(entity.id) }
    }
    for relation in relations {
      for evidence in relation.evidence {
        mentioned[evidence.documentID, default: []].insert(relation.subject)
        mentioned[evidence.documentID, default: []].insert(relation.object)
      }
    }

    var items: [(key: String, item: Item)] = []
    items.reserveCapacity(entities.count + relations.count + documents.count)
    for (index, entity) in entities.enumerated() {
      items.append((scheme.compactEntity(entity.id), .entity(index)))
    }
    for (index, document) in documents.enumerated() {
      items.append((scheme.prefix + ":" + scheme.documentPath(document.id), .document(index)))
    }
    for (index, relation) in relations.enumerated() {
      items.append((scheme.prefix + ":" + scheme.statementPath(relation.key), .statement(index)))
    }
    items.sort { $0.key < $1.key }

    var out = ByteOutput()
    out.append("{\n  \"@context\": ")
    JSONPrinter.print(context.value, indent: 2, into: &out)
    out.append(",\n  \"@graph\": [")
    for (position, entry) in items.enumerated() {
      let node: JSONValue
      switch entry.item {
      case .entity(let index):
        let entity = entities[index]
        let range = relationsBySubject[entity.id] ?? 0..<0
        node = entityNode(entity, id: entry.key, relations: relations[range], context: context)
      case .document(let index):
        let document = documents[index]
        node = documentNode(document, id: entry.key, mentions: mentioned[document.id] ?? [])
      case .statement(let index):
        node = statementNode(relations[index], id: entry.key, context: context)
      }
      out.append(position == 0 ? "\n    " : ",\n    ")
      JSONPrinter.print(node, indent: 4, into: &out)
      try out.flushIfFull(to: &sink)
    }
    out.append(items.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    try out.flush(to: &sink)
  }

  private func entityNode(
    _ entity: Entity, id: String, relations: ArraySlice<Relation>, context: JSONLDContext
  ) -> JSONValue {
    let scheme = options.scheme
    var members: [(key: String, value: JSONValue)] = [
      ("@id", .string(id)),
      ("@type", .string(SchemaOrgTypes.className(for: entity))),
      ("name", .string(entity.name)),
    ]
    let aliases = entity.aliases.sorted()
    if !aliases.isEmpty { members.append(("alternateName", .array(aliases.map { .string($0) }))) }
    if let type = entity.organizationType { members.append(("organizationType", .string(type.rawValue))) }
    if let type = entity.placeType { members.append(("placeType", .string(type.rawValue))) }
    if let type = entity.eventType { members.append(("eventType", .string(type.rawValue))) }
    if let date = entity.date { members.append(("startDate", Self.typedDate(date))) }
    if let date = entity.endDate { members.append(("endDate", Self.typedDate(date))) }
    if let duration = entity.duration { members.append(("duration", .string(duration))) }
    if !entity.sameAs.isEmpty {
      members.append(("sameAs", .array(entity.sameAs.sorted().map { .string($0) })))
    }
    var index = relations.startIndex
    while index < relations.endIndex {
      let predicate = relations[index].predicate
      var objects: [JSONValue] = []
      let isTerm = predicate.definition != nil
      while index < relations.endIndex, relations[index].predicate == predicate {
        let object = scheme.compactEntity(relations[index].object)
        objects.append(isTerm ? .string(object) : .object([("@id", .string(object))]))
        index += 1
      }
      members.append((context.key(for: predicate), .array(objects)))
    }
    if options.includesMentions, !entity.mentions.isEmpty {
      members.append(("mention", .array(entity.sortedMentions.map(evidenceNode))))
    }
    return .object(members)
  }

  private func documentNode(_ document: Document, id: String, mentions: Set<EntityID>) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("@id", .string(id)), ("@type", .string("NewsArticle")),
    ]
    if let headline = document.headline { members.append(("headline", .string(headline))) }
    if let date = document.date { members.append(("datePublished", Self.typedDate(date))) }
    if let source = document.source { members.append(("sourceLocation", .string(source))) }
    if !mentions.isEmpty {
      let ids = mentions.sorted().map { JSONValue.string(options.scheme.compactEntity($0)) }
      members.append(("mentions", .array(ids)))
    }
    return .object(members)
  }

  private func statementNode(_ relation: Relation, id: String, context: JSONLDContext) -> JSONValue {
    let scheme = options.scheme
    var members: [(key: String, value: JSONValue)] = [
      ("@id", .string(id)),
      ("@type", .array([.string("Statement"), .string("Relation")])),
      ("subject", .string(scheme.compactEntity(relation.subject))),
      ("predicate", .string(context.compactPredicate(relation.predicate))),
      ("object", .string(scheme.compactEntity(relation.object))),
        ("confidence", .string(Self.decimal(relation.confidence, digits: options.confidenceDigits))),
    ]
    if !relation.sources.isEmpty {
      members.append(("rule", .array(relation.sources.sorted().map { .string($0) })))
    }
    if let role = relation.attributes["roleName"] { members.append(("roleName", .string(role))) }
    if !relation.attributes.isEmpty {
      let attributes = relation.attributes.sorted { $0.key < $1.key }.map { name, value in
        JSONValue.object([
          ("@id", .string(id + "/attribute/" + IRIScheme.encode(name, keepSlash: false))),
          ("attributeName", .string(name)),
          ("attributeValue", .string(value)),
        ])
      }
      members.append(("attribute", .array(attributes)))
    }
    if !relation.evidence.isEmpty {
      members.append(("evidence", .array(relation.sortedEvidence.map(evidenceNode))))
    }
    return .object(members)
  }

  private func evidenceNode(_ evidence: Evidence) -> JSONValue {
    let scheme = options.scheme
    let id = scheme.prefix + ":" + scheme.evidencePath(evidence)
    return .object([
      ("@id", .string(id)),
      ("@type", .string("SpecificResource")),
      ("source", .string(scheme.prefix + ":" + scheme.documentPath(evidence.documentID))),
      ("sentenceIndex", .number(String(evidence.sentenceIndex))),
      (
        "selector",
        .array([
          .object([
            ("@id", .string(id + "/position")),
            ("@type", .string("TextPositionSelector")),
            ("start", .number(String(evidence.start))),
            ("end", .number(String(evidence.end))),
            ("offsetUnit", .string("unicode-scalar")),
          ]),
          .object([
            ("@id", .string(id + "/quote")),
            ("@type", .string("TextQuoteSelector")),
            ("exact", .string(evidence.quote)),
          ]),
        ])
      ),
    ])
  }

  /// A date as a typed value whose datatype matches its precision.
  static func typedDate(_ date: PartialDate) -> JSONValue {
    .object([("@value", .string(date.description)), ("@type", .string("xsd:" + date.xsdType))])
  }

  /// `value` with exactly `digits` decimal digits, rounded half away from zero: `0.930`.
  static func decimal(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<max(0, digits) { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
    let unit = Int64(scale)
    let whole = String(scaled / unit)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return sign + whole }
    let fraction = String(scaled % unit)
    return sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}

