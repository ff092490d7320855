public import KnowledgeGraphCore
import Synchronization

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
    /// A relation's statement, with its hash (see ``IRIScheme/statementHash(subject:predicate:object:)``).
    case statement(Int, hash: UInt64)
  }

  /// Streams the JSON-LD text for `graph` into `sink`, one `@graph` node at a time.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    try write(graph.sortedContents(), to: &sink)
  }

  /// Streams the JSON-LD text for the graph whose sorted contents are `contents`.
  func write<Sink: TextSink>(_ contents: KnowledgeGraph.SortedContents, to sink: inout Sink) throws(Sink.Failure) {
    let context = self.context
    let scheme = options.scheme
    let entities = contents.entities
    let relations = contents.relations
    let documents = contents.documents

    // Relations are sorted by subject: entity `i` is the subject of relations
    // `relationStarts[i]..<relationStarts[i + 1]`.
    var relationStarts = [Int](repeating: 0, count: entities.count + 1)
    for position in contents.subjectPositions { relationStarts[position + 1] += 1 }
    for index in entities.indices { relationStarts[index + 1] += relationStarts[index] }

    let mentions = Self.mentionedEntities(contents)
    let (items, plainIdentifiers) = Self.graphOrder(contents, scheme: scheme)

    var out = ByteOutput(capacity: ByteOutput.chunkSize + 16_384)
    out.append("{\n  \"@context\": ")
    out.append(bytes: printedContext(context))
    out.append(",\n  \"@graph\": [")
    var names = Names(scheme: scheme, context: context, plainIdentifiers: plainIdentifiers, contents: contents)
    for (position, entry) in items.enumerated() {
      out.append(position == 0 ? "\n    " : ",\n    ")
      switch entry.item {
      case .entity(let index):
        writeEntity(
          entities[index], relations: relations[relationStarts[index]..<relationStarts[index + 1]],
          names: &names, into: &out)
      case .document(let index):
        writeDocument(documents[index], id: entry.key, mentions: mentions[index], of: entities, names: names, into: &out)
      case .statement(let index, let hash):
        writeStatement(relations[index], at: index, hash: hash, names: &names, into: &out)
      }
      try out.flushIfFull(to: &sink)
    }
    out.append(items.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    try out.flush(to: &sink)
  }

  /// The `@context` printed at indent 2, made once per set of options: the CLI writes one file
  /// per document, each with the same context.
  private func printedContext(_ context: JSONLDContext) -> [UInt8] {
    if let bytes = Self.printedContexts.withLock({ $0[options] }) { return bytes }
    var out = ByteOutput()
    JSONPrinter.print(context.value, indent: 2, into: &out)
    let bytes = out.bytes
    Self.printedContexts.withLock { $0[options] = bytes }
    return bytes
  }

  private static let printedContexts = Mutex<[Options: [UInt8]]>([:])

  /// For each document of `contents`, the positions of the entities it mentions (through
  /// mentions or relation evidence), in order: ``RDFTriples/mentionsByDocument(_:_:)`` with
  /// positions instead of identifiers.
  private static func mentionedEntities(_ contents: KnowledgeGraph.SortedContents) -> [[Int]] {
    var documentIndex: [String: Int] = [:]
    for (index, document) in contents.documents.enumerated() { documentIndex[document.id] = index }
    var mentions = [[Int]](repeating: [], count: contents.documents.count)
    guard !mentions.isEmpty else { return mentions }
    // Evidence comes in runs from one document: the last lookup is kept (the strings are
    // usually copies of one string, which compare at once).
    var last: (id: String, index: Int?)?
    func documentPosition(of id: String) -> Int? {
      if let last, last.id == id { return last.index }
      let index = documentIndex[id]
      last = (id, index)
      return index
    }
    for position in contents.entities.indices {
      for evidence in contents.entities[position].mentions {
        if let index = documentPosition(of: evidence.documentID) { mentions[index].append(position) }
      }
    }
    let relations = contents.relations
    for index in relations.indices {
      for evidence in relations[index].evidence {
        guard let document = documentPosition(of: evidence.documentID) else { continue }
        mentions[document].append(contents.subjectPositions[index])
        mentions[document].append(contents.objectPositions[index])
      }
    }
    for index in mentions.indices where mentions[index].count > 1 {
      mentions[index].sort()
      var kept = 1
      for position in 1..<mentions[index].count where mentions[index][position] != mentions[index][kept - 1] {
        mentions[index][kept] = mentions[index][position]
        kept += 1
      }
      mentions[index].removeLast(mentions[index].count - kept)
    }
    return mentions
  }

  /// The `@graph` nodes in `@id` order, each with its `@id` for documents (entities and
  /// statements are named from their identifiers as they are written), and whether every
  /// entity identifier is plain ASCII (see ``plainGraphOrder(_:scheme:)``).
  ///
  /// Statement IDs are `{prefix}:rel/` and 16 hexadecimal digits, so they sort as their hashes
  /// do and no other ID falls among them (entity IDs start with their kind, document IDs with
  /// `doc/`): the others are sorted as strings and the statements are put in between by hash,
  /// without a string per statement. Any other ID starting like a statement ID (which the
  /// identifier scheme never makes) falls back to sorting every ID as a string.
  private static func graphOrder(
    _ contents: KnowledgeGraph.SortedContents, scheme: IRIScheme
  ) -> (items: [(key: String, item: Item)], plainIdentifiers: Bool) {
    if let order = plainGraphOrder(contents, scheme: scheme) { return (order, true) }
    var named: [(key: String, item: Item)] = []
    named.reserveCapacity(contents.entities.count + contents.documents.count)
    for (index, entity) in contents.entities.enumerated() {
      named.append((scheme.compactEntity(entity.id), .entity(index)))
    }
    for (index, document) in contents.documents.enumerated() {
      named.append((scheme.prefix + ":" + scheme.documentPath(document.id), .document(index)))
    }
    named.sort { $0.key < $1.key }
    let relations = contents.relations
    let statementPrefix = scheme.prefix + ":rel/"
    guard !named.contains(where: { $0.key.hasPrefix(statementPrefix) }) else {
      for (hash, index) in statementHashes(relations) {
        named.append((scheme.prefix + ":" + scheme.statementPath(relations[index].key), .statement(index, hash: hash)))
      }
      named.sort { $0.key < $1.key }
      return (named, false)
    }
    let hashes = statementHashes(relations)
    let split = named.firstIndex { !($0.key < statementPrefix) } ?? named.count
    var items = Array(named[..<split])
    items.reserveCapacity(named.count + hashes.count)
    for entry in hashes { items.append(("", .statement(entry.index, hash: entry.hash))) }
    items.append(contentsOf: named[split...])
    return (items, false)
  }

  /// ``graphOrder(_:scheme:)`` without a string per entity, when every entity identifier is
  /// ASCII that IRIs take as it is (the identifier scheme's slugs are): `{prefix}:{identifier}`
  /// then sorts as the identifier does, so the entities are in order already, and only the
  /// documents are put among them. `nil` for other graphs.
  private static func plainGraphOrder(
    _ contents: KnowledgeGraph.SortedContents, scheme: IRIScheme
  ) -> [(key: String, item: Item)]? {
    let entities = contents.entities
    for index in entities.indices where !IRIScheme.isPlainASCIIPath(entities[index].id.rawValue) { return nil }
    // Paths below the prefix compare as the compact IRIs do, which share `{prefix}:`.
    let statementPath = "rel/"
    var documents = contents.documents.indices.map { (path: scheme.documentPath(contents.documents[$0].id), index: $0) }
    documents.sort { $0.path < $1.path }
    guard !documents.contains(where: { $0.path.hasPrefix(statementPath) }) else { return nil }
    let hashes = statementHashes(contents.relations)
    var items: [(key: String, item: Item)] = []
    items.reserveCapacity(entities.count + documents.count + hashes.count)
    var statementsPlaced = false
    // Puts the statements in before the first node whose path is not below theirs.
    func placeStatements(before path: String) {
      guard !statementsPlaced, !(path < statementPath) else { return }
      for entry in hashes { items.append(("", .statement(entry.index, hash: entry.hash))) }
      statementsPlaced = true
    }
    var nextDocument = 0
    for index in entities.indices {
      let id = entities[index].id.rawValue
      while nextDocument < documents.count, documents[nextDocument].path < id {
        placeStatements(before: documents[nextDocument].path)
        items.append((scheme.prefix + ":" + documents[nextDocument].path, .document(documents[nextDocument].index)))
        nextDocument += 1
      }
      // (For ASCII, `hasPrefix` compares bytes, as the IRIs' order does.)
      if id.hasPrefix(statementPath) { return nil }
      placeStatements(before: id)
      items.append(("", .entity(index)))
    }
    for document in documents[nextDocument...] {
      placeStatements(before: document.path)
      items.append((scheme.prefix + ":" + document.path, .document(document.index)))
    }
    placeStatements(before: statementPath)
    return items
  }

  /// The statement hash of every relation with its position, in hash order.
  private static func statementHashes(_ relations: KnowledgeGraph.SortedRelations) -> [(hash: UInt64, index: Int)] {
    var hashes: [(hash: UInt64, index: Int)] = []
    hashes.reserveCapacity(relations.count)
    for index in relations.indices {
      let relation = relations[index]
      hashes.append(
        (IRIScheme.statementHash(subject: relation.subject, predicate: relation.predicate, object: relation.object).value,
         index))
    }
    hashes.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
    return hashes
  }

  /// Names written for every relation, kept from one node to the next.
  private struct Names {
    let scheme: IRIScheme
    let context: JSONLDContext
    /// `{prefix}:`, escaped for JSON.
    let prefix: [UInt8]
    /// `"{prefix}:`, escaped for JSON: compact entity IRIs start with it.
    let quotedPrefix: [UInt8]
    /// Whether every entity identifier is ASCII that IRIs take as it is.
    let plainIdentifiers: Bool
    /// For each relation, the position of its predicate among the graph's predicates.
    let predicatePositions: [Int]
    /// For each of the graph's predicates, once looked up: its JSON key, whether it is a
    /// vocabulary term, and its compact IRI.
    private var predicateNames: [(key: String, isTerm: Bool, compact: String)?]
    var evidence = EvidenceIRIs()

    init(scheme: IRIScheme, context: JSONLDContext, plainIdentifiers: Bool, contents: KnowledgeGraph.SortedContents) {
      self.scheme = scheme
      self.context = context
      self.plainIdentifiers = plainIdentifiers
      predicatePositions = contents.predicatePositions
      predicateNames = Array(repeating: nil, count: contents.predicates.count)
      var bytes = ByteOutput()
      bytes.appendJSONEscaped(scheme.prefix + ":")
      prefix = bytes.bytes
      quotedPrefix = [UInt8(ascii: "\"")] + prefix
    }

    /// The names of `predicate`, the predicate of the relation at position `index`.
    mutating func select(
      _ predicate: Relation.Predicate, ofRelationAt index: Int
    ) -> (key: String, isTerm: Bool, compact: String) {
      let position = predicatePositions[index]
      if let names = predicateNames[position] { return names }
      let names = (context.key(for: predicate), predicate.definition != nil, context.compactPredicate(predicate))
      predicateNames[position] = names
      return names
    }

    /// `"{prefix}:{entity path}"`, as `appendJSONQuoted(scheme.compactEntity(id))` writes it.
    func appendCompactEntity(_ id: EntityID, to out: inout ByteOutput) {
      out.append(bytes: quotedPrefix)
      if plainIdentifiers {
        out.append(id.rawValue)
      } else {
        // The path's encoding leaves nothing JSON escapes (see `appendIRIPath`).
        out.appendIRIPath(id.rawValue, keepSlash: true)
      }
      out.append(byte: UInt8(ascii: "\""))
    }
  }

  // The node writers below stream straight into the byte buffer, producing exactly what
  // `JSONPrinter` prints for the equivalent `JSONValue` tree: a top-level node is an object at
  // indent 4 (one member per line at indent 6); arrays of scalars stay on one line; arrays of
  // objects put one item per line; objects of at most three scalars below indent 6 stay on one
  // line.

  /// Starts the member `key` of a `@graph` node (indent 6), with `first` telling whether it
  /// opens the node.
  @inline(__always)
  private static func member(_ key: StaticString, first: Bool = false, into out: inout ByteOutput) {
    out.append(first ? "{\n      \"" : ",\n      \"")
    out.append(key)
    out.append("\": ")
  }

  @inline(__always)
  private static func member(dynamic key: String, into out: inout ByteOutput) {
    out.append(",\n      ")
    out.appendJSONQuoted(key)
    out.append(": ")
  }

  /// Closes a `@graph` node.
  @inline(__always)
  private static func endNode(into out: inout ByteOutput) {
    out.append("\n    }")
  }

  /// A one-line array of strings: `["a", "b"]`.
  private static func stringArray(_ values: [String], into out: inout ByteOutput) {
    guard !values.isEmpty else { return out.append("[]") }
    out.append(byte: UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { out.append(", ") }
      out.appendJSONQuoted(value)
    }
    out.append(byte: UInt8(ascii: "]"))
  }

  /// A typed date on one line: `{"@value": "2017", "@type": "xsd:gYear"}`.
  private static func writeTypedDate(_ date: PartialDate, into out: inout ByteOutput) {
    out.append("{\"@value\": ")
    out.appendJSONQuoted(date.description)
    out.append(", \"@type\": ")
    out.appendJSONQuoted("xsd:" + date.xsdType)
    out.append(byte: UInt8(ascii: "}"))
  }

  private func writeEntity(
    _ entity: Entity, relations: Slice<KnowledgeGraph.SortedRelations>, names: inout Names,
    into out: inout ByteOutput
  ) {
    Self.member("@id", first: true, into: &out)
    names.appendCompactEntity(entity.id, to: &out)
    Self.member("@type", into: &out)
    out.appendJSONQuoted(SchemaOrgTypes.className(for: entity))
    Self.member("name", into: &out)
    out.appendJSONQuoted(entity.name)
    if entity.hasAliases {
      Self.member("alternateName", into: &out)
      Self.stringArray(entity.sortedAliases, into: &out)
    }
    if let type = entity.organizationType {
      Self.member("organizationType", into: &out)
      out.appendJSONQuoted(type.rawValue)
    }
    if let type = entity.placeType {
      Self.member("placeType", into: &out)
      out.appendJSONQuoted(type.rawValue)
    }
    if let type = entity.eventType {
      Self.member("eventType", into: &out)
      out.appendJSONQuoted(type.rawValue)
    }
    if let date = entity.date {
      Self.member("startDate", into: &out)
      Self.writeTypedDate(date, into: &out)
    }
    if let date = entity.endDate {
      Self.member("endDate", into: &out)
      Self.writeTypedDate(date, into: &out)
    }
    if let duration = entity.duration {
      Self.member("duration", into: &out)
      out.appendJSONQuoted(duration)
    }
    if !entity.sameAs.isEmpty {
      Self.member("sameAs", into: &out)
      Self.stringArray(entity.sameAs.sorted(), into: &out)
    }
    // (The slice's indices are the relations' positions in the graph.)
    var index = relations.startIndex
    while index < relations.endIndex {
      let position = names.predicatePositions[index]
      let term = names.select(relations[index].predicate, ofRelationAt: index)
      let isTerm = term.isTerm
      Self.member(dynamic: term.key, into: &out)
      if isTerm {
        // Plain strings: one line.
        out.append(byte: UInt8(ascii: "["))
        var first = true
        while index < relations.endIndex, names.predicatePositions[index] == position {
          if !first { out.append(", ") }
          first = false
          names.appendCompactEntity(relations[index].object, to: &out)
          index += 1
        }
        out.append(byte: UInt8(ascii: "]"))
      } else {
        // `{"@id": …}` objects: one per line, each on one line.
        out.append("[\n")
        var first = true
        while index < relations.endIndex, names.predicatePositions[index] == position {
          if !first { out.append(",\n") }
          first = false
          out.append("        {\"@id\": ")
          names.appendCompactEntity(relations[index].object, to: &out)
          out.append(byte: UInt8(ascii: "}"))
          index += 1
        }
        out.append("\n      ]")
      }
    }
    if options.includesMentions, !entity.mentions.isEmpty {
      Self.member("mention", into: &out)
      writeEvidenceArray(entity.sortedMentions, iris: &names.evidence, into: &out)
    }
    Self.endNode(into: &out)
  }

  /// Writes `document`, which mentions the entities at positions `mentions` of `entities`.
  private func writeDocument(
    _ document: Document, id: String, mentions: [Int], of entities: [Entity], names: Names,
    into out: inout ByteOutput
  ) {
    Self.member("@id", first: true, into: &out)
    out.appendJSONQuoted(id)
    Self.member("@type", into: &out)
    out.append("\"NewsArticle\"")
    if let headline = document.headline {
      Self.member("headline", into: &out)
      out.appendJSONQuoted(headline)
    }
    if let date = document.date {
      Self.member("datePublished", into: &out)
      Self.writeTypedDate(date, into: &out)
    }
    if let source = document.source {
      Self.member("sourceLocation", into: &out)
      out.appendJSONQuoted(source)
    }
    if !mentions.isEmpty {
      Self.member("mentions", into: &out)
      out.append(byte: UInt8(ascii: "["))
      for (index, position) in mentions.enumerated() {
        if index > 0 { out.append(", ") }
        names.appendCompactEntity(entities[position].id, to: &out)
      }
      out.append(byte: UInt8(ascii: "]"))
    }
    Self.endNode(into: &out)
  }

  /// Writes the statement of `relation`, the relation at position `index`, whose statement
  /// hash is `hash`.
  private func writeStatement(
    _ relation: Relation, at index: Int, hash: UInt64, names: inout Names, into out: inout ByteOutput
  ) {
    Self.member("@id", first: true, into: &out)
    out.append(byte: UInt8(ascii: "\""))
    out.append(bytes: names.prefix)
    out.append("rel/")
    out.appendHex(hash)
    out.append(byte: UInt8(ascii: "\""))
    Self.member("@type", into: &out)
    out.append("[\"Statement\", \"Relation\"]")
    Self.member("subject", into: &out)
    names.appendCompactEntity(relation.subject, to: &out)
    Self.member("predicate", into: &out)
    out.appendJSONQuoted(names.select(relation.predicate, ofRelationAt: index).compact)
    Self.member("object", into: &out)
    names.appendCompactEntity(relation.object, to: &out)
    Self.member("confidence", into: &out)
    out.append(byte: UInt8(ascii: "\""))
    out.appendDecimal(relation.confidence, digits: options.confidenceDigits)
    out.append(byte: UInt8(ascii: "\""))
    if !relation.sources.isEmpty {
      Self.member("rule", into: &out)
      Self.stringArray(relation.sources.sorted(), into: &out)
    }
    if let role = relation.attributes["roleName"] {
      Self.member("roleName", into: &out)
      out.appendJSONQuoted(role)
    }
    if !relation.attributes.isEmpty {
      let id = options.scheme.prefix + ":" + options.scheme.statementPath(relation.key)
      Self.member("attribute", into: &out)
      out.append("[\n")
      for (index, attribute) in relation.attributes.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { out.append(",\n") }
        out.append("        {\"@id\": ")
        out.appendJSONQuoted(id + "/attribute/" + IRIScheme.encode(attribute.key, keepSlash: false))
        out.append(", \"attributeName\": ")
        out.appendJSONQuoted(attribute.key)
        out.append(", \"attributeValue\": ")
        out.appendJSONQuoted(attribute.value)
        out.append(byte: UInt8(ascii: "}"))
      }
      out.append("\n      ]")
    }
    if !relation.evidence.isEmpty {
      Self.member("evidence", into: &out)
      writeEvidenceArray(
        relation.evidence.count == 1 ? Array(relation.evidence) : relation.sortedEvidence, iris: &names.evidence,
        into: &out)
    }
    Self.endNode(into: &out)
  }

  /// A non-empty array of evidence nodes at indent 6, one node per line at indent 8.
  private func writeEvidenceArray(
    _ evidence: [Evidence], iris: inout EvidenceIRIs, into out: inout ByteOutput
  ) {
    out.append("[\n")
    for (index, item) in evidence.enumerated() {
      if index > 0 { out.append(",\n") }
      iris.select(item.documentID, scheme: options.scheme)
      writeEvidence(item, iris: iris, into: &out)
    }
    out.append("\n      ]")
  }

  /// One evidence node at indent 8 (members at 10, selectors at 12).
  ///
  /// The node's `@id`, `kg:ev/{document}/{start}-{end}`, is written once and copied for the
  /// two selectors, as are the offsets for the position selector.
  private func writeEvidence(_ evidence: Evidence, iris: EvidenceIRIs, into out: inout ByteOutput) {
    out.append("        {\n          \"@id\": \"")
    let idStart = out.count
    out.append(bytes: iris.evidencePrefix)
    let startDigits = out.count
    out.append(evidence.start)
    let endDigits = out.count + 1
    out.append(byte: UInt8(ascii: "-"))
    out.append(evidence.end)
    let idEnd = out.count
    // `",` then `@type` and `source` up to the sentence index.
    out.append(bytes: iris.sourceMembers)
    out.append(evidence.sentenceIndex)
    out.append(",\n          \"selector\": [\n            {\n              \"@id\": \"")
    out.appendCopy(from: idStart, to: idEnd)
    out.append("/position\",\n              \"@type\": \"TextPositionSelector\",\n              \"start\": ")
    out.appendCopy(from: startDigits, to: endDigits - 1)
    out.append(",\n              \"end\": ")
    out.appendCopy(from: endDigits, to: idEnd)
    out.append(",\n              \"offsetUnit\": \"unicode-scalar\"\n            },\n            {\"@id\": \"")
    out.appendCopy(from: idStart, to: idEnd)
    out.append("/quote\", \"@type\": \"TextQuoteSelector\", \"exact\": \"")
    out.appendJSONEscaped(evidence.quote)
    out.append("\"}\n          ]\n        }")
  }

  /// The IRIs evidence nodes of one document share, made once per document: the evidence
  /// of a merged graph's entities and relations switches between documents all the time.
  private struct EvidenceIRIs {
    var documentID: String?
    /// `kg:ev/{document}/`, escaped for JSON: evidence IDs write it three times a node.
    var evidencePrefix: [UInt8] = []
    /// What follows an evidence node's `@id` up to its sentence index: the closing quote,
    /// `@type` and the `source`, `kg:doc/{document}`.
    var sourceMembers: [UInt8] = []
    /// The bytes of every document seen so far.
    private var made: [String: (evidencePrefix: [UInt8], sourceMembers: [UInt8])] = [:]

    mutating func select(_ id: String, scheme: IRIScheme) {
      guard id != documentID else { return }
      documentID = id
      if let iris = made[id] {
        (evidencePrefix, sourceMembers) = iris
        return
      }
      var prefix = ByteOutput()
      prefix.appendJSONEscaped(scheme.prefix + ":ev/" + IRIScheme.encode(id, keepSlash: false) + "/")
      evidencePrefix = prefix.bytes
      var members = ByteOutput()
      members.append("\",\n          \"@type\": \"SpecificResource\",\n          \"source\": ")
      members.appendJSONQuoted(scheme.prefix + ":" + scheme.documentPath(id))
      members.append(",\n          \"sentenceIndex\": ")
      sourceMembers = members.bytes
      made[id] = (evidencePrefix, sourceMembers)
    }
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

