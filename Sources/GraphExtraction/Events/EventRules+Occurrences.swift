import KnowledgeGraphCore

/// Events that happen to their actors or that one actor does to another, rather than events
/// held between parties: a strike, a fine, a verdict, a resignation, a launch, a docking, an
/// order for aircraft, a final. Each names the actors of its sentence (subject, object, "by",
/// "against", "between"), its place ("in Lagos", "from Cape Canaveral") and, through
/// ``assignDates``, its date.
extension EventRules {
  /// Verbs that tell such an event, by the noun that names it.
  static let occurrenceVerbs: [String: String] = [
    "fined": "fine", "fines": "fine", "convicted": "verdict", "acquitted": "verdict",
    "sentenced": "sentencing", "resigned": "resignation", "resigns": "resignation",
    "elected": "election", "re-elected": "election", "docked": "docking", "ordered": "order",
    "orders": "order", "lifted": "launch", "blasted": "launch", "launched": "launch",
    "found": "verdict", "stepped": "resignation", "steps": "resignation",
    "cut": "rate cut", "cuts": "rate cut", "lowered": "rate cut", "lowers": "rate cut",
    "raised": "rate hike", "raises": "rate hike", "hiked": "rate hike", "hikes": "rate hike",
    "declared": "state of emergency", "declares": "state of emergency",
  ]
  /// Words before "rate" that make it a central bank's: "its benchmark rate", "interest rates".
  private static let policyRateWords: Set<String> = [
    "interest", "benchmark", "policy", "key", "lending", "overnight", "repo", "base",
  ]
  /// Nouns that name such an event, by the event's kind.
  static let occurrenceNouns: [String: String] = [
    "strike": "strike", "strikes": "strike", "walkout": "strike", "walkouts": "strike",
    "fine": "fine", "verdict": "verdict", "trial": "trial", "resignation": "resignation",
    "launch": "launch", "liftoff": "launch", "lift-off": "launch", "final": "final",
    "semifinal": "semifinal", "semi-final": "semifinal",
    "order": "order", "contract": "agreement", "contracts": "agreement",
    "memorandum": "agreement", "fighting": "fighting", "clashes": "clashes",
    "hostilities": "hostilities",
  ]
  /// Words near "strike" that tell a stoppage of work from a military strike.
  private static let labourWords: Set<String> = [
    "workers", "worker", "union", "unions", "staff", "employees", "drivers", "nurses", "doctors",
    "teachers", "pilots", "miners", "dockers", "walkout", "pay", "wages", "wage", "picket",
    "pickets", "industrial", "general", "nationwide", "labour", "labor", "crew", "crews",
    "strikers", "machinists", "members",
  ]
  /// Modifiers of a military strike, which is not a stoppage of work.
  private static let militaryWords: Set<String> = [
    "air", "drone", "missile", "military", "rocket", "artillery", "airstrike", "retaliatory",
    "preemptive", "pre-emptive", "precision", "nuclear", "naval", "israeli", "russian",
    "ukrainian", "american", "first", "lightning", "hunger",
  ]
  /// What a launch sends up: "launched a Falcon 9 rocket", "the launch of the probe".
  private static let launchedThings: Set<String> = [
    "rocket", "rockets", "satellite", "satellites", "spacecraft", "probe", "capsule", "mission",
    "lander", "rover", "telescope", "missile", "missiles", "space", "spaceship", "booster",
  ]
  /// What an airline or a navy orders in numbers: "ordered 20 aircraft".
  private static let orderedThings: Set<String> = [
    "aircraft", "planes", "jets", "airplanes", "airliners", "jetliners", "helicopters", "ships",
    "vessels", "trains", "locomotives", "submarines", "frigates", "tanks", "engines", "units",
  ]
  /// Words after "final" that show the noun ("the final in Sydney"), not the adjective ("the
  /// final round").
  private static let afterNounWords: Set<String> = [
    ",", ".", ";", "of", "in", "at", "on", "against", "between", "with", "was", "is", "will",
    "and", "took", "ended", "for", "by", "from", "over", "after", "before", "imposed", "levied",
    "would", "could", "that", "to", "\"", "”", "—", "-",
  ]
  /// Words that show "fine" is a penalty: "a record fine", "a 2 million euro fine".
  private static let penaltyModifiers: Set<String> = [
    "a", "an", "the", "its", "their", "record", "hefty", "huge", "heavy", "million", "billion",
    "euro", "dollar", "pound", "antitrust", "the", "maximum", "civil", "criminal", "first",
  ]
  /// Words that keep a "trial" out of court: "a clinical trial", "a trial run".
  private static let nonCourtTrial: Set<String> = [
    "clinical", "drug", "vaccine", "phase", "field", "free", "pilot", "randomised", "randomized",
    "run", "period", "basis", "version", "balloon", "trials",
  ]

