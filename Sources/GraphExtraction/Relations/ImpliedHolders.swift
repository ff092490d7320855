import KnowledgeGraphCore

/// The one country a story is about, for the national offices it names without a country
/// ("President X", "Health Minister Y"), or `nil` when the story has no clear one.
///
/// The country of the dateline's city ("NAIROBI, March 3 -", "NAIROBI (Wire) -") when the story also names that
/// country; otherwise the story's only country, or the one it names at least three times and
/// three times as often as any other, if the story names its government or people ("Kenya's",
/// "Kenyan", "Kenya said") and not only a place or a topic ("in Kenya", "a Kenya strategy").
func homeCountry(of document: AnalyzedDocument, graph: KnowledgeGraph) -> EntityID? {
  if let first = document.sentences.first, let mention = first.mentions.first,
    mention.tokenRange.lowerBound == 0, mention.kind == .place || mention.kind == .country,
    mention.text == mention.text.uppercased(),
    first.sentence.tokens.count > mention.tokenRange.upperBound,
    // "NAIROBI, March 3 (Wire) -" or "NAIROBI (Wire) -".
    [",", "("].contains(first.sentence.tokens[mention.tokenRange.upperBound].text)
  {
    if mention.kind == .country { return mention.entityID }
    if let place = graph[mention.entityID], let entry = Gazetteer.builtIn.entry(named: place.name),
      let country = Gazetteer.builtIn.country(of: entry),
      let id = graph.entities(named: country.name, kind: .country)
    {
      return id
    }
  }
  // A story that keeps naming one country and others only in passing is about that one.
  // Each country named, how often, and whether as an actor; counted in place.
  var countries: [(id: EntityID, count: Int, isActor: Bool)] = []
  var indexOf: [EntityID: Int] = [:]
  for sentence in document.sentences {
    // By index: only the country mentions are copied.
    for position in sentence.mentions.indices where sentence.mentions[position].kind == .country {
      let mention = sentence.mentions[position]
      let index: Int
      if let found = indexOf[mention.entityID] {
        index = found
      } else {
        index = countries.count
        indexOf[mention.entityID] = index
        countries.append((mention.entityID, 0, false))
      }
      countries[index].count += 1
      if !countries[index].isActor, isActorMention(mention, in: sentence.sentence.tokens) {
        countries[index].isActor = true
      }
    }
  }
  // The country named most (the first by ID on a tie), and how often the next one is.
  guard var top = countries.first else { return nil }
  for country in countries.dropFirst()
  where country.count > top.count || country.count == top.count && country.id < top.id {
    top = country
  }
  let runnerUp = countries.lazy.filter { $0.id != top.id }.map(\.count).max()
  guard top.isActor, runnerUp.map({ top.count >= 3 && top.count >= 3 * $0 }) ?? true
  else { return nil }
  return top.id
}

/// Words after a country that make it an actor or a possessor: "Zimbabwe's opposition",
/// "Kenya said", "the Kenyan government".
private let countryActorFollowers: Set<String> = [
  "'s", "’s", "government", "authorities", "officials", "was", "is", "has", "had", "will",
  "would", "said", "says",
]

/// Whether a country's mention names its government or people ("Zimbabwe's", "Chinese", "the
/// government of Chad"), not only a place ("in Russia") or a topic ("a China strategy").
private func isActorMention(_ mention: Mention, in tokens: [Token]) -> Bool {
  if mention.form == .demonym { return true }
  let after = mention.tokenRange.upperBound
  if after < tokens.count, countryActorFollowers.contains(tokens[after].text.lowercased()) {
    return true
  }
  let before = mention.tokenRange.lowerBound
  return before >= 2 && tokens[before - 1].text.lowercased() == "of"
    && ["government", "people", "president", "leader"].contains(
      tokens[before - 2].text.lowercased())
}

/// The rule name of the relations ``StructuralRules/homeTitles(in:besides:)`` finds.
let homeTitleRule = "title-home-country"

/// The rule name of the offices ``StructuralRules`` reads from the one country a sentence
/// names ("Russia was represented by Foreign Minister Sergei Lavrov").
let sentenceCountryTitleRule = "title-sentence-country"

extension StructuralRules {
  /// Offices held toward another country than the holder's, never read as the home country's.
  private static let foreignOffices: Set<String> = [
    "ambassador", "envoy", "special envoy", "diplomat", "negotiator", "consul", "consul general",
  ]

