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

    let mentioned = RDFTriples.mentionsByDocument(entities, relations)

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
    var evidenceIRIs = EvidenceIRIs()
    for (position, entry) in items.enumerated() {
      out.append(position == 0 ? "\n    " : ",\n    ")
      switch entry.item {
      case .entity(let index):
        let range = relationsBySubject[entities[index].id] ?? 0..<0
        writeEntity(
          entities[index], id: entry.key, relations: relations[range], context: context,
          evidenceIRIs: &evidenceIRIs, into: &out)
      case .document(let index):
        writeDocument(
          documents[index], id: entry.key, mentions: mentioned[documents[index].id] ?? [], into: &out)
      case .statement(let index):
        writeStatement(
          relations[index], id: entry.key, context: context, evidenceIRIs: &evidenceIRIs, into: &out)
      }
      try out.flushIfFull(to: &sink)
    }
    out.append(items.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    try out.flush(to: &sink)
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
    _ entity: Entity, id: String, relations: ArraySlice<Relation>, context: JSONLDContext,
    evidenceIRIs: inout EvidenceIRIs, into out: inout ByteOutput
  ) {
    let scheme = options.scheme
    Self.member("@id", first: true, into: &out)
    out.appendJSONQuoted(id)
    Self.member("@type", into: &out)
    out.appendJSONQuoted(SchemaOrgTypes.className(for: entity))
    Self.member("name", into: &out)
    out.appendJSONQuoted(entity.name)
    if !entity.aliases.isEmpty {
      Self.member("alternateName", into: &out)
      Self.stringArray(entity.aliases.sorted(), into: &out)
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
    var index = relations.startIndex
    while index < relations.endIndex {
      let predicate = relations[index].predicate
      let isTerm = predicate.definition != nil
      Self.member(dynamic: context.key(for: predicate), into: &out)
      if isTerm {
        // Plain strings: one line.
        out.append(byte: UInt8(ascii: "["))
        var first = true
        while index < relations.endIndex, relations[index].predicate == predicate {
          if !first { out.append(", ") }
          first = false
          out.appendJSONQuoted(scheme.compactEntity(relations[index].object))
          index += 1
        }
        out.append(byte: UInt8(ascii: "]"))
      } else {
        // `{"@id": …}` objects: one per line, each on one line.
        out.append("[\n")
        var first = true
        while index < relations.endIndex, relations[index].predicate == predicate {
          if !first { out.append(",\n") }
          first = false
          out.append("        {\"@id\": ")
          out.appendJSONQuoted(scheme.compactEntity(relations[index].object))
          out.append(byte: UInt8(ascii: "}"))
          index += 1
        }
        out.append("\n      ]")
      }
    }
    if options.includesMentions, !entity.mentions.isEmpty {
      Self.member("mention", into: &out)
      writeEvidenceArray(entity.sortedMentions, iris: &evidenceIRIs, into: &out)
    }
    Self.endNode(into: &out)
  }

  private func writeDocument(
    _ document: Document, id: String, mentions: Set<EntityID>, into out: inout ByteOutput
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
      Self.stringArray(mentions.sorted().map { options.scheme.compactEntity($0) }, into: &out)
    }
    Self.endNode(into: &out)
  }

  private func writeStatement(
    _ relation: Relation, id: String, context: JSONLDContext, evidenceIRIs: inout EvidenceIRIs,
    into out: inout ByteOutput
  ) {
    let scheme = options.scheme
    Self.member("@id", first: true, into: &out)
    out.appendJSONQuoted(id)
    Self.member("@type", into: &out)
    out.append("[\"Statement\", \"Relation\"]")
    Self.member("subject", into: &out)
    out.appendJSONQuoted(scheme.compactEntity(relation.subject))
    Self.member("predicate", into: &out)
    out.appendJSONQuoted(context.compactPredicate(relation.predicate))
    Self.member("object", into: &out)
    out.appendJSONQuoted(scheme.compactEntity(relation.object))
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
      writeEvidenceArray(relation.sortedEvidence, iris: &evidenceIRIs, into: &out)
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
  private func writeEvidence(_ evidence: Evidence, iris: EvidenceIRIs, into out: inout ByteOutput) {
    // The node's `@id`, `kg:ev/{document}/{start}-{end}`, without its closing quote.
    func appendID() {
      out.append(byte: UInt8(ascii: "\""))
      out.appendJSONEscaped(iris.evidencePrefix)
      out.append(evidence.start)
      out.append(byte: UInt8(ascii: "-"))
      out.append(evidence.end)
    }
    out.append("        {\n          \"@id\": ")
    appendID()
    out.append(byte: UInt8(ascii: "\""))
    out.append(",\n          \"@type\": \"SpecificResource\",\n          \"source\": ")
    out.appendJSONQuoted(iris.source)
    out.append(",\n          \"sentenceIndex\": ")
    out.append(evidence.sentenceIndex)
    out.append(",\n          \"selector\": [\n            {\n              \"@id\": ")
    appendID()
    out.append("/position\"")
    out.append(",\n              \"@type\": \"TextPositionSelector\",\n              \"start\": ")
    out.append(evidence.start)
    out.append(",\n              \"end\": ")
    out.append(evidence.end)
    out.append(",\n              \"offsetUnit\": \"unicode-scalar\"\n            },\n")
    out.append("            {\"@id\": ")
    appendID()
    out.append("/quote\"")
    out.append(", \"@type\": \"TextQuoteSelector\", \"exact\": ")
    out.appendJSONQuoted(evidence.quote)
    out.append("}\n          ]\n        }")
  }

  /// The IRIs evidence nodes of one document share, kept while consecutive evidence comes
  /// from the same document.
  private struct EvidenceIRIs {
    var documentID: String?
    /// `kg:ev/{document}/`.
    var evidencePrefix = ""
    /// `kg:doc/{document}`.
    var source = ""

    mutating func select(_ id: String, scheme: IRIScheme) {
      guard id != documentID else { return }
      documentID = id
      evidencePrefix = scheme.prefix + ":ev/" + IRIScheme.encode(id, keepSlash: false) + "/"
      source = scheme.prefix + ":" + scheme.documentPath(id)
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

