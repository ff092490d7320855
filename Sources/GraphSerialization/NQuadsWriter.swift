public import KnowledgeGraphCore

/// Writes a knowledge graph as N-Quads, with one named graph per document.
///
/// The triples are those of the JSON-LD output (``RDFTriples`` lists them). Each document's
/// graph (named by the document's IRI) holds its `NewsArticle` node, the descriptions of the
/// entities it mentions, and the relations, statements and evidence it supports; everything no
/// document supports goes in the default graph. The union of all graphs is the JSON-LD graph.
///
/// Quads are written straight into the output buffer, term by term, without building strings
/// or triples: a node described in several graphs is written once into a scratch buffer and
/// copied once per graph.
public struct NQuadsWriter: GraphWriter {
  /// The IRI and provenance choices, shared with ``JSONLDWriter``.
  public var options: JSONLDWriter.Options

  /// A writer with `options`.
  public init(options: JSONLDWriter.Options = JSONLDWriter.Options()) {
    self.options = options
  }

  /// Streams the N-Quads text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    let contents = graph.sortedContents()
    let entities = contents.entities
    let relations = contents.relations
    var quads = QuadEncoder(options: options)

    // Every document named by the graph or its evidence, ranked in identifier order, and for
    // each entity the documents that mention it (through mentions or relation evidence).
    var documentIDs = Set(contents.documents.map(\.id))
    for entity in entities { for evidence in entity.mentions { documentIDs.insert(evidence.documentID) } }
    for relation in relations { for evidence in relation.evidence { documentIDs.insert(evidence.documentID) } }
    let sortedDocumentIDs = documentIDs.sorted()
    var documentRank: [String: Int] = [:]
    documentRank.reserveCapacity(sortedDocumentIDs.count)
    for (rank, id) in sortedDocumentIDs.enumerated() { documentRank[id] = rank }
    var documentsOf = [[Int]](repeating: [], count: entities.count)
    for (position, entity) in entities.enumerated() {
      for evidence in entity.mentions { documentsOf[position].append(documentRank[evidence.documentID] ?? 0) }
    }
    for index in relations.indices {
      for evidence in relations[index].evidence {
        let rank = documentRank[evidence.documentID] ?? 0
        documentsOf[contents.subjectPositions[index]].append(rank)
        documentsOf[contents.objectPositions[index]].append(rank)
      }
    }
    var mentionedIn = [[Int]](repeating: [], count: sortedDocumentIDs.count)
    for position in documentsOf.indices {
      documentsOf[position] = Self.sortedUnique(documentsOf[position])
      for rank in documentsOf[position] { mentionedIn[rank].append(position) }
    }
    let graphSuffixes = sortedDocumentIDs.map { quads.graphSuffix($0) }

    for document in contents.documents {
      let rank = documentRank[document.id] ?? 0
      quads.startBlock()
      quads.describe(document, mentions: mentionedIn[rank].lazy.map { entities[$0].id })
      quads.endBlock(in: graphSuffixes[rank...rank])
      try quads.out.flushIfFull(to: &sink)
    }
    for (position, entity) in entities.enumerated() {
      quads.startBlock()
      quads.describe(entity)
      let documents = documentsOf[position]
      if documents.isEmpty {
        quads.endBlockInDefaultGraph()
      } else {
        quads.endBlock(in: documents.lazy.map { graphSuffixes[$0] })
      }
      if options.includesMentions {
        for evidence in entity.sortedMentions { quads.mention(of: entity, evidence) }
      }
      try quads.out.flushIfFull(to: &sink)
    }
    for index in relations.indices {
      let relation = relations[index]
      quads.startBlock()
      quads.describe(relation)
      if relation.evidence.isEmpty {
        quads.endBlockInDefaultGraph()
      } else if relation.evidence.count == 1, let evidence = relation.evidence.first {
        let rank = documentRank[evidence.documentID] ?? 0
        quads.endBlock(in: graphSuffixes[rank...rank])
      } else {
        let documents = Self.sortedUnique(relation.evidence.map { documentRank[$0.documentID] ?? 0 })
        quads.endBlock(in: documents.lazy.map { graphSuffixes[$0] })
      }
      if relation.evidence.count == 1, let evidence = relation.evidence.first {
        quads.statementEvidence(evidence)
      } else {
        for evidence in relation.sortedEvidence { quads.statementEvidence(evidence) }
      }
      try quads.out.flushIfFull(to: &sink)
    }
    try quads.out.flush(to: &sink)
  }

  private static func sortedUnique(_ values: [Int]) -> [Int] {
    guard values.count > 1 else { return values }
    var result = values.sorted()
    var kept = 1
    for index in 1..<result.count where result[index] != result[kept - 1] {
      result[kept] = result[index]
      kept += 1
    }
    result.removeLast(result.count - kept)
    return result
  }
}