  /// "President Ruto said", "Health Minister Jane Roe", "Jane Roe, the finance minister,": a
  /// national office with no country of its own is held in the ministry of its area when the
  /// story names one ("Ministry of Health"), else in the story's one country if it has one.
  ///
  /// Only for persons the sentence gives no other office or nationality (`found`); the
  /// extractor drops these again where the rest of the story says otherwise
  /// (``settledHomeTitles(_:)``).
  func homeTitles(in home: EntityID?, besides found: [Candidate]) -> [Candidate] {
    let home = home.flatMap { graph[$0]?.kind == .country ? $0 : nil }
    var result: [Candidate] = []
    for person in view.slots where person.kinds == [.person] && person.entities.count == 1 {
      guard !person.isReference, !view.quoted[person.tokenRange.lowerBound],
        !found.contains(where: { $0.subject == person.entities[0] && isOffice($0, in: graph) }),
        let match = homeTitle(of: person)
      else { continue }
      // The story's one ministry of the title's area, whether or not the story has a country.
      var holder = Slot(
        entities: [], kinds: [.country], tokenRange: match.range,
        start: view.tokens[match.range.lowerBound].start,
        end: view.tokens[match.range.upperBound - 1].end, isReference: true, isDemonym: false)
      if let ministry = ministry(for: match) {
        holder.entities = [ministry]
        holder.kinds = [.organization]
      } else if let home {
        holder.entities = [home]
      } else {
        continue
      }
      // The office only: the story's country is not said to be the person's nationality.
      result += relations(
        person: person, title: match, holder: holder, start: min(holder.start, person.start),
        end: max(holder.end, person.end), rule: homeTitleRule, confidence: 0.55
      ).filter { $0.predicate != .citizenOf }
    }
    return result
  }

  /// The national office written right before `person` or in the apposition after it.
  private func homeTitle(of person: Slot) -> TitleMatch? {
    var match = title(endingBefore: person.tokenRange.lowerBound)
    if let before = match?.range.lowerBound {
      // "Kenya's President", "the country's president": a holder the other rules read.
      if ["'s", "’s", "'"].contains(view.word(before - 1))
        || (before > 0 && view.slotAt[before - 1] != nil)
      {
        return nil
      }
    } else if view.word(person.tokenRange.upperBound) == "," {
      // "Jane Roe, the health minister, said": the title alone, closed by a comma or a verb.
      var position = person.tokenRange.upperBound + 1
      if view.word(position) == "the" { position += 1 }
      if let after = title(startingAt: position), after.range.upperBound < view.count,
        view.slotAt[after.range.upperBound] == nil,
        !["of", "at", "for", "with", "in", "to", "'s", "’s"].contains(
          view.word(after.range.upperBound))
      {
        match = after
      }
    }
    if match == nil, view.word(person.tokenRange.lowerBound - 1) == ",",
      let before = title(endingBefore: person.tokenRange.lowerBound - 1),
      before.range.lowerBound == 0 || ["the", ","].contains(view.word(before.range.lowerBound - 1))
    {
      // "The Minister of Justice, Jane Roe, said": the title alone before the name.
      match = before
    }
    guard let match, !match.isFormer,
      match.title.kind == .leader || match.title.kind == .position,
      !Self.foreignOffices.contains(match.roleName.lowercased())
    else { return nil }
    switch match.title.scope {
    case .country: return match
    case .any:
      // "President", in a sentence that names no organization the office could be of.
      guard ["president", "vice president"].contains(match.roleName.lowercased()),
        !view.slots.contains(where: { $0.kinds.contains(.organization) })
      else { return nil }
      return match
    case .organization: return nil
    }
  }

  /// The ministry of the area a minister's title names ("Health Minister" → "Ministry of
  /// Health", "Health Ministry"), when the story names exactly one.
  private func ministry(for match: TitleMatch) -> EntityID? {
    let words = match.roleName.lowercased().split(separator: " ").map(String.init)
    // "Health Minister", "Minister of Health".
    let area =
      words.last == "minister"
      ? words.dropLast().last
      : words.first == "minister" && words.count >= 3 && words[1] == "of" ? words.last : nil
    guard let area, !["prime", "deputy", "vice", "chief", "foreign", "the"].contains(area)
    else { return nil }
    let ministries = graph.entities.filter { entity in
      entity.kind == .organization
        && entity.names.contains { name in
          let lower = name.lowercased().split(separator: " ").map(String.init)
          return lower.contains("ministry") && lower.contains { $0.hasPrefix(area) }
        }
    }
    return ministries.count == 1 ? ministries[0].id : nil
  }
}

