public import KnowledgeGraphCore

/// The schema.org classes kg-export writes for each kind of entity, and reads back.
public enum SchemaOrgTypes {
  /// The schema.org class (local name) for `entity`, chosen by its kind and subtype.
  ///
  /// Organizations map by ``Entity/OrganizationType`` (government → `GovernmentOrganization`,
  /// education → `EducationalOrganization`, company → `Corporation`, media →
  /// `NewsMediaOrganization`, party → `PoliticalParty`, research → `ResearchOrganization`,
  /// others → `Organization`); places by ``Entity/PlaceType`` (city → `City`, region →
  /// `AdministrativeArea`, continent → `Continent`, facility → `CivicStructure`, others →
  /// `Place`).
  public static func className(for entity: Entity) -> String {
    switch entity.kind {
    case .person: return "Person"
    case .country: return "Country"
    case .event: return "Event"
    case .organization:
      switch entity.organizationType {
      case .government: return "GovernmentOrganization"
      case .education: return "EducationalOrganization"
      case .company: return "Corporation"
      case .media: return "NewsMediaOrganization"
      case .party: return "PoliticalParty"
      case .research: return "ResearchOrganization"
      case .international, .other, nil: return "Organization"
      }
    case .place:
      switch entity.placeType {
      case .city: return "City"
      case .region: return "AdministrativeArea"
      case .continent: return "Continent"
      case .facility: return "CivicStructure"
      case .other, nil: return "Place"
      }
    }
  }

  /// Every class ``className(for:)`` can return, in sorted order.
  public static let entityClasses: [String] = classKinds.keys.sorted()

  /// The kind (and, where the class says it, the subtype) an entity of a schema.org class has.
  static let classKinds: [String: Entity.Kind] = [
    "Person": .person, "Country": .country, "Event": .event,
    "Organization": .organization, "GovernmentOrganization": .organization,
    "EducationalOrganization": .organization, "CollegeOrUniversity": .organization,
    "Corporation": .organization, "NewsMediaOrganization": .organization,
    "PoliticalParty": .organization, "ResearchOrganization": .organization,
    "NGO": .organization,
    "Place": .place, "City": .place, "AdministrativeArea": .place, "State": .place,
    "Continent": .place, "CivicStructure": .place,
  ]

  static let classOrganizationTypes: [String: Entity.OrganizationType] = [
    "GovernmentOrganization": .government, "EducationalOrganization": .education,
    "CollegeOrUniversity": .education, "Corporation": .company,
    "NewsMediaOrganization": .media, "PoliticalParty": .party,
    "ResearchOrganization": .research, "NGO": .other,
  ]

  static let classPlaceTypes: [String: Entity.PlaceType] = [
    "City": .city, "AdministrativeArea": .region, "State": .region, "Continent": .continent,
    "CivicStructure": .facility,
  ]

  /// The kind for a set of class local names, preferring the most specific when several fit.
  static func kind(forClasses classes: [String]) -> (Entity.Kind, String)? {
    let found = classes.compactMap { name in classKinds[name].map { ($0, name) } }
    for preferred in [Entity.Kind.country, .person, .event, .organization, .place] {
      if let match = found.first(where: { $0.0 == preferred }) { return match }
    }
    return nil
  }
}
