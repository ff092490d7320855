import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Rule classes found on unseen news text, driven end to end through ``Extractor`` on
/// sentences written for these tests: each checks the relation a reader of the graph checks.
@Suite struct GeneralRuleTests {
  private func graph(_ text: String, date: String = "2023-09-09") -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "general", text: text, date: PartialDate(iso: date))]).graph
  }

  private func triples(_ graph: KnowledgeGraph) -> Set<String> {
    Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  private func events(_ graph: KnowledgeGraph) -> [Entity] {
    graph.entities.filter { $0.kind == .event }
  }

  // MARK: - Titles

  @Test func aDatelineIsNotTheSentencesFirstWordAndANumberEndsAListedName() {
    let found = graph(
      "ROME — Leaders of the Group of 20 major economies opened a two-day summit in Rome.")
    let organizations = found.entities.filter { $0.kind == .organization }.map(\.name)
    #expect(organizations == ["Group of 20"])
  }

  @Test func aSentencesFirstWordThatStartsOneCompanysNameIsThatCompany() {
    let found = triples(graph(
      "Kestrel Biosciences agreed to buy Novera Therapeutics. Novera is headquartered in Boston. "
        + "Kestrel's chief executive, Maria Lindqvist, will leave the company."))
    #expect(found.contains("organization/novera-therapeutics locatedIn place/boston"))
    #expect(found.contains("person/maria-lindqvist leaderOf organization/kestrel-biosciences"))
    // A word that starts two companies' names stays undecided.
    let two = graph("Novera Therapeutics and Novera Labs split. Novera is headquartered in Boston.")
    #expect(!two.relations.contains { $0.predicate == .locatedIn && $0.object.rawValue == "place/boston" })
  }

  @Test func aCapitalAfterAPrepositionIsAPlaceEvenBeforeSaid() {
    let found = triples(graph(
      "The Nobel Assembly at the Karolinska Institute in Stockholm said the prize would be shared."))
    #expect(found.contains("organization/karolinska-institute locatedIn place/stockholm"))
    #expect(!found.contains { $0.hasSuffix("country/sweden") })
    // Without the preposition the capital still stands for its government.
    let metonymy = graph("Stockholm said the prize would be shared.")
    #expect(metonymy.entities.contains { $0.kind == .country && $0.name == "Sweden" })
  }

  @Test func aNameBeforeALowerCasePartyIsThatParty() {
    let found = graph("Javier Milei and Patricia Bullrich met leaders of the center-right Republican Proposal party.")
    let party = found.entities.first { $0.name == "Republican Proposal" }
    #expect(party?.kind == .organization)
    #expect(party?.organizationType == .party)
    #expect(!found.entities.contains { $0.kind == .person && $0.name.contains("Proposal") })
    // A party the gazetteer lists is that party: "the Chinese Communist party".
    let listed = graph("Xi Jinping joined the Chinese Communist party in 1974.")
    #expect(listed.entities.contains { $0.name == "Communist Party of China" })
  }

  @Test func anArticleJoinedToASurnameStaysOnTheName() {
    for text in [
      "Abdel Fattah al-Burhan said on Monday that the talks would resume. Burhan left for Cairo.",
      "General Abdel Fattah al-Burhan met the envoy. Burhan left for Cairo.",
    ] {
      let people = graph(text).entities.filter { $0.kind == .person }
      #expect(people.map(\.name) == ["Abdel Fattah al-Burhan"], "\(text)")
      #expect(people.first?.aliases.contains("Burhan") == true, "\(text)")
    }
  }

  @Test func demonymAfterAGivenNameIsASurname() {
    let found = graph(
      "Deputy Energy Secretary David Turk praised the result. Turk said more work was needed.")
    let people = found.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["David Turk"])
    #expect(!found.entities.contains { $0.name == "Turkey" })
    // The demonym alone, with no such person, is still the country's.
    let country = graph("Turkish President Recep Tayyip Erdogan spoke to a Turk in Ankara.")
    #expect(country.entities.contains { $0.name == "Turkey" })
  }

  @Test func abbreviationAfterAnOrganizationTitleIsTheEmployer() {
    let found = triples(graph(
      "Martin Kessler, the chairman of KVTG, joined the delegation. The group also met Ana Ruiz."))
    #expect(found.contains("person/martin-kessler leaderOf organization/kvtg"))
    // Without such a title, an abbreviation the text never spells out is still left out.
    let bare = graph("Delegates from KVTG joined the delegation on Monday.")
    #expect(!bare.entities.contains { $0.name == "KVTG" })
  }

  @Test func nationalOfficeTakesTheOneCountryOfItsSentence() {
    let found = triples(graph(
      "Putin skipped the meeting. Russia was represented by Foreign Minister Sergei Lavrov."))
    #expect(found.contains("person/sergei-lavrov holdsPosition country/russia"))
    let possessor = triples(graph(
      "Javier Milei won Argentina's runoff on Sunday, defeating Economy Minister Sergio Massa."))
    #expect(possessor.contains("person/sergio-massa holdsPosition country/argentina"))
  }

  @Test func nationalOfficeIgnoresModifiersPlacesAndOtherOffices() {
    let modifier = triples(graph(
      "In Berlin, Foreign Minister Annalena Baerbock has pushed for a tougher China strategy."))
    #expect(!modifier.contains { $0.hasPrefix("person/annalena-baerbock holdsPosition") })
    let place = triples(graph("Prime Minister Narendra Modi met Xi Jinping in Russia on Tuesday."))
    #expect(!place.contains { $0.hasPrefix("person/narendra-modi leaderOf") })
    let otherGraph = graph(
      "Chinese President Xi Jinping stayed away, and Premier Li Qiang went instead.")
    let otherOffice = triples(otherGraph)
    #expect(otherOffice.contains("person/xi-jinping leaderOf country/china"))
    // Not from the sentence: only from the story being about China alone (WireRecallTests).
    #expect(otherGraph.relations.filter { $0.subject.rawValue == "person/li-qiang" }
      .allSatisfy { $0.sources == ["title-home-country"] })
  }

  @Test func titleOfAnOrganizationOwnedByAPlace() {
    let found = triples(graph(
      "Prince William, the president of England's Football Association, did not travel."))
    #expect(found.contains("person/william leaderOf organization/football-association"))
    #expect(!found.contains { $0.contains("person/william") && $0.hasSuffix("place/england") })
  }

  @Test func agentDescribedBySomeoneElseBeforeTheName() {
    let found = triples(graph(
      "The army fought the Rapid Support Forces, commanded by his former deputy, Mohamed "
        + "Hamdan Dagalo."))
    #expect(found.contains("person/mohamed-hamdan-dagalo leaderOf organization/rapid-support-forces"))
    // "his" names a person of its own here; it is still not the agent.
    let named = triples(graph(
      "The army, led by General Abdel Fattah al-Burhan, fought the Rapid Support Forces, "
        + "commanded by his former deputy, Mohamed Hamdan Dagalo."))
    #expect(named.contains("person/mohamed-hamdan-dagalo leaderOf organization/rapid-support-forces"))
    #expect(!named.contains("person/abdel-fattah-al-burhan leaderOf organization/rapid-support-forces"))
  }

  // MARK: - Interactions

  @Test func participleClauseOfACountrysAgency() {
    let found = triples(graph(
      "The U.S. Federal Trade Commission sued to stop the deal in December, accusing Microsoft "
        + "of planning to keep games from rivals."))
    #expect(found.contains("organization/federal-trade-commission accuses organization/microsoft"))
  }

  // MARK: - Events

  @Test func headlineEventIsTheEventTheBodyDates() throws {
    let graph = graph(
      "India hosts G20 summit as African Union joins\n\nSeptember 9, 2023\n\n"
        + "Leaders opened a two-day summit in New Delhi, India, on Saturday.")
    let summits = events(graph).filter { $0.eventType == .summit }
    #expect(summits.count == 1)
    let summit = try #require(summits.first)
    #expect(summit.date == PartialDate(year: 2023, month: 9, day: 9))
    #expect(triples(graph).contains("\(summit.id.rawValue) location place/new-delhi"))
  }

  @Test func theNextSummitIsAnotherEvent() throws {
    let graph = graph(
      "Leaders opened a two-day summit in New Delhi on Saturday. Brazil will host the next "
        + "summit in Rio de Janeiro.")
    let dated = try #require(events(graph).first { $0.date != nil })
    let found = triples(graph)
    #expect(found.contains("\(dated.id.rawValue) location place/new-delhi"))
    #expect(!found.contains("\(dated.id.rawValue) location place/rio-de-janeiro"))
  }

  @Test func passiveRepresentationJoinsTheMeetingOfItsSentence() throws {
    let graph = graph(
      "Leaders opened a summit in New Delhi on Saturday. Putin skipped the summit; Russia was "
        + "represented by Foreign Minister Sergei Lavrov.")
    let summit = try #require(events(graph).first { $0.eventType == .summit })
    let found = triples(graph)
    #expect(found.contains("\(summit.id.rawValue) participant person/sergei-lavrov"))
    #expect(found.contains("\(summit.id.rawValue) participant country/russia"))
  }

  @Test func brokeredTalksHaveOrganizersAndElectionsAPlace() throws {
    let talks = graph(
      "Envoys met in Jeddah on Saturday for talks. The negotiations were brokered by Saudi "
        + "Arabia and the United States.", date: "2023-05-06")
    let event = try #require(events(talks).first { $0.eventType == .talks })
    #expect(triples(talks).contains("\(event.id.rawValue) organizer country/saudi-arabia"))
    let vote = graph("Javier Milei won Argentina's presidential runoff on Sunday.", date: "2023-11-20")
    let runoff = try #require(events(vote).first { $0.eventType == .election })
    #expect(triples(vote).contains("\(runoff.id.rawValue) location country/argentina"))
    #expect(!triples(vote).contains("\(runoff.id.rawValue) participant country/argentina"))
  }

  @Test func aPlaceOfSpeakingIsNotThePlaceOfTheEvent() {
    let graph = graph(
      "Talks opened in Jeddah on Saturday. Volker Perthes said in Port Sudan that the talks "
        + "would seek a truce.", date: "2023-05-06")
    #expect(!triples(graph).contains { $0.hasSuffix("location place/port-sudan") })
  }

  // MARK: - Names

  @Test func aCompanyNamedByItsFirstWordAfterItsFullName() {
    let graph = graph(
      "Microsoft bought Activision Blizzard on Friday. Activision's games will join Microsoft "
        + "Gaming, the division that makes Xbox. Microsoft paid in cash.")
    let organizations = graph.entities.filter { $0.kind == .organization }
    let activision = organizations.filter { $0.names.contains { $0.hasPrefix("Activision") } }
    #expect(activision.count == 1)
    #expect(activision.first?.names.contains("Activision") == true)
    // "Microsoft" comes before "Microsoft Gaming": the company, not a short name of its unit.
    #expect(organizations.contains { $0.name == "Microsoft" })
  }

  // MARK: - Organizations

  @Test func aUnitTheOwnerNamesWithAPossessive() {
    let found = triples(graph(
      "Weissman teaches at the University of Pennsylvania's Perelman School of Medicine."))
    #expect(found.contains(
      "organization/perelman-school-of-medicine partOf organization/university-of-pennsylvania"))
  }

  @Test func aTeamsPlayerInAnApposition() {
    let found = triples(graph("Olga Carmona, the Real Madrid defender, scored the only goal."))
    #expect(found.contains("person/olga-carmona worksFor organization/real-madrid"))
  }

  @Test func whoArrivedWhereForTheEvent() throws {
    let graph = graph(
      "Envoys of the Rapid Support Forces arrived in Jeddah, Saudi Arabia, on Saturday for "
        + "talks aimed at a truce.", date: "2023-05-06")
    let talks = try #require(events(graph).first { $0.eventType == .talks })
    let found = triples(graph)
    #expect(found.contains("\(talks.id.rawValue) location place/jeddah"))
    #expect(found.contains("\(talks.id.rawValue) participant organization/rapid-support-forces"))
  }

  @Test func aNameOfACountryIsItsCitizen() {
    let found = triples(graph("England, coached by Sarina Wiegman of the Netherlands, had won."))
    #expect(found.contains("person/sarina-wiegman citizenOf country/netherlands"))
    let titled = triples(graph("Queen Letizia of Spain watched from the stands."))
    #expect(!titled.contains { $0.hasPrefix("person/letizia citizenOf") && $0.contains("person-of") })
  }

  @Test func sendingSomeoneInsteadIsSaidOfTheSummit() throws {
    let graph = graph(
      "Leaders opened a summit in New Delhi on Saturday. Modi welcomed them. The union joined. "
        + "Biden arrived on Friday and held talks with Modi. Chinese President Xi Jinping stayed "
        + "away, and Beijing sent Premier Li Qiang instead.")
    let summit = try #require(events(graph).first { $0.eventType == .summit })
    let found = triples(graph)
    #expect(found.contains("\(summit.id.rawValue) participant person/li-qiang"))
    #expect(!found.contains { $0.hasSuffix("participant person/li-qiang") && !$0.hasPrefix(summit.id.rawValue) })
  }

  @Test func theSentencesPersonHoldsTalksAfterAnd() throws {
    let graph = graph(
      "U.S. President Joe Biden arrived in the Indian capital on Friday and held talks with "
        + "Narendra Modi at his residence.")
    let talks = try #require(events(graph).first { $0.eventType == .talks })
    let found = triples(graph)
    #expect(found.contains("\(talks.id.rawValue) participant person/joe-biden"))
    #expect(found.contains("\(talks.id.rawValue) participant person/narendra-modi"))
  }
}
