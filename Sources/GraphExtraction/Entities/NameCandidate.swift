import KnowledgeGraphCore

/// A name found in a sentence before names are resolved to entities.
struct NameCandidate: Hashable, Sendable {
  /// How sure the recogniser is of a candidate's kind.
  enum Status: Hashable, Sendable {
    /// Its kind is settled.
    case confirmed
    /// A lone capitalised word or a word of a headline: kept only if it matches a name found
    /// elsewhere in the document (or a tagger's span).
    case needsConfirmation
    /// A lone abbreviation in capitals, kept only if it abbreviates an organization the
    /// document names.
    case acronym
    /// A name found by a statistical tagger: it joins a name the document already has if it
    /// can, and otherwise becomes an entity of the tagger's kind.
    case tagged
  }

  var sentenceIndex: Int
  var tokenRange: Range<Int>
  var start: Int
  var end: Int
  /// The text exactly as in the document.
  var text: String
  /// The tokens' texts.
  var words: [String]
  var kind: Entity.Kind
  var form: Mention.Form
  var status: Status
  var confidence: Double
  var entry: Gazetteer.Entry?
  var organizationType: Entity.OrganizationType?
  var placeType: Entity.PlaceType?
  var eventType: Entity.EventType?
  /// The entity's full name when the mention shows only part of it ("Economic and Trade
  /// Meeting" of the "China-US Economic and Trade Meeting").
  var fullName: String?
  /// Whether a person title precedes the name ("President Xi").
  var hasTitle: Bool = false
  /// Which rule produced the candidate, for `--explain`.
  var rule: String

  /// The name the entity goes by in this mention.
  var name: String { fullName ?? text }
}
