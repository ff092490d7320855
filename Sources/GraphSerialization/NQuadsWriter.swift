public import KnowledgeGraphCore

/// Writes a knowledge graph as N-Quads, with one named graph per document.
///
/// The triples are those of the JSON-LD output. Each document's graph (named by the
/// document's IRI) holds its `NewsArticle` node, the descriptions of the entities it mentions,
/// and the relations, statements and evidence it supports; everything no document supports
/// goes in the default graph. The union of all graphs is the JSON-LD graph.
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
    let rdf = RDFTriples(options: options)
    let entities = graph.entities
    let relations = graph.relations
    let mentioned = RDFTriples.mentionsByDocument(entities, relations)
    var documentsOf: [EntityID: Set<String>] = [:]
    for (document, ids) in mentioned {
      for id in ids { documentsOf[id, default: []].insert(document) }
    }
    var out = ByteOutput()
    var graphSuffixes: [String: [UInt8]] = [:]
    func emit(_ triples: [RDFTriple], in graphs: [String?]) throws(Sink.Failure) {
      for graphName in graphs {
        var suffix: [UInt8] = Array(" .\n".utf8)
        if let graphName {
          if let cached = graphSuffixes[graphName] {
            suffix = cached
          } else {
            var name = ByteOutput()
            name.append(byte: 0x20)
            name.appendIRIRef(options.scheme.document(graphName))
            name.append(" .\n")
            suffix = name.bytes
            graphSuffixes[graphName] = suffix
          }
        }
        for triple in triples {
          out.appendIRIRef(triple.subject)
          out.append(byte: 0x20)
          out.appendIRIRef(triple.predicate)
          out.append(byte: 0x20)
          out.appendRDFObject(triple.object)
          out.append(bytes: suffix)
        }
      }
      try out.flushIfFull(to: &sink)
    }
    for document in graph.documents {
      try emit(rdf.description(of: document, mentions: (mentioned[document.id] ?? []).sorted()), in: [document.id])
    }
    for entity in entities {
      let documents = (documentsOf[entity.id] ?? []).sorted()
      try emit(rdf.description(of: entity), in: documents.isEmpty ? [nil] : documents)
      if options.includesMentions {
        for evidence in entity.sortedMentions {
          try emit(rdf.mention(of: entity, evidence), in: [evidence.documentID])
        }
      }
    }
    for relation in relations {
      let documents = Set(relation.evidence.map(\.documentID)).sorted()
      let graphs: [String?] = documents.isEmpty ? [nil] : documents
      try emit([rdf.assertion(of: relation)] + rdf.statement(of: relation), in: graphs)
      for evidence in relation.sortedEvidence {
        try emit(rdf.statementEvidence(of: relation, evidence), in: [evidence.documentID])
      }
    }
    try out.flush(to: &sink)
  }
}
