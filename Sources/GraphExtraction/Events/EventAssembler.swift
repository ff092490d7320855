import KnowledgeGraphCore

/// Gathers the event mentions of a document into events: a dated mention joins the event
/// of the same type and date, "the call" joins the last call named, and a mention with
/// neither a date nor named participants is left out.
struct EventAssembler {
  /// One event of the document and everything said about it.
  struct Record {
    var type: Entity.EventType
    var date: PartialDate?
    var duration: String?
    var properName: String?
    var topic: String?
    var participants: [EntityID] = []
    var aliases: Set<String> = []
    var mentions: [EventMention] = []
    /// Whether the identifier must name the participants to tell it from another event of
    /// the same type and date.
    var needsParticipantsInID = false
    /// Event entities the recogniser made for the same event.
    var recognizedIDs: Set<EntityID> = []
  }

  private(set) var records: [Record] = []

  /// Event types a singular "talk" or "discussion" may refer back to.
  private static let conversationTypes: [Entity.EventType] = [.talks, .call, .meeting, .summit]

  mutating func add(_ mention: EventMention) {
    if mention.isAttendance {
      // The meeting told in the last three sentences, if any; otherwise nothing is said.
      // The meeting named in the same sentence ("skipped the summit; Russia was represented
      // by …") comes first, then the one mentioned most.
      let recent = records.indices.filter {
        Self.conversationTypes.contains(records[$0].type)
          && (records[$0].mentions.last.map { mention.sentence - $0.sentence <= 3 } ?? false)
      }
      let sameSentence = recent.last {
        records[$0].mentions.contains { $0.sentence == mention.sentence }
      }
      func mostTold(_ indices: [Int]) -> Int? {
        indices.max { (records[$0].mentions.count, $0) < (records[$1].mentions.count, $1) }
      }
      // Sending someone in one's place is said of a gathering: the summit the text tells
      // rather than two leaders' talks told just before.
      let gatherings = records.indices.filter { [.summit, .conference].contains(records[$0].type) }
      let recentGathering = mostTold(recent.filter { gatherings.contains($0) })
      let sentInstead = ["sent", "dispatched"].contains(mention.trigger.lowercased())
      let anyGathering = sentInstead ? mostTold(gatherings) : nil
      if let index = sameSentence ?? recentGathering ?? anyGathering ?? mostTold(recent) {
        merge(mention, into: index)
      }
      return
    }
    let participants = Set(mention.participants.map(\.entity))
    if let recognized = mention.recognizedID,
      let index = records.lastIndex(where: { $0.recognizedIDs.contains(recognized) })
    {
      merge(mention, into: index)
      return
    }
    // "withdrew from the agreement in 2020": a definite mention of an event already named
    // refers to it; the date elsewhere in the sentence belongs to something else.
    if mention.date != nil, mention.isDefinite, !mention.dateInPhrase, mention.recognizedID == nil,
      let index = antecedent(of: mention, participants: participants, sameTypeOnly: true)
    {
      merge(mention, into: index)
      return
    }
    if let date = mention.date ?? mention.knownDate {
      if let index = records.lastIndex(where: { $0.type == mention.type && $0.date == date }) {
        let existing = Set(records[index].participants)
        let explicit = Set(mention.participants.filter(\.isExplicit).map(\.entity))
        if !existing.isEmpty, explicit.count >= 2, existing.isDisjoint(with: explicit) {
          records[index].needsParticipantsInID = true
          var record = Record(type: mention.type, date: date)
          record.needsParticipantsInID = true
          records.append(record)
          merge(mention, into: records.count - 1)
        } else {
          merge(mention, into: index)
        }
        return
      }
      // An undated event of the same type and parties, named earlier, gets its date now.
      if let index = records.lastIndex(where: {
        $0.type == mention.type && $0.date == nil && !$0.participants.isEmpty
          && Set($0.participants) == participants
      }) {
        records[index].date = date
        merge(mention, into: index)
        return
      }
      // "India hosts G20 summit" over the text: the headline's undated event is the one the
      // body dates.
      if !mention.isAnother, let index = records.lastIndex(where: {
        $0.type == mention.type && $0.date == nil && $0.mentions.allSatisfy(\.inHeadline)
      }) {
        records[index].date = date
        merge(mention, into: index)
        return
      }
      records.append(Record(type: mention.type, date: date))
      merge(mention, into: records.count - 1)
      return
    }
    if !mention.isAnother, mention.recognizedID == nil,
      let index = antecedent(of: mention, participants: participants)
    {
      merge(mention, into: index)
      return
    }
    let explicit = Set(mention.participants.filter(\.isExplicit).map(\.entity))
    let isSubstantial = explicit.count >= 2 || (explicit.count == 1 && !mention.organizers.isEmpty)
      || (explicit.count == 1 && participants.count >= 2)
      || (mention.properName != nil && !explicit.isEmpty)
      || (explicit.count == 1 && [.war, .inauguration, .election, .visit].contains(mention.type))
      // "on the sidelines of the G20 summit in Bali": a summit of one body at a named place.
      || (explicit.count == 1 && mention.type == .summit && !mention.locations.isEmpty)
    guard isSubstantial, !mention.isVerbal else { return }
    records.append(Record(type: mention.type, date: nil))
    merge(mention, into: records.count - 1)
  }

