import KnowledgeGraphCore

/// The inline `@context` kg-export writes and the term table its reader understands.
///
/// Every key kg-export writes is a term defined here, and every term maps to an absolute IRI
/// through one of the prefixes, so a JSON-LD processor never drops a key or invents an IRI.
/// Relation terms come from ``RelationVocabulary/standard``: a predicate with a schema.org
/// equivalent maps to that schema.org property, the others to `kgv:` terms.
struct JSONLDContext {
  let scheme: IRIScheme
  let preferSchemaOrg: Bool

  /// The prefixes, in the order written.
  var prefixes: [(String, String)] {
    [
      (scheme.prefix, scheme.base), ("kgv", Namespace.kgv), ("schema", Namespace.schema),
      ("rdf", Namespace.rdf), ("xsd", Namespace.xsd), ("oa", Namespace.oa),
      ("prov", Namespace.prov),
    ]
  }

  /// Class terms: schema.org classes and the provenance classes.
  static let classTerms: [(String, String)] =
    SchemaOrgTypes.entityClasses.map { ($0, "schema:" + $0) } + [
      ("NewsArticle", "schema:NewsArticle"), ("Statement", "rdf:Statement"),
      ("Relation", "kgv:Relation"), ("SpecificResource", "oa:SpecificResource"),
      ("TextPositionSelector", "oa:TextPositionSelector"),
      ("TextQuoteSelector", "oa:TextQuoteSelector"),
    ]

  /// A term definition: the IRI, the type coercion, and whether values are always arrays.
  struct Term {
    var name: String
    var iri: String
    var type: String? = nil
    var isSet = false
  }

  /// Property terms other than relations, in the order written.
  static let propertyTerms: [Term] = [
    Term(name: "name", iri: "schema:name"),
    Term(name: "alternateName", iri: "schema:alternateName", isSet: true),
    Term(name: "organizationType", iri: "kgv:organizationType"),
    Term(name: "placeType", iri: "kgv:placeType"),
    Term(name: "eventType", iri: "kgv:eventType"),
    Term(name: "startDate", iri: "schema:startDate"),
    Term(name: "endDate", iri: "schema:endDate"),
    Term(name: "duration", iri: "schema:duration", type: "xsd:duration"),
    Term(name: "sameAs", iri: "schema:sameAs", type: "@id", isSet: true),
    Term(name: "mention", iri: "kgv:mention", isSet: true),
    Term(name: "headline", iri: "schema:headline"),
    Term(name: "datePublished", iri: "schema:datePublished"),
    Term(name: "sourceLocation", iri: "kgv:sourceLocation"),
    Term(name: "mentions", iri: "schema:mentions", type: "@id", isSet: true),
    Term(name: "subject", iri: "rdf:subject", type: "@id"),
    Term(name: "predicate", iri: "rdf:predicate", type: "@id"),
    Term(name: "object", iri: "rdf:object", type: "@id"),
    Term(name: "confidence", iri: "kgv:confidence", type: "xsd:decimal"),
    Term(name: "rule", iri: "kgv:rule", isSet: true),
    Term(name: "roleName", iri: "schema:roleName"),
    Term(name: "attribute", iri: "kgv:attribute", isSet: true),
    Term(name: "attributeName", iri: "kgv:attributeName"),
    Term(name: "attributeValue", iri: "kgv:attributeValue"),
    Term(name: "evidence", iri: "prov:wasDerivedFrom", isSet: true),
    Term(name: "source", iri: "oa:hasSource", type: "@id"),
    Term(name: "sentenceIndex", iri: "kgv:sentenceIndex", type: "xsd:nonNegativeInteger"),
    Term(name: "selector", iri: "oa:hasSelector", isSet: true),
    Term(name: "start", iri: "oa:start", type: "xsd:nonNegativeInteger"),
    Term(name: "end", iri: "oa:end", type: "xsd:nonNegativeInteger"),
    Term(name: "offsetUnit", iri: "kgv:offsetUnit"),
    Term(name: "exact", iri: "oa:exact"),
  ]

  /// The compact IRI of a relation predicate's property.
  func compactPredicate(_ predicate: Relation.Predicate) -> String {
    if preferSchemaOrg, let equivalent = predicate.definition?.schemaOrgEquivalent {
      return "schema:" + equivalent
    }
    return "kgv:" + IRIScheme.encode(predicate.rawValue, keepSlash: false)
  }

  /// The JSON key a relation is written under: the term for vocabulary predicates, a compact
  /// IRI (`kgv:…`) for predicates outside the vocabulary.
  func key(for predicate: Relation.Predicate) -> String {
    predicate.definition == nil ? compactPredicate(predicate) : predicate.rawValue
  }

  /// Relation terms, one per predicate of the standard vocabulary.
  var relationTerms: [Term] {
    RelationVocabulary.standard.definitions.map {
      Term(name: $0.predicate.rawValue, iri: compactPredicate($0.predicate), type: "@id", isSet: true)
    }
  }

  /// The `@context` object.
  var value: JSONValue {
    var members: [(key: String, value: JSONValue)] = [("@version", .number("1.1"))]
    for (name, iri) in prefixes { members.append((name, .string(iri))) }
    for (name, iri) in Self.classTerms { members.append((name, .string(iri))) }
    for term in Self.propertyTerms + relationTerms {
      if term.type == nil && !term.isSet {
        members.append((term.name, .string(term.iri)))
      } else {
        var definition: [(key: String, value: JSONValue)] = [("@id", .string(term.iri))]
        if let type = term.type { definition.append(("@type", .string(type))) }
        if term.isSet { definition.append(("@container", .string("@set"))) }
        members.append((term.name, .object(definition)))
      }
    }
    return .object(members)
  }

  /// Every term name mapped to its absolute IRI, for the reader.
  var absoluteTerms: [String: String] {
    var result: [String: String] = [:]
    let prefixMap = Dictionary(prefixes, uniquingKeysWith: { first, _ in first })
    func expand(_ compact: String) -> String {
      guard let colon = compact.firstIndex(of: ":"),
        let namespace = prefixMap[String(compact[..<colon])]
      else { return compact }
      return namespace + compact[compact.index(after: colon)...]
    }
    for (name, iri) in Self.classTerms { result[name] = expand(iri) }
    for term in Self.propertyTerms + relationTerms { result[term.name] = expand(term.iri) }
    return result
  }
}
