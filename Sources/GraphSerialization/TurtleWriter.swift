public import KnowledgeGraphCore

/// Writes a knowledge graph as Turtle: the same triples as the JSON-LD output, one block per
/// node, vocabulary terms abbreviated with prefixes and node IRIs written in full.
public struct TurtleWriter: GraphWriter {
  /// The IRI and provenance choices, shared with ``JSONLDWriter``.
  public var options: JSONLDWriter.Options

  /// A writer with `options`.
  public init(options: JSONLDWriter.Options = JSONLDWriter.Options()) {
    self.options = options
  }

  private static let prefixes: [(String, String)] = [
    ("kgv", Namespace.kgv), ("schema", Namespace.schema), ("rdf", Namespace.rdf),
    ("xsd", Namespace.xsd), ("oa", Namespace.oa), ("prov", Namespace.prov),
  ]

  /// Streams the Turtle text for `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure) {
    var out = ByteOutput()
    let rdf = RDFTriples(options: options)
    var header = ""
    for (name, iri) in Self.prefixes { header += "@prefix \(name): <\(iri)> .\n" }
    out.append(header + "\n")
    try out.flushIfFull(to: &sink)
    let contents = graph.sortedContents()
    let entities = contents.entities
    let relations = Array(contents.relations)
    let mentioned = RDFTriples.mentionsByDocument(entities, relations)
    var bySubject: [EntityID: [Relation]] = [:]
    for relation in relations { bySubject[relation.subject, default: []].append(relation) }

    for document in graph.documents {
      appendBlock(to: &out, rdf.description(of: document, mentions: (mentioned[document.id] ?? []).sorted()))
      try out.flushIfFull(to: &sink)
    }
    for entity in entities {
      var triples = rdf.description(of: entity)
      triples += (bySubject[entity.id] ?? []).map(rdf.assertion)
      var evidence: [RDFTriple] = []
      if options.includesMentions {
        for mention in entity.sortedMentions { evidence += rdf.mention(of: entity, mention) }
      }
      appendBlock(to: &out, triples + evidence)
      try out.flushIfFull(to: &sink)
    }
    for relation in relations {
      var triples = rdf.statement(of: relation)
      for evidence in relation.sortedEvidence { triples += rdf.statementEvidence(of: relation, evidence) }
      appendBlock(to: &out, triples)
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  /// Appends triples grouped by subject, in first-seen order, as Turtle blocks.
  ///
  /// A block holds one node and the few evidence nodes hanging off it, so subjects are
  /// grouped with a linear search; a triple repeated in two blocks (shared evidence) is
  /// legal Turtle and denotes one triple.
  private func appendBlock(to out: inout ByteOutput, _ triples: [RDFTriple]) {
    var subjects: [String] = []
    var groups: [[Int]] = []
    for (index, triple) in triples.enumerated() {
      if let position = subjects.lastIndex(of: triple.subject) {
        groups[position].append(index)
      } else {
        subjects.append(triple.subject)
        groups.append([index])
      }
    }
    for (subject, group) in zip(subjects, groups) {
      out.appendIRIRef(subject)
      var seen: [RDFTriple] = []
      var first = true
      for index in group {
        let triple = triples[index]
        if seen.contains(triple) { continue }
        seen.append(triple)
        out.append(first ? " " : " ;\n    ")
        first = false
        out.append(predicate(triple.predicate))
        out.append(byte: 0x20)
        out.append(object(triple.object))
      }
      out.append(" .\n\n")
    }
  }

  private func predicate(_ iri: String) -> String {
    if let known = Self.knownPredicates[iri] { return known }
    return abbreviated(iri) ?? RDFText.iri(iri)
  }

  /// Abbreviations of the predicates kg-export writes, computed once.
  private static let knownPredicates: [String: String] = {
    var table: [String: String] = [IRI.rdf_type: "a"]
    let writer = TurtleWriter()
    let candidates = [
      IRI.schema_name, IRI.schema_alternateName, IRI.schema_startDate, IRI.schema_endDate,
      IRI.schema_duration, IRI.schema_sameAs, IRI.schema_headline, IRI.schema_datePublished,
      IRI.schema_mentions, IRI.schema_roleName, IRI.kgv_organizationType, IRI.kgv_placeType,
      IRI.kgv_eventType, IRI.kgv_mention, IRI.kgv_sourceLocation, IRI.kgv_confidence,
      IRI.kgv_rule, IRI.kgv_attribute, IRI.kgv_attributeName, IRI.kgv_attributeValue,
      IRI.kgv_sentenceIndex, IRI.kgv_offsetUnit, IRI.oa_hasSource, IRI.oa_hasSelector,
      IRI.oa_start, IRI.oa_end, IRI.oa_exact, IRI.prov_wasDerivedFrom, IRI.rdf_subject,
      IRI.rdf_predicate, IRI.rdf_object,
    ] + RelationVocabulary.standard.definitions.flatMap {
      [IRIScheme.predicate($0.predicate, preferSchemaOrg: true), IRIScheme.predicate($0.predicate, preferSchemaOrg: false)]
    }
    for iri in candidates where table[iri] == nil {
      table[iri] = writer.abbreviated(iri) ?? RDFText.iri(iri)
    }
    return table
  }()

  private func object(_ object: RDFObject) -> String {
    switch object {
    case .iri(let iri):
      return iri.hasPrefix(Namespace.schema) || iri.hasPrefix(Namespace.kgv) || iri.hasPrefix(Namespace.oa)
        || iri.hasPrefix(Namespace.rdf) ? abbreviated(iri) ?? RDFText.iri(iri) : RDFText.iri(iri)
    case .literal(let text, let datatype):
      guard let datatype else { return RDFText.quoted(text) }
      return RDFText.quoted(text) + "^^" + (abbreviated(datatype) ?? RDFText.iri(datatype))
    }
  }

  /// `prefix:local` when `local` is a plain name Turtle accepts without escapes.
  private func abbreviated(_ iri: String) -> String? {
    for (name, namespace) in Self.prefixes where iri.hasPrefix(namespace) {
      let local = iri.dropFirst(namespace.count)
      guard let first = local.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
        local.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
      else { return nil }
      return name + ":" + local
    }
    return nil
  }
}