/// Writes the quads of ``RDFTriples`` as N-Quads lines, term by term.
///
/// Subject, predicate and object of a line are written into ``block``, with the end of each
/// line recorded, and the block is then copied into ``out`` once per graph with the graph's
/// suffix; evidence, which belongs to one graph, is written into ``out`` directly.
private struct QuadEncoder {
  var out = ByteOutput(capacity: ByteOutput.chunkSize + 16_384)
  private var block = ByteOutput(capacity: 4096)
  private var lineEnds: [Int] = []
  /// `<` and the base IRI, escaped.
  private let base: [UInt8]
  private let scheme: IRIScheme
  private let preferSchemaOrg: Bool
  private let confidenceDigits: Int
  private let terms = Terms()
  /// The relation predicate last written, with its IRI in angle brackets.
  private var predicate: (Relation.Predicate, [UInt8])?
  /// The current statement's IRI, without `<` and `>`.
  private var statement = ByteOutput(capacity: 128)
  /// The current evidence node's IRI and its document's, without `<` and `>`.
  private var evidence = ByteOutput(capacity: 128)
  private var document = ByteOutput(capacity: 128)

  init(options: JSONLDWriter.Options) {
    scheme = options.scheme
    preferSchemaOrg = options.prefersSchemaOrgProperties
    confidenceDigits = options.confidenceDigits
    var escaped = ByteOutput()
    escaped.append(byte: UInt8(ascii: "<"))
    escaped.appendIRIContent(options.scheme.base)
    base = escaped.bytes
  }

  /// IRIs in angle brackets, written once.
  private struct Terms {
    static func ref(_ iri: String) -> [UInt8] {
      var bytes = ByteOutput()
      bytes.appendIRIRef(iri)
      return bytes.bytes
    }
    let type = ref(IRI.rdf_type)
    let name = ref(IRI.schema_name)
    let alternateName = ref(IRI.schema_alternateName)
    let organizationType = ref(IRI.kgv_organizationType)
    let placeType = ref(IRI.kgv_placeType)
    let eventType = ref(IRI.kgv_eventType)
    let startDate = ref(IRI.schema_startDate)
    let endDate = ref(IRI.schema_endDate)
    let duration = ref(IRI.schema_duration)
    let sameAs = ref(IRI.schema_sameAs)
    let mention = ref(IRI.kgv_mention)
    let newsArticle = ref(IRI.schema_NewsArticle)
    let headline = ref(IRI.schema_headline)
    let datePublished = ref(IRI.schema_datePublished)
    let sourceLocation = ref(IRI.kgv_sourceLocation)
    let mentions = ref(IRI.schema_mentions)
    let statementClass = ref(IRI.rdf_Statement)
    let relationClass = ref(IRI.kgv_Relation)
    let subject = ref(IRI.rdf_subject)
    let predicate = ref(IRI.rdf_predicate)
    let object = ref(IRI.rdf_object)
    let confidence = ref(IRI.kgv_confidence)
    let rule = ref(IRI.kgv_rule)
    let roleName = ref(IRI.schema_roleName)
    let attribute = ref(IRI.kgv_attribute)
    let attributeName = ref(IRI.kgv_attributeName)
    let attributeValue = ref(IRI.kgv_attributeValue)
    let wasDerivedFrom = ref(IRI.prov_wasDerivedFrom)
    let specificResource = ref(IRI.oa_SpecificResource)
    let hasSource = ref(IRI.oa_hasSource)
    let sentenceIndex = ref(IRI.kgv_sentenceIndex)
    let hasSelector = ref(IRI.oa_hasSelector)
    let textPositionSelector = ref(IRI.oa_TextPositionSelector)
    let start = ref(IRI.oa_start)
    let end = ref(IRI.oa_end)
    let offsetUnit = ref(IRI.kgv_offsetUnit)
    let textQuoteSelector = ref(IRI.oa_TextQuoteSelector)
    let exact = ref(IRI.oa_exact)
    let nonNegative = ref(IRI.xsd_nonNegativeInteger)
    let decimal = ref(IRI.xsd_decimal)
    let xsdDuration = ref(IRI.xsd_duration)
  }

