import KnowledgeGraphCore

/// Finds the events a sentence talks about, with their dates, durations, places,
/// participants and organizers.
struct EventRules {
  let view: SentenceView
  let dates: [DateMention]
  let rules: RelationRules
  let graph: KnowledgeGraph
  let subjectFinder: InteractionRules
  /// Actors of the document by each of their one-word names, to read "China-US" inside a
  /// recognised event name.
  let actorsByName: [String: EntityID]

  static let determiners: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "another", "their", "its", "his", "her",
    "our", "such", "same", "latest", "recent", "first", "second", "third", "last", "next",
    "previous", "new", "upcoming", "planned", "proposed", "original", "historic", "landmark", "key",
    "possible", "potential", "one", "two", "both",
  ]
  static let definiteDeterminers: Set<String> = [
    "the", "this", "that", "these", "those", "such", "same", "their", "its", "his", "her",
  ]
  /// Determiners that point to an event other than the one the text is telling.
  static let otherEventWords: Set<String> = ["next", "previous", "upcoming"]
  static let possessiveDeterminers: Set<String> = ["their", "its", "his", "her", "our"]
  static let verbalPrefixes: Set<String> = [
    "to", "will", "would", "could", "can", "should", "must", "may", "might", "they", "we", "i",
    "you", "he", "she", "it", "who", "not", "also", "and", "shall",
  ]
  static let topics: Set<String> = [
    "trade", "economic", "peace", "nuclear", "security", "climate", "bilateral", "state",
    "tariff", "ceasefire", "defense", "defence", "diplomatic", "business", "investment",
    "arms", "energy", "border", "cold", "civil", "world", "presidential", "general",
    "parliamentary", "midterm", "local", "federal", "national", "snap", "legislative",
    "provincial", "regional", "municipal",
  ]
  static let holdVerbs: [String: Bool] = [
    // verb: whether its subject organizes (rather than just takes part in) the event
    "held": false, "hold": false, "holds": false, "holding": false, "had": false, "have": false,
    "has": false, "concluded": false, "signed": false, "sign": false, "signs": false,
    "reached": false, "reach": false, "struck": false, "strike": false, "attended": false,
    "attend": false, "attends": false, "joined": false, "began": false, "started": false,
    "made": false, "conducted": false, "wrapped": false, "resumed": false, "finalized": false,
    "hosted": true, "hosts": true, "host": true, "convened": true, "launched": true,
    "launch": true, "launches": true, "organized": true, "organised": true, "initiated": true,
    "waged": true, "declared": false, "opened": false, "opens": false, "won": false, "lost": false, "contested": false,
    "fought": false, "entered": false, "completed": false, "completes": false, "told": false,
    "addressed": false, "gave": false, "filed": false, "brought": false, "performed": false,
    "ran": false,
  ]
  /// Verbs of reporting, whose clause dates what it reports: "the White House confirmed on
  /// Friday".
  private static let reportingVerbs: Set<String> = [
    "confirmed", "reported", "stated", "noted", "disclosed", "revealed", "explained",
    "acknowledged", "claimed", "declared", "posted", "tweeted", "indicated", "emphasized",
    "emphasised", "commented", "replied", "responded", "argued", "alleged", "asserted",
    "reiterated", "underscored", "highlighted", "welcomed", "praised", "described",
  ]
  /// Words that join a clause of its own to a sentence.
  private static let clauseConjunctions: Set<String> = [
    "while", "whereas", "but", "although", "though", "meanwhile",
  ]

  /// Whether `date` belongs to another clause of the sentence than `event`: "signed an
  /// agreement, while on March 1 Tanzania announced tariffs", "After they held talks, Kenya
  /// raised tariffs on January 10". A speaker's clause ("officials said on Sunday") is not
  /// another clause: news dates what it reports by it.
  private func isInAnotherClause(_ date: DateMention, than event: EventMention) -> Bool {
    let lower = min(event.triggerRange.upperBound, date.tokenRange.upperBound)
    let upper = max(event.triggerRange.lowerBound, date.tokenRange.lowerBound)
    guard lower < upper else { return false }
    let between = lower..<upper
    if between.contains(where: { Self.clauseConjunctions.contains(view.lower[$0]) }) { return true }
    guard date.tokenRange.lowerBound >= event.triggerRange.upperBound else { return false }
    for comma in between where view.lower[comma] == "," {
      guard let subject = view.slot(startingAt: comma + 1), subject.isActor else { continue }
      let verb = view.word(subject.tokenRange.upperBound)
      if verb.hasSuffix("ed"), verb.count > 4, !Self.eventVerbsOfDate.contains(verb),
        !Self.speechVerbs.contains(verb), !Self.reportingVerbs.contains(verb)
      {
        return true
      }
    }
    return false
  }

  /// Participles whose agent takes part in the event before them: "signed by".
  private static let signerParticiples: Set<String> = [
    "signed", "concluded", "reached", "negotiated", "ratified", "co-signed",
  ]
  /// Verbs whose subject takes part in the event after "to": "agreed to a truce".
  static let agreeVerbs: Set<String> = ["agreed", "agree", "agrees", "agreeing", "committed"]
  /// Nouns of events that have no type of their own, by the kind they name: "the
  /// acquisition", "a lawsuit", "the experiment".
  static let otherNouns: [String: String] = [
    "acquisition": "acquisition", "takeover": "acquisition", "purchase": "acquisition",
    "buyout": "acquisition", "merger": "acquisition", "lawsuit": "lawsuit", "experiment": "experiment",
  ]
  /// Verbs that tell such an event between two actors: "Acme sued Globex", "Acme acquired
  /// Globex".
  private static let otherVerbs: [String: String] = [
    "sued": "lawsuit", "sues": "lawsuit", "acquired": "acquisition", "acquires": "acquisition",
    "bought": "acquisition", "buys": "acquisition",
  ]
  /// ``otherNouns`` and ``otherVerbs`` in one list, which ``Lexicon/Facts/otherTrigger``
  /// numbers, so a word is looked up once.
  static let otherTriggerList: [(word: String, label: String, isVerb: Bool)] = {
    var table: [String: (label: String, isVerb: Bool)] = [:]
    for (word, label) in otherNouns { table[word] = (label, false) }
    for (word, label) in otherVerbs { table[word] = (label, true) }
    return table.keys.sorted().compactMap { word in
      table[word].map { (word, $0.label, $0.isVerb) }
    }
  }()

  /// The verbs ``attendance(at:)`` reads; it finds nothing at any other word.
  static let attendanceVerbs: Set<String> = [
    "conceded", "concedes", "sent", "dispatched", "represented",
  ]

  /// Verbs whose subject both organizes and attends a meeting: "hosted the summit".
  private static let hostVerbs: Set<String> = ["hosted", "hosts", "host", "convened"]
  /// Nouns that form compounds with an event noun: "economic partnership agreement".
  static let compoundWords: Set<String> = [
    "partnership", "cooperation", "free", "investment", "framework", "multilateral",
    "strategic", "arms", "phase", "interim", "preliminary", "final", "comprehensive", "joint",
    "military", "leaders", "ministerial", "high-level", "face-to-face", "virtual", "video",
    "emergency", "annual", "formal", "informal", "private", "closed-door", "rare", "surprise",
    "two-way", "three-way", "round", "control", "climate", "nuclear", "border", "diplomatic",
  ]

  /// Participles whose date is the event's own: "the summit was held on May 3".
  private static let eventVerbsOfDate: Set<String> = [
    "held", "signed", "concluded", "opened", "started", "ended", "scheduled", "planned",
    "launched", "hosted", "staged", "organized", "organised", "convened", "reached", "agreed",
    "announced", "completed", "finalized", "finalised", "inaugurated", "initiated", "called",
    "arranged", "slated", "set", "expected", "sealed", "struck", "ratified", "adopted",
    "lasted", "occurred", "happened", "resumed", "continued", "took", "convened",
    "delivered", "handed", "imposed", "issued", "staged",
  ]

  private static let speechVerbs: Set<String> = [
    "said", "says", "told", "tells", "announced", "announces", "spoke", "speaks", "added",
    "insisted", "warned", "stressed",
  ]
  private static let dayAndMonthNames: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
  ]
  private static let relativeTimeWords: Set<String> = [
    "before", "after", "since", "until", "following", "ahead", "prior", "preceding",
  ]
  private static let durationUnits: [String: String] = [
    "minute": "M", "minutes": "M", "hour": "H", "hours": "H", "day": "D", "days": "D",
    "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y",
  ]
  private static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "half": 0,
  ]

  func mentions() -> [EventMention] {
    var found: [EventMention] = []
    var position = 0
    while position < view.count {
      defer { position += 1 }
      guard !view.quoted[position] else { continue }
      if let slotIndex = view.slotAt[position] {
        let slot = view.slots[slotIndex]
        if slot.tokenRange.lowerBound == position, slot.kinds == [.event],
          let mention = named(slot)
        {
          found.append(mention)
        }
        position = slot.tokenRange.upperBound - 1
        continue
      }
      let facts = view.facts[position]
      let pair = position + 1 < view.count && facts.classes.contains(.compoundStart)
        ? view.lower[position] + " " + view.lower[position + 1] : ""
      if !pair.isEmpty, let type = rules.eventNouns[pair], view.slotAt[position + 1] == nil {
        if let mention = noun(type, at: position..<(position + 2)) { found.append(mention) }
        position += 1
      } else if let type = facts.eventNoun {
        if let mention = noun(type, at: position..<(position + 1)) { found.append(mention) }
      } else if facts.otherTrigger >= 0 {
        let (_, label, isVerb) = Self.otherTriggerList[Int(facts.otherTrigger)]
        if isVerb {
          if let mention = actorVerb(label, at: position) { found.append(mention) }
        } else if var mention = noun(.other, at: position..<(position + 1), label: label) {
          mention.label = label
          found.append(mention)
        }
      } else if let type = facts.eventVerb {
        if let mention = verb(type, at: position) { found.append(mention) }
      } else if facts.classes.contains(.attendanceVerb), let mention = attendance(at: position) {
        found.append(mention)
      } else if !facts.classes.contains(.occurrenceTrigger) {
        continue
      } else if let mention = datedVerb(at: position) {
        found.append(mention)
      } else if let mention = occurrence(at: position) {
        found.append(mention)
      }
    }
    found.removeAll { isNegated($0) }
    addBetweenParties(&found)
    addFrontedTraveller(&found)
    assignDates(&found)
    shareCoordinatedDates(&found)
    shareParticipants(&found)
    if isHeadline {
      for index in found.indices { found[index].inHeadline = true }
    }
    // An undated verb makes an event only when nothing else names it ("met", "visited").
    // "met in Ottawa for talks": the noun names the meeting.
    let named = found.contains { !$0.isVerbal && EventAssembler.conversationTypes.contains($0.type) }
    return found.filter {
      !$0.isVerbal || $0.date != nil || (!named && [.meeting, .visit].contains($0.type))
    }
  }

  /// Whether the sentence is the document's first line without closing punctuation: a headline.
  private var isHeadline: Bool {
    guard view.index == 0, let last = view.tokens.last?.text else { return false }
    return ![".", "?", "!", "\"", "”"].contains(last)
  }

  // MARK: - Nouns

  /// An event the recogniser named ("the China-US Economic and Trade Meeting"): its parties
  /// may be named inside it.
  private func named(_ slot: Slot) -> EventMention? {
    let id = slot.entities[0]
    guard let entity = graph[id] else { return nil }
    let lastWord = view.lower[slot.tokenRange.upperBound - 1]
    let type = entity.eventType.flatMap { $0 == .other ? nil : $0 } ?? rules.eventNouns[lastWord]
    guard let type else { return nil }
    guard var mention = noun(type, at: slot.tokenRange, named: true) else { return nil }
    for index in slot.tokenRange {
      guard let actor = actorsByName[view.tokens[index].text],
        !mention.participants.contains(where: { $0.entity == actor })
      else { continue }
      mention.participants.append(
        EventMention.Role(entity: actor, confidence: 0.75, start: view.tokens[index].start,
                          end: view.tokens[index].end, isExplicit: true))
    }
    mention.properName = entity.name
    mention.recognizedID = id
    mention.knownDate = entity.date
    return mention
  }

  private func noun(
    _ type: Entity.EventType, at trigger: Range<Int>, named: Bool = false, label: String? = nil
  ) -> EventMention? {
    let previous = view.word(trigger.lowerBound - 1)
    let next = view.word(trigger.upperBound)
    if !named, view.word(trigger.lowerBound - 1, isIn: .eventVerbalPrefix) { return nil }
    // "call on X to …", "call for talks": a verb unless a determiner or modifier precedes.
    if type == .call, ["for", "on", "upon", "it", "him", "her", "them", "off"].contains(next),
      !Self.determiners.contains(previous), !["phone", "telephone", "video"].contains(previous),
      Self.duration(previous) == nil
    {
      return nil
    }
    if trigger.count == 1, view.lower[trigger.lowerBound] == "deal",
      previous == "great" || next == "with"
    {
      return nil
    }
    // "Xi talks with Trump", "X meeting Y": a verb after its subject.
    if view.slot(endingBefore: trigger.lowerBound)?.kinds.first == .person,
      next == "with" || view.slot(startingAt: trigger.upperBound) != nil
    {
      return nil
    }
    // The noun phrase to the left: determiners, dates, durations, topics, names.
    var left = trigger.lowerBound
    var duration: String?
    var topic: String?
    var participants: [EventMention.Role] = []
    var locations: [EventMention.Role] = []
    var isDefinite = false
    var isAnother = false
    var isPossessive = false
    let capitalizedName = !named
      && view.tokens[trigger.lowerBound].text.startsUppercase
    var nameStart = trigger.lowerBound
    var compoundOrganizers: [EventMention.Role] = []
    while left > 0 {
      let index = left - 1
      let word = view.lower[index]
      // "a Qatar-brokered truce", "U.S.-led talks": the name joined to the participle
      // organizes the event, it takes no part in it.
      if view.facts[index].classes.contains(.organizerParticiple) || word == "led",
        view.word(index - 1) == "-",
        let organizer = view.slot(endingBefore: index - 1), organizer.isActor
      {
        for id in organizer.entities { compoundOrganizers.append(role(id, organizer, 0.75)) }
        left = organizer.tokenRange.lowerBound
        continue
      }
      if let slotIndex = view.slotAt[index] {
        let slot = view.slots[slotIndex]
        // "Trump-Xi call", "China-US meeting", "the Geneva talks", "Trump's inauguration"
        for (id, kind) in zip(slot.entities, slot.kinds) {
          if kind == .place || (kind == .country && type == .election) {
            // "Argentina's presidential runoff": a country holds a vote, it takes no part.
            locations.append(role(id, slot, 0.7))
          } else if kind != .event {
            participants.append(role(id, slot, slot.isReference ? 0.65 : 0.8))
          }
        }
        left = slot.tokenRange.lowerBound
        if capitalizedName { nameStart = left }
        continue
      }
      if word == "-" || word == "–" || word == "'s" || word == "’s" {
        left = index
        // "Saturday's election" when the weekday resolves to no date (no year known).
        if index > 0, Self.dayAndMonthNames.contains(view.lower[index - 1]) { left = index - 1 }
        continue
      }
      if let date = dates.first(where: { $0.tokenRange.contains(index) }) {
        left = date.tokenRange.lowerBound
        continue
      }
      if let parsed = Self.duration(word) {
        duration = parsed
        left = index
        continue
      }
      let classes = view.facts[index].classes
      if classes.contains(.eventTopic) || (word == "phone" || word == "telephone") {
        topic = topic ?? (classes.contains(.eventTopic) ? view.tokens[index].text.lowercased() : nil)
        left = index
        if capitalizedName { nameStart = index }
        continue
      }
      if classes.contains(.eventCompound) {
        left = index
        continue
      }
      if classes.contains(.eventDeterminer) {
        // "said that the talks": a word before an article is a conjunction, not a determiner.
        if Self.isArticle(view.lower[index + 1]), index + 1 < trigger.lowerBound {
          break
        }
        // "the next summit", "the previous meeting": another event than the one told.
        if classes.contains(.otherEventWord) { isAnother = true }
        isDefinite = isDefinite || classes.contains(.definiteDeterminer)
        isPossessive = isPossessive || classes.contains(.possessiveDeterminer)
        isAnother = isAnother || word == "another"
        left = index
        continue
      }
      let text = view.tokens[index].text
      if capitalizedName, text.startsUppercase || word == "and" || word == "of" {
        left = index
        nameStart = index
        continue
      }
      break
    }
    // "the Muon g-2 experiment": a name the left scan stops at, after "the".
    if !isDefinite, left > 0 {
      var cursor = left - 1
      while cursor >= 0, cursor >= left - 3, view.slotAt[cursor] == nil,
        view.tokens[cursor].text.startsUppercase
          || view.tokens[cursor].text.containsNumber || view.lower[cursor] == "-"
      {
        cursor -= 1
      }
      if cursor >= 0, cursor < left - 1, view.lower[cursor] == "the",
        cursor == 0 || !Self.isArticle(view.lower[cursor - 1])
      {
        isDefinite = true
        left = cursor
      }
    }
    // Possessive organizer: "Trump's launch of the trade war".
    var organizers: [EventMention.Role] = compoundOrganizers
    let phraseStart = left
    if view.word(phraseStart - 1) == "of",
      ["launch", "start", "initiation", "outbreak", "hosting"].contains(view.word(phraseStart - 2)),
      Self.isPossessiveMark(view.word(phraseStart - 3)),
      let possessor = view.slot(endingBefore: phraseStart - 3), possessor.isActor
    {
      for id in possessor.entities { organizers.append(role(id, possessor, 0.75)) }
      if type == .war {
        for id in possessor.entities { participants.append(role(id, possessor, 0.7)) }
      }
    }
    // The subject of "held a call", "hosted the summit".
    var verbIndex = phraseStart - 1
    // "agreed to a truce": who agreed takes part.
    if view.word(verbIndex) == "to", view.word(verbIndex - 1, isIn: .agreeVerb) {
      verbIndex -= 1
    }
    // "signed a reconciliation deal": one free modifier between the article and the trigger.
    if verbIndex >= 2, holdVerb(at: verbIndex) == nil,
      !view.word(verbIndex, isIn: .agreeVerb), phraseStart == trigger.lowerBound,
      view.slotAt[verbIndex] == nil, ["a", "an", "the"].contains(view.word(verbIndex - 1)),
      view.tokens[verbIndex].text.first?.isLowercase == true,
      holdVerb(at: verbIndex - 2) != nil
    {
      verbIndex -= 2
    }
    if let subjectVerb = holdVerb(at: verbIndex)
      ?? (view.word(verbIndex, isIn: .agreeVerb) ? false : nil)
    {
      if let subject = subjectFinder.subject(before: verbIndex) ?? coordinatedSubject(before: verbIndex)
        ?? appositiveParties(before: verbIndex)
      {
        for id in subject.entities {
          if subjectVerb {
            organizers.append(role(id, subject, 0.75))
            // "Modi hosted the G20 summit": the host also takes part in the meeting.
            if type == .war
              || Self.hostVerbs.contains(view.lower[verbIndex])
                && [.summit, .meeting, .talks].contains(type)
            {
              participants.append(role(id, subject, 0.7))
            }
          } else {
            participants.append(role(id, subject, subject.isReference ? 0.65 : 0.8))
          }
        }
      }
    } else {
      verbIndex = -1
      // "Envoys arrived in Jeddah, Saudi Arabia, on Saturday for talks": who came, and where.
      if view.word(phraseStart - 1) == "for", let arrival = arrivalVerb(before: phraseStart - 1) {
        if let subject = subjectFinder.subject(before: arrival), subject.isActor {
          for id in subject.entities { participants.append(role(id, subject, 0.7)) }
        }
        if locations.isEmpty, ["in", "to", "at"].contains(view.word(arrival + 1)),
          let place = view.slot(startingAt: arrival + 2),
          place.kinds.first == .place || place.kinds.first == .country
        {
          locations.append(role(place.entities[0], place, 0.75))
        }
      }
    }
    // To the right: between, with, against, in, at, initiated by, lasted.
    let limit = min(view.count, trigger.upperBound + 14)
    var cursor = trigger.upperBound
    var withPhraseEnd: Int?
    while cursor < limit {
      let word = view.lower[cursor]
      let classes = view.facts[cursor].classes
      if classes.contains(.eventPhraseEnd) { break }
      // "declared war on Germany"
      if classes.contains(.partyIntroducer)
        || (word == "on" && type == .war && cursor == trigger.upperBound)
      {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        start = view.skipTitle(from: start)
        if let group = view.group(startingAt: start), group.isActor {
          for id in group.entities {
            participants.append(role(id, group, group.isReference ? 0.65 : 0.8))
          }
          cursor = group.tokenRange.upperBound
          if word == "with" { withPhraseEnd = cursor }
          continue
        }
      }
      // "the purchase of Kestrel Pharma", "the acquisition of VMware by Broadcom"
      if label == "acquisition" || label == "merger", word == "of" || word == "by" || word == "with" {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        if let group = view.group(startingAt: start),
          group.kinds.allSatisfy({ $0 == .organization })
        {
          for id in group.entities { participants.append(role(id, group, 0.75)) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      // "a visit to Taiwan by Nancy Pelosi", "the inauguration of Lula"
      if type == .visit || type == .inauguration, word == "by" || word == "of",
        cursor == trigger.upperBound || view.word(cursor - 1) != ","
      {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        start = view.skipTitle(from: start)
        if let slot = view.slot(startingAt: start), slot.kinds == [.person] {
          participants.append(role(slot.entities[0], slot, 0.75))
          cursor = slot.tokenRange.upperBound
          continue
        }
      }
      // "his tour of Vietnam"
      if type == .visit, word == "to" || (word == "of" && view.lower[trigger.lowerBound] == "tour"),
        locations.isEmpty
      {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        if let slot = view.slot(startingAt: start), slot.kinds.first == .place
          || slot.kinds.first == .country
        {
          locations.append(role(slot.entities[0], slot, 0.8))
          cursor = slot.tokenRange.upperBound
          continue
        }
      }
      if word == "in" || word == "at", locations.isEmpty {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        start = skipPlaceNoun(from: start)
        if let slot = view.slot(startingAt: start), slot.kinds.first == .place
          || slot.kinds.first == .country
        {
          locations.append(role(slot.entities[0], slot, 0.8))
          cursor = slot.tokenRange.upperBound
          continue
        }
      }
      // "The accord was signed by Santos and Holm": the signers take part.
      if view.word(cursor + 1, isIn: .by), Self.signerParticiples.contains(word) {
        var start = cursor + 2
        if view.word(start) == "the" { start += 1 }
        start = view.skipTitle(from: start)
        if let group = view.group(startingAt: start), group.isActor {
          for id in group.entities { participants.append(role(id, group, 0.75)) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      if view.facts[cursor].classes.contains(.organizerParticiple), view.word(cursor + 1) == "by" {
        var start = cursor + 2
        if view.word(start) == "the" { start += 1 }
        // "hosted by NATO Secretary General Jens Stoltenberg": the person, not the body.
        start = view.skipTitle(from: start)
        if let group = view.group(startingAt: start), group.isActor {
          for id in group.entities { organizers.append(role(id, group, 0.8)) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      if word == "lasted" || word == "lasting", let parsed = durationPhrase(at: cursor + 1) {
        duration = duration ?? parsed
      }
      // "won the election, defeating the Labour Party": the loser ran too.
      if type == .election, ["defeating", "beating", "ousting", "unseating", "defeated", "beat"]
        .contains(word)
      {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        start = view.skipTitle(from: start)
        if let group = view.group(startingAt: start), group.isActor,
          !group.kinds.contains(.country)
        {
          for id in group.entities { participants.append(role(id, group, 0.7)) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      // "The parties to the talks, the army and the RSF, …": the apposition names them.
      if word == ",", cursor == trigger.upperBound, ["to", "in"].contains(view.word(phraseStart - 1)),
        Self.partyNouns.contains(view.word(phraseStart - 2))
      {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        if let group = view.group(startingAt: start), group.isActor,
          view.word(group.tokenRange.upperBound) == ","
        {
          for id in group.entities { participants.append(role(id, group, 0.75)) }
          cursor = group.tokenRange.upperBound + 1
          break
        }
      }
      if word == "," {
        // Only an appositive participle may follow a comma: "The call, initiated by Trump, …".
        let following = view.word(cursor + 1)
        if type == .election, ["defeating", "beating", "ousting", "unseating"].contains(following) {
          cursor += 1
          continue
        }
        if !view.word(cursor + 1, isIn: .organizerParticiple), following != "held",
          following != "which"
        {
          break
        }
      }
      cursor += 1
    }
    // "During the meeting with Trump, Xi said …": the subject of the main clause.
    if let end = withPhraseEnd, verbIndex < 0, view.word(end) == ",",
      let subject = view.slot(startingAt: end + 1), subject.kinds.first == .person
    {
      for id in subject.entities { participants.append(role(id, subject, 0.7)) }
    }
    // "Khan said at a news conference", "Albanese told reporters at a news conference": who
    // spoke there takes part.
    if type == .conference, participants.isEmpty, ["at", "during"].contains(view.word(phraseStart - 1)) {
      var verb = phraseStart - 2
      if ["reporters", "journalists", "the"].contains(view.word(verb)) { verb -= 1 }
      if ["reporters", "journalists"].contains(view.word(verb)) { verb -= 1 }
      if Self.speechVerbs.contains(view.word(verb)),
        let speaker = subjectFinder.subject(before: verb), speaker.isActor
      {
        for id in speaker.entities { participants.append(role(id, speaker, 0.7)) }
      }
    }
    // "The National Party won the most seats in Saturday's general election": who won there.
    if type == .election, participants.isEmpty, verbIndex < 0 {
      var cursor = phraseStart - 1
      while cursor >= 0, cursor >= phraseStart - 8, ![".", ";", ","].contains(view.lower[cursor]) {
        if ["won", "wins", "lost", "loses", "swept", "contested"].contains(view.lower[cursor]) {
          if let winner = subjectFinder.subject(before: cursor), winner.isActor,
            !winner.kinds.contains(.country)
          {
            for id in winner.entities { participants.append(role(id, winner, 0.7)) }
          }
          break
        }
        cursor -= 1
      }
    }
    // "won Saturday's general election": a vote held in the one country the sentence names.
    if type == .election, locations.isEmpty {
      let countries = view.slots.filter { $0.kinds == [.country] }
      if let country = countries.first, Set(countries.flatMap(\.entities)).count == 1 {
        locations.append(role(country.entities[0], country, 0.6))
      }
    }
    // "the call lasted 90 minutes" further on in the sentence.
    if duration == nil {
      for index in trigger.upperBound..<view.count where view.lower[index] == "lasted" {
        duration = durationPhrase(at: index + 1)
        break
      }
    }
    let triggerText = view.tokenWords(trigger)
    // "trade war", "peace talks": the topic is part of the trigger.
    if topic == nil, trigger.count == 2, Self.topics.contains(view.lower[trigger.lowerBound]) {
      topic = view.lower[trigger.lowerBound]
    }
    var phraseFirst = phraseStart
    while phraseFirst < trigger.lowerBound,
      view.facts[phraseFirst].classes.contains(.eventDeterminer)
      || Self.dayAndMonthNames.contains(view.lower[phraseFirst])
        && Self.isPossessiveMark(view.word(phraseFirst + 1))
      || Self.isPossessiveMark(view.lower[phraseFirst])
    {
      phraseFirst += 1
    }
    var properName: String?
    if capitalizedName, nameStart < trigger.lowerBound {
      var first = nameStart
      while first < trigger.lowerBound, view.facts[first].classes.contains(.eventDeterminer) {
        first += 1
      }
      // A name needs a capitalized word of its own besides the trigger and the names of
      // its parties: "China-US Economic and Trade Meeting", not "Trump and Xi's Conversation".
      let ownWords = (first..<trigger.lowerBound).filter {
        view.slotAt[$0] == nil && view.tokens[$0].text.startsUppercase
      }
      if !ownWords.isEmpty { properName = text(first..<trigger.upperBound) }
    }
    var mention = EventMention(
      type: type, sentence: view.index, phraseRange: phraseFirst..<trigger.upperBound,
      triggerRange: trigger, phrase: text(phraseFirst..<trigger.upperBound), trigger: triggerText,
      properName: properName, topic: topic, date: nil, duration: duration,
      participants: unique(participants), organizers: unique(organizers),
      locations: unique(locations), isDefinite: isDefinite && !isAnother,
      isPossessive: isPossessive, isAnother: isAnother,
      isVerbal: false, recognizedID: nil, start: view.tokens[phraseStart].start,
      end: view.tokens[trigger.upperBound - 1].end)
    // "Two ministers joined the meeting": they came to it together, they did not meet.
    mention.participantsJoined = verbIndex >= 0
      && ["joined", "attended", "attend", "attends", "join", "joins"].contains(view.lower[verbIndex])
    // "Santos and Holm signed the accord in Lisbon on March 4": the parties' own verb dates it.
    mention.isDatedByItsVerb = verbIndex >= 0 && mention.hasExplicitParticipants
      && ["signed", "held", "concluded", "reached", "struck", "sealed", "ratified"].contains(view.lower[verbIndex])
    return mention
  }

  /// "Biden arrived in the Indian capital on Friday and held talks with Modi": the person who
  /// opens the sentence is the subject of a verb coordinated by "and", when no other person
  /// comes between.
  /// Nouns for the parties of a conflict or a deal, which an apposition then names.
  private static let partyNouns: Set<String> = [
    "parties", "sides", "factions", "rivals", "belligerents", "signatories", "participants",
  ]

  /// "The warring parties, the army and the RSF, began talks": the actors an apposition names
  /// for a subject that is a plural noun of parties.
  private func appositiveParties(before verb: Int) -> Slot? {
    var cursor = verb
    while cursor > 0, cursor > verb - 4, subjectGapWords.contains(view.word(cursor - 1)) { cursor -= 1 }
    guard view.word(cursor - 1) == ",", let group = view.group(endingBefore: cursor - 1),
      group.isActor, group.entities.count >= 2
    else { return nil }
    var start = group.tokenRange.lowerBound
    if view.word(start - 1) == "the" || view.word(start - 1) == "both" { start -= 1 }
    guard view.word(start - 1) == "," else { return nil }
    var head = start - 2
    // "The parties to the talks, ...": the noun before its complement.
    if ["talks", "conflict", "war", "deal", "agreement", "negotiations", "fighting"].contains(view.word(head)) {
      head -= 1
      if view.word(head) == "the" { head -= 1 }
      if ["to", "in", "of"].contains(view.word(head)) { head -= 1 }
    }
    return Self.partyNouns.contains(view.word(head)) ? group : nil
  }

  private func coordinatedSubject(before verb: Int) -> Slot? {
    guard view.word(verb - 1) == "and" else { return nil }
    let persons = view.slots.filter { $0.kinds == [.person] && $0.tokenRange.upperBound < verb }
    guard persons.count == 1, let person = persons.first, person.tokenRange.lowerBound <= 4,
      !view.slots.contains(where: { $0.tokenRange.upperBound <= person.tokenRange.lowerBound && $0.kinds != [.country] })
    else { return nil }
    return person
  }

  /// Verbs of coming together whose "for" names the event: "arrived in Jeddah for talks".
  private static let arrivalVerbs: Set<String> = [
    "arrived", "arrive", "arrives", "travelled", "traveled", "travels", "flew", "gathered",
    "gather", "gathers", "met", "meet", "meets", "convened", "assembled", "came",
  ]

  /// The arrival verb of the clause that ends at the "for" at `position`, past its place,
  /// date and commas, if any.
  private func arrivalVerb(before position: Int) -> Int? {
    var cursor = position - 1
    while cursor >= 0, cursor >= position - 12 {
      let word = view.lower[cursor]
      if Self.arrivalVerbs.contains(word), view.slotAt[cursor] == nil { return cursor }
      if [".", ";", ":", "and", "but", "who", "which", "that"].contains(word) { return nil }
      cursor -= 1
    }
    return nil
  }

  // MARK: - Attendance

  /// "Xi stayed away and sent Li Qiang instead" (Li takes part, Xi does not), "Sergei Lavrov
  /// represented Russia" (both take part): attendance at the meeting the text is telling,
  /// which the assembler finds.
  private func attendance(at position: Int) -> EventMention? {
    let word = view.lower[position]
    var participants: [EventMention.Role] = []
    var last = position
    var type = Entity.EventType.meeting
    if word == "conceded" || word == "concedes" {
      // "Morrison conceded defeat": a candidate in the election the text tells.
      guard let subject = subjectFinder.subject(before: position),
        subject.kinds.allSatisfy({ $0 == .person || $0 == .organization })
      else { return nil }
      for id in subject.entities { participants.append(role(id, subject, 0.6)) }
      type = .election
    } else if word == "sent" || word == "dispatched" {
      var start = position + 1
      start = view.skipTitle(from: start)
      guard let slot = view.slot(startingAt: start), slot.kinds.allSatisfy({ $0 == .person })
      else { return nil }
      let after = slot.tokenRange.upperBound
      let next = view.word(after)
      let inPlace = next == "in" && ["his", "her", "their"].contains(view.word(after + 1))
        && view.word(after + 2) == "place"
      guard next == "instead" || inPlace
        || next == "to" && ["represent", "attend"].contains(view.word(after + 1))
      else { return nil }
      for id in slot.entities { participants.append(role(id, slot, 0.65)) }
      last = after
    } else if word == "represented", view.word(position + 1) == "by",
      ["was", "were", "is", "are", "been", "being"].contains(view.word(position - 1))
    {
      // "Russia was represented by Foreign Minister Sergei Lavrov".
      guard let represented = view.slot(endingBefore: position - 1),
        represented.kinds.allSatisfy({ $0 == .country || $0 == .organization }),
        let agent = view.slot(startingAt: view.skipTitle(from: position + 2)),
        agent.kinds.allSatisfy({ $0 == .person })
      else { return nil }
      for id in agent.entities { participants.append(role(id, agent, 0.65)) }
      for id in represented.entities { participants.append(role(id, represented, 0.6)) }
      last = agent.tokenRange.upperBound - 1
    } else if word == "represented" {
      guard let subject = subjectFinder.subject(before: position),
        subject.kinds.allSatisfy({ $0 == .person }),
        let object = view.slot(startingAt: view.word(position + 1) == "the" ? position + 2 : position + 1),
        object.kinds.allSatisfy({ $0 == .country })
      else { return nil }
      for id in subject.entities { participants.append(role(id, subject, 0.65)) }
      for id in object.entities { participants.append(role(id, object, 0.6)) }
      last = object.tokenRange.upperBound - 1
    } else {
      return nil
    }
    return EventMention(
      type: type, sentence: view.index, phraseRange: position..<(last + 1),
      triggerRange: position..<(position + 1), phrase: text(position..<(last + 1)),
      trigger: view.tokens[position].text, properName: nil, topic: nil, date: nil,
      duration: nil, participants: unique(participants), isDefinite: true, isAnother: false,
      isVerbal: false, isAttendance: true, recognizedID: nil, start: view.tokens[position].start,
      end: view.tokens[last].end)
  }

  // MARK: - Verbs

  /// "Acme sued Globex", "Acme acquired Globex": a lawsuit or an acquisition between two
  /// actors; "the regulator sued to block the takeover" is against the parties to the deal.
  private func actorVerb(_ label: String, at position: Int) -> EventMention? {
    guard let subject = subjectFinder.subject(before: position), subject.isActor else {
      return nil
    }
    var cursor = position + 1
    if view.word(cursor) == "the" { cursor += 1 }
    let object = view.group(startingAt: cursor).flatMap { $0.isActor ? $0 : nil }
    if label == "acquisition" {
      guard let object, object.kinds.allSatisfy({ $0 == .organization }),
        subject.kinds.allSatisfy({ $0 == .organization })
      else { return nil }
    }
    var participants = subject.entities.map { role($0, subject, subject.isReference ? 0.65 : 0.75) }
    if let object { participants += object.entities.map { role($0, object, 0.75) } }
    let token = view.tokens[position]
    var mention = EventMention(
      type: .other, label: label, sentence: view.index, phraseRange: position..<(position + 1),
      triggerRange: position..<(position + 1), phrase: label, trigger: token.text,
      properName: nil, topic: nil, date: nil, duration: nil, participants: unique(participants),
      organizers: [], locations: [], isDefinite: false, isAnother: false, isVerbal: false,
      recognizedID: nil, start: subject.start, end: object?.end ?? token.end)
    // "sued in May to block the takeover"
    if object == nil, label == "lawsuit" {
      let window = (position + 1)..<min(view.count, position + 10)
      if let block = window.first(where: { ["block", "stop", "halt", "prevent"].contains(view.lower[$0]) }),
        (block..<min(view.count, block + 4)).contains(where: {
          Self.otherNouns[view.lower[$0]] != nil || view.lower[$0] == "deal"
        })
      {
        mention.againstDeal = true
      }
    }
    return mention
  }

  /// "Trump and Xi spoke on Monday", "the two leaders discussed trade", "X met Y in Rome".
  /// Verbs that tell a dated event of their subject: "the committee will meet again on April
  /// 12", "to be sworn in on May 29", "the Council ruled", "shareholders are scheduled to vote
  /// on June 14", "fighting erupted in Khartoum on April 15".
  static let datedVerbs: [String: (type: Entity.EventType, label: String?)] = [
    "meet": (.meeting, nil), "meets": (.meeting, nil), "convene": (.meeting, nil),
    "convenes": (.meeting, nil), "reconvene": (.meeting, nil), "reconvenes": (.meeting, nil),
    "sworn": (.inauguration, nil), "ruled": (.other, "ruling"), "rules": (.other, "ruling"),
    "vote": (.other, "vote"), "votes": (.other, "vote"), "voted": (.other, "vote"),
    "erupted": (.war, nil), "broke": (.war, nil),
  ]
  /// Words between a subject and a dated verb: "are scheduled to", "will be", "is to be".
  private static let datedVerbGap: Set<String> = [
    "to", "scheduled", "expected", "set", "due", "is", "are", "was", "were", "will", "would",
    "be", "again", "also", "then", "formally", "officially", "unanimously", "later",
  ]
  /// Who votes for a body named before them: "Orion shareholders".
  private static let bodyMembers: Set<String> = [
    "shareholders", "stockholders", "investors", "members", "lawmakers", "voters", "judges",
  ]

  /// An event told by a verb of `datedVerbs` with its own date: after it ("on April 12") or
  /// opening the sentence ("On Tuesday, the Council ruled").
  private func datedVerb(at position: Int) -> EventMention? {
    let word = view.lower[position]
    guard let (type, label) = Self.datedVerbs[word] else { return nil }
    if word == "sworn", view.word(position + 1) != "in" { return nil }
    if word == "broke", view.word(position + 1) != "out" { return nil }
    if word == "ruled" || word == "rules",
      !["that", "on", "against", "in", "the"].contains(view.word(position + 1))
    {
      return nil
    }
    if word == "vote" || word == "votes", !["to", "will", "would"].contains(view.word(position - 1))
      && !["on", "in"].contains(view.word(position + 1))
    {
      return nil
    }
    // Fighting breaks out between parties, it has no subject of its own.
    let isFighting = type == .war
    if isFighting, !["fighting", "clashes", "violence", "war", "hostilities", "conflict"]
      .contains(view.word(position - 1))
    {
      return nil
    }
    // The date: closely after the verb, or opening the sentence before a comma.
    let after = position + (word == "sworn" || word == "broke" ? 2 : 1)
    var date = dates.first { mention in
      !mention.isVague && !mention.isBoundary && mention.tokenRange.lowerBound >= after
        && mention.tokenRange.lowerBound <= after + 6
        && !(after..<mention.tokenRange.lowerBound).contains { [",", ";", "and", "but", "."].contains(view.lower[$0]) }
    }
    if date == nil, let first = dates.first, !first.isVague, !first.isBoundary,
      first.tokenRange.lowerBound <= 1, view.word(first.tokenRange.upperBound) == ",",
      first.tokenRange.upperBound < position
    {
      date = first
    }
    guard let date else { return nil }
    var participants: [EventMention.Role] = []
    var locations: [EventMention.Role] = []
    if !isFighting {
      var cursor = position - 1
      while cursor >= 0, cursor > position - 6, view.slotAt[cursor] == nil,
        Self.datedVerbGap.contains(view.lower[cursor])
      {
        cursor -= 1
      }
      if cursor >= 0, view.slotAt[cursor] == nil, Self.bodyMembers.contains(view.lower[cursor]) {
        cursor -= 1
        if ["'s", "’s"].contains(view.word(cursor)) { cursor -= 1 }
      }
      guard cursor >= 0, let subject = view.group(endingBefore: cursor + 1), subject.isActor,
        !subject.isDemonym
      else { return nil }
      if type == .inauguration, !subject.kinds.allSatisfy({ $0 == .person }) { return nil }
      participants = subject.entities.map { role($0, subject, subject.isReference ? 0.65 : 0.75) }
      // "Xi meets Biden on Monday", "will meet with the envoy on May 3": whom they meet.
      if type == .meeting {
        var start = position + 1
        if view.word(start) == "with" { start += 1 }
        if view.word(start) == "the" { start += 1 }
        start = view.skipTitle(from: start)
        if let object = view.group(startingAt: start), object.isActor, !object.isDemonym {
          participants += object.entities.map { role($0, object, object.isReference ? 0.65 : 0.75) }
        }
      }
    }
    // "erupted in Khartoum on April 15 between the army and the RSF".
    var cursor = after
    while cursor < min(view.count, after + 14) {
      let next = view.lower[cursor]
      if [".", ";", "which", "that", "but"].contains(next) { break }
      if next == "in" || next == "at", locations.isEmpty,
        let place = view.slot(startingAt: cursor + 1), place.kinds.first == .place || place.kinds.first == .country
      {
        locations.append(role(place.entities[0], place, 0.7))
        cursor = place.tokenRange.upperBound
        continue
      }
      if isFighting, next == "between" {
        var start = cursor + 1
        if view.word(start) == "the" { start += 1 }
        if let group = view.group(startingAt: start), group.isActor {
          participants += group.entities.map { role($0, group, 0.7) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      cursor += 1
    }
    guard !participants.isEmpty || !locations.isEmpty else { return nil }
    let token = view.tokens[position]
    // The event's noun, not the verb, names it: "meeting", "inauguration", "ruling".
    let noun = label ?? (isFighting ? "fighting" : type.rawValue)
    var mention = EventMention(
      type: type, sentence: view.index, phraseRange: position..<(position + 1),
      triggerRange: position..<(position + 1), phrase: noun, trigger: noun,
      properName: nil, topic: nil, date: nil, duration: nil, participants: unique(participants),
      organizers: [], locations: locations, isDefinite: false, isAnother: false, isVerbal: false,
      recognizedID: nil, start: min(token.start, date.start), end: max(token.end, date.end))
    mention.label = label
    return mention
  }

  private func verb(_ type: Entity.EventType, at position: Int) -> EventMention? {
    guard let subject = subjectFinder.subject(before: position),
      subject.kinds.allSatisfy({ $0 == .person })
    else { return nil }
    var participants = subject.entities.map { role($0, subject, subject.isReference ? 0.65 : 0.8) }
    var cursor = position + 1
    if ["with", "to"].contains(view.word(cursor)) { cursor += 1 }
    if view.word(cursor) == "the" { cursor += 1 }
    cursor = view.skipTitle(from: cursor)
    if let object = view.group(startingAt: cursor), object.kinds.allSatisfy({ $0 == .person }) {
      participants += object.entities.map { role($0, object, object.isReference ? 0.65 : 0.8) }
    }
    // "Scholz visited China on Friday": a visit has one visitor and a place.
    if type == .visit {
      guard participants.count == 1, let place = view.slot(startingAt: cursor),
        place.entities.count == 1, place.kinds[0] == .place || place.kinds[0] == .country
      else { return nil }
      let token = view.tokens[position]
      return EventMention(
        type: .visit, sentence: view.index, phraseRange: position..<(position + 1),
        triggerRange: position..<(position + 1), phrase: token.text, trigger: token.text,
        properName: nil, topic: nil, date: nil, duration: nil, participants: participants,
        organizers: [], locations: [role(place.entities[0], place, 0.8)], isDefinite: false,
        isAnother: false, isVerbal: true, recognizedID: nil, start: subject.start, end: place.end)
    }
    guard Set(participants.map(\.entity)).count >= 2 else { return nil }
    var locations: [EventMention.Role] = []
    var duration: String?
    for index in (position + 1)..<min(view.count, position + 16) {
      let word = view.lower[index]
      if word == "." || word == ";" { break }
      if word == "for", duration == nil { duration = durationPhrase(at: index + 1) }
      guard locations.isEmpty, word == "in" || word == "at" else { continue }
      var start = index + 1
      if view.word(start) == "the" { start += 1 }
      start = skipPlaceNoun(from: start)
      if let slot = view.slot(startingAt: start), slot.kinds.first == .place
        || slot.kinds.first == .country
      {
        locations.append(role(slot.entities[0], slot, 0.7))
      }
    }
    let token = view.tokens[position]
    return EventMention(
      type: type, sentence: view.index, phraseRange: position..<(position + 1),
      triggerRange: position..<(position + 1), phrase: token.text, trigger: token.text,
      properName: nil, topic: nil, date: nil, duration: duration, participants: unique(participants),
      organizers: [], locations: locations, isDefinite: false, isAnother: false, isVerbal: true,
      recognizedID: nil, start: subject.start, end: token.end)
  }

  // MARK: - Dates

  /// Gives each event the date nearest to it, each date going to its nearest event. Events
  /// after "before", "after" or "since" take only a date inside their own phrase, and a
  /// date after "since" or "until" is nobody's.
  private func assignDates(_ events: inout [EventMention]) {
    guard !events.isEmpty, !dates.isEmpty else { return }
    // Commas before each token, so the distance between two places costs O(1).
    var commas = [0]
    commas.reserveCapacity(view.count + 1)
    for word in view.lower { commas.append((commas.last ?? 0) + (word == "," ? 1 : 0)) }
    var relative = Array(repeating: false, count: events.count)
    for (index, event) in events.enumerated() {
      let lookBack = max(0, event.phraseRange.lowerBound - 3)..<event.phraseRange.lowerBound
      // "such call", "their agreement": refers back to an event told before, so a date
      // elsewhere in the sentence is not its date.
      let determiner = view.word(event.phraseRange.lowerBound - 1)
      relative[index] = lookBack.contains { Self.relativeTimeWords.contains(view.lower[$0]) }
        || determiner == "such" || event.isPossessive
    }
    var assigned: [Int: [DateMention]] = [:]
    for date in dates where !date.isVague && !date.isBoundary {
      // A date inside an event's phrase belongs to it.
      if let owner = events.firstIndex(where: {
        !$0.isVerbal && date.start >= $0.start && date.end <= $0.end
      }) {
        events[owner].dateInPhrase = true
        assigned[owner, default: []].append(date)
        continue
      }
      var best: (distance: Int, index: Int)?
      let clause = relativeClause(around: date)
      for (index, event) in events.enumerated() {
        // An event after "before" or "after" keeps only a date that follows it closely:
        // "after their talks in Bali in November 2022", not "On May 3, just before the vote".
        let follows = date.tokenRange.lowerBound >= event.triggerRange.upperBound
          && date.tokenRange.lowerBound - event.triggerRange.upperBound <= 12
        if relative[index] && !follows { continue }
        // "Finland, which joined the alliance in April, attended its first summit": a date in
        // a relative clause belongs to that clause.
        if let clause, !clause.contains(event.triggerRange.lowerBound),
          !isOwnRelativeClause(clause, of: event)
        {
          continue
        }
        // "The deal was blocked in April": the date of another verb, not of the deal.
        if event.isDefinite, !event.isVerbal,
          date.tokenRange.lowerBound >= event.triggerRange.upperBound + 30
        {
          continue
        }
        if event.isDefinite, !event.isVerbal, date.tokenRange.lowerBound >= event.triggerRange.upperBound,
          (event.triggerRange.upperBound..<date.tokenRange.lowerBound).contains(where: {
            let word = view.lower[$0]
            return word.hasSuffix("ed") && word.count > 4 && !Self.eventVerbsOfDate.contains(word)
          })
        {
          continue
        }
        if isInAnotherClause(date, than: event) { continue }
        let distance = self.distance(date, event, commas: commas)
        if best == nil || distance < best?.distance ?? Int.max {
          best = (distance, index)
        }
      }
      if let best { assigned[best.index, default: []].append(date) }
    }
    for (index, candidates) in assigned {
      let event = events[index]
      let nearest = candidates.min { lhs, rhs in
        distance(lhs, event, commas: commas) < distance(rhs, event, commas: commas)
      }
      events[index].date = nearest?.date
      if let nearest {
        events[index].start = min(events[index].start, nearest.start)
        events[index].end = max(events[index].end, nearest.end)
      }
    }
  }

  /// The tokens of the ", which … ," or ", who … ," clause a date sits in, if any.
  private func relativeClause(around date: DateMention) -> Range<Int>? {
    var open = date.tokenRange.lowerBound - 1
    let floor = max(-1, open - 40)
    while open > floor, view.lower[open] != "," {
      if view.lower[open] == "." || view.lower[open] == ";" { return nil }
      open -= 1
    }
    guard open > floor, ["which", "who", "whose", "where", "when"].contains(view.word(open + 1))
    else { return nil }
    var close = date.tokenRange.upperBound
    let ceiling = min(view.count, close + 40)
    while close < ceiling, view.lower[close] != "," { close += 1 }
    return open..<close
  }

  /// How far a date is from an event, in tokens, each comma between them counting as ten:
  /// "met Xi in Beijing on Friday, the first visit …" dates the meeting, not the visit.
  private func distance(_ date: DateMention, _ event: EventMention, commas: [Int]) -> Int {
    let range = date.tokenRange.upperBound <= event.triggerRange.lowerBound
      ? date.tokenRange.upperBound..<event.triggerRange.lowerBound
      : event.triggerRange.upperBound..<max(event.triggerRange.upperBound, date.tokenRange.lowerBound)
    return range.count + 10 * (commas[range.upperBound] - commas[range.lowerBound])
  }

  /// An agreement or talks named beside another event with parties shares those parties:
  /// "negotiations between X and Y stalled after a May 12 agreement".
  private func shareParticipants(_ events: inout [EventMention]) {
    guard events.count > 1 else { return }
    let allSources = events.indices.filter {
      events[$0].hasExplicitParticipants && events[$0].type != .other
        && events[$0].participants.allSatisfy { role in
          graph.kind(of: role.entity) == .country || graph.kind(of: role.entity) == .organization
        }
    }
    guard !allSources.isEmpty, allSources.count <= 2 else { return }
    for index in events.indices where events[index].participants.isEmpty
      && (events[index].type == .agreement || events[index].type == .talks)
    {
      let sources = allSources.filter { $0 != index }
      guard sources.count == 1 else { continue }
      events[index].hasSharedParticipants = true
      events[index].participants = events[sources[0]].participants.map {
        var shared = $0
        shared.confidence = 0.5
        shared.isExplicit = false
        return shared
      }
    }
  }

  // MARK: - Helpers

  private static let placeNouns: Set<String> = [
    "city", "town", "village", "capital", "port", "state", "province", "region", "island",
  ]

  /// Past "western city of", "the capital," before a place's name: "met in the western city
  /// of Perth", "near the capital, Wellington".
  private func skipPlaceNoun(from position: Int) -> Int {
    guard view.slotAt[position] == nil else { return position }
    var cursor = position
    // Up to two lower-case modifiers: "western", "southern port".
    while cursor < position + 2, cursor < view.count, view.slotAt[cursor] == nil,
      !Self.placeNouns.contains(view.lower[cursor]),
      view.tokens[cursor].text.first?.isLowercase == true
    {
      cursor += 1
    }
    guard Self.placeNouns.contains(view.word(cursor)),
      view.word(cursor + 1) == "of" || view.word(cursor + 1) == ","
    else { return position }
    return cursor + 2
  }

  private func role(_ id: EntityID, _ slot: Slot, _ confidence: Double) -> EventMention.Role {
    EventMention.Role(
      entity: id, confidence: confidence, start: slot.start, end: slot.end,
      isExplicit: !slot.isReference)
  }

  /// Whether the subject of the verb of ``holdVerbs`` at `position` organizes the event, or
  /// `nil` when the word there is no such verb.
  private func holdVerb(at position: Int) -> Bool? {
    view.word(position, isIn: .holdVerb) ? Self.holdVerbs[view.lower[position]] : nil
  }

  private func unique(_ roles: [EventMention.Role]) -> [EventMention.Role] {
    // A few roles at most: comparing them costs less than hashing.
    guard roles.count > 1 else { return roles }
    var result: [EventMention.Role] = []
    for role in roles where !result.contains(where: { $0.entity == role.entity }) {
      result.append(role)
    }
    return result
  }

  private func text(_ range: Range<Int>) -> String {
    view.tokens[range].spacedText
  }

  private static func isArticle(_ word: String) -> Bool {
    word == "the" || word == "a" || word == "an"
  }

  private static func isPossessiveMark(_ word: String) -> Bool {
    word == "'s" || word == "’s"
  }

  /// Words that end the phrase an event noun heads: "the talks, which …".
  static let phraseEnds: [String] = [".", ";", ":", "?", "!", "which", "that", "who", "but"]

  /// Words that introduce the parties of an event: "talks between X and Y".
  static let partyIntroducers: [String] = ["between", "with", "against", "among", "involving"]

  /// "90-minute" → `PT90M`, "two-day" → `P2D`.
  static func duration(_ word: String) -> String? {
    // Only a hyphenated word names a duration; most words have no hyphen.
    guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
    let parts = word.split(separator: "-")
    guard parts.count == 2, let unit = durationUnits[String(parts[1])] else { return nil }
    let count = Int(parts[0]) ?? numberWords[String(parts[0])]
    guard let count, count > 0 else { return nil }
    let isTime = ["minute", "hour"].contains(String(parts[1]))
    return (isTime ? "PT" : "P") + String(count) + unit
  }

  /// "90 minutes", "two hours" at `position` → `PT90M`, `PT2H`.
  private func durationPhrase(at position: Int) -> String? {
    var cursor = position
    if ["about", "around", "nearly", "almost", "more", "over", "some", "roughly"].contains(
      view.word(cursor))
    {
      cursor += 1
      if view.word(cursor) == "than" { cursor += 1 }
    }
    let number = Int(view.word(cursor)) ?? Self.numberWords[view.word(cursor)]
    guard let number, number > 0, let unit = Self.durationUnits[view.word(cursor + 1)] else {
      return nil
    }
    let isTime = view.word(cursor + 1).hasPrefix("minute") || view.word(cursor + 1).hasPrefix("hour")
    return (isTime ? "PT" : "P") + String(number) + unit
  }
}

extension String {
  /// Whether the first character is upper-case. A first byte that is ASCII, followed by no
  /// byte or by another ASCII one, is a character of its own, upper-case if it is A to Z;
  /// otherwise `Character.isUppercase` decides.
  var startsUppercase: Bool {
    let utf8 = self.utf8
    if let first = utf8.first, first < 0x80, utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true {
      return first >= 0x41 && first <= 0x5A
    }
    return first?.isUppercase ?? false
  }

  /// Whether a character is a number: for ASCII text, whether a byte is a digit (no other
  /// ASCII character is a number).
  fileprivate var containsNumber: Bool {
    if utf8.allSatisfy({ $0 < 0x80 }) {
      return utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }
    return contains(where: \.isNumber)
  }
}
