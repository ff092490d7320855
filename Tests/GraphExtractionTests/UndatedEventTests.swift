import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Wire stories whose dateline has no year ("OSLO, March 3 (Wire) -") and whose dates are
/// "on Saturday" or "in May": their events still become nodes, undated, named by their kind,
/// with their parties and places. Sentences written for these tests.
@Suite struct UndatedEventTests {
  private func graph(_ text: String) -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "wire", text: text)]).graph
  }

  private func triples(_ graph: KnowledgeGraph) -> Set<String> {
    Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  private func events(_ graph: KnowledgeGraph) -> [Entity] {
    graph.entities.filter { $0.kind == .event }
  }

  private func event(_ graph: KnowledgeGraph, named name: String) -> Entity? {
    events(graph).first { $0.names.contains(name) }
  }

  @Test func aYearlessDatelineLeavesEventsUndatedButKeepsThem() throws {
    let found = graph(
      "OSLO, March 3 (Wire) - Norwegian Prime Minister Jonas Gahr Store and Swedish Prime "
        + "Minister Ulf Kristersson held talks in Oslo on Tuesday. Store told a news conference "
        + "in Oslo that the talks had gone well.")
    let talks = try #require(event(found, named: "talks"))
    #expect(talks.date == nil)
    let edges = triples(found)
    #expect(edges.contains("\(talks.id) participant person/jonas-gahr-store"))
    #expect(edges.contains("\(talks.id) participant person/ulf-kristersson"))
    #expect(edges.contains("\(talks.id) location place/oslo"))
    let conference = try #require(event(found, named: "news conference"))
    #expect(conference.date == nil)
    #expect(edges.contains("\(conference.id) participant person/jonas-gahr-store"))
    #expect(events(found).count == 2)
  }

  @Test func aFullDateInTheTextStillDatesTheEvents() throws {
    let found = graph(
      "On Thursday, June 5, 2025, Jonas Gahr Store and Ulf Kristersson held talks in Oslo.")
    let talks = try #require(event(found, named: "talks"))
    #expect(talks.date?.description == "2025-06-05")
  }

  @Test func aDefiniteMeetingWithoutAntecedentIsTheTalksTold() throws {
    let found = graph(
      "Jonas Gahr Store and Ulf Kristersson met in Oslo for talks on Monday. Their foreign "
        + "ministers joined the meeting later.")
    #expect(events(found).count == 1)
    let talks = try #require(events(found).first)
    #expect(talks.names.contains("talks"))
  }

  @Test func ministersWhoJoinedTheMeetingDidNotMeetEachOther() {
    let edges = triples(graph(
      "Jonas Gahr Store and Ulf Kristersson met in Oslo for talks. Foreign Minister Espen Barth "
        + "Eide and Defence Minister Bjorn Arild Gram joined the meeting."))
    #expect(!edges.contains { $0.contains("meetsWith") && $0.contains("espen-barth-eide") })
  }

  @Test func genericMentionsStillMakeNoEventWithoutParties() {
    for text in [
      "The meeting was long.", "Officials hope for a ceasefire soon.",
      "Leaders adopted a declaration on the first day.",
    ] {
      #expect(events(graph(text)).isEmpty, "\(text)")
    }
  }

  @Test func oneEventPerKindWhenNothingTellsThemApart() throws {
    let found = graph(
      "PARIS, May 2 (Wire) - Emmanuel Macron hosted a summit in Paris on Friday. The summit "
        + "ended late. Diplomats said the summit had been useful.")
    #expect(events(found).filter { $0.eventType == .summit }.count == 1)
  }

  @Test func signedDeclarationIsAnAgreementOfItsSigners() throws {
    let found = graph(
      "Jonas Gahr Store and Ulf Kristersson signed a security declaration in Oslo on Friday.")
    let agreement = try #require(events(found).first { $0.eventType == .agreement })
    #expect(agreement.date == nil)
    #expect(agreement.names.contains("agreement"))
    let edges = triples(found)
    #expect(edges.contains("\(agreement.id) participant person/jonas-gahr-store"))
    #expect(edges.contains("\(agreement.id) participant person/ulf-kristersson"))
    #expect(edges.contains("\(agreement.id) location place/oslo"))
  }

  @Test func anAcquisitionAndALawsuitAgainstIt() throws {
    let found = graph(
      "Acme Corp. said on Monday it had completed its purchase of Globex Inc. The Federal "
        + "Trade Commission sued in May to block the takeover. The regulator said the deal "
        + "would raise prices.")
    let acquisition = try #require(event(found, named: "acquisition"))
    #expect(acquisition.date == nil)
    let lawsuit = try #require(event(found, named: "lawsuit"))
    let edges = triples(found)
    #expect(edges.contains("\(acquisition.id) participant organization/acme-corp"))
    #expect(edges.contains("\(acquisition.id) participant organization/globex-inc"))
    #expect(edges.contains("\(lawsuit.id) participant organization/federal-trade-commission"))
    #expect(edges.contains("\(lawsuit.id) participant organization/acme-corp"))
    #expect(events(found).count == 2)
  }

  @Test func anElectionTakesItsCountryItsWinnerAndWhoConceded() throws {
    let found = graph(
      "CANBERRA, May 22 (Wire) - Australia's opposition Labor Party won Saturday's federal "
        + "election. Prime Minister Scott Morrison conceded defeat in Sydney.")
    let election = try #require(event(found, named: "election"))
    #expect(election.date == nil)
    let edges = triples(found)
    #expect(edges.contains("\(election.id) location country/australia"))
    #expect(edges.contains { $0.hasPrefix("\(election.id) participant organization/") && $0.contains("labor") })
    #expect(edges.contains("\(election.id) participant person/scott-morrison"))
    let seats = graph(
      "OSLO, Sept 12 (Wire) - The Reform Party won the most seats in Monday's general election.")
    let vote = try #require(event(seats, named: "general election"))
    #expect(triples(seats).contains("\(vote.id) participant organization/reform-party"))
    let defeat = triples(graph(
      "The Reform Party won the general election in Norway, defeating the Centre Party."))
    #expect(defeat.contains { $0.hasSuffix("participant organization/centre-party") })
  }

  @Test func leadersWhoSignedHeldTheMeetingLaterNamed() throws {
    let found = graph(
      "DARWIN, March 9 (Wire) - Indonesian President Joko Widodo and his Australian counterpart "
        + "Anthony Albanese met in the northern city of Darwin on Friday. The Jakarta Declaration "
        + "on Maritime Cooperation replaces an older accord. Widodo and Albanese signed the "
        + "declaration at a ceremony, and Albanese spoke to reporters after the meeting.")
    let meeting = try #require(events(found).first { $0.eventType == .meeting })
    let edges = triples(found)
    #expect(edges.contains("\(meeting.id) participant person/joko-widodo"))
    #expect(edges.contains("\(meeting.id) participant person/anthony-albanese"))
    #expect(edges.contains("\(meeting.id) location place/darwin"))
    #expect(edges.contains("person/anthony-albanese leaderOf country/australia"))
    // Albanese spoke "after the meeting": in Darwin too.
    #expect(events(found).contains { $0.eventType == .meeting })
    let agreements = events(found).filter { $0.eventType == .agreement }
    #expect(agreements.count == 1)
    let agreement = try #require(agreements.first)
    #expect(edges.contains("\(agreement.id) participant person/joko-widodo"))
  }

  @Test func eventsToldWithALocatedMeetingHappenedThere() throws {
    let found = graph(
      "Japan and Australia signed a security pact on Saturday as Fumio Kishida and Anthony "
        + "Albanese met in the western city of Perth. Albanese told a news conference after the "
        + "meeting that ties were strong.")
    let edges = triples(found)
    let agreement = try #require(events(found).first { $0.eventType == .agreement })
    let conference = try #require(events(found).first { $0.eventType == .conference })
    #expect(edges.contains("\(agreement.id) location place/perth"))
    #expect(edges.contains("\(conference.id) location place/perth"))
    #expect(edges.contains("\(conference.id) participant person/anthony-albanese"))
  }

  @Test func whoSpokeAtANewsConferenceAndTwoSpeakersTwoConferences() throws {
    let found = graph(
      "WASHINGTON (Wire) - Lina Khan said at a news conference in Chicago that the rule would "
        + "stand. Anthony Albanese told reporters at a press conference that he agreed.")
    let conferences = events(found).filter { $0.eventType == .conference }
    #expect(conferences.count == 2)
    let edges = triples(found)
    let khan = try #require(conferences.first { edges.contains("\($0.id) participant person/lina-khan") })
    #expect(edges.contains("\(khan.id) location place/chicago"))
    #expect(khan.names.contains("news conference"))
    #expect(conferences.contains { edges.contains("\($0.id) participant person/anthony-albanese") })
  }

  @Test func aNamedExperimentAndAFacilityOfADepartment() throws {
    let found = graph(
      "BATAVIA, Ill. (Wire) - Physicists said the Muon g-2 experiment had measured the muon. "
        + "The Fermi National Accelerator Laboratory, a facility of the U.S. Energy Department, "
        + "ran it.")
    #expect(event(found, named: "experiment") != nil)
    #expect(triples(found).contains(
      "organization/fermi-national-accelerator-laboratory partOf organization/department-of-energy"))
  }

  @Test func anUndatedVisitKeepsItsPlace() throws {
    let found = graph("The visit to Osaka was cancelled.")
    let visit = try #require(events(found).first)
    #expect(visit.date == nil)
    #expect(triples(found).contains("\(visit.id) location place/osaka"))
  }
}
