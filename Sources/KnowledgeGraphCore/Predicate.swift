extension Relation {
  /// What a relation asserts, such as ``leaderOf`` or ``imposesTariffsOn``.
  ///
  /// Predicates are an open set; the ones kg-export knows are described, with their
  /// signatures and schema.org equivalents, in ``RelationVocabulary``.
  public struct Predicate: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
  {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The definition of this predicate in ``RelationVocabulary/standard``, if it has one.
    public var definition: RelationVocabulary.Definition? {
      RelationVocabulary.standard[self]
    }

    public static let leaderOf: Self = "leaderOf"
    public static let holdsPosition: Self = "holdsPosition"
    public static let worksFor: Self = "worksFor"
    public static let memberOf: Self = "memberOf"
    public static let citizenOf: Self = "citizenOf"
    public static let partOf: Self = "partOf"
    public static let locatedIn: Self = "locatedIn"
    public static let participant: Self = "participant"
    public static let organizer: Self = "organizer"
    public static let location: Self = "location"
    public static let accuses: Self = "accuses"
    public static let criticizes: Self = "criticizes"
    public static let invites: Self = "invites"
    public static let imposesTariffsOn: Self = "imposesTariffsOn"
    public static let sanctions: Self = "sanctions"
    public static let restrictsExportsTo: Self = "restrictsExportsTo"
    public static let meetsWith: Self = "meetsWith"
    public static let negotiatesWith: Self = "negotiatesWith"
    public static let cooperatesWith: Self = "cooperatesWith"
    public static let visits: Self = "visits"
    public static let supports: Self = "supports"
    public static let opposes: Self = "opposes"
    public static let threatens: Self = "threatens"
    public static let founded: Self = "founded"
    public static let spouseOf: Self = "spouseOf"
  }
}

/// The relations kg-export knows: their names, signatures, IRIs and schema.org equivalents.
///
/// One table serves the extractor (which checks every candidate against its signature), the
/// JSON-LD context and vocabulary file, and the documentation.
public struct RelationVocabulary: Sendable {
  /// One relation type.
  public struct Definition: Hashable, Sendable {
    public var predicate: Relation.Predicate
    /// A human label, such as "leader of".
    public var label: String
    /// What the relation means, in one sentence.
    public var comment: String
    /// The kinds the subject may have.
    public var domain: Set<Entity.Kind>
    /// The kinds the object may have.
    public var range: Set<Entity.Kind>
    /// The schema.org property with the same meaning, read in the same direction, if any.
    public var schemaOrgEquivalent: String?
    /// Whether *a R b* implies *b R a*.
    public var isSymmetric: Bool

    public init(
      _ predicate: Relation.Predicate, label: String, comment: String,
      domain: Set<Entity.Kind>, range: Set<Entity.Kind>,
      schemaOrgEquivalent: String? = nil, isSymmetric: Bool = false
    ) {
      self.predicate = predicate
      self.label = label
      self.comment = comment
      self.domain = domain
      self.range = range
      self.schemaOrgEquivalent = schemaOrgEquivalent
      self.isSymmetric = isSymmetric
    }

    /// Whether a relation from a `subject` of one kind to an `object` of another fits.
    public func accepts(subject: Entity.Kind, object: Entity.Kind) -> Bool {
      domain.contains(subject) && range.contains(object)
    }
  }

  /// The definitions, sorted by predicate.
  public let definitions: [Definition]
  private let byPredicate: [Relation.Predicate: Definition]

  public init(_ definitions: [Definition]) {
    self.definitions = definitions.sorted { $0.predicate < $1.predicate }
    var index: [Relation.Predicate: Definition] = [:]
    for definition in definitions { index[definition.predicate] = definition }
    self.byPredicate = index
  }

  public subscript(predicate: Relation.Predicate) -> Definition? { byPredicate[predicate] }

  /// The base IRI of kg-export's own vocabulary terms.
  public static let namespace = "https://w3id.org/kg-export/vocab#"