  // MARK: Lines

  mutating func startBlock() {
    block.removeAll()
    lineEnds.removeAll(keepingCapacity: true)
  }

  /// Copies the block into ``out`` once per graph, in order.
  mutating func endBlock(in suffixes: some Sequence<[UInt8]>) {
    for suffix in suffixes {
      var start = 0
      for end in lineEnds {
        out.append(block, from: start, to: end)
        out.append(bytes: suffix)
        start = end
      }
    }
  }

  mutating func endBlockInDefaultGraph() {
    endBlock(in: CollectionOfOne(Array(" .\n".utf8)))
  }

  /// ` <document IRI> .` and a line break.
  func graphSuffix(_ documentID: String) -> [UInt8] {
    var suffix = ByteOutput()
    suffix.append(byte: 0x20)
    suffix.append(bytes: base)
    suffix.append("doc/")
    suffix.appendIRIPath(documentID, keepSlash: false)
    suffix.append("> .\n")
    return suffix.bytes
  }

  // MARK: Terms, into the block

  private mutating func entity(_ id: EntityID) {
    block.append(bytes: base)
    block.appendIRIPath(id.rawValue, keepSlash: true)
    block.append(byte: UInt8(ascii: ">"))
  }

  private mutating func line(_ predicate: [UInt8]) {
    block.append(byte: 0x20)
    block.append(bytes: predicate)
    block.append(byte: 0x20)
  }

  private mutating func literal(_ text: String) {
    block.appendRDFQuoted(text)
    lineEnds.append(block.count)
  }

  private mutating func literal(_ text: String, datatype: [UInt8]) {
    block.appendRDFQuoted(text)
    block.append("^^")
    block.append(bytes: datatype)
    lineEnds.append(block.count)
  }

  private mutating func objectIRI(_ iri: [UInt8]) {
    block.append(bytes: iri)
    lineEnds.append(block.count)
  }

  private mutating func date(_ date: PartialDate) {
    block.appendRDFQuoted(date.description)
    block.append("^^")
    block.appendIRIRef(Namespace.xsd + date.xsdType)
    lineEnds.append(block.count)
  }

  // MARK: Nodes

  /// A document's `NewsArticle` node (``RDFTriples/description(of:mentions:)``).
  mutating func describe(_ document: Document, mentions: some Sequence<EntityID>) {
    func subject(_ encoder: inout QuadEncoder) {
      encoder.block.append(bytes: encoder.base)
      encoder.block.append("doc/")
      encoder.block.appendIRIPath(document.id, keepSlash: false)
      encoder.block.append(byte: UInt8(ascii: ">"))
    }
    subject(&self)
    line(terms.type)
    objectIRI(terms.newsArticle)
    if let headline = document.headline {
      subject(&self)
      line(terms.headline)
      literal(headline)
    }
    if let date = document.date {
      subject(&self)
      line(terms.datePublished)
      self.date(date)
    }
    if let source = document.source {
      subject(&self)
      line(terms.sourceLocation)
      literal(source)
    }
    for id in mentions {
      subject(&self)
      line(terms.mentions)
      entity(id)
      lineEnds.append(block.count)
    }
  }

