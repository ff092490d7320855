/// The kinds of entity the trained tagger recognizes.
public enum EntityLabel: String, CaseIterable, Hashable, Sendable, Comparable {
  /// A person: a politician, an athlete, anyone named.
  case person = "Person"
  /// A company, party, ministry, club, agency or other organization.
  case organization = "Organization"
  /// A sovereign country, current or historical ("Germany", "U.S.", "Soviet Union").
  case country = "Country"
  /// Any other location: a city, region, river, street, continent.
  case place = "Place"
  /// A named event: an election, a war, a summit, a tournament.
  case event = "Event"

  /// The coarse scoring class: countries and places both count as locations.
  public var coarseClass: String {
    switch self {
    case .person: "Person"
    case .organization: "Organization"
    case .country, .place: "Location"
    case .event: "Event"
    }
  }

  /// Orders labels as they are declared.
  public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool {
    lhs.index < rhs.index
  }

  /// The label's position in `allCases`, used to number tags.
  var index: Int {
    switch self {
    case .person: 0
    case .organization: 1
    case .country: 2
    case .place: 3
    case .event: 4
    }
  }
}

/// A BIO tag over ``EntityLabel``: the first token of a mention, a following token, or outside.
public enum EntityTag: Hashable, Sendable, CustomStringConvertible {
  /// The first token of a mention.
  case begin(EntityLabel)
  /// A token of a mention after its first.
  case inside(EntityLabel)
  /// A token outside every mention.
  case outside

  /// The number of distinct tags: `O` plus `B-` and `I-` for each label.
  static let count = 1 + 2 * EntityLabel.allCases.count

  /// All tags in index order.
  static let all: [EntityTag] = (0..<count).map { EntityTag(index: $0) }

  /// The tag with the given dense index (0 is `O`, then `B-`, `I-` per label).
  init(index: Int) {
    if index == 0 {
      self = .outside
    } else {
      let label = EntityLabel.allCases[(index - 1) / 2]
      self = (index - 1) % 2 == 0 ? .begin(label) : .inside(label)
    }
  }

  /// The tag's dense index, in `0..<EntityTag.count`.
  var index: Int {
    switch self {
    case .outside: 0
    case .begin(let label): 1 + 2 * label.index
    case .inside(let label): 2 + 2 * label.index
    }
  }

  /// Reads a tag written as `O`, `B-Person`, `I-Place` and so on.
  ///
  /// - Returns: `nil` if `text` is not one of the tagger's tags.
  public init?(_ text: String) {
    if text == "O" {
      self = .outside
      return
    }
    guard text.count > 2, text.dropFirst().hasPrefix("-"),
      let label = EntityLabel(rawValue: String(text.dropFirst(2)))
    else { return nil }
    switch text.first {
    case "B": self = .begin(label)
    case "I": self = .inside(label)
    default: return nil
    }
  }

  /// The label of a mention tag, or `nil` for `.outside`.
  public var label: EntityLabel? {
    switch self {
    case .outside: nil
    case .begin(let label), .inside(let label): label
    }
  }

  /// The tag as written in token-per-line files: `O`, `B-Person`, `I-Place`.
  public var description: String {
    switch self {
    case .outside: "O"
    case .begin(let label): "B-\(label.rawValue)"
    case .inside(let label): "I-\(label.rawValue)"
    }
  }
}

/// A mention found by ``EntityTagger`` in a sentence.
public struct TaggedMention: Hashable, Sendable {
  /// What kind of entity the mention names.
  public var label: EntityLabel
  /// The positions of the mention's tokens in the sentence's `tokens`.
  public var tokenRange: Range<Int>
  /// The offset of the mention's first Unicode scalar in the document.
  public var start: Int
  /// The offset one past the mention's last Unicode scalar in the document.
  public var end: Int
  /// The mention's tokens, joined with a space wherever they are apart in the document.
  public var text: String
  /// How sure the tagger is, in `0...1`: the smallest probability, over the mention's tokens
  /// and the token after it, of the tag the tagger chose there (marginals of a forward-backward
  /// pass over the model's scores, with a softmax temperature calibrated on development data).
  public var confidence: Double

  /// Creates a mention from its parts.
  public init(
    label: EntityLabel, tokenRange: Range<Int>, start: Int, end: Int, text: String,
    confidence: Double
  ) {
    self.label = label
    self.tokenRange = tokenRange
    self.start = start
    self.end = end
    self.text = text
    self.confidence = confidence
  }
}
