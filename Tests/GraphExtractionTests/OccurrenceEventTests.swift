import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Events that happen to their actors or that one actor does to another (strikes, fines,
/// verdicts, resignations, elections, launches, dockings, orders, finals), driven through
/// ``Extractor`` on sentences written for these tests.
@Suite struct OccurrenceEventTests {
  private func graph(_ text: String, date: String = "2025-03-05") -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "wire", text: text, date: PartialDate(iso: date))]).graph
  }

  /// The event nodes of a graph.
  private func events(_ found: KnowledgeGraph) -> [Entity] {
    found.entities.filter { $0.kind == .event }
  }

  private func roles(_ found: KnowledgeGraph, of event: Entity?, _ predicate: Relation.Predicate)
    -> Set<String>
  {
    Set(found.relations.filter { $0.subject == event?.id && $0.predicate == predicate }
      .map(\.object.rawValue))
  }

  @Test func aStrikeOrWalkoutIsAnEventWithItsUnionPlaceAndDate() throws {
    let found = graph(
      "Members of the Harbour Workers Union began a two-day walkout in Rotterdam on Tuesday.")
    let strike = try #require(events(found).first)
    #expect(strike.aliases.contains("strike"))
    #expect(strike.date?.description == "2025-03-04")
    #expect(roles(found, of: strike, .participant) == ["organization/harbour-workers-union"])
    #expect(roles(found, of: strike, .location) == ["place/rotterdam"])
    let onStrike = events(graph("Bus drivers in Leeds went on strike on Monday over pay."))
    #expect(onStrike.map { $0.date?.description } == ["2025-03-03"])
    // A threat to strike is no strike yet.
    #expect(events(graph("Bus drivers in Leeds threatened to strike over pay on Monday.")).isEmpty)
    // A military strike is another kind of event, never a stoppage of work.
    #expect(events(graph("Air strikes on the port of Odesa damaged a grain silo on Monday.")).isEmpty)
  }

  @Test func aFineNamesWhoFinedWhomButNotTheAdjective() throws {
    let found = graph("The European Commission fined Meta Platforms 800 million euros on Thursday.")
    let fine = try #require(events(found).first)
    #expect(fine.aliases.contains("fine"))
    #expect(fine.date?.description == "2025-03-06")
    #expect(roles(found, of: fine, .participant)
      == ["organization/european-commission", "organization/meta"])
    #expect(events(graph("It was a fine morning in Paris, and the talks went fine.")).isEmpty)
  }

  @Test func courtEventsResignationsAndElectionsTakeThePersonTheyHappenTo() throws {
    let verdict = graph("Former minister John Harlow was convicted of fraud by a court in Lagos on Wednesday.")
    let conviction = try #require(events(verdict).first)
    #expect(conviction.date?.description == "2025-03-05")
    #expect(roles(verdict, of: conviction, .participant) == ["person/john-harlow"])
    #expect(roles(verdict, of: conviction, .location) == ["place/lagos"])
    let resigned = graph("Prime Minister Lena Brandt resigned on Friday after a funding scandal.")
    let resignation = try #require(events(resigned).first)
    #expect(resignation.aliases.contains("resignation"))
    #expect(resignation.date?.description == "2025-02-28")
    #expect(roles(resigned, of: resignation, .participant) == ["person/lena-brandt"])
    let elected = graph("Carla Mendes was elected speaker of the assembly on Monday.")
    let election = try #require(events(elected).first)
    #expect(election.eventType == .election)
    #expect(election.date?.description == "2025-03-03")
    #expect(roles(elected, of: election, .participant) == ["person/carla-mendes"])
    let chile = graph("Carla Mendes was elected president of Chile on Sunday.")
    let vote = try #require(events(chile).first)
    #expect(roles(chile, of: vote, .participant) == ["person/carla-mendes"])
    #expect(roles(chile, of: vote, .location) == ["country/chile"])
    #expect(events(graph("A clinical trial of the vaccine ended without results.")).isEmpty)
  }

  @Test func launchesDockingsAndOrdersAreEvents() throws {
    let launched = graph("SpaceX launched a Falcon 9 rocket from Cape Canaveral on Sunday.")
    let launch = try #require(events(launched).first)
    #expect(launch.aliases.contains("launch"))
    #expect(launch.date?.description == "2025-03-02")
    #expect(roles(launched, of: launch, .participant) == ["organization/spacex"])
    #expect(roles(launched, of: launch, .location) == ["place/cape-canaveral"])
    // A product launch is no event unless the text says what went up.
    #expect(events(graph("The company launched a new phone on Monday.")).isEmpty)
    let docked = events(graph("The cargo capsule docked with the orbiting station on Tuesday."))
    #expect(docked.map { $0.date?.description } == ["2025-03-04"])
    let ordered = graph("Qantas ordered 20 aircraft from Airbus on Wednesday.")
    let order = try #require(events(ordered).first)
    #expect(order.date?.description == "2025-03-05")
    #expect(roles(ordered, of: order, .participant).contains("organization/airbus"))
    // An order to do something is a command, not a purchase.
    #expect(events(graph("The court ordered the government to pay the costs.")).isEmpty)
  }

  @Test func aFinalTakesTheTeamsThatPlayedItButNotTheAdjective() throws {
    let found = graph("Spain beat Portugal in the final in Lisbon on Sunday.")
    let final = try #require(events(found).first)
    #expect(final.aliases.contains("final"))
    #expect(final.date?.description == "2025-03-02")
    #expect(roles(found, of: final, .participant) == ["country/spain", "country/portugal"])
    #expect(roles(found, of: final, .location) == ["place/lisbon"])
    #expect(events(graph("The final decision rests with Spain.")).isEmpty)
  }

  // MARK: - Trips and signings

  @Test func aTourOfAPlaceIsTheVisitorsVisitThere() throws {
    let found = graph("Emmanuel Macron's three-day tour of Vietnam began on Sunday.")
    let tour = try #require(events(found).first)
    #expect(tour.eventType == .visit)
    #expect(tour.date?.description == "2025-03-02")
    #expect(roles(found, of: tour, .participant) == ["person/emmanuel-macron"])
    #expect(roles(found, of: tour, .location) == ["country/vietnam"])
    let pronoun = graph(
      "Emmanuel Macron arrived in Hanoi on Sunday. He said his visit to Vietnam would deepen ties.")
    let visit = try #require(events(pronoun).first)
    #expect(roles(pronoun, of: visit, .participant) == ["person/emmanuel-macron"])
    #expect(events(graph("The band announced a world tour.")).isEmpty)
  }

  @Test func signingSeveralAgreementsIsAnAgreementOfTheSigners() throws {
    let found = graph("Vietnam and France signed agreements worth 10 billion dollars on Monday.")
    let signing = try #require(events(found).first)
    #expect(signing.eventType == .agreement)
    #expect(signing.date?.description == "2025-03-03")
    #expect(roles(found, of: signing, .participant) == ["country/france", "country/vietnam"])
    #expect(events(graph("Trade agreements are good for growth, the minister said.")).isEmpty)
  }

  // MARK: - Denied events

  @Test func anAgreementTheSentenceDeniesIsNoEvent() throws {
    let ended = graph("Talks between Kenya and Uganda ended without agreement on Monday.")
    let talks = try #require(events(ended).first)
    #expect(events(ended).count == 1)
    #expect(talks.eventType == .talks)
    #expect(talks.date?.description == "2025-03-03")
    for denial in [
      "Kenya and Uganda failed to reach a deal on Monday.",
      "Kenya and Uganda did not sign the accord in Nairobi.",
      "There was no deal between Kenya and Uganda, officials said on Monday.",
    ] {
      #expect(!events(graph(denial)).contains { $0.eventType == .agreement }, "\(denial)")
    }
    // A negation of something else leaves the deal standing.
    let reached = graph("Kenya and Uganda reached a deal on Monday without a vote in parliament.")
    #expect(events(reached).map(\.eventType) == [.agreement])
  }

  // MARK: - Dates of events

  @Test(arguments: [
    ("in December", "2025-01-20", "2024-12"),
    ("last October", "2025-03-05", "2024-10"),
    ("last October", "2025-11-20", "2025-10"),
    ("last April", "2025-03-05", "2024-04"),
    ("last April", "2025-04-20", "2024-04"),
    ("last April", "2025-05-05", "2025-04"),
    ("earlier this month", "2025-03-05", "2025-03"),
    ("last month", "2025-01-20", "2024-12"),
    ("in March last year", "2025-06-10", "2024-03"),
    ("in May this year", "2025-06-10", "2025-05"),
    ("in 2017", "2025-06-10", "2017"),
    ("on Aug. 20, 2023", "2025-06-10", "2023-08-20"),
  ])
  func anEventTakesItsDateInEveryWrittenForm(when: String, published: String, expected: String)
    throws
  {
    let found = graph("Kenya and Uganda signed a border agreement \(when).", date: published)
    let agreement = try #require(events(found).first)
    #expect(agreement.date?.description == expected)
  }

  @Test func aMonthRelativeToAnUndatedDocumentGetsNoYear() throws {
    let found = Extractor().extract([
      SourceDocument(id: "undated", text: "Kenya and Uganda signed a border agreement in March last year.")
    ]).graph
    #expect(events(found).allSatisfy { $0.date == nil })
  }

  // MARK: - Parties named by "between"

  @Test(arguments: [
    ("The deal between President William Ruto and the International Monetary Fund was announced on Monday.",
     Set(["person/william-ruto", "organization/international-monetary-fund"])),
    ("A deal between Acme Corp and its rival Globex Inc was approved on Monday.",
     Set(["organization/acme-corp", "organization/globex-inc"])),
    ("The agreement, between Kenya and the World Bank, was signed on Monday.",
     Set(["country/kenya", "organization/world-bank"])),
  ])
  func everyPartyBetweenTakesPartInTheAgreement(text: String, parties: Set<String>) throws {
    let found = graph(text)
    let agreement = try #require(events(found).first)
    #expect(agreement.eventType == .agreement)
    #expect(roles(found, of: agreement, .participant) == parties)
  }

  @Test func aSpeakerAfterTheListIsNoParty() throws {
    let found = graph("The agreement between Kenya and Uganda, Ruto said, is fair.")
    let agreement = try #require(events(found).first)
    #expect(roles(found, of: agreement, .participant) == ["country/kenya", "country/uganda"])
  }

  // MARK: - More ways to tell them

  @Test func verdictsSentencesAndSteppingDownAreDatedEventsOfTheirPerson() throws {
    for text in [
      "Ali Musa was found guilty of bribery on Thursday.",
      "The verdict against Ali Musa was delivered in Abuja on Thursday.",
    ] {
      let found = graph(text)
      let verdict = try #require(events(found).first, "\(text)")
      #expect(verdict.aliases.contains("verdict"))
      #expect(verdict.date?.description == "2025-03-06")
      #expect(roles(found, of: verdict, .participant) == ["person/ali-musa"])
    }
    #expect(events(graph("Ali Musa was convicted of bribery on Thursday.")).first?.aliases
      .contains("conviction") == true)
    #expect(events(graph("Ali Musa was found not guilty of bribery on Thursday.")).first?.aliases
      .contains("acquittal") == true)
    let sentenced = graph("A judge sentenced Ali Musa to five years in prison on Friday.")
    let sentencing = try #require(events(sentenced).first)
    #expect(sentencing.date?.description == "2025-02-28")
    #expect(roles(sentenced, of: sentencing, .participant) == ["person/ali-musa"])
    let stepped = graph("Chief executive Sara Lind stepped down on Monday.")
    let resignation = try #require(events(stepped).first)
    #expect(resignation.aliases.contains("resignation"))
    #expect(roles(stepped, of: resignation, .participant) == ["person/sara-lind"])
    #expect(events(graph("Police found the car near Leeds on Monday.")).isEmpty)
  }

  @Test func anOrderComesFromItsMakerAndIsPlacedByItsBuyer() throws {
    let found = graph("Lufthansa placed an order for 40 jets from Boeing on Tuesday.")
    let order = try #require(events(found).first)
    #expect(order.date?.description == "2025-03-04")
    #expect(roles(found, of: order, .participant) == ["organization/lufthansa", "organization/boeing"])
    #expect(roles(found, of: order, .location).isEmpty)
    let maker = graph("Vietnam Airlines ordered ten Airbus A330neo jets on Tuesday.")
    let named = try #require(events(maker).first)
    #expect(roles(maker, of: named, .participant) == ["organization/vietnam-airlines", "organization/airbus"])
  }

  @Test func strikersEmployerTakesPartButASpeakerDoesNot() throws {
    let found = graph(
      "Workers at Ford went on strike on Monday. Union leader Anna Berg said the walkout would continue.")
    let strike = try #require(events(found).first)
    #expect(events(found).count == 1)
    #expect(strike.date?.description == "2025-03-03")
    #expect(roles(found, of: strike, .participant) == ["organization/ford"])
  }

  @Test func aPossessedTrialKeepsAwayFromAnotherClausesDate() throws {
    let found = graph(
      "Former premier Paul Renard was convicted of embezzlement in 2020; his trial lasted a month.")
    let verdict = try #require(events(found).first { $0.aliases.contains("verdict") })
    #expect(verdict.date?.description == "2020")
    #expect(roles(found, of: verdict, .participant) == ["person/paul-renard"])
    #expect(events(found).filter { $0.date?.description == "2020" }.count == 1)
  }

  @Test func signedContractsAreAnAgreementOfTheSignersButAContractAloneIsNot() throws {
    let found = graph("Vietnam Airlines and Boeing signed contracts worth 10 billion dollars in Hanoi on Monday.")
    let signing = try #require(events(found).first)
    #expect(signing.eventType == .agreement)
    #expect(signing.date?.description == "2025-03-03")
    #expect(roles(found, of: signing, .participant)
      == ["organization/vietnam-airlines", "organization/boeing"])
    #expect(roles(found, of: signing, .location) == ["place/hanoi"])
    #expect(events(graph("The contract with Boeing expires next year.")).isEmpty)
  }

  @Test func aFinalWonByTheSentencesSubjectAndASemifinal() throws {
    let found = graph(
      "PARIS, March 9 (AP) - France won the Six Nations Cup on Saturday, beating Ireland 24-20 "
        + "in the final at Lyon. Earlier this month, the hosts thrashed Italy in the semifinal in Rome.",
      date: "2025-03-09")
    let final = try #require(events(found).first { $0.aliases.contains("final") })
    #expect(final.date?.description == "2025-03-08")
    #expect(roles(found, of: final, .participant) == ["country/france", "country/ireland"])
    let semifinal = try #require(events(found).first { $0.aliases.contains("semifinal") })
    #expect(semifinal.date?.description == "2025-03")
    #expect(roles(found, of: semifinal, .participant) == ["country/italy"])
    #expect(roles(found, of: semifinal, .location) == ["place/rome"])
  }

  @Test func aLaunchSiteIsWhereAndADockingIsAtItsStation() throws {
    let found = graph(
      "A rocket carrying two cosmonauts lifted off from the Baikonur Cosmodrome in Kazakhstan on "
        + "Friday. The capsule docked with the International Space Station on Saturday.")
    let launch = try #require(events(found).first { $0.aliases.contains("launch") })
    #expect(launch.date?.description == "2025-02-28")
    #expect(roles(found, of: launch, .participant).isEmpty)
    #expect(roles(found, of: launch, .location) == ["country/kazakhstan"])
    let docking = try #require(events(found).first { $0.aliases.contains("docking") })
    #expect(docking.date?.description == "2025-03-01")
  }

  @Test func aWhichClauseRightAfterTheEventTellsItsTime() throws {
    let found = graph("The trial, which opened in January, heard from 14 witnesses.")
    let trial = try #require(events(found).first)
    #expect(trial.date?.description == "2025-01")
    // Another noun's clause keeps its date.
    let summit = graph("Finland, which joined NATO in January, attended the summit in Vilnius.")
    #expect(events(summit).allSatisfy { $0.date == nil })
  }

  @Test func verbsJoinedByAndShareTheirDayAndSubject() throws {
    let active = graph(
      "A court in Paris on Monday convicted former mayor Paul Renard of fraud and sentenced him to one year in prison.")
    #expect(Set(events(active).map { $0.date?.description }) == ["2025-03-03"])
    #expect(events(active).count == 2)
    let passive = graph("Ali Musa was convicted and sentenced on Friday.")
    let sentencing = try #require(events(passive).first { $0.aliases.contains("sentencing") })
    #expect(sentencing.date?.description == "2025-02-28")
    #expect(roles(passive, of: sentencing, .participant) == ["person/ali-musa"])
  }

  @Test func aTripOwnedByHisInAnOpeningPhraseIsTheMainSubjectsTrip() throws {
    let found = graph("During her trip to Kenya, German Foreign Minister Annalena Baerbock met William Ruto.")
    let trip = try #require(events(found).first { $0.eventType == .visit })
    #expect(roles(found, of: trip, .participant) == ["person/annalena-baerbock"])
    #expect(roles(found, of: trip, .location) == ["country/kenya"])
  }
}
