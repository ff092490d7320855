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

extension EntityTagger: NameTagger {
  /// The tagger's mentions as name spans for ``EntityRecognizer``.
  public func nameSpans(in sentence: Sentence) -> [NameSpan] {
    mentions(in: sentence).map {
      NameSpan(tokenRange: $0.tokenRange, kind: $0.label.entityKind, confidence: $0.confidence)
    }
  }
}
