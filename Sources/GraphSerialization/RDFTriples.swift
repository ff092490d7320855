import KnowledgeGraphCore

/// An RDF term in the object position.
enum RDFObject: Hashable {
  case iri(String)
  case literal(String, datatype: String?)
}

/// One triple; subject and predicate are absolute IRIs.
struct RDFTriple: Hashable {
  var subject: String
  var predicate: String
  var object: RDFObject
}

/// The RDF statements kg-export makes about a graph: exactly the triples a JSON-LD processor
/// reads from ``JSONLDWriter``'s output, so N-Quads, Turtle and JSON-LD describe one graph.
struct RDFTriples {
  let scheme: IRIScheme
  let preferSchemaOrg: Bool
  let includesMentions: Bool
  let confidenceDigits: Int

  init(options: JSONLDWriter.Options) {
    scheme = options.scheme
    preferSchemaOrg = options.prefersSchemaOrgProperties
    includesMentions = options.includesMentions
    confidenceDigits = options.confidenceDigits
  }

  private static let type = Namespace.rdf + "type"
  private static let nonNegative = Namespace.xsd + "nonNegativeInteger"

  /// What an entity node says about itself (without relations or mentions).
  func description(of entity: Entity) -> [RDFTriple] {
    let subject = scheme.entity(entity.id)
    var triples = [
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.schema + SchemaOrgTypes.className(for: entity))),
      RDFTriple(subject: subject, predicate: Namespace.schema + "name", object: .literal(entity.name, datatype: nil)),
    ]
    for alias in entity.aliases.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "alternateName", object: .literal(alias, datatype: nil)))
    }
    if let type = entity.organizationType {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "organizationType", object: .literal(type.rawValue, datatype: nil)))
    }
    if let type = entity.placeType {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "placeType", object: .literal(type.rawValue, datatype: nil)))
    }
    if let type = entity.eventType {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "eventType", object: .literal(type.rawValue, datatype: nil)))
    }
    if let date = entity.date {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "startDate", object: Self.date(date)))
    }
    if let date = entity.endDate {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "endDate", object: Self.date(date)))
    }
    if let duration = entity.duration {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "duration", object: .literal(duration, datatype: Namespace.xsd + "duration")))
    }
    for iri in entity.sameAs.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "sameAs", object: .iri(iri)))
    }
    return triples
  }

  /// The link from an entity to one of its mentions, and the mention's evidence node.
  func mention(of entity: Entity, _ evidence: Evidence) -> [RDFTriple] {
    [RDFTriple(subject: scheme.entity(entity.id), predicate: Namespace.kgv + "mention", object: .iri(evidenceIRI(evidence)))]
      + self.evidence(evidence)
  }

  /// The direct triple asserting a relation.
  func assertion(of relation: Relation) -> RDFTriple {
    RDFTriple(
      subject: scheme.entity(relation.subject),
      predicate: IRIScheme.predicate(relation.predicate, preferSchemaOrg: preferSchemaOrg),
      object: .iri(scheme.entity(relation.object)))
  }

  /// The statement node of a relation, without its evidence nodes.
  func statement(of relation: Relation) -> [RDFTriple] {
    let subject = scheme.statement(relation.key)
    var triples = [
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.rdf + "Statement")),
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.kgv + "Relation")),
      RDFTriple(subject: subject, predicate: Namespace.rdf + "subject", object: .iri(scheme.entity(relation.subject))),
      RDFTriple(subject: subject, predicate: Namespace.rdf + "predicate", object: .iri(IRIScheme.predicate(relation.predicate, preferSchemaOrg: preferSchemaOrg))),
      RDFTriple(subject: subject, predicate: Namespace.rdf + "object", object: .iri(scheme.entity(relation.object))),
      RDFTriple(subject: subject, predicate: Namespace.kgv + "confidence", object: .literal(JSONLDWriter.decimal(relation.confidence, digits: confidenceDigits), datatype: Namespace.xsd + "decimal")),
    ]
    for rule in relation.sources.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "rule", object: .literal(rule, datatype: nil)))
    }
    if let role = relation.attributes["roleName"] {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "roleName", object: .literal(role, datatype: nil)))
    }
    for (name, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
      let attribute = subject + "/attribute/" + IRIScheme.encode(name, keepSlash: false)
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "attribute", object: .iri(attribute)))
      triples.append(RDFTriple(subject: attribute, predicate: Namespace.kgv + "attributeName", object: .literal(name, datatype: nil)))
      triples.append(RDFTriple(subject: attribute, predicate: Namespace.kgv + "attributeValue", object: .literal(value, datatype: nil)))
    }
    return triples
  }

  /// The link from a statement to one piece of evidence, and the evidence node.
  func statementEvidence(of relation: Relation, _ evidence: Evidence) -> [RDFTriple] {
    [RDFTriple(subject: scheme.statement(relation.key), predicate: Namespace.prov + "wasDerivedFrom", object: .iri(evidenceIRI(evidence)))]
      + self.evidence(evidence)
  }

  func evidenceIRI(_ evidence: Evidence) -> String { scheme.base + scheme.evidencePath(evidence) }

  /// An evidence node with its two selectors.
  func evidence(_ evidence: Evidence) -> [RDFTriple] {
    let subject = evidenceIRI(evidence)
    let position = subject + "/position"
    let quote = subject + "/quote"
    return [
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.oa + "SpecificResource")),
      RDFTriple(subject: subject, predicate: Namespace.oa + "hasSource", object: .iri(scheme.document(evidence.documentID))),
      RDFTriple(subject: subject, predicate: Namespace.kgv + "sentenceIndex", object: .literal(String(evidence.sentenceIndex), datatype: Self.nonNegative)),
      RDFTriple(subject: subject, predicate: Namespace.oa + "hasSelector", object: .iri(position)),
      RDFTriple(subject: subject, predicate: Namespace.oa + "hasSelector", object: .iri(quote)),
      RDFTriple(subject: position, predicate: Self.type, object: .iri(Namespace.oa + "TextPositionSelector")),
      RDFTriple(subject: position, predicate: Namespace.oa + "start", object: .literal(String(evidence.start), datatype: Self.nonNegative)),
      RDFTriple(subject: position, predicate: Namespace.oa + "end", object: .literal(String(evidence.end), datatype: Self.nonNegative)),
      RDFTriple(subject: position, predicate: Namespace.kgv + "offsetUnit", object: .literal("unicode-scalar", datatype: nil)),
      RDFTriple(subject: quote, predicate: Self.type, object: .iri(Namespace.oa + "TextQuoteSelector")),
      RDFTriple(subject: quote, predicate: Namespace.oa + "exact", object: .literal(evidence.quote, datatype: nil)),
    ]
  }

  /// A document's `NewsArticle` node.
  func description(of document: Document, mentions: [EntityID]) -> [RDFTriple] {
    let subject = scheme.document(document.id)
    var triples = [RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.schema + "NewsArticle"))]
    if let headline = document.headline {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "headline", object: .literal(headline, datatype: nil)))
    }
    if let date = document.date {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "datePublished", object: Self.date(date)))
    }
    if let source = document.source {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.kgv + "sourceLocation", object: .literal(source, datatype: nil)))
    }
    for id in mentions {
      triples.append(RDFTriple(subject: subject, predicate: Namespace.schema + "mentions", object: .iri(scheme.entity(id))))
    }
    return triples
  }

  static func date(_ date: PartialDate) -> RDFObject {
    .literal(date.description, datatype: Namespace.xsd + date.xsdType)
  }

  /// For each document, the entities it mentions (through mentions or relation evidence).
  static func mentionsByDocument(_ entities: [Entity], _ relations: [Relation]) -> [String: Set<EntityID>] {
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
    return mentioned
  }
}

/// Escaping shared by N-Quads and Turtle.
enum RDFText {
  /// `text` as a double-quoted N-Triples/Turtle string: `"`, `\`, line breaks and other control
  /// characters escaped.
  static func quoted(_ text: String) -> String {
    let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
    guard needsEscaping else { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// `iri` in angle brackets; characters IRIREF forbids are percent-encoded.
  static func iri(_ iri: String) -> String {
    let forbidden = iri.unicodeScalars.contains {
      $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0)
    }
    guard forbidden else { return "<" + iri + ">" }
    var result = "<"
    for scalar in iri.unicodeScalars {
      if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
        for byte in String(scalar).utf8 {
          let hex = String(byte, radix: 16, uppercase: true)
          result += "%" + (hex.count == 1 ? "0" : "") + hex
        }
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result + ">"
  }

  static func object(_ object: RDFObject) -> String {
    switch object {
    case .iri(let value): iri(value)
    case .literal(let text, let datatype):
      datatype.map { quoted(text) + "^^" + iri($0) } ?? quoted(text)
    }
  }
}