  /// What an entity node says about itself (``RDFTriples/description(of:)-(Entity)``).
  mutating func describe(_ entity: Entity) {
    let id = entity.id
    self.entity(id)
    line(terms.type)
    block.append(byte: UInt8(ascii: "<"))
    block.appendIRIContent(Namespace.schema)
    block.appendIRIContent(SchemaOrgTypes.className(for: entity))
    block.append(byte: UInt8(ascii: ">"))
    lineEnds.append(block.count)
    self.entity(id)
    line(terms.name)
    literal(entity.name)
    let aliases = entity.aliases
    if aliases.count == 1, let alias = aliases.first {
      self.entity(id)
      line(terms.alternateName)
      literal(alias)
    } else {
      for alias in aliases.sorted() {
        self.entity(id)
        line(terms.alternateName)
        literal(alias)
      }
    }
    if let type = entity.organizationType {
      self.entity(id)
      line(terms.organizationType)
      literal(type.rawValue)
    }
    if let type = entity.placeType {
      self.entity(id)
      line(terms.placeType)
      literal(type.rawValue)
    }
    if let type = entity.eventType {
      self.entity(id)
      line(terms.eventType)
      literal(type.rawValue)
    }
    if let date = entity.date {
      self.entity(id)
      line(terms.startDate)
      self.date(date)
    }
    if let date = entity.endDate {
      self.entity(id)
      line(terms.endDate)
      self.date(date)
    }
    if let duration = entity.duration {
      self.entity(id)
      line(terms.duration)
      literal(duration, datatype: terms.xsdDuration)
    }
    for iri in entity.sameAs.sorted() {
      self.entity(id)
      line(terms.sameAs)
      block.appendIRIRef(iri)
      lineEnds.append(block.count)
    }
  }

  /// The direct triple and the statement node of a relation, without its evidence
  /// (``RDFTriples/assertion(of:)`` and ``RDFTriples/statement(of:)``).
  mutating func describe(_ relation: Relation) {
    if predicate?.0 != relation.predicate {
      predicate = (relation.predicate, Terms.ref(IRIScheme.predicate(relation.predicate, preferSchemaOrg: preferSchemaOrg)))
    }
    let predicateIRI = predicate?.1 ?? []
    entity(relation.subject)
    block.append(byte: 0x20)
    block.append(bytes: predicateIRI)
    block.append(byte: 0x20)
    entity(relation.object)
    lineEnds.append(block.count)

    statement.removeAll()
    statement.append(bytes: base)
    statement.appendStatementPath(relation)
    func subject(_ encoder: inout QuadEncoder) {
      encoder.block.append(encoder.statement)
      encoder.block.append(byte: UInt8(ascii: ">"))
    }
    subject(&self)
    line(terms.type)
    objectIRI(terms.statementClass)
    subject(&self)
    line(terms.type)
    objectIRI(terms.relationClass)
    subject(&self)
    line(terms.subject)
    entity(relation.subject)
    lineEnds.append(block.count)
    subject(&self)
    line(terms.predicate)
    objectIRI(predicateIRI)
    subject(&self)
    line(terms.object)
    entity(relation.object)
    lineEnds.append(block.count)
    subject(&self)
    line(terms.confidence)
    block.append(byte: UInt8(ascii: "\""))
    block.appendDecimal(relation.confidence, digits: confidenceDigits)
    block.append("\"^^")
    block.append(bytes: terms.decimal)
    lineEnds.append(block.count)
    let sources = relation.sources
    if sources.count == 1, let rule = sources.first {
      subject(&self)
      line(terms.rule)
      literal(rule)
    } else {
      for rule in sources.sorted() {
        subject(&self)
        line(terms.rule)
        literal(rule)
      }
    }
    guard !relation.attributes.isEmpty else { return }
    if let role = relation.attributes["roleName"] {
      subject(&self)
      line(terms.roleName)
      literal(role)
    }
    for (name, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
      func attribute(_ encoder: inout QuadEncoder) {
        encoder.block.append(encoder.statement)
        encoder.block.append("/attribute/")
        encoder.block.appendIRIPath(name, keepSlash: false)
        encoder.block.append(byte: UInt8(ascii: ">"))
      }
      subject(&self)
      line(terms.attribute)
      attribute(&self)
      lineEnds.append(block.count)
      attribute(&self)
      line(terms.attributeName)
      literal(name)
      attribute(&self)
      line(terms.attributeValue)
      literal(value)
    }
  }