  /// The vocabulary kg-export extracts and writes.
  public static let standard: RelationVocabulary = {
    let actors: Set<Entity.Kind> = [.person, .country, .organization]
    let places: Set<Entity.Kind> = [.place, .country]
    return RelationVocabulary([
      .init(.leaderOf, label: "leader of",
            comment: "The subject heads the object: president, prime minister, chief executive, chair.",
            domain: [.person], range: [.country, .organization]),
      .init(.holdsPosition, label: "holds position in",
            comment: "The subject holds an office or post in the object: minister, secretary, director.",
            domain: [.person], range: [.country, .organization]),
      .init(.worksFor, label: "works for", comment: "The subject is employed by the object.",
            domain: [.person], range: [.organization], schemaOrgEquivalent: "worksFor"),
      .init(.memberOf, label: "member of", comment: "The subject belongs to the object.",
            domain: actors, range: [.organization], schemaOrgEquivalent: "memberOf"),
      .init(.citizenOf, label: "citizen of", comment: "The subject is a national of the object.",
            domain: [.person], range: [.country], schemaOrgEquivalent: "nationality"),
      .init(.partOf, label: "part of", comment: "The subject is a unit of the object organization.",
            domain: [.organization], range: [.organization],
            schemaOrgEquivalent: "parentOrganization"),
      .init(.locatedIn, label: "located in", comment: "The subject lies within the object.",
            domain: [.place, .organization], range: places,
            schemaOrgEquivalent: "containedInPlace"),
      .init(.participant, label: "participant",
            comment: "The object took part in the subject event.",
            domain: [.event], range: actors, schemaOrgEquivalent: "attendee"),
      .init(.organizer, label: "organizer",
            comment: "The object organized or initiated the subject event.",
            domain: [.event], range: actors, schemaOrgEquivalent: "organizer"),
      .init(.location, label: "location", comment: "The subject event took place in the object.",
            domain: [.event], range: places, schemaOrgEquivalent: "location"),
      .init(.accuses, label: "accuses", comment: "The subject accuses the object of wrongdoing.",
            domain: actors, range: actors),
      .init(.criticizes, label: "criticizes", comment: "The subject criticizes the object.",
            domain: actors, range: actors),
      .init(.invites, label: "invites", comment: "The subject invites the object.",
            domain: actors, range: actors),
      .init(.imposesTariffsOn, label: "imposes tariffs on",
            comment: "The subject levies tariffs on goods from the object.",
            domain: actors, range: actors),
      .init(.sanctions, label: "sanctions", comment: "The subject imposes sanctions on the object.",
            domain: actors, range: actors),
      .init(.restrictsExportsTo, label: "restricts exports to",
            comment: "The subject limits what may be exported to the object.",
            domain: actors, range: actors),
      .init(.meetsWith, label: "meets with", comment: "The subject meets or speaks with the object.",
            domain: actors, range: actors, isSymmetric: true),
      .init(.negotiatesWith, label: "negotiates with",
            comment: "The subject negotiates with the object.",
            domain: actors, range: actors, isSymmetric: true),
      .init(.cooperatesWith, label: "cooperates with",
            comment: "The subject works together with the object.",
            domain: actors, range: actors, isSymmetric: true),
      .init(.visits, label: "visits", comment: "The subject visits the object place.",
            domain: [.person, .organization], range: places),
      .init(.supports, label: "supports", comment: "The subject backs the object.",
            domain: actors, range: actors),
      .init(.opposes, label: "opposes", comment: "The subject opposes the object.",
            domain: actors, range: actors),
      .init(.threatens, label: "threatens", comment: "The subject threatens the object.",
            domain: actors, range: actors),
      .init(.founded, label: "founded", comment: "The subject founded the object organization.",
            domain: [.person, .organization, .country], range: [.organization],
            schemaOrgEquivalent: nil),
      .init(.spouseOf, label: "spouse of", comment: "The subject is married to the object.",
            domain: [.person], range: [.person], schemaOrgEquivalent: "spouse", isSymmetric: true),
    ])
  }()
}
