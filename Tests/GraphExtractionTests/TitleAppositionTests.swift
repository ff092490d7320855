import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Titles written around a name in wire copy: possessive bodies with coordinated titles,
/// counterparts, lists of ministers, and companies later named by their first word. Sentences
/// written for these tests.
@Suite struct TitleAppositionTests {
  private func triples(_ text: String) -> Set<String> {
    let graph = Extractor().extract([SourceDocument(id: "titles", text: text)]).graph
    return Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  @Test func possessiveBodyWithCoordinatedTitles() {
    let found = triples(
      "Acme Corp. reported higher sales. Acme's chairman and chief executive, Jane Roe, said "
        + "demand was strong.")
    #expect(found.contains("person/jane-roe leaderOf organization/acme-corp"))
  }

  @Test func agencyAdministratorAndTheAgencysDeputy() {
    let found = triples(
      "NASA's administrator, Bill Nelson, praised the crew. The agency's deputy administrator, "
        + "Pam Melroy, agreed.")
    #expect(found.contains("person/bill-nelson leaderOf organization/nasa"))
    #expect(found.contains("person/pam-melroy holdsPosition organization/nasa"))
  }

  @Test func counterpartTakesTheFirstOfficeInTheOtherCountry() {
    let found = triples(
      "Japanese Prime Minister Fumio Kishida and his Australian counterpart Anthony Albanese "
        + "met in Perth.")
    #expect(found.contains("person/fumio-kishida leaderOf country/japan"))
    #expect(found.contains("person/anthony-albanese leaderOf country/australia"))
    #expect(!found.contains("person/anthony-albanese leaderOf country/japan"))
  }

  @Test func ministersListedAfterCounterpartsAndCoordinatedOffices() {
    let found = triples(
      "Australia's foreign minister, Penny Wong, and Defence Minister Richard Marles met their "
        + "Japanese counterparts, Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara.")
    #expect(found.contains("person/penny-wong holdsPosition country/australia"))
    #expect(found.contains("person/richard-marles holdsPosition country/australia"))
    #expect(found.contains("person/yoko-kamikawa holdsPosition country/japan"))
    #expect(found.contains("person/minoru-kihara holdsPosition country/japan"))
    #expect(!found.contains("person/minoru-kihara holdsPosition country/australia"))
  }

  @Test func partyLeadersLeadTheirPartyNotTheCountry() {
    let found = triples(
      "The Green Party said its leader, Marama Davidson, would stay on. The National Party, "
        + "led by Christopher Luxon, won. The Social Credit Party, whose leader Jane Roe spoke "
        + "in Wellington, lost.")
    #expect(found.contains("person/marama-davidson leaderOf organization/green-party"))
    #expect(found.contains("person/christopher-luxon leaderOf organization/national-party"))
    #expect(found.contains("person/jane-roe leaderOf organization/social-credit-party"))
    #expect(!found.contains { $0.contains("leaderOf country/") })
  }

  @Test func anOfficeOfBodiesAfterTheOneBodyOfItsSentence() {
    let found = triples(
      "The Federal Trade Commission sued in May, and Chair Lina Khan said prices would rise. "
        + "Apple sued Samsung, and CEO Tim Cook said nothing.")
    #expect(found.contains("person/lina-khan leaderOf organization/federal-trade-commission"))
    #expect(!found.contains { $0.hasPrefix("person/tim-cook leaderOf") })
  }

  @Test func aCompanyLaterNamedByItsFirstWordIsNoPerson() {
    let graph = Extractor().extract([
      SourceDocument(
        id: "company",
        text: "Novera Biotherapeutics Inc. bought a rival. Novera said the deal would close soon.")
    ]).graph
    #expect(!graph.entities.contains { $0.kind == .person })
    #expect(graph.entities.contains { $0.kind == .organization && $0.names.contains("Novera") })
  }
}
