import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct EventExtractionTests {
  private func extract(_ text: String, id: String = "test", date: String? = "2025-06-05")
    -> KnowledgeGraph
  {
    RelationExtractor().extract(from: RelationFixture.document(text, id: id, date: date)).graph
  }

  private func events(_ graph: KnowledgeGraph) -> [Entity] {
    graph.entities.filter { $0.kind == .event }
  }

  private func has(_ graph: KnowledgeGraph, _ subject: String, _ predicate: Relation.Predicate,
                   _ object: String) -> Bool {
    graph[Relation.Key(EntityID(rawValue: subject), predicate, EntityID(rawValue: object))] != nil
  }

  @Test func datedCallWithDurationParticipantsAndOrganizer() throws {
    let graph = extract(
      "On Tuesday, March 12, 2024, German Chancellor Olaf Scholz and Japanese Prime Minister "
        + "Fumio Kishida held a 45-minute phone call. The call, initiated by Scholz, covered energy.",
      date: "2024-03-14")
    let found = events(graph)
    #expect(found.count == 1)
    let call = try #require(found.first)
    #expect(call.id.rawValue == "event/2024-03-12-call")
    #expect(call.eventType == .call)
    #expect(call.date?.description == "2024-03-12")
    #expect(call.duration == "PT45M")
    #expect(call.name == "Kishida–Scholz phone call")
    #expect(call.aliases.contains("45-minute phone call"))
    #expect(has(graph, call.id.rawValue, .participant, "person/olaf-scholz"))
    #expect(has(graph, call.id.rawValue, .participant, "person/fumio-kishida"))
    #expect(has(graph, call.id.rawValue, .organizer, "person/olaf-scholz"))
    #expect(has(graph, "person/fumio-kishida", .meetsWith, "person/olaf-scholz")
      || has(graph, "person/olaf-scholz", .meetsWith, "person/fumio-kishida"))
  }

  @Test func sameEventInTwoDocumentsIsOneNode() {
    let first = extract(
      "Scholz and Kishida held a phone call on March 12, 2024.", id: "a", date: "2024-03-14")
    let second = extract(
      "As Kishida put it during the March 12 call, both countries live from exports. "
        + "Fumio Kishida and Olaf Scholz held another telephone call on March 12, their second since January.",
      id: "b", date: "2024-03-14")
    let merged = first.union(second)
    #expect(events(merged).map(\.id.rawValue) == ["event/2024-03-12-call"])
  }

  @Test func namedMeetingWithPlaceAndCountries() throws {
    let graph = extract(
      "Delegates sat down for the India-Japan Economic and Trade Meeting in Osaka, Japan, July 8, 2024.")
    let meeting = try #require(events(graph).first)
    #expect(events(graph).count == 1)
    #expect(meeting.name == "India-Japan Economic and Trade Meeting")
    #expect(meeting.date?.description == "2024-07-08")
    #expect(meeting.eventType == .meeting)
    #expect(has(graph, meeting.id.rawValue, .location, "place/osaka"))
    #expect(has(graph, meeting.id.rawValue, .participant, "country/japan"))
    #expect(has(graph, meeting.id.rawValue, .participant, "country/india"))
    #expect(has(graph, "place/osaka", .locatedIn, "country/japan"))
  }

  @Test func twoLeadersAndAVerbEvent() throws {
    let graph = extract(
      "Biden and Kishida have met twice this year. On April 8, just before Kishida's inauguration "
        + "as party leader, the two leaders discussed defence.", date: "2024-04-20")
    let call = try #require(events(graph).first { $0.date?.description == "2024-04-08" })
    #expect(has(graph, call.id.rawValue, .participant, "person/joe-biden"))
    #expect(has(graph, call.id.rawValue, .participant, "person/fumio-kishida"))
    // "this year" is too vague to make an event, and the inauguration is not on April 8.
    #expect(!events(graph).contains { $0.date?.description == "2024" })
    #expect(!events(graph).contains { $0.eventType == .inauguration && $0.date != nil })
  }

  @Test func meetingWithAndTheMainClauseSubject() throws {
    let graph = extract("In 2019, during the meeting with Angela Merkel, Vladimir Putin praised gas exports.")
    let meeting = try #require(events(graph).first)
    #expect(meeting.date?.description == "2019")
    #expect(has(graph, meeting.id.rawValue, .participant, "person/angela-merkel"))
    #expect(has(graph, meeting.id.rawValue, .participant, "person/vladimir-putin"))
  }

  @Test func warLaunchedByAPersonAgainstACountry() throws {
    let graph = extract("Economists recall Ronald Reagan's launch of the trade war against Japan in 1987, among others.")
    let war = try #require(events(graph).first)
    #expect(war.eventType == .war)
    #expect(war.date?.description == "1987")
    #expect(war.name == "1987 trade war")
    #expect(has(graph, war.id.rawValue, .organizer, "person/ronald-reagan"))
    #expect(has(graph, war.id.rawValue, .participant, "country/japan"))
  }

  @Test func agreementSharesThePartiesOfItsSentence() throws {
    let graph = extract(
      "Negotiations between Canada and Mexico resumed after a March 3 agreement to cut duties.")
    let agreement = try #require(events(graph).first { $0.eventType == .agreement })
    #expect(agreement.date?.description == "2025-03-03")
    #expect(has(graph, agreement.id.rawValue, .participant, "country/canada"))
    #expect(has(graph, agreement.id.rawValue, .participant, "country/mexico"))
  }

  @Test(arguments: [
    "Talks are the only way forward.",
    "They hope for a deal soon.",
    "The meeting was long.",
    "Investors want a call to action.",
    "Trump will call Xi on Friday.",
    "Officials will meet at a location to be determined.",
  ])
  func genericMentionsMakeNoEvent(_ text: String) {
    #expect(events(extract(text)).isEmpty)
  }

  @Test func laterReferencesJoinTheDatedEvent() {
    let graph = extract(
      "Trump and Xi held a call on June 5. The call lasted 90 minutes. The Trump-Xi call "
        + "could help. Analysts praised the call.")
    let found = events(graph)
    #expect(found.count == 1)
    #expect(found.first?.duration == "PT90M")
    #expect((found.first?.mentions.count ?? 0) >= 3)
  }

  @Test func durationsParse() {
    let graph = extract("Japan and France held a two-day summit in Osaka on May 3.")
    let summit = events(graph).first
    #expect(summit?.duration == "P2D")
    #expect(summit?.eventType == .summit)
    #expect(summit.map { has(graph, $0.id.rawValue, .location, "place/osaka") } == true)
  }

  @Test func definiteReferencesGoToTheMostTalkedAboutEvent() throws {
    let graph = extract(
      "Trump and Xi held a call on June 5. The call was cordial. The call ended well. "
        + "They had also spoken by phone on January 17, when Trump and Xi held a call. "
        + "The Trump-Xi call of this week may help.")
    let june = try #require(events(graph).first { $0.date?.description == "2025-06-05" })
    #expect(june.aliases.contains("Trump-Xi call"))
  }

  @Test func headlineWordsAreNotAnEventName() throws {
    let graph = extract("Trump and Xi held a call on June 5.\nTrump and Xi’s Conversation Helps\nThe call was cordial.")
    let call = try #require(events(graph).first)
    #expect(call.name == "Trump–Xi phone call")
  }

  @Test func possessiveReferencesKeepTheirOwnDate() {
    let graph = extract(
      "Japan and France signed a trade agreement on May 3. On Wednesday, Japan accused France of breaking their agreement.")
    #expect(events(graph).count == 1)
    #expect(events(graph).first?.date?.description == "2025-05-03")
  }

  @Test func repeatedExclamationMarksEndASentence() {
    let sentences = Tokenizer().sentences(in: "It is “VERY HARD!!!” He left.")
    #expect(sentences.count == 2)
  }

  @Test func anotherWordForTheMeetingJustTold() throws {
    let graph = extract(
      "Putin and Xi Jinping held talks in Moscow on March 21, 2023. The summit, hosted by "
        + "Putin, lasted two days.")
    let found = events(graph)
    #expect(found.count == 1)
    let talks = try #require(found.first)
    #expect(talks.duration == "P2D")
    #expect(talks.name == "Putin–Xi talks")
    #expect(has(graph, talks.id.rawValue, .organizer, "person/vladimir-putin"))
    #expect(has(graph, talks.id.rawValue, .location, "place/moscow"))
  }

  @Test func compoundEventNounsKeepTheirSigners() throws {
    let graph = extract("The EU and Japan signed an economic partnership agreement in 2018.")
    let agreement = try #require(events(graph).first)
    #expect(agreement.date?.description == "2018")
    #expect(has(graph, agreement.id.rawValue, .participant, "country/japan"))
    #expect(has(graph, agreement.id.rawValue, .participant, "organization/european-union"))
  }

  @Test func definiteMentionWithAnotherDateIsAReference() {
    let graph = extract(
      "Japan and France signed a climate agreement on May 3, 2015. Japan withdrew from the agreement in 2020.")
    #expect(events(graph).map { $0.date?.description } == ["2015-05-03"])
  }

  @Test func thatYearIsTheYearLastNamed() throws {
    let graph = extract(
      "In 2015, Macron met Scholz in Tokyo. Later that year, Japan and France held a summit in Osaka.",
      date: nil)
    let summit = try #require(events(graph).first { $0.eventType == .summit })
    #expect(summit.date?.description == "2015")
    let meeting = try #require(events(graph).first { $0.eventType == .meeting })
    #expect(meeting.aliases.contains("meeting"))
  }

  @Test func aCommaSeparatesADateFromAnApposition() throws {
    let graph = extract(
      "Scholz met Chinese President Xi Jinping in Beijing on Friday, the first visit by a "
        + "European leader in years.")
    let meeting = try #require(events(graph).first)
    #expect(events(graph).count == 1)
    #expect(meeting.eventType == .meeting)
    #expect(meeting.date?.description == "2025-06-06")
    #expect(has(graph, meeting.id.rawValue, .location, "place/beijing"))
  }

  @Test func anEarlierEventAfterAfterKeepsItsOwnDate() throws {
    let graph = extract(
      "Macron and Scholz met for four hours at Geneva on Wednesday. It was their first meeting "
        + "in a year, after their talks in Bali in November 2024.")
    let meeting = try #require(events(graph).first { $0.eventType == .meeting })
    #expect(meeting.duration == "PT4H")
    #expect(has(graph, meeting.id.rawValue, .location, "place/geneva"))
    #expect(!has(graph, meeting.id.rawValue, .location, "place/bali"))
    let talks = try #require(events(graph).first { $0.eventType == .talks })
    #expect(talks.date?.description == "2024-11")
  }

  @Test func talksWithATitledPersonAndADescribedOne() throws {
    let graph = extract(
      "German Chancellor Olaf Scholz arrived. The chancellor also held talks with Premier Li Qiang.")
    let talks = try #require(events(graph).first)
    #expect(has(graph, talks.id.rawValue, .participant, "person/olaf-scholz"))
    #expect(has(graph, talks.id.rawValue, .participant, "person/li-qiang"))
  }

  @Test func visitsAndElections() throws {
    let graph = extract(
      "Scholz visited China on November 4, 2022. Macron won the 2017 presidential election.")
    let visit = try #require(events(graph).first { $0.eventType == .visit })
    #expect(visit.date?.description == "2022-11-04")
    #expect(visit.name == "Scholz visit to China")
    #expect(has(graph, visit.id.rawValue, .participant, "person/olaf-scholz"))
    #expect(has(graph, visit.id.rawValue, .location, "country/china"))
    let election = try #require(events(graph).first { $0.eventType == .election })
    #expect(election.date?.description == "2017")
    #expect(election.name == "2017 presidential election")
    #expect(has(graph, election.id.rawValue, .participant, "person/emmanuel-macron"))
  }

  @Test func theDateOfAnotherVerbIsNotTheEventDate() {
    let graph = extract(
      "Japan and France reached a trade deal. The deal was blocked by courts in April 2024. "
        + "The summit was held in Osaka on May 3, 2024.")
    #expect(!events(graph).contains { $0.eventType == .agreement && $0.date != nil })
    #expect(events(graph).contains { $0.eventType == .summit && $0.date?.description == "2024-05-03" })
  }

  @Test func relativeClausesKeepTheirDatesAndTheOnlySummitGathersItsGuests() throws {
    let graph = extract(
      "EU leaders opened their annual summit in Geneva on Monday. Japan, which joined the "
        + "talks in April, attended its first summit. Olaf Scholz, who leads the delegation, "
        + "also attended the summit.")
    let summits = events(graph).filter { $0.eventType == .summit }
    #expect(summits.count == 1)
    let summit = try #require(summits.first)
    #expect(summit.date?.description == "2025-06-02")
    #expect(has(graph, summit.id.rawValue, .location, "place/geneva"))
    #expect(has(graph, summit.id.rawValue, .participant, "organization/european-union"))
    #expect(has(graph, summit.id.rawValue, .participant, "person/olaf-scholz"))
  }

  @Test func declaringWarOnACountry() throws {
    let graph = extract("France and Japan declared war on Russia in 1904.")
    let war = try #require(events(graph).first)
    #expect(war.date?.description == "1904")
    #expect(has(graph, war.id.rawValue, .participant, "country/france"))
    #expect(has(graph, war.id.rawValue, .participant, "country/russia"))
    #expect(!has(graph, war.id.rawValue, .organizer, "country/france"))
  }

  @Test func visitsByAndToAndInaugurationsOf() throws {
    let graph = extract(
      "Beijing protested a visit to Japan by Xi Jinping in 2019. Scholz attended the "
        + "inauguration of President Macron in 2017.")
    let visit = try #require(events(graph).first { $0.eventType == .visit })
    #expect(visit.date?.description == "2019")
    #expect(has(graph, visit.id.rawValue, .participant, "person/xi-jinping"))
    #expect(has(graph, visit.id.rawValue, .location, "country/japan"))
    let inauguration = try #require(events(graph).first { $0.eventType == .inauguration })
    #expect(has(graph, inauguration.id.rawValue, .participant, "person/emmanuel-macron"))
    #expect(has(graph, inauguration.id.rawValue, .participant, "person/olaf-scholz"))
  }

  // MARK: - Attendance

  /// `text` extracted with the built-in gazetteer.
  private func extractFully(_ text: String) -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "attendance", text: text)]).graph
  }

  @Test func theHostTakesPartAndDelegatesAttendInsteadOfTheirLeaders() throws {
    let graph = extractFully(
      "Narendra Modi hosted the G20 summit in New Delhi on September 9, 2023. Joe Biden attended "
        + "the summit. Xi Jinping stayed away and sent Li Qiang instead. Sergei Lavrov represented "
        + "Russia. Rishi Sunak represented the United Kingdom at the summit.")
    let summit = try #require(events(graph).first { $0.eventType == .summit })
    let id = summit.id.rawValue
    #expect(has(graph, id, .organizer, "person/narendra-modi"))
    #expect(has(graph, id, .participant, "person/narendra-modi"))
    #expect(has(graph, id, .participant, "person/joe-biden"))
    #expect(has(graph, id, .participant, "person/li-qiang"))
    #expect(!has(graph, id, .participant, "person/xi-jinping"))
    #expect(has(graph, id, .participant, "person/sergei-lavrov"))
    #expect(has(graph, id, .participant, "country/russia"))
    #expect(has(graph, id, .participant, "country/united-kingdom"))
    let relation = try #require(
      graph[Relation.Key(summit.id, .participant, EntityID(rawValue: "person/li-qiang"))])
    let evidence = try #require(relation.sortedEvidence.first)
    #expect(evidence.quote == "sent Li Qiang instead")
    #expect(relation.confidence < 0.8)
  }

  @Test func representationWithoutAMeetingToldIsNoEvent() {
    let graph = extractFully(
      "Sergei Lavrov represented Russia for many years. Vladimir Putin sent Sergei Shoigu "
        + "instead of going himself.")
    #expect(events(graph).isEmpty)
    let far = extractFully(
      "Emmanuel Macron hosted the summit in Paris on May 2, 2024. Trade grew. Prices rose. "
        + "Exports fell. Olaf Scholz represented Germany in the court case.")
    #expect(!far.relations.contains { $0.object.rawValue == "country/germany" && $0.predicate == .participant })
  }

  @Test func aSummitOfOneBodyAtANamedPlaceIsAnEvent() throws {
    let graph = extractFully(
      "On the sidelines of the G20 summit in Bali, Joe Biden met Xi Jinping on Monday.")
    let summit = try #require(events(graph).first { $0.eventType == .summit })
    #expect(has(graph, summit.id.rawValue, .location, "place/bali"))
    #expect(has(graph, summit.id.rawValue, .participant, "organization/group-of-20"))
    // Without a date or place it is still the one summit the text tells, undated.
    let bare = extractFully("The G20 summit was mentioned once.")
    #expect(events(bare).count == 1)
    #expect(events(bare).allSatisfy { $0.date == nil && $0.aliases.contains("summit") })
  }

  @Test func aDefiniteMeetingWithItsLengthIsTheSummitTold() throws {
    let graph = extractFully(
      "Narendra Modi opened the G20 summit in New Delhi on September 9, 2023. Joe Biden attended "
        + "the summit. Prices rose. Exports fell. The two-day meeting ended with a declaration.")
    let found = events(graph)
    #expect(found.count == 1)
    let summit = try #require(found.first)
    #expect(summit.duration == "P2D")
    #expect(has(graph, summit.id.rawValue, .participant, "person/narendra-modi"))
  }
}
