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

  private static let type = IRI.rdf_type
  private static let nonNegative = IRI.xsd_nonNegativeInteger

  /// What an entity node says about itself (without relations or mentions).
  func description(of entity: Entity) -> [RDFTriple] {
    let subject = scheme.entity(entity.id)
    var triples = [
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(Namespace.schema + SchemaOrgTypes.className(for: entity))),
      RDFTriple(subject: subject, predicate: IRI.schema_name, object: .literal(entity.name, datatype: nil)),
    ]
    for alias in entity.aliases.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_alternateName, object: .literal(alias, datatype: nil)))
    }
    if let type = entity.organizationType {
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_organizationType, object: .literal(type.rawValue, datatype: nil)))
    }
    if let type = entity.placeType {
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_placeType, object: .literal(type.rawValue, datatype: nil)))
    }
    if let type = entity.eventType {
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_eventType, object: .literal(type.rawValue, datatype: nil)))
    }
    if let date = entity.date {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_startDate, object: Self.date(date)))
    }
    if let date = entity.endDate {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_endDate, object: Self.date(date)))
    }
    if let duration = entity.duration {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_duration, object: .literal(duration, datatype: IRI.xsd_duration)))
    }
    for iri in entity.sameAs.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_sameAs, object: .iri(iri)))
    }
    return triples
  }

  /// The link from an entity to one of its mentions, and the mention's evidence node.
  func mention(of entity: Entity, _ evidence: Evidence) -> [RDFTriple] {
    [RDFTriple(subject: scheme.entity(entity.id), predicate: IRI.kgv_mention, object: .iri(evidenceIRI(evidence)))]
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
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(IRI.rdf_Statement)),
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(IRI.kgv_Relation)),
      RDFTriple(subject: subject, predicate: IRI.rdf_subject, object: .iri(scheme.entity(relation.subject))),
      RDFTriple(subject: subject, predicate: IRI.rdf_predicate, object: .iri(IRIScheme.predicate(relation.predicate, preferSchemaOrg: preferSchemaOrg))),
      RDFTriple(subject: subject, predicate: IRI.rdf_object, object: .iri(scheme.entity(relation.object))),
      RDFTriple(subject: subject, predicate: IRI.kgv_confidence, object: .literal(JSONLDWriter.decimal(relation.confidence, digits: confidenceDigits), datatype: IRI.xsd_decimal)),
    ]
    for rule in relation.sources.sorted() {
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_rule, object: .literal(rule, datatype: nil)))
    }
    if let role = relation.attributes["roleName"] {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_roleName, object: .literal(role, datatype: nil)))
    }
    for (name, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
      let attribute = subject + "/attribute/" + IRIScheme.encode(name, keepSlash: false)
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_attribute, object: .iri(attribute)))
      triples.append(RDFTriple(subject: attribute, predicate: IRI.kgv_attributeName, object: .literal(name, datatype: nil)))
      triples.append(RDFTriple(subject: attribute, predicate: IRI.kgv_attributeValue, object: .literal(value, datatype: nil)))
    }
    return triples
  }

  /// The link from a statement to one piece of evidence, and the evidence node.
  func statementEvidence(of relation: Relation, _ evidence: Evidence) -> [RDFTriple] {
    [RDFTriple(subject: scheme.statement(relation.key), predicate: IRI.prov_wasDerivedFrom, object: .iri(evidenceIRI(evidence)))]
      + self.evidence(evidence)
  }

  func evidenceIRI(_ evidence: Evidence) -> String { scheme.base + scheme.evidencePath(evidence) }

  /// An evidence node with its two selectors.
  func evidence(_ evidence: Evidence) -> [RDFTriple] {
    let subject = evidenceIRI(evidence)
    let position = subject + "/position"
    let quote = subject + "/quote"
    return [
      RDFTriple(subject: subject, predicate: Self.type, object: .iri(IRI.oa_SpecificResource)),
      RDFTriple(subject: subject, predicate: IRI.oa_hasSource, object: .iri(scheme.document(evidence.documentID))),
      RDFTriple(subject: subject, predicate: IRI.kgv_sentenceIndex, object: .literal(String(evidence.sentenceIndex), datatype: Self.nonNegative)),
      RDFTriple(subject: subject, predicate: IRI.oa_hasSelector, object: .iri(position)),
      RDFTriple(subject: subject, predicate: IRI.oa_hasSelector, object: .iri(quote)),
      RDFTriple(subject: position, predicate: Self.type, object: .iri(IRI.oa_TextPositionSelector)),
      RDFTriple(subject: position, predicate: IRI.oa_start, object: .literal(String(evidence.start), datatype: Self.nonNegative)),
      RDFTriple(subject: position, predicate: IRI.oa_end, object: .literal(String(evidence.end), datatype: Self.nonNegative)),
      RDFTriple(subject: position, predicate: IRI.kgv_offsetUnit, object: .literal("unicode-scalar", datatype: nil)),
      RDFTriple(subject: quote, predicate: Self.type, object: .iri(IRI.oa_TextQuoteSelector)),
      RDFTriple(subject: quote, predicate: IRI.oa_exact, object: .literal(evidence.quote, datatype: nil)),
    ]
  }

  /// A document's `NewsArticle` node.
  func description(of document: Document, mentions: [EntityID]) -> [RDFTriple] {
    let subject = scheme.document(document.id)
    var triples = [RDFTriple(subject: subject, predicate: Self.type, object: .iri(IRI.schema_NewsArticle))]
    if let headline = document.headline {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_headline, object: .literal(headline, datatype: nil)))
    }
    if let date = document.date {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_datePublished, object: Self.date(date)))
    }
    if let source = document.source {
      triples.append(RDFTriple(subject: subject, predicate: IRI.kgv_sourceLocation, object: .literal(source, datatype: nil)))
    }
    for id in mentions {
      triples.append(RDFTriple(subject: subject, predicate: IRI.schema_mentions, object: .iri(scheme.entity(id))))
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

/// Vocabulary IRIs, built once.
enum IRI {
  static let kgv_Relation = Namespace.kgv + "Relation"
  static let kgv_attribute = Namespace.kgv + "attribute"
  static let kgv_attributeName = Namespace.kgv + "attributeName"
  static let kgv_attributeValue = Namespace.kgv + "attributeValue"
  static let kgv_confidence = Namespace.kgv + "confidence"
  static let kgv_eventType = Namespace.kgv + "eventType"
  static let kgv_mention = Namespace.kgv + "mention"
  static let kgv_offsetUnit = Namespace.kgv + "offsetUnit"
  static let kgv_organizationType = Namespace.kgv + "organizationType"
  static let kgv_placeType = Namespace.kgv + "placeType"
  static let kgv_rule = Namespace.kgv + "rule"
  static let kgv_sentenceIndex = Namespace.kgv + "sentenceIndex"
  static let kgv_sourceLocation = Namespace.kgv + "sourceLocation"
  static let oa_SpecificResource = Namespace.oa + "SpecificResource"
  static let oa_TextPositionSelector = Namespace.oa + "TextPositionSelector"
  static let oa_TextQuoteSelector = Namespace.oa + "TextQuoteSelector"
  static let oa_end = Namespace.oa + "end"
  static let oa_exact = Namespace.oa + "exact"
  static let oa_hasSelector = Namespace.oa + "hasSelector"
  static let oa_hasSource = Namespace.oa + "hasSource"
  static let oa_start = Namespace.oa + "start"
  static let prov_wasDerivedFrom = Namespace.prov + "wasDerivedFrom"
  static let rdf_Statement = Namespace.rdf + "Statement"
  static let rdf_object = Namespace.rdf + "object"
  static let rdf_predicate = Namespace.rdf + "predicate"
  static let rdf_subject = Namespace.rdf + "subject"
  static let rdf_type = Namespace.rdf + "type"
  static let schema_NewsArticle = Namespace.schema + "NewsArticle"
  static let schema_alternateName = Namespace.schema + "alternateName"
  static let schema_datePublished = Namespace.schema + "datePublished"
  static let schema_duration = Namespace.schema + "duration"
  static let schema_endDate = Namespace.schema + "endDate"
  static let schema_headline = Namespace.schema + "headline"
  static let schema_mentions = Namespace.schema + "mentions"
  static let schema_name = Namespace.schema + "name"
  static let schema_roleName = Namespace.schema + "roleName"
  static let schema_sameAs = Namespace.schema + "sameAs"
  static let schema_startDate = Namespace.schema + "startDate"
  static let xsd_decimal = Namespace.xsd + "decimal"
  static let xsd_duration = Namespace.xsd + "duration"
  static let xsd_nonNegativeInteger = Namespace.xsd + "nonNegativeInteger"
}