  // MARK: Evidence, straight into the output

  /// The link from an entity to one of its mentions, and the mention's evidence node
  /// (``RDFTriples/mention(of:_:)``), in the mention's document.
  mutating func mention(of entity: Entity, _ evidence: Evidence) {
    startEvidence(evidence)
    out.append(bytes: base)
    out.appendIRIPath(entity.id.rawValue, keepSlash: true)
    out.append("> ")
    out.append(bytes: terms.mention)
    out.append(byte: 0x20)
    evidenceIRI()
    graphEnd()
    evidenceNode(evidence)
  }

  /// The link from the current statement to one piece of evidence, and the evidence node
  /// (``RDFTriples/statementEvidence(of:_:)``), in the evidence's document.
  mutating func statementEvidence(_ evidence: Evidence) {
    startEvidence(evidence)
    out.append(statement)
    out.append("> ")
    out.append(bytes: terms.wasDerivedFrom)
    out.append(byte: 0x20)
    evidenceIRI()
    graphEnd()
    evidenceNode(evidence)
  }

  /// Sets ``evidence`` and ``document`` for `item`.
  private mutating func startEvidence(_ item: Evidence) {
    document.removeAll()
    document.append(bytes: base)
    document.append("doc/")
    document.appendIRIPath(item.documentID, keepSlash: false)
    evidence.removeAll()
    evidence.append(bytes: base)
    evidence.append("ev/")
    evidence.appendIRIPath(item.documentID, keepSlash: false)
    evidence.append(byte: UInt8(ascii: "/"))
    evidence.append(item.start)
    evidence.append(byte: UInt8(ascii: "-"))
    evidence.append(item.end)
  }

  private mutating func evidenceIRI(_ suffix: StaticString = "") {
    out.append(evidence)
    out.append(suffix)
    out.append(byte: UInt8(ascii: ">"))
  }

  /// ` <document IRI> .` and a line break.
  private mutating func graphEnd() {
    out.append(byte: 0x20)
    out.append(document)
    out.append("> .\n")
  }

  private mutating func evidenceLine(_ suffix: StaticString, _ predicate: [UInt8]) {
    evidenceIRI(suffix)
    out.append(byte: 0x20)
    out.append(bytes: predicate)
    out.append(byte: 0x20)
  }

  private mutating func count(_ value: Int) {
    out.append(byte: UInt8(ascii: "\""))
    out.append(value)
    out.append("\"^^")
    out.append(bytes: terms.nonNegative)
    graphEnd()
  }

  /// An evidence node with its two selectors (``RDFTriples/evidence(_:)``).
  private mutating func evidenceNode(_ item: Evidence) {
    evidenceLine("", terms.type)
    out.append(bytes: terms.specificResource)
    graphEnd()
    evidenceLine("", terms.hasSource)
    out.append(document)
    out.append(byte: UInt8(ascii: ">"))
    graphEnd()
    evidenceLine("", terms.sentenceIndex)
    count(item.sentenceIndex)
    evidenceLine("", terms.hasSelector)
    evidenceIRI("/position")
    graphEnd()
    evidenceLine("", terms.hasSelector)
    evidenceIRI("/quote")
    graphEnd()
    evidenceLine("/position", terms.type)
    out.append(bytes: terms.textPositionSelector)
    graphEnd()
    evidenceLine("/position", terms.start)
    count(item.start)
    evidenceLine("/position", terms.end)
    count(item.end)
    evidenceLine("/position", terms.offsetUnit)
    out.append("\"unicode-scalar\"")
    graphEnd()
    evidenceLine("/quote", terms.type)
    out.append(bytes: terms.textQuoteSelector)
    graphEnd()
    evidenceLine("/quote", terms.exact)
    out.appendRDFQuoted(item.quote)
    graphEnd()
  }
}
