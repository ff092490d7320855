public import KnowledgeGraphCore

extension EntityLabel {
  /// The knowledge-graph kind of entity this label names.
  public var entityKind: Entity.Kind {
    switch self {
    case .person: .person
    case .organization: .organization
    case .country: .country
    case .place: .place
    case .event: .event
    }
  }
}
