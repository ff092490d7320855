import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Relations and event parties as wire copy states them: tariffs on listed countries, bodies
/// of a country that accuse, talks with named parties. Sentences written for these tests.
@Suite struct LinkRecallTests {
  private func triples(_ text: String) -> Set<String> {
    let graph = Extractor().extract([SourceDocument(id: "links", text: text)]).graph
    return Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  @Test func aLegislatureApprovingTariffsIsItsCountryImposingThemOnEveryListedCountry() {
    let found = triples(
      "Brazil's Senate approved duties of up to 40% on steel from Japan, Vietnam, Egypt and "
        + "Turkey on Tuesday. The Chilean government imposed tariffs on Peru and Bolivia.")
    for country in ["japan", "vietnam", "egypt", "turkey"] {
      #expect(found.contains("country/brazil imposesTariffsOn country/\(country)"))
    }
    #expect(found.contains("country/chile imposesTariffsOn country/peru"))
    #expect(found.contains("country/chile imposesTariffsOn country/bolivia"))
    #expect(!found.contains { $0.hasPrefix("organization/") && $0.contains("imposesTariffsOn") })
  }

  @Test func theBritishSpellingOfDefenceSecretaryIsAnOfficeOfTheCountryNamed() {
    let found = triples(
      "British Defence Secretary Alan Mercer visited troops on Monday. "
        + "Kenyan Defence Secretary Ruth Odhiambo met him in Nairobi.")
    #expect(found.contains("person/alan-mercer holdsPosition country/united-kingdom"))
    #expect(found.contains("person/ruth-odhiambo holdsPosition country/kenya"))
    #expect(!found.contains("person/ruth-odhiambo holdsPosition country/united-states"))
  }

  @Test func aCountrysArmyOrGovernmentAccusesForIt() {
    let found = triples(
      "Vietnam's army accused Laos of shelling a village. The Thai military accused Cambodia "
        + "of laying mines on Sunday.")
    #expect(found.contains("country/vietnam accuses country/laos"))
    #expect(found.contains("country/thailand accuses country/cambodia"))
  }

  @Test func ministersHoldingTalksMakeTheirCountriesNegotiate() {
    let text =
      "Thai Foreign Minister Sompong Wattanakul and his Cambodian counterpart Chanthou Meas "
      + "held talks in Kuala Lumpur on Monday, hosted by Malaysian Foreign Minister Hasan Rahman."
    let graph = Extractor().extract([SourceDocument(id: "links", text: text)]).graph
    let found = Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
    #expect(found.contains("country/cambodia negotiatesWith country/thailand"))
    #expect(found.contains("person/chanthou-meas meetsWith person/sompong-wattanakul"))
    let talks = graph.entities.first { $0.kind == .event }
    let id = talks.map { "\($0.id)" } ?? ""
    #expect(found.contains("\(id) participant person/sompong-wattanakul"))
    #expect(found.contains("\(id) participant person/chanthou-meas"))
    #expect(found.contains("\(id) organizer person/hasan-rahman"))
    // The host holds no talks of its own.
    #expect(!found.contains { $0.contains("negotiatesWith country/malaysia") })
  }

  @Test func aDatelineWithoutADateGivesTheStoryItsCountry() {
    let found = triples(
      "MANILA (Wire) - President Ramon Delacruz said on Monday the Philippines would buy ships "
        + "from Japan. Japan agreed to sell them.")
    #expect(found.contains("person/ramon-delacruz leaderOf country/philippines"))
  }

  @Test func anOfficeTheStoryTiesToAnotherCountryIsNotTheSentencesCountrys() {
    let found = triples(
      "Mexico and Canada traded barbs on Friday. Trade Representative Dale Kessler said he "
        + "would review Mexico's plan. Kessler, Washington's top trade negotiator, met "
        + "officials in Ottawa.")
    #expect(found.contains("person/dale-kessler holdsPosition country/united-states"))
    #expect(!found.contains("person/dale-kessler holdsPosition country/mexico"))
    #expect(!found.contains("person/dale-kessler citizenOf country/mexico"))
  }

  @Test func aMinistryJudgingAnotherCountrysActCriticizesIt() {
    let found = triples(
      "Peru's Foreign Ministry said Chile's move was discriminatory. Peru called Bolivia's "
        + "tariffs unjustified. Peru said Ecuador's tariffs were not discriminatory.")
    #expect(found.contains("organization/foreign-ministry criticizes country/chile"))
    #expect(found.contains("country/peru criticizes country/bolivia"))
    #expect(!found.contains { $0.hasSuffix("criticizes country/ecuador") })
  }

  @Test func aSpokespersonForACountrysMinistrySpeaksForTheCountryToo() {
    let found = triples("A spokesperson for Peru's Foreign Ministry accused Chile of protectionism.")
    #expect(found.contains("organization/foreign-ministry accuses country/chile"))
    #expect(found.contains("country/peru accuses country/chile"))
  }

  @Test func fightingBetweenTwoCountriesIsAnEventOfBoth() {
    let text = "Fighting between Laos and Vietnam resumed on Sunday. Laos is fighting for votes."
    let graph = Extractor().extract([SourceDocument(id: "links", text: text)]).graph
    let events = graph.entities.filter { $0.kind == .event }
    #expect(events.count == 1)
    let found = triples(text)
    let id = events.first.map { "\($0.id)" } ?? ""
    #expect(found.contains("\(id) participant country/laos"))
    #expect(found.contains("\(id) participant country/vietnam"))
  }

  @Test func aBankCuttingItsPolicyRateOrganizesARateCut() {
    let text =
      "The Reserve Bank of Norland cut its benchmark rate on Thursday. Ford cut its workforce "
      + "and raised prices. Prices were cut."
    let graph = Extractor().extract([SourceDocument(id: "links", text: text)]).graph
    let events = graph.entities.filter { $0.kind == .event }
    #expect(events.map(\.name) == ["rate cut"])
    let organizers = graph.relations.filter { $0.predicate == .organizer }.map { "\($0.object)" }
    #expect(organizers.count == 1)
    #expect(organizers.allSatisfy { $0.hasPrefix("organization/") })
  }

  @Test func declaringAStateOfCalamityIsAnEventOfTheDeclarer() {
    let text = "Kenya declared victory on Monday. Fiji declared a state of calamity in Suva."
    let graph = Extractor().extract([SourceDocument(id: "links", text: text)]).graph
    let events = graph.entities.filter { $0.kind == .event }
    #expect(events.count == 1)
    #expect(events.first?.name.hasSuffix("state of calamity") == true)
    let id = events.first.map { "\($0.id)" } ?? ""
    let found = triples(text)
    #expect(found.contains("\(id) participant country/fiji"))
    #expect(!found.contains { $0.contains("country/kenya") })
  }
}
