import KnowledgeGraphCore

/// Gathers the event mentions of a document into events: a dated mention joins the event
/// of the same type and date, "the call" joins the last call named, and an undated mention
/// without named participants joins the one event of its type the document tells.
struct EventAssembler {
  /// One event of the document and everything said about it.
  struct Record {
    var type: Entity.EventType
    /// The kind of an event of type `other`: "acquisition", "lawsuit".
    var label: String?
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
    /// A lawsuit against the parties to the deal the document tells.
    var againstDeal = false

    init(type: Entity.EventType, label: String? = nil, date: PartialDate?) {
      self.type = type
      self.label = label
      self.date = date
    }

    /// Whether a mention speaks of an event of this record's kind.
    func isKind(of mention: EventMention) -> Bool {
      type == mention.type && label == mention.label
    }
  }

  private(set) var records: [Record] = []
  /// Undated mentions without named parties, in the order told.
  private var orphans: [EventMention] = []

  /// Event types a singular "talk" or "discussion" may refer back to.
  static let conversationTypes: [Entity.EventType] = [.talks, .call, .meeting, .summit]

  mutating func add(_ mention: EventMention) {
    // "Morrison conceded defeat": a candidate in the election told so far, if any.
    if mention.isAttendance, mention.type == .election {
      if !records.contains(where: { $0.type == .election }) {
        promoteOrphan { $0.type == .election }
      }
      if let index = records.lastIndex(where: { $0.type == .election }) {
        merge(mention, into: index)
      }
      return
    }
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
    if let index = deal(of: mention) {
      merge(mention, into: index)
      return
    }
    // "after talks with Kristersson. The talks were hosted by …": an undated mention refers
    // back to the orphan of its kind when no event of its kind is told yet.
    // "The two leaders met for talks. … joined the meeting": or to the orphan talks, when a
    // definite meeting finds no meeting, call or talks told.
    if mention.date == nil, mention.knownDate == nil, !mention.isAnother,
      !records.contains(where: { $0.isKind(of: mention) })
    {
      if !promoteOrphan(where: { $0.type == mention.type && $0.label == mention.label }),
        mention.isDefinite, !mention.isPossessive, Self.conversationTypes.contains(mention.type),
        !records.contains(where: { Self.conversationTypes.contains($0.type) })
      {
        promoteOrphan { Self.conversationTypes.contains($0.type) }
      }
    }
    // "withdrew from the agreement in 2020": a definite mention of an event already named
    // refers to it; the date elsewhere in the sentence belongs to something else.
    if mention.date != nil, mention.isDefinite, !mention.dateInPhrase, !mention.isDatedByItsVerb,
      mention.recognizedID == nil,
      let index = antecedent(of: mention, participants: participants, sameTypeOnly: true)
    {
      merge(mention, into: index)
      return
    }
    if let date = mention.date ?? mention.knownDate {
      if let index = records.lastIndex(where: { $0.isKind(of: mention) && $0.date == date }) {
        let existing = Set(records[index].participants)
        let explicit = Set(mention.participants.filter(\.isExplicit).map(\.entity))
        if !existing.isEmpty, explicit.count >= 2, existing.isDisjoint(with: explicit) {
          records[index].needsParticipantsInID = true
          var record = Record(type: mention.type, label: mention.label, date: date)
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
        $0.isKind(of: mention) && $0.date == nil && !$0.participants.isEmpty
          && Set($0.participants) == participants
      }) {
        records[index].date = date
        merge(mention, into: index)
        return
      }
      // "India hosts G20 summit" over the text: the headline's undated event is the one the
      // body dates.
      if !mention.isAnother, let index = records.lastIndex(where: {
        $0.isKind(of: mention) && $0.date == nil && $0.mentions.allSatisfy(\.inHeadline)
      }) {
        records[index].date = date
        merge(mention, into: index)
        return
      }
      records.append(Record(type: mention.type, label: mention.label, date: date))
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
    // "Carney met Lee in Ottawa" without a date: the meeting, unless the text tells it.
    if mention.isVerbal {
      if [.meeting, .visit].contains(mention.type) { orphans.append(mention) }
      return
    }
    if !isSubstantial {
      // Without a date or named parties, a mention is the one event of its kind the document
      // tells: the first such mention makes it, later ones join it. An event "another", or
      // "next" or "previous", is not the one told.
      // Resolved once the whole document is read: see `adoptingOrphans()`.
      if !mention.isAnother { orphans.append(mention) }
      return
    }
    records.append(Record(type: mention.type, label: mention.label, date: nil))
    merge(mention, into: records.count - 1)
  }

  /// The assembler with its orphan mentions placed. Without a date or named parties, a
  /// mention is the one event of its kind the document tells ("the phone call" of a headline
  /// is the call the body dates): it joins the event of its kind told most, wherever it is
  /// told; when none is, the first such mention that is definite or names a party or place
  /// makes it. "Aimed at a ceasefire", "adopted a declaration": an indefinite mention with
  /// nobody named is no event of its own.
  private func adoptingOrphans() -> EventAssembler {
    var result = self
    result.orphans = []
    var placed = Array(repeating: false, count: orphans.count)
    for (index, mention) in orphans.enumerated() {
      if let target = result.deal(of: mention) {
        result.merge(mention, into: target)
        placed[index] = true
        continue
      }
      // "Khan said at a news conference … Albanese told a news conference": other speakers,
      // other news conferences; anyone may join a summit, a war or an election.
      let explicit = Set(mention.participants.filter(\.isExplicit).map(\.entity))
      let distinct = !explicit.isEmpty && ![.summit, .war, .election].contains(mention.type)
        && result.records.contains { $0.isKind(of: mention) }
        && result.records.allSatisfy { !$0.isKind(of: mention) || (!$0.participants.isEmpty && Set($0.participants).isDisjoint(with: explicit)) }
      guard distinct || !result.records.contains(where: { $0.isKind(of: mention) }) else { continue }
      guard Self.isAnchored(mention) else { continue }
      result.records.append(Record(type: mention.type, label: mention.label, date: nil))
      result.merge(mention, into: result.records.count - 1)
      placed[index] = true
    }
    for (index, mention) in orphans.enumerated() where !placed[index] {
      if let target = result.mostTalkedAbout(where: { $0.isKind(of: mention) }) {
        result.merge(mention, into: target)
        continue
      }
      // "Kishida and Albanese signed the declaration. … after the meeting": where the leaders
      // met is told only by what they did together, "the meeting" is theirs.
      guard mention.isDefinite, !mention.isPossessive, Self.conversationTypes.contains(mention.type),
        !result.records.contains(where: { Self.conversationTypes.contains($0.type) }),
        let together = result.records.first(where: {
          [.agreement, .visit].contains($0.type) && $0.participants.count >= 2
        })
      else { continue }
      var meeting = mention
      meeting.participants = together.participants.map {
        EventMention.Role(entity: $0, confidence: 0.55, start: mention.start, end: mention.end,
                          isExplicit: false)
      }
      meeting.locations = together.mentions.flatMap(\.locations).prefix(1).map {
        var place = $0
        place.confidence = 0.5
        return place
      }
      result.records.append(Record(type: mention.type, label: nil, date: together.date))
      result.merge(meeting, into: result.records.count - 1)
    }
    return result
  }

  /// "completed its acquisition of VMware … approved the deal": in a story of an
  /// acquisition, "the deal" or "the agreement" without people or countries of its own is
  /// the acquisition.
  private func deal(of mention: EventMention) -> Int? {
    guard mention.type == .agreement, mention.isDefinite || mention.inHeadline,
      ["deal", "transaction", "agreement"].contains(mention.trigger.lowercased()),
      !mention.participants.contains(where: { $0.isExplicit })
    else { return nil }
    return mostTalkedAbout { $0.type == .other && $0.label == "acquisition" }
  }

  /// Makes an event of the first anchored orphan that fits; whether there was one.
  @discardableResult
  private mutating func promoteOrphan(where fits: (EventMention) -> Bool) -> Bool {
    guard let index = orphans.firstIndex(where: { Self.isAnchored($0) && fits($0) }) else {
      return false
    }
    let orphan = orphans.remove(at: index)
    records.append(Record(type: orphan.type, label: orphan.label, date: nil))
    merge(orphan, into: records.count - 1)
    return true
  }

  /// Whether an orphan mention may make an event of its own: it names a party, an organizer
  /// or a place, or belongs to someone ("their meeting"). "The meeting was long" alone is
  /// no event.
  private static func isAnchored(_ mention: EventMention) -> Bool {
    // "The lawsuit was dropped", "the experiment": an acquisition, lawsuit or experiment is
    // never generic talk.
    mention.isPossessive || mention.isDefinite && mention.type == .other && mention.label != nil
      || !mention.participants.isEmpty && !mention.hasSharedParticipants
      || !mention.locations.isEmpty
      || !mention.organizers.isEmpty
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
    // "the Joint Declaration on … . Kishida and Albanese signed the declaration": a definite
    // mention whose word is in an event's own name is that event.
    if mention.isDefinite, mention.trigger.count > 4, mention.date == nil,
      mention.trigger.lowercased() != mention.type.rawValue,
      let index = mostTalkedAbout(where: { record in
        record.isKind(of: mention)
          && (record.properName.map { $0.lowercased().contains(mention.trigger.lowercased()) } ?? false
            || record.aliases.contains { $0.contains(" ") && $0.lowercased().hasSuffix(" " + mention.trigger.lowercased()) && !$0.first!.isNumber })
      })
    {
      return index
    }
    if let index = mostTalkedAbout(where: { $0.isKind(of: mention) && fits($0) }) {
      // A bare indefinite mention ("a deal") is a new, unnamed event, not a reference.
      if explicit || mention.isDefinite { return index }
      return nil
    }
    if sameTypeOnly { return nil }
    // "Ruto also attended the summit": the only summit told, whoever else is named.
    let sameType = records.indices.filter { records[$0].isKind(of: mention) }
    if mention.isDefinite, !mention.isPossessive, mention.date == nil, sameType.count == 1 {
      return sameType[0]
    }
    // "The leaders met for talks. … Their ministers joined the meeting": where no meeting was
    // told, "the meeting" is the talks (or call, or summit) the text tells.
    if mention.isDefinite, !mention.isPossessive, mention.date == nil, sameType.isEmpty,
      Self.conversationTypes.contains(mention.type),
      let index = mostTalkedAbout(where: { Self.conversationTypes.contains($0.type) })
    {
      return index
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
    // In place: a copy of the record would make appending to its mentions copy them all.
    Self.merge(mention, into: &records[index])
  }

  private static func merge(_ mention: EventMention, into record: inout Record) {
    record.duration = record.duration ?? mention.duration
    record.properName = record.properName ?? mention.properName
    record.topic = record.topic ?? mention.topic
    record.againstDeal = record.againstDeal || mention.againstDeal
    for role in mention.participants where !record.participants.contains(role.entity) {
      record.participants.append(role.entity)
    }
    if !mention.isVerbal, !mention.isAttendance, spaceSeparatedWordCount(of: mention.phrase) <= 7 {
      record.aliases.insert(mention.phrase)
    }
    record.mentions.append(mention)
    if let recognized = mention.recognizedID { record.recognizedIDs.insert(recognized) }
  }

  // MARK: - Output

  /// The events as entities, and the relations to their participants, organizers and places.
  func output(documentID: String, graph: KnowledgeGraph, quote: (Int, Int) -> String)
    -> (entities: [Entity], candidates: [Candidate], sameAs: [(EntityID, EntityID)])
  {
    var entities: [Entity] = []
    var sameAs: [(EntityID, EntityID)] = []
    var candidates: [Candidate] = []
    var records = adoptingOrphans().records
    // "sued to block the takeover": the parties to the deal are the lawsuit's too.
    let deal = records.last { $0.type == .other && $0.label == "acquisition" }
    for index in records.indices where records[index].againstDeal {
      for party in deal?.participants ?? [] where !records[index].participants.contains(party) {
        records[index].participants.append(party)
      }
    }
    for record in records {
      let id = identifier(of: record, documentID: documentID)
      // A bare trigger ("talks", "call") names no event in particular: keep it only when the
      // event has no more specific name.
      var aliases = record.aliases
      let triggers = Set(record.mentions.map { $0.trigger.lowercased() })
      let specific = aliases.filter { alias in !triggers.contains(alias.lowercased()) }
      if !specific.isEmpty { aliases = specific }
      // Its kind ("meeting", "acquisition") is a fair name for it too: a dated event is found
      // by its date, an undated one only by such a name.
      // Undated "trade talks" or a "trade war" are a process of their own, not just any talks.
      if let kind = Self.kindName(of: record),
        record.date != nil || record.topic == nil || ![.talks, .war].contains(record.type)
      {
        aliases.insert(kind)
      }
      var entity = Entity(.event, id: id, named: name(of: record, graph: graph), aliases: aliases)
      // "signed a pact on Saturday as the leaders met in Perth", "told a news conference after
      // the meeting": an event told with a located meeting, in its sentence, happened there.
      if !record.mentions.contains(where: { !$0.locations.isEmpty }),
        let place = Self.sharedPlace(of: record, among: records)
      {
        candidates.append(
          Candidate(
            subject: id, predicate: .location, object: place.role.entity, confidence: 0.5,
            rule: "event-location-shared", sentence: place.mention.sentence,
            start: min(place.mention.start, place.role.start),
            end: max(place.mention.end, place.role.end)))
      }
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
        if mention.againstDeal, let deal {
          let plaintiffs = Set(mention.participants.map(\.entity))
          for party in deal.participants where !plaintiffs.contains(party) {
            candidates.append(
              Candidate(
                subject: id, predicate: .participant, object: party, confidence: 0.6,
                rule: "event-lawsuit-against-deal", sentence: mention.sentence,
                start: mention.start, end: mention.end))
          }
        }
        // Two people in a call or meeting met; two countries in talks negotiated.
        let persons = mention.participants.filter { graph.kind(of: $0.entity) == .person }
        let countries = mention.participants.filter { graph.kind(of: $0.entity) == .country }
        if [.call, .meeting, .summit, .talks].contains(record.type), persons.count == 2,
          !mention.participantsJoined
        {
          let pair = persons.map(\.entity).sorted()
          candidates.append(
            Candidate(
              subject: pair[0], predicate: .meetsWith, object: pair[1], confidence: 0.6,
              rule: "event-participants-meet", sentence: mention.sentence,
              start: min(mention.start, persons[0].start, persons[1].start),
              end: max(mention.end, persons[0].end, persons[1].end)))
          // The countries whose offices two people in talks hold negotiated: a marker that
          // ``withNegotiatingCountries(_:in:)`` turns into their pair.
          if record.type == .talks {
            candidates.append(
              Candidate(
                subject: pair[0], predicate: .negotiatesWith, object: pair[1], confidence: 0.55,
                rule: Self.negotiatingPeopleRule, sentence: mention.sentence,
                start: min(mention.start, persons[0].start, persons[1].start),
                end: max(mention.end, persons[0].end, persons[1].end)))
          }
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

  /// The rule of the `negotiatesWith` marker between two people in talks, which
  /// ``withNegotiatingCountries(_:in:)`` replaces with their countries.
  static let negotiatingPeopleRule = "event-participants-negotiate-people"

  /// The place of a meeting (or talks, summit, call) told in a sentence of `record`'s own,
  /// when there is exactly one such place.
  private static func sharedPlace(of record: Record, among records: [Record])
    -> (mention: EventMention, role: EventMention.Role)?
  {
    guard record.type != .visit, record.type != .war, record.type != .election else { return nil }
    let sentences = Set(record.mentions.map(\.sentence))
    var found: (mention: EventMention, role: EventMention.Role)?
    // By index: iterating the records would copy each.
    for index in records.indices where conversationTypes.contains(records[index].type) {
      guard let mention = records[index].mentions.first(where: { sentences.contains($0.sentence) })
      else { continue }
      for role in records[index].mentions.flatMap(\.locations) {
        if let found, found.role.entity != role.entity { return nil }
        found = found ?? (mention, role)
      }
    }
    return found
  }

  /// The noun for an event's kind: "meeting", "acquisition"; `nil` for an unnamed kind.
  private static func kindName(of record: Record) -> String? {
    record.type == .other ? record.label : record.type.rawValue
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
  private func identifier(of record: Record, documentID: String) -> EntityID {
    // Only some identifiers name the participants: they are joined only for those.
    var participantPart: String {
      record.participants.sorted().map {
        String($0.rawValue.split(separator: "/").last ?? "")
      }.joined(separator: " ")
    }
    if let date = record.date {
      let base = record.type == .other
        ? (record.properName ?? record.label ?? "event") : record.type.rawValue
      return EntityID(
        eventNamed: record.needsParticipantsInID ? participantPart + " " + base : base, date: date)
    }
    let base = record.properName ?? [record.topic, Self.kindName(of: record) ?? "event"].compactMap { $0 }
      .joined(separator: " ")
    // Neither date nor parties: "the war" of one text is not that of another.
    if record.properName == nil, record.participants.isEmpty {
      let places = Set(record.mentions.flatMap(\.locations).map(\.entity)).sorted().map {
        String($0.rawValue.split(separator: "/").last ?? "")
      }
      let scope = places.isEmpty ? documentID : places.joined(separator: " ")
      return EntityID(eventNamed: scope + " " + base, date: nil)
    }
    return EntityID(eventNamed: participantPart + " " + base, date: nil)
  }

  /// A readable name: "Trump–Xi phone call", "China–US trade meeting", "2018 trade war".
  private func name(of record: Record, graph: KnowledgeGraph) -> String {
    if let properName = record.properName { return properName }
    let kind = record.type == .other ? record.label ?? Self.label(record.type) : Self.label(record.type)
    let head = [record.topic, kind].compactMap { $0 }.joined(separator: " ")
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
      let words = spaceSeparatedWords(of: entity.name)
      // The least of the one-word aliases that are words of the name (every name but the
      // canonical one is an alias).
      var alias: String?
      for name in entity.unorderedNames where name != entity.name && !name.contains(" ")
        && words.contains(name) && alias.map({ name < $0 }) ?? true
      {
        alias = name
      }
      if let alias { return alias }
      // Without a one-word alias the family name is unknown ("Xi Jinping" is Xi): use it all.
      return entity.name
    }
    let candidates = entity.names.filter { $0.count >= 2 && !$0.lowercased().hasPrefix("the ") }
    return candidates.min { ($0.count, $0) < ($1.count, $1) } ?? entity.name
  }

  /// The number of words of `phrase` split at spaces, as `split(separator: " ").count` gives
  /// it: byte by byte for ASCII text, where every byte is a character of its own, or a
  /// carriage return and line feed, which are not spaces.
  private static func spaceSeparatedWordCount(of phrase: String) -> Int {
    let ascii = phrase.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var count = 0
      var previous = UInt8(ascii: " ")
      for byte in bytes {
        if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") { count += 1 }
        previous = byte
      }
      return count
    }
    if let ascii, let ascii { return ascii }
    return phrase.split(separator: " ").count
  }

  /// The words of `name` split at spaces, as `split(separator: " ")` gives them: byte by byte
  /// for ASCII text, where every byte is a character of its own, or a carriage return and
  /// line feed, which are not spaces.
  private static func spaceSeparatedWords(of name: String) -> [String] {
    let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
    if let ascii, let ascii { return ascii }
    return name.split(separator: " ").map(String.init)
  }
}