  /// The event an undated mention refers back to, if any.
  private func antecedent(
    of mention: EventMention, participants: Set<EntityID>, sameTypeOnly: Bool = false
  ) -> Int? {
    let explicit = mention.hasExplicitParticipants
    func fits(_ record: Record) -> Bool {
      guard explicit else { return true }
      return record.participants.isEmpty || !participants.isDisjoint(with: record.participants)
    }
    if let index = mostTalkedAbout(where: { $0.type == mention.type && fits($0) }) {
      // A bare indefinite mention ("a deal") is a new, unnamed event, not a reference.
      if explicit || mention.isDefinite { return index }
      return nil
    }
    if sameTypeOnly { return nil }
    // "Ruto also attended the summit": the only summit told, whoever else is named.
    let sameType = records.indices.filter { records[$0].type == mention.type }
    if mention.isDefinite, !mention.isPossessive, mention.date == nil, sameType.count == 1 {
      return sameType[0]
    }
    let singular = ["talk", "discussion", "conversation"].contains(mention.trigger.lowercased())
    if singular, mention.isDefinite,
      let index = mostTalkedAbout(where: { Self.conversationTypes.contains($0.type) && fits($0) })
    {
      return index
    }
    // "The G20 summit opened in New Delhi. … The two-day meeting ended": a definite meeting
    // with its length speaks of the meeting the text is telling, however far back.
    if mention.isDefinite, !mention.isPossessive, mention.duration != nil,
      Self.conversationTypes.contains(mention.type),
      let index = mostTalkedAbout(where: { Self.conversationTypes.contains($0.type) && fits($0) })
    {
      return index
    }
    // "held talks in Moscow. The summit, hosted by Putin, …": another word for the meeting
    // just told.
    if mention.isDefinite, Self.conversationTypes.contains(mention.type),
      let index = records.lastIndex(where: {
        Self.conversationTypes.contains($0.type) && fits($0)
          && ($0.mentions.last.map { mention.sentence - $0.sentence <= 1 } ?? false)
      })
    {
      return index
    }
    return nil
  }

  /// Of the events that fit, the one mentioned most often so far (an article's main event),
  /// the latest named on a tie.
  private func mostTalkedAbout(where fits: (Record) -> Bool) -> Int? {
    var best: Int?
    for index in records.indices where fits(records[index]) {
      if let current = best, records[current].mentions.count > records[index].mentions.count {
        continue
      }
      best = index
    }
    return best
  }

  private mutating func merge(_ mention: EventMention, into index: Int) {
    var record = records[index]
    record.duration = record.duration ?? mention.duration
    record.properName = record.properName ?? mention.properName
    record.topic = record.topic ?? mention.topic
    for role in mention.participants where !record.participants.contains(role.entity) {
      record.participants.append(role.entity)
    }
    if !mention.isVerbal, !mention.isAttendance, mention.phrase.split(separator: " ").count <= 7 {
      record.aliases.insert(mention.phrase)
    }
    record.mentions.append(mention)
    if let recognized = mention.recognizedID { record.recognizedIDs.insert(recognized) }
    records[index] = record
  }

  // MARK: - Output