/// `candidates` without the home-country offices the rest of the story contradicts: a person
/// with an office or nationality of their own elsewhere, or two persons given the same head
/// office in the same country ("President A met President B").
///
/// An office read from the one country a sentence names (``sentenceCountryTitleRule``) is
/// dropped too when the story ties the person, by a title or nationality of their own, to
/// other countries only: "Washington's trade representative, Kessler" makes "Trade
/// Representative Dale Kessler said he would review Mexico's plan" no office of Mexico's.
func settledHomeTitles(_ candidates: [Candidate], in graph: KnowledgeGraph) -> [Candidate] {
  guard
    candidates.contains(where: {
      $0.rule.hasPrefix(homeTitleRule) || $0.rule.hasPrefix(sentenceCountryTitleRule)
    })
  else { return candidates }
  var affiliated: Set<EntityID> = []
  // The countries each person is tied to by a title or nationality of their own.
  var countriesOf: [EntityID: Set<EntityID>] = [:]
  for candidate in candidates
  where !candidate.rule.hasPrefix(homeTitleRule) && isOffice(candidate, in: graph) {
    affiliated.insert(candidate.subject)
    if !candidate.rule.hasPrefix(sentenceCountryTitleRule),
      graph.kind(of: candidate.object) == .country
    {
      countriesOf[candidate.subject, default: []].insert(candidate.object)
    }
  }
  var holders: [String: Set<EntityID>] = [:]
  // A country has one head, but many ministers: "Chinese President Xi met President Biden".
  for candidate in candidates
  where candidate.predicate == .leaderOf && candidate.attributes["status"] == nil {
    let office = candidate.attributes["roleName"]?.lowercased().split(separator: " ").last ?? ""
    holders["\(candidate.object) \(office)", default: []].insert(candidate.subject)
  }
  for shared in holders.values where shared.count > 1 { affiliated.formUnion(shared) }
  return candidates.filter { candidate in
    if candidate.rule.hasPrefix(sentenceCountryTitleRule) {
      guard let countries = countriesOf[candidate.subject] else { return true }
      return countries.contains(candidate.object)
    }
    return !candidate.rule.hasPrefix(homeTitleRule) || !affiliated.contains(candidate.subject)
  }
}

extension StructuralRules {
  /// "Corvane said Tom Baker, a senior vice president, would retire": an office of
  /// organizations in an apposition that names no holder is held in the one organization the
  /// sentence names.
  func appositionTitlesInSentenceOrganization(besides found: [Candidate]) -> [Candidate] {
    let organizations = Set(
      view.slots.filter { $0.kinds == [.organization] && $0.entities.count == 1 }.flatMap(
        \.entities))
    guard organizations.count == 1, let organization = organizations.first,
      let body = view.slots.first(where: {
        $0.entities == [organization] && !view.quoted[$0.tokenRange.lowerBound]
      })
    else { return [] }
    var result: [Candidate] = []
    for person in view.slots where person.kinds == [.person] && person.entities.count == 1 {
      guard !person.isReference, view.word(person.tokenRange.upperBound) == ",",
        !found.contains(where: {
          $0.subject == person.entities[0]
            && [.leaderOf, .holdsPosition, .worksFor, .memberOf].contains($0.predicate)
        })
      else { continue }
      var position = person.tokenRange.upperBound + 1
      if ["a", "an", "the"].contains(view.word(position)) { position += 1 }
      if ["senior", "top", "longtime", "veteran"].contains(view.word(position)) { position += 1 }
      // An office of either kind ("vice president") when no country could hold it.
      guard let match = title(startingAt: position), !match.isFormer,
        match.title.scope == .organization
          || match.title.scope == .any
            && !view.slots.contains(where: { $0.kinds.contains(.country) }),
        [",", "who", "and", "."].contains(view.word(match.range.upperBound))
      else { continue }
      let holder = Slot(
        entities: body.entities, kinds: body.kinds, tokenRange: body.tokenRange, start: body.start,
        end: body.end, isReference: true, isDemonym: false)
      result += relations(
        person: person, title: match, holder: holder, start: min(body.start, person.start),
        end: max(body.end, view.tokens[match.range.upperBound - 1].end),
        rule: "title-apposition-sentence-organization", confidence: 0.55)
    }
    return result
  }
}

extension StructuralRules {
  /// "an analyst at Standard Bank in Johannesburg", "a researcher at Acme in Nairobi": the
  /// organization someone works at, followed at once by "in" and a city, is in that city.
  func workplaceCity() -> [Candidate] {
    var found: [Candidate] = []
    for slot in view.slots where slot.kinds == [.organization] && slot.entities.count == 1 {
      var before = slot.tokenRange.lowerBound
      if view.word(before - 1) == "the" { before -= 1 }
      let end = slot.tokenRange.upperBound
      guard !slot.isReference, view.word(before - 1) == "at",
        rules.titleLastWords.contains(view.word(before - 2))
          || view.slotAt[max(0, before - 2)] != nil
            && view.slots[view.slotAt[max(0, before - 2)] ?? 0].kinds == [.person],
        view.word(end) == "in", let city = view.slot(startingAt: end + 1), city.entities.count == 1,
        city.kinds == [.place], graph[city.entities[0]]?.placeType == .city,
        // "in Johannesburg on Monday", not "in Johannesburg's" or a list of cities.
        !["'s", "’s", "and"].contains(view.word(city.tokenRange.upperBound))
      else { continue }
      found.append(
        Candidate(
          subject: slot.entities[0], predicate: .locatedIn, object: city.entities[0],
          confidence: 0.6, rule: "workplace-in-city", sentence: view.index, start: slot.start,
          end: city.end))
    }
    return found
  }
}

