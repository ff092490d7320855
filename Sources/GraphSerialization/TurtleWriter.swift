public import KnowledgeGraphCore

/// Writes a knowledge graph as Turtle: the same triples as the JSON-LD output, one block per
/// node, vocabulary terms abbreviated with prefixes and node IRIs written in full.
public struct TurtleWriter: Sendable {
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

  /// Returns the Turtle text for `graph`.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }

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
    let entities = graph.entities
    let relations = graph.relations
    let mentioned = RDFTriples.mentionsByDocument(entities, relations)
    var bySubject: [EntityID: [Relation]] = [:]
    for relation in relations { bySubject[relation.subject, default: []].append(relation) }

    for document in graph.documents {
      out.append(block(rdf.description(of: document, mentions: (mentioned[document.id] ?? []).sorted())))
      try out.flushIfFull(to: &sink)
    }
    for entity in entities {
      var triples = rdf.description(of: entity)
      triples += (bySubject[entity.id] ?? []).map(rdf.assertion)
      var evidence: [RDFTriple] = []
      if options.includesMentions {
        for mention in entity.sortedMentions { evidence += rdf.mention(of: entity, mention) }
      }
      out.append(block(triples + evidence))
      try out.flushIfFull(to: &sink)
    }
    for relation in relations {
      var triples = rdf.statement(of: relation)
      for evidence in relation.sortedEvidence { triples += rdf.statementEvidence(of: relation, evidence) }
      out.append(block(triples))
      try out.flushIfFull(to: &sink)
    }
    try out.flush(to: &sink)
  }

  /// Triples grouped by subject, in first-seen order, as Turtle blocks.
  private func block(_ triples: [RDFTriple]) -> String {
    var order: [String] = []
    var grouped: [String: [RDFTriple]] = [:]
    var seen: Set<RDFTriple> = []
    for triple in triples where seen.insert(triple).inserted {
      if grouped[triple.subject] == nil { order.append(triple.subject) }
      grouped[triple.subject, default: []].append(triple)
    }
    var text = ""
    for subject in order {
      guard let group = grouped[subject] else { continue }
      text += RDFText.iri(subject)
      for (index, triple) in group.enumerated() {
        text += index == 0 ? " " : " ;\n    "
        text += predicate(triple.predicate) + " " + object(triple.object)
      }
      text += " .\n\n"
    }
    return text
  }

  private func predicate(_ iri: String) -> String {
    iri == Namespace.rdf + "type" ? "a" : abbreviated(iri) ?? RDFText.iri(iri)
  }

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