  /// The occurrence whose verb or noun is at `position`, if any.
  func occurrence(at position: Int) -> EventMention? {
    let word = view.lower[position]
    if let label = Self.occurrenceVerbs[word], let mention = occurrenceVerb(label, at: position) {
      return mention
    }
    if let label = Self.occurrenceNouns[word] {
      return occurrenceNoun(label, at: position)
    }
    return nil
  }

  // MARK: - Verbs

  private func occurrenceVerb(_ label: String, at position: Int) -> EventMention? {
    let word = view.lower[position]
    let previous = view.word(position - 1)
    let next = view.word(position + 1)
    // "was convicted and sentenced": the second verb shares the first's subject and voice.
    let sharesSubject = previous == "and" && Self.occurrenceVerbs[view.word(position - 2)] != nil
      && ["was", "were", "been", "is", "are"].contains(view.word(position - 3))
    let isPassive = ["was", "were", "been", "be", "is", "are", "being"].contains(previous)
      || (["was", "were", "been", "be", "is", "are"].contains(view.word(position - 2))
        && previous.hasSuffix("ly"))
      || sharesSubject
    var objectStart = position + 1
    var last = position
    var type = Entity.EventType.other
    switch label {
    case "launch":
      if word == "lifted" || word == "blasted" {
        guard next == "off" else { return nil }
        objectStart = position + 2
        last = position + 1
      } else {
        // "launched a Falcon 9 rocket", not "launched an inquiry".
        let window = (position + 1)..<min(view.count, position + 6)
        guard window.contains(where: { Self.launchedThings.contains(view.lower[$0]) }) else {
          return nil
        }
      }
    case "order":
      // "ordered 20 aircraft from Airbus", not "ordered troops to withdraw".
      var cursor = position + 1
      if ["a", "another", "up"].contains(view.word(cursor)) { cursor += 1 }
      if view.word(cursor) == "to" { cursor += 1 }
      let isNumber = Int(view.word(cursor)) != nil || Self.countWords.contains(view.word(cursor))
      let window = cursor..<min(view.count, cursor + 5)
      guard isNumber, window.contains(where: { Self.orderedThings.contains(view.lower[$0]) })
      else { return nil }
    case "rate cut", "rate hike":
      // "cut its benchmark rate", "raised interest rates by a quarter point": a central bank's
      // decision, not "cut jobs" or "raised prices".
      let window = (position + 2)..<max(position + 2, min(view.count, position + 5))
      guard !isPassive,
        window.contains(where: {
          ["rate", "rates"].contains(view.lower[$0])
            && Self.policyRateWords.contains(view.lower[$0 - 1])
        })
      else { return nil }
    case "state of emergency":
      // "declared a state of calamity in Cebu", not "declared victory".
      guard !isPassive, ["a", "the"].contains(next), view.word(position + 2) == "state",
        view.word(position + 3) == "of", position + 4 < view.count,
        view.slotAt[position + 4] == nil
      else { return nil }
      objectStart = position + 5
      last = position + 4
    case "election":
      type = .election
      guard isPassive || next == "as" else { return nil }
    case "docking":
      guard ["with", "at", "to"].contains(next) else { return nil }
      objectStart = position + 2
    case "resignation":
      // "stepped down", "steps down as chief executive".
      if word == "stepped" || word == "steps" {
        guard next == "down" else { return nil }
        objectStart = position + 2
        last = position + 1
      }
    default:
      // "was found guilty", "found not guilty": a verdict on the subject.
      if word == "found" {
        let verdict = next == "not" ? position + 2 : position + 1
        guard isPassive, view.word(verdict) == "guilty" || view.word(verdict) == "innocent" else {
          return nil
        }
        last = verdict
      }
      // "fined", "convicted", "sentenced": a deed done to someone named.
    }
    var participants: [EventMention.Role] = []
    if let subject = subjectFinder.subject(before: sharesSubject ? position - 2 : position) {
      // "SpaceX launched": the launcher; "the Commission fined": the one who fines.
      participants += subject.entities.map { occurrenceRole($0, subject, subject.isReference ? 0.65 : 0.75) }
    }
    // The bank that decides on its rate holds the decision.
    if label == "rate cut" || label == "rate hike" {
      guard let bank = participants.first, graph[bank.entity]?.kind == .organization else {
        return nil
      }
      return rateDecision(label, at: position, by: participants)
    }
    if !isPassive, label != "resignation", label != "launch" {
      var start = objectStart
      if view.word(start) == "the" { start += 1 }
      start = view.skipTitle(from: start)
      if let object = view.group(startingAt: start), object.isActor, !object.isDemonym {
        participants += object.entities.map { occurrenceRole($0, object, 0.75) }
        last = max(last, object.tokenRange.upperBound - 1)
      }
    }
    // "ordered 20 aircraft from Airbus", "convicted by a court in Lagos".
    var locations: [EventMention.Role] = []
    scanRight(from: last + 1, label: label, participants: &participants, locations: &locations)
    // "ordered ten Airbus A330 jets": the maker named in what is ordered.
    if label == "order" {
      var cursor = position + 1
      while cursor < min(view.count, position + 8),
        !Self.orderedThings.contains(view.lower[cursor])
      {
        if let slot = view.slot(startingAt: cursor), slot.kinds == [.organization] {
          participants += slot.entities.map { occurrenceRole($0, slot, 0.65) }
          cursor = slot.tokenRange.upperBound
          continue
        }
        cursor += 1
      }
    }
    if label == "election" || label == "resignation" {
      guard participants.contains(where: { graph[$0.entity]?.kind == .person }) else { return nil }
    }
    // "was elected president of Chile": a vote held in the one country the sentence names.
    if label == "election", locations.isEmpty {
      let countries = view.slots.filter { $0.kinds == [.country] }
      if let country = countries.first, Set(countries.flatMap(\.entities)).count == 1 {
        locations.append(occurrenceRole(country.entities[0], country, 0.6))
        participants.removeAll { $0.entity == country.entities[0] }
      }
    }
    // A spacecraft that docks or lifts off is seldom an entity: its date alone makes the event.
    guard !participants.isEmpty || !locations.isEmpty || label == "docking" || label == "launch"
    else { return nil }
    let token = view.tokens[position]
    let startOffset = min(token.start, participants.map(\.start).min() ?? token.start)
    let endOffset = max(view.tokens[last].end, participants.map(\.end).max() ?? token.end)
    // "was convicted": a conviction, a kind of verdict; the noun of the verb names it too.
    let acquitted = word == "found" && (next == "not" || view.word(position + 1) == "innocent")
    var noun = acquitted ? "acquittal" : Self.verbNouns[word] ?? label
    // "a state of calamity", "a state of disaster": the state the text names.
    if label == "state of emergency" { noun = "state of " + view.lower[position + 4] }
    var mention = EventMention(
      type: type, sentence: view.index, phraseRange: position..<(last + 1),
      triggerRange: position..<(last + 1), phrase: noun, trigger: label,
      properName: nil, topic: nil, date: nil, duration: nil,
      participants: uniqueRoles(participants), organizers: [], locations: locations,
      isDefinite: false, isAnother: false, isVerbal: false, recognizedID: nil,
      start: startOffset, end: endOffset)
    mention.label = type == .other ? (label == "state of emergency" ? noun : label) : nil
    return mention
  }

