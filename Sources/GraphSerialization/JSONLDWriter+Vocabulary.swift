public import KnowledgeGraphCore

extension JSONLDWriter {
  /// The relation vocabulary as a JSON-LD document: one `rdf:Property` per predicate with
  /// its label, comment, `schema:domainIncludes`/`schema:rangeIncludes` classes, symmetry, and
  /// `owl:equivalentProperty` for its schema.org equivalent; plus kg-export's other terms.
  ///
  /// The published copy is `graphs/vocabulary.jsonld`.
  public static func vocabularyDocument(_ vocabulary: RelationVocabulary = .standard) -> String {
    let context: JSONValue = .object([
      ("@version", .number("1.1")),
      ("kgv", .string(Namespace.kgv)), ("schema", .string(Namespace.schema)),
      ("rdf", .string(Namespace.rdf)), ("rdfs", .string(Namespace.rdfs)),
      ("owl", .string(Namespace.owl)), ("xsd", .string(Namespace.xsd)),
      ("label", .object([("@id", .string("rdfs:label")), ("@language", .string("en"))])),
      ("comment", .object([("@id", .string("rdfs:comment")), ("@language", .string("en"))])),
      ("domainIncludes", .object([("@id", .string("schema:domainIncludes")), ("@type", .string("@id")), ("@container", .string("@set"))])),
      ("rangeIncludes", .object([("@id", .string("schema:rangeIncludes")), ("@type", .string("@id")), ("@container", .string("@set"))])),
      ("equivalentProperty", .object([("@id", .string("owl:equivalentProperty")), ("@type", .string("@id"))])),
      ("range", .object([("@id", .string("rdfs:range")), ("@type", .string("@id"))])),
      ("subClassOf", .object([("@id", .string("rdfs:subClassOf")), ("@type", .string("@id"))])),
    ])
    func classIRI(_ kind: Entity.Kind) -> String {
      switch kind {
      case .person: "schema:Person"
      case .country: "schema:Country"
      case .organization: "schema:Organization"
      case .place: "schema:Place"
      case .event: "schema:Event"
      }
    }
    var nodes: [(String, JSONValue)] = []
    for definition in vocabulary.definitions {
      let id = "kgv:" + IRIScheme.encode(definition.predicate.rawValue, keepSlash: false)
      var types: [JSONValue] = [.string("rdf:Property"), .string("owl:ObjectProperty")]
      if definition.isSymmetric { types.append(.string("owl:SymmetricProperty")) }
      var members: [(key: String, value: JSONValue)] = [
        ("@id", .string(id)), ("@type", .array(types)),
        ("label", .string(definition.label)), ("comment", .string(definition.comment)),
        ("domainIncludes", .array(definition.domain.sorted().map { .string(classIRI($0)) })),
        ("rangeIncludes", .array(definition.range.sorted().map { .string(classIRI($0)) })),
      ]
      if let equivalent = definition.schemaOrgEquivalent {
        members.append(("equivalentProperty", .string("schema:" + equivalent)))
      }
      nodes.append((id, .object(members)))
    }
    let datatypeProperties: [(String, String, String)] = [
      ("confidence", "How sure the extractor is of a relation, from 0 to 1.", "xsd:decimal"),
      ("rule", "The name of a rule or model that produced a relation.", "xsd:string"),
      ("sentenceIndex", "The zero-based index of the sentence a piece of evidence is in.", "xsd:nonNegativeInteger"),
      ("offsetUnit", "What the start and end offsets of a text position count; kg-export writes unicode-scalar.", "xsd:string"),
      ("organizationType", "The kind of organization: government, education, company, media, international, party, research or other.", "xsd:string"),
      ("placeType", "The kind of place: city, region, continent, facility or other.", "xsd:string"),
      ("eventType", "The kind of event, such as call, meeting, summit or election.", "xsd:string"),
      ("sourceLocation", "Where a document was read from: a path or a corpus line.", "xsd:string"),
      ("attributeName", "The name of a qualifier of a relation, such as roleName.", "xsd:string"),
      ("attributeValue", "The value of a qualifier of a relation.", "xsd:string"),
    ]
    for (name, comment, range) in datatypeProperties {
      nodes.append(("kgv:" + name, .object([
        ("@id", .string("kgv:" + name)), ("@type", .array([.string("rdf:Property"), .string("owl:DatatypeProperty")])),
        ("label", .string(name)), ("comment", .string(comment)), ("range", .string(range)),
      ])))
    }
    let objectProperties: [(String, String)] = [
      ("mention", "A place where an entity is mentioned, as a Web Annotation SpecificResource."),
      ("attribute", "A qualifier of a relation statement, with an attributeName and an attributeValue."),
    ]
    for (name, comment) in objectProperties {
      nodes.append(("kgv:" + name, .object([
        ("@id", .string("kgv:" + name)), ("@type", .array([.string("rdf:Property"), .string("owl:ObjectProperty")])),
        ("label", .string(name)), ("comment", .string(comment)),
      ])))
    }
    nodes.append(("kgv:Relation", .object([
      ("@id", .string("kgv:Relation")), ("@type", .string("rdfs:Class")),
      ("label", .string("Relation")),
      ("comment", .string("A statement node carrying the provenance of one relation: confidence, rules and evidence.")),
      ("subClassOf", .string("rdf:Statement")),
    ])))
    nodes.sort { $0.0 < $1.0 }
    var text = ""
    JSONPrinter.print(.object([("@context", context), ("@graph", .array(nodes.map(\.1)))]), indent: 0, into: &text)
    return text + "\n"
  }
}