/// Whether a candidate gives a person an office or a nationality of their own: a title
/// ("Chinese President", "Acme's chief executive"), a country, or a nationality; not "the
/// party, led by X" or "leader of the party", which leave X's national office open.
func isOffice(_ candidate: Candidate, in graph: KnowledgeGraph) -> Bool {
  switch candidate.predicate {
  case .citizenOf: return true
  case .leaderOf, .holdsPosition, .worksFor:
    // A party's leader may hold the country's office too.
    if graph[candidate.object]?.organizationType == .party { return false }
    return candidate.attributes["roleName"] != nil || graph[candidate.object]?.kind == .country
  default: return false
  }
}

extension StructuralRules {
  /// Words after a capital that make it its government acting: "Beijing sent", "Moscow said".
  private static let capitalActorVerbs: Set<String> = [
    "sent", "sends", "said", "says", "has", "had", "will", "dispatched", "named", "appointed",
  ]

  /// "Beijing sent Premier Li Qiang instead": a national office with no holder, in a clause
  /// whose subject is a capital standing for its government, is that country's.
  func capitalTitles(besides found: [Candidate]) -> [Candidate] {
    var result: [Candidate] = []
    for person in view.slots where person.kinds == [.person] && person.entities.count == 1 {
      guard !person.isReference,
        !found.contains(where: { $0.subject == person.entities[0] && isOffice($0, in: graph) }),
        let match = title(endingBefore: person.tokenRange.lowerBound), !match.isFormer,
        match.title.scope == .country, match.title.kind == .leader || match.title.kind == .position,
        match.range.lowerBound >= 2,
        Self.capitalActorVerbs.contains(view.word(match.range.lowerBound - 1)),
        let capital = view.slot(endingBefore: match.range.lowerBound - 1),
        capital.kinds == [.place],
        capital.entities.count == 1, !capital.isReference,
        let place = graph[capital.entities[0]],
        let entry = Gazetteer.builtIn.entry(named: place.name), entry.isCapital,
        let country = Gazetteer.builtIn.country(of: entry),
        let countryID = graph.entities(named: country.name, kind: .country)
      else { continue }
      let holder = Slot(
        entities: [countryID], kinds: [.country], tokenRange: capital.tokenRange,
        start: capital.start, end: capital.end, isReference: true, isDemonym: false)
      result += relations(
        person: person, title: match, holder: holder, start: capital.start, end: person.end,
        rule: "title-capital-government", confidence: 0.6
      ).filter { $0.predicate != .citizenOf }
    }
    return result
  }
}

extension StructuralRules {
  /// "The laboratory, in the city of Livermore, is funded by …", "Acme, in Denver, said": an
  /// apposition of "in" and a city or region says where the organization is.
  func appositiveLocation() -> [Candidate] {
    var found: [Candidate] = []
    for slot in view.slots where slot.kinds == [.organization] && slot.entities.count == 1 {
      let end = slot.tokenRange.upperBound
      guard view.word(end) == ",", view.word(end + 1) == "in" else { continue }
      var position = end + 2
      // "in the city of Livermore", "in the town of X".
      if view.word(position) == "the",
        ["city", "town", "village", "state", "province"].contains(view.word(position + 1)),
        view.word(position + 2) == "of"
      {
        position += 3
      }
      guard let place = view.slot(startingAt: position), place.entities.count == 1,
        place.kinds == [.place], [.city, .region].contains(graph[place.entities[0]]?.placeType),
        // The apposition closes there ("in Livermore, is funded", "in Livermore east of San
        // Francisco"), not "in Livermore and Paris".
        [",", ".", "east", "west", "north", "south", "near", "outside"].contains(
          view.word(place.tokenRange.upperBound))
      else { continue }
      found.append(
        Candidate(
          subject: slot.entities[0], predicate: .locatedIn, object: place.entities[0],
          confidence: slot.isReference ? 0.6 : 0.7, rule: "organization-apposition-in-place",
          sentence: view.index, start: slot.start, end: place.end))
    }
    return found
  }
}
