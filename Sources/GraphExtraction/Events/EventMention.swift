import KnowledgeGraphCore

/// A place in a sentence that talks about an event: "a 90-minute phone call", "the June 5
/// call", "talks between X and Y", "X and Y spoke on Monday".
struct EventMention {
  /// An actor taking part, organizing, or a place where it happened, with how sure we are.
  struct Role: Hashable {
    var entity: EntityID
    var confidence: Double
    var start: Int
    var end: Int
    var isExplicit: Bool
  }

  var type: Entity.EventType
  /// The kind of an event of type ``Entity/EventType/other``, as a noun: "acquisition",
  /// "lawsuit", "experiment".
  var label: String?
  /// A lawsuit "to block the takeover": its defendants are the parties to the deal.
  var againstDeal = false
  /// Whether the participants were borrowed from another event of the sentence.
  var hasSharedParticipants = false
  /// Whether the participants joined or attended the event together ("two ministers joined
  /// the meeting") rather than met each other in it.
  var participantsJoined = false
  var sentence: Int
  /// The tokens of the noun phrase (or verb) that names the event, without its determiner.
  var phraseRange: Range<Int>
  var triggerRange: Range<Int>
  /// The phrase as written, without its determiner: "90-minute phone call".
  var phrase: String
  /// The trigger words as written: "phone call".
  var trigger: String
  /// A capitalized name: "China-US Economic and Trade Meeting".
  var properName: String?
  /// Modifiers that belong in a readable name: "trade", "economic".
  var topic: String?
  var date: PartialDate?
  /// Whether the date is written inside the phrase ("the June 5 call").
  var dateInPhrase = false
  /// Whether its parties' verb tells it with the sentence's date ("X and Y signed the accord
  /// on March 4"): a definite mention is then a new event, not the one named before.
  var isDatedByItsVerb = false
  var duration: String?
  var participants: [Role] = []
  var organizers: [Role] = []
  var locations: [Role] = []
  /// "the call", "this meeting", "such call": refers back to an event already named.
  var isDefinite: Bool
  /// "its first summit", "their agreement": owned by a party, so not simply "the" summit.
  var isPossessive = false
  /// "another call": a new event of a kind already named.
  var isAnother: Bool
  /// Found from a verb ("spoke", "met") rather than a noun.
  var isVerbal: Bool
  /// A statement of attendance without an event noun ("sent Li Qiang instead", "Lavrov
  /// represented Russia"), which adds its participants to the meeting the text is telling.
  var isAttendance = false
  /// Whether the mention is in the document's headline, which names the event the body
  /// then tells with its date ("India hosts G20 summit").
  var inHeadline = false
  /// The event entity the recogniser made of a named event, to be merged into this one.
  var recognizedID: EntityID?
  /// The date the recogniser knows for a named event, used when the sentence gives none.
  var knownDate: PartialDate?
  var start: Int
  var end: Int

  var hasExplicitParticipants: Bool { participants.contains { $0.isExplicit } }
}