  /// The events as entities, and the relations to their participants, organizers and places.
  func output(documentID: String, graph: KnowledgeGraph, quote: (Int, Int) -> String)
    -> (entities: [Entity], candidates: [Candidate], sameAs: [(EntityID, EntityID)])
  {
    var entities: [Entity] = []
    var sameAs: [(EntityID, EntityID)] = []
    var candidates: [Candidate] = []
    for record in records {
      let id = identifier(of: record)
      // A bare trigger ("talks", "call") names no event in particular: keep it only when the
      // event has no more specific name.
      var aliases = record.aliases
      let specific = aliases.filter { alias in
        !record.mentions.contains { $0.trigger.lowercased() == alias.lowercased() }
      }
      if !specific.isEmpty { aliases = specific }
      // A dated event is found by its date; its kind ("meeting") is a fair name for it too.
      if record.date != nil, record.type != .other { aliases.insert(record.type.rawValue) }
      var entity = Entity(.event, id: id, named: name(of: record, graph: graph), aliases: aliases)
      entity.eventType = record.type
      entity.date = record.date
      entity.duration = record.duration
      for mention in record.mentions {
        let start = min(mention.start, mention.end)
        let end = max(mention.start, mention.end)
        entity.mentions.insert(
          Evidence(documentID: documentID, sentenceIndex: mention.sentence, start: start,
                   end: end, quote: quote(start, end)))
        func add(_ roles: [EventMention.Role], _ predicate: Relation.Predicate, _ rule: String) {
          for role in roles {
            candidates.append(
              Candidate(
                subject: id, predicate: predicate, object: role.entity,
                confidence: role.confidence, rule: rule, sentence: mention.sentence,
                start: min(role.start, mention.start), end: max(role.end, mention.end)))
          }
        }
        add(mention.participants, .participant, "event-participant")
        add(mention.organizers, .organizer, "event-organizer")
        add(mention.locations, .location, "event-location")
        // Two people in a call or meeting met; two countries in talks negotiated.
        let persons = mention.participants.filter { graph[$0.entity]?.kind == .person }
        let countries = mention.participants.filter { graph[$0.entity]?.kind == .country }
        if [.call, .meeting, .summit, .talks].contains(record.type), persons.count == 2 {
          let pair = persons.map(\.entity).sorted()
          candidates.append(
            Candidate(
              subject: pair[0], predicate: .meetsWith, object: pair[1], confidence: 0.6,
              rule: "event-participants-meet", sentence: mention.sentence,
              start: min(mention.start, persons[0].start, persons[1].start),
              end: max(mention.end, persons[0].end, persons[1].end)))
        }
        if record.type == .talks, countries.count == 2, countries.allSatisfy(\.isExplicit) {
          let pair = countries.map(\.entity).sorted()
          candidates.append(
            Candidate(
              subject: pair[0], predicate: .negotiatesWith, object: pair[1], confidence: 0.55,
              rule: "event-participants-negotiate", sentence: mention.sentence,
              start: min(mention.start, countries[0].start, countries[1].start),
              end: max(mention.end, countries[0].end, countries[1].end)))
        }
      }
      entities.append(entity)
      for recognized in record.recognizedIDs.sorted() where recognized != id {
        sameAs.append((recognized, id))
      }
    }
    return (entities, candidates, sameAs)
  }

  private static func label(_ type: Entity.EventType) -> String {
    switch type {
    case .call: "phone call"
    case .other: "event"
    default: type.rawValue
    }
  }

  /// `event/2025-06-05-call`: the date and type, so the same event told in two documents is
  /// one node; the participants too when undated or when needed to tell two events apart.
  private func identifier(of record: Record) -> EntityID {
    let participantPart = record.participants.sorted().map {
      String($0.rawValue.split(separator: "/").last ?? "")
    }.joined(separator: " ")
    if let date = record.date {
      let base = record.type == .other ? (record.properName ?? "event") : record.type.rawValue
      return EntityID(
        eventNamed: record.needsParticipantsInID ? participantPart + " " + base : base, date: date)
    }
    let base = record.properName ?? [record.topic, record.type.rawValue].compactMap { $0 }
      .joined(separator: " ")
    return EntityID(eventNamed: participantPart + " " + base, date: nil)
  }

  /// A readable name: "Trump–Xi phone call", "China–US trade meeting", "2018 trade war".
  private func name(of record: Record, graph: KnowledgeGraph) -> String {
    if let properName = record.properName { return properName }
    let head = [record.topic, Self.label(record.type)].compactMap { $0 }.joined(separator: " ")
    if record.type == .war || record.type == .election, let date = record.date {
      return "\(date.year) \(head)"
    }
    // "Scholz visit to China"
    if record.type == .visit, let visitor = record.participants.first.flatMap({ graph[$0] }),
      let place = record.mentions.lazy.flatMap(\.locations).first.flatMap({ graph[$0.entity] })
    {
      return "\(Self.shortName(visitor)) visit to \(place.name)"
    }
    var named = record.participants.sorted().compactMap { graph[$0] }
    if named.contains(where: { $0.kind == .person }) {
      named = named.filter { $0.kind == .person }
    }
    if !named.isEmpty, named.count <= 3 {
      return named.map(Self.shortName).joined(separator: "–") + " " + head
    }
    if let date = record.date { return "\(head) of \(date)" }
    return head
  }

  /// "Trump" for Donald Trump, "Xi" for Xi Jinping (a one-word alias), "US" for the United
  /// States (its shortest name).
  static func shortName(_ entity: Entity) -> String {
    if entity.kind == .person {
      let words = entity.name.split(separator: " ").map(String.init)
      if let alias = entity.aliases.filter({ !$0.contains(" ") && words.contains($0) }).sorted().first {
        return alias
      }
      // Without a one-word alias the family name is unknown ("Xi Jinping" is Xi): use it all.
      return entity.name
    }
    let candidates = entity.names.filter { $0.count >= 2 && !$0.lowercased().hasPrefix("the ") }
    return candidates.min { ($0.count, $0) < ($1.count, $1) } ?? entity.name
  }
}