  /// The rate decision told by the verb at `position`, organized by `banks`: "the Bank of Korea
  /// cut its benchmark rate".
  private func rateDecision(_ label: String, at position: Int, by banks: [EventMention.Role])
    -> EventMention
  {
    let token = view.tokens[position]
    var mention = EventMention(
      type: .other, sentence: view.index, phraseRange: position..<(position + 1),
      triggerRange: position..<(position + 1), phrase: label, trigger: label,
      properName: nil, topic: nil, date: nil, duration: nil, participants: [],
      organizers: uniqueRoles(banks), locations: [], isDefinite: false, isAnother: false,
      isVerbal: false, recognizedID: nil,
      start: min(token.start, banks.map(\.start).min() ?? token.start), end: token.end)
    mention.label = label
    return mention
  }

  /// Nouns of verbs whose event's kind has a wider name: "convicted" is a conviction.
  private static let verbNouns: [String: String] = [
    "convicted": "conviction", "acquitted": "acquittal", "found": "conviction",
  ]

  private static let countWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "dozens",
    "dozen", "several", "more",
  ]

  // MARK: - Nouns

  private func occurrenceNoun(_ label: String, at position: Int) -> EventMention? {
    let word = view.lower[position]
    let previous = view.word(position - 1)
    let next = view.word(position + 1)
    // "threatened to strike", "will launch a probe": a verb of something not yet done.
    if Self.futurePrefixes.contains(previous) { return nil }
    // The noun phrase to the left: determiners, numbers, durations, possessors.
    var left = position
    var participants: [EventMention.Role] = []
    var duration: String?
    var isDefinite = false
    while left > 0, left > position - 6 {
      let index = left - 1
      let before = view.lower[index]
      if let slotIndex = view.slotAt[index] {
        let slot = view.slots[slotIndex]
        // "Meta's fine", "Airbus's order"; "the Champions League final" names itself.
        if slot.isActor, ["'s", "’s"].contains(view.word(slot.tokenRange.upperBound)) {
          participants += slot.entities.map { occurrenceRole($0, slot, 0.7) }
        }
        left = slot.tokenRange.lowerBound
        continue
      }
      if before == "'s" || before == "’s" || before == "-" {
        left = index
        continue
      }
      if let parsed = Self.duration(before) {
        duration = parsed
        left = index
        continue
      }
      if ["the", "this", "that", "its", "their", "his", "her"].contains(before) {
        isDefinite = true
        left = index
        continue
      }
      if ["a", "an", "another", "record", "general", "national", "nationwide", "planned",
        "indefinite", "new", "first", "second", "cup", "championship", "grand", "hefty",
        "million", "billion", "euro", "dollar", "rocket", "satellite", "successful", "criminal",
        "murder", "corruption", "fraud", "antitrust", "maximum"].contains(before)
        || Int(before) != nil || before.hasPrefix("€") || before.hasPrefix("$")
      {
        left = index
        continue
      }
      break
    }
    let phraseText = (left..<(position + 1)).map { view.tokens[$0].text }
    let modifiers = Set(view.lower[left..<position])
    switch label {
    case "strike":
      guard word.hasPrefix("walkout") || isLabourStrike(at: position, modifiers: modifiers) else {
        return nil
      }
    case "fine":
      guard !modifiers.isDisjoint(with: Self.penaltyModifiers) || previous == "of",
        Self.afterNounWords.contains(next)
      else { return nil }
    case "trial":
      guard Self.nonCourtTrial.isDisjoint(with: modifiers), !Self.nonCourtTrial.contains(next),
        !modifiers.isEmpty || ["on", "stood", "stand", "faces", "face", "facing"].contains(previous)
      else { return nil }
    case "launch":
      // "the launch of the probe", "Sunday's rocket launch", "after liftoff".
      let window = max(0, position - 3)..<min(view.count, position + 6)
      guard word != "launch" || window.contains(where: { Self.launchedThings.contains(view.lower[$0]) })
      else { return nil }
    case "final", "semifinal":
      // "the World Cup final in Sydney", "beat Spain in the final", not "the final round".
      let namedBefore =
        position > 0 && (view.slotAt[position - 1].map { view.slots[$0].kinds == [.event] } ?? false)
      guard Self.afterNounWords.contains(next),
        namedBefore || ["cup", "championship", "league"].contains(previous)
          || (isDefinite && ["in", "of", "at", "reach", "reached", "won", "win", "lost", "for", "into"]
            .contains(view.word(left - 1)))
      else { return nil }
    case "order":
      // "placed an order for 20 jets".
      guard next == "for", modifiers.contains("a") || modifiers.contains("an")
        || modifiers.contains("the") || modifiers.contains("its") || !participants.isEmpty
      else { return nil }
      let window = (position + 2)..<min(view.count, position + 7)
      guard window.contains(where: { Self.orderedThings.contains(view.lower[$0]) }) else { return nil }
    case "fighting", "clashes", "hostilities":
      // "fighting between Thailand and Cambodia", not "fighting for votes".
      guard next == "between" else { return nil }
    case "agreement":
      // "signed contracts worth $2 billion", "signed a memorandum of understanding": a
      // contract is an event only when the sentence tells its signing.
      guard Self.signingVerbs.contains(view.word(left - 1)) else { return nil }
    default:
      break
    }
    // The subject of the verb before the phrase: "workers went on strike", "Acme placed an
    // order", "Spain won the final", "the minister announced his resignation".
    var verb = left - 1
    if view.word(verb) == "on" || view.word(verb) == "of" || view.word(verb) == "in" { verb -= 1 }
    // "Whelan said the walkout would go on": a speaker only talks about it.
    let speaks = Self.speakingVerbs.contains(view.word(verb))
    if verb >= 0, !speaks, view.slotAt[verb] == nil, view.tokens[verb].text.first?.isLowercase == true,
      let subject = subjectFinder.subject(before: verb)
    {
      participants += subject.entities.map { occurrenceRole($0, subject, subject.isReference ? 0.65 : 0.7) }
    } else if label == "strike", !speaks, let employer = employer(before: verb) {
      participants += employer.entities.map { occurrenceRole($0, employer, 0.65) }
    }
    if label == "final" || label == "semifinal", view.word(left - 1) == "in" {
      // "Spain beat England in the final": the winner and the loser; "…, beating England
      // 2-1 in the final": the winner is the sentence's subject.
      // A team named after a city is a place, which takes no part: only actors do.
      var objectEnd = left - 1
      if view.word(objectEnd - 1).contains(where: \.isNumber) { objectEnd -= 1 }
      if let object = view.group(endingBefore: objectEnd) {
        let cursor = object.tokenRange.lowerBound - 1
        if [
          "beat", "beating", "defeated", "defeating", "faced", "facing", "played", "edged",
          "thrashed", "overcame", "against",
        ]
          .contains(view.word(cursor))
        {
          if let winner = subjectFinder.subject(before: cursor)
            ?? (view.word(cursor - 1) == "," ? sentenceSubject(before: cursor - 1) : nil)
          {
            participants += winner.entities.map { occurrenceRole($0, winner, 0.7) }
          }
          if object.isActor {
            participants += object.entities.map { occurrenceRole($0, object, 0.7) }
          }
        }
      }
    }
    var locations: [EventMention.Role] = []
    scanRight(from: position + 1, label: label, participants: &participants, locations: &locations)
    let start = view.tokens[left].start
    let end = view.tokens[position].end
    let isAgreement = label == "agreement"
    var mention = EventMention(
      type: isAgreement ? .agreement : .other, label: isAgreement ? nil : label,
      sentence: view.index, phraseRange: left..<(position + 1),
      triggerRange: position..<(position + 1), phrase: phraseText.joined(separator: " "),
      trigger: view.tokens[position].text, properName: nil, topic: nil, date: nil,
      duration: duration, participants: uniqueRoles(participants), organizers: [],
      locations: locations, isDefinite: isDefinite, isAnother: false, isVerbal: false,
      recognizedID: nil, start: start, end: end)
    // "his trial": owned by its party, so a date elsewhere in the sentence is not its own.
    mention.isPossessive = ["his", "her", "its", "their"].contains(view.word(left))
    return mention
  }

  /// The first actor of the sentence not governed by a preposition, before `position`: the
  /// subject a participle after a comma shares ("Spain won, beating England").
  private func sentenceSubject(before position: Int) -> Slot? {
    for slot in view.slots where slot.tokenRange.upperBound <= position {
      guard slot.isActor, !slot.isDemonym else { continue }
      let before = view.word(slot.tokenRange.lowerBound - 1)
      // "(AP)" in a dateline is the agency, not the subject.
      if before == "(" || view.word(slot.tokenRange.upperBound) == ")" { continue }
      if ["in", "at", "on", "of", "from", "to", "with", "by", "for", "against"].contains(before) {
        continue
      }
      return view.group(startingAt: slot.tokenRange.lowerBound)
    }
    return nil
  }

  /// Words before a bare verb that tell of something not done yet: "plans to strike".
  private static let futurePrefixes: Set<String> = [
    "to", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "not",
  ]

  /// Verbs that tell a contract was signed.
  private static let signingVerbs: Set<String> = [
    "signed", "sign", "signs", "signing", "inked", "concluded", "sealed",
  ]

  /// Verbs whose subject speaks about an event rather than takes part in it.
  private static let speakingVerbs: Set<String> = [
    "said", "says", "told", "tells", "warned", "added", "noted", "announced", "stressed",
    "insisted", "claimed", "argued", "criticised", "criticized", "condemned", "welcomed",
    "described", "called", "blamed",
  ]

  /// "Train drivers at Northern Rail went on strike": the employer of the strikers named
  /// before the verb, when the strikers themselves are no entity.
  private func employer(before verb: Int) -> Slot? {
    var cursor = verb
    while cursor > 0, view.word(cursor - 1, isIn: .subjectGap) { cursor -= 1 }
    guard let slot = view.group(endingBefore: cursor), slot.isActor,
      ["at", "of", "from"].contains(view.word(slot.tokenRange.lowerBound - 1)),
      Self.labourWords.contains(view.word(slot.tokenRange.lowerBound - 2))
        || (view.word(slot.tokenRange.lowerBound - 2) == "the"
          && Self.labourWords.contains(view.word(slot.tokenRange.lowerBound - 3)))
    else { return nil }
    return slot
  }

  /// Whether "strike" at `position` is a stoppage of work: "went on strike", "a three-day
  /// strike by nurses", not "an air strike on the port".
  private func isLabourStrike(at position: Int, modifiers: Set<String>) -> Bool {
    guard Self.militaryWords.isDisjoint(with: modifiers),
      !Self.militaryWords.contains(view.word(position - 1))
    else { return false }
    if view.word(position - 1) == "on" { return true }
    if modifiers.contains(where: { Self.duration($0) != nil }) { return true }
    let window = max(0, position - 8)..<min(view.count, position + 8)
    return window.contains { Self.labourWords.contains(view.lower[$0]) }
  }

  /// Actors and a place after an occurrence's words, up to the end of its clause: "by X",
  /// "against X", "between X and Y", "at X", "on X", "from X", "in City".
  private func scanRight(
    from position: Int, label: String, participants: inout [EventMention.Role],
    locations: inout [EventMention.Role]
  ) {
    var cursor = position
    let limit = min(view.count, position + 14)
    while cursor < limit {
      let word = view.lower[cursor]
      if [".", ";", ":", "which", "that", "who", "but", "after", "because", "while", "when"]
        .contains(word)
      {
        break
      }
      if word == ",", cursor > position { break }
      // "reached the final by defeating Sweden in Auckland": a participle's clause has its
      // own actors and places.
      if word.hasSuffix("ing"), word.count > 5, view.slotAt[cursor] == nil,
        view.tokens[cursor].text.first?.isLowercase == true
      {
        break
      }
      var preposition = ["by", "against", "between", "with", "on", "at", "from", "of", "in", "over"]
        .contains(word)
      // "on Monday", "of fraud", "over pay": only an actor right after counts.
      if word == "from", label != "order", label != "launch" { preposition = false }
      if word == "of", !["trial", "resignation", "launch", "final", "semifinal"].contains(label) { preposition = false }
      if preposition {
        var start = cursor + 1
        if ["the", "a", "an"].contains(view.word(start)) { start += 1 }
        let placeStart = skipPlaceWords(from: start)
        // A launch leaves from its place; an order comes from a maker.
        // "docked with the space station": where it docked.
        let placeWord = word == "in" || word == "at" || (word == "from" && label == "launch")
          || (word == "with" && label == "docking")
        if placeWord, locations.isEmpty,
          let place = view.slot(startingAt: placeStart),
          place.kinds.first == .place || place.kinds.first == .country
        {
          locations.append(occurrenceRole(place.entities[0], place, 0.75))
          cursor = place.tokenRange.upperBound
          continue
        }
        start = view.skipTitle(from: start)
        // A launch site is no party to the launch, even when taken for an organization.
        let isSite = word == "from" && label == "launch"
        if word != "in", word != "over", !isSite, let group = view.group(startingAt: start),
          group.isActor, !group.isDemonym
        {
          participants += group.entities.map { occurrenceRole($0, group, 0.7) }
          cursor = group.tokenRange.upperBound
          continue
        }
      }
      cursor += 1
    }
  }

  /// Past "the city of", "the southern port of" before a place's name.
  private func skipPlaceWords(from position: Int) -> Int {
    var cursor = position
    while cursor < min(view.count, position + 3), view.slotAt[cursor] == nil,
      view.tokens[cursor].text.first?.isLowercase == true, view.lower[cursor] != "of"
    {
      cursor += 1
    }
    return view.word(cursor) == "of" && cursor > position ? cursor + 1 : position
  }

  func occurrenceRole(_ id: EntityID, _ slot: Slot, _ confidence: Double) -> EventMention.Role {
    EventMention.Role(
      entity: id, confidence: confidence, start: slot.start, end: slot.end,
      isExplicit: !slot.isReference)
  }

  private func uniqueRoles(_ roles: [EventMention.Role]) -> [EventMention.Role] {
    var seen: Set<EntityID> = []
    return roles.filter { seen.insert($0.entity).inserted }
  }
}

extension EventRules {
  /// Whether a ", which …" clause right after an event's noun tells the event's own time:
  /// "The trial, which opened in May, …", unlike "Finland, which joined in April, attended
  /// the summit".
  func isOwnRelativeClause(_ clause: Range<Int>, of event: EventMention) -> Bool {
    guard !event.isVerbal, clause.lowerBound == event.triggerRange.upperBound,
      view.word(clause.lowerBound) == ",", view.word(clause.lowerBound + 1) == "which"
    else { return false }
    var verb = clause.lowerBound + 2
    if ["was", "were", "had", "has"].contains(view.word(verb)) { verb += 1 }
    return Self.clauseVerbsOfDate.contains(view.word(verb))
  }

  /// Verbs of a relative clause that date the event it describes: "which opened in May".
  private static let clauseVerbsOfDate: Set<String> = [
    "opened", "began", "started", "ended", "took", "lasted", "concluded", "closed", "held",
    "staged", "launched", "signed", "occurred", "happened", "resumed",
  ]
}

extension EventRules {
  /// "A court convicted Musa on Monday and sentenced him to five years": verbs joined by
  /// "and" in one clause tell events of the same day.
  func shareCoordinatedDates(_ events: inout [EventMention]) {
    for index in events.indices where events[index].date == nil {
      let trigger = events[index].triggerRange.lowerBound
      guard Self.occurrenceVerbs[view.lower[trigger]] != nil else { continue }
      let partner = events.indices.first { other in
        guard other != index, events[other].date != nil,
          Self.occurrenceVerbs[view.lower[events[other].triggerRange.lowerBound]] != nil
        else { return false }
        let lower = min(events[other].triggerRange.upperBound, events[index].triggerRange.upperBound)
        let upper = max(events[other].triggerRange.lowerBound, trigger)
        guard lower < upper else { return false }
        let between = view.lower[lower..<upper]
        return between.contains("and") && between.count <= 14
          && !between.contains { [".", ";", ",", "but", "while", "after", "before", "when"].contains($0) }
      }
      if let partner { events[index].date = events[partner].date }
    }
  }
}
