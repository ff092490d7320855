import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Relations wire stories leave implicit, each driven end to end through ``Extractor`` on
/// sentences written for these tests.
@Suite struct WireRecallTests {
  private func graph(_ text: String, date: String? = "2025-03-05") -> KnowledgeGraph {
    Extractor().extract([
      SourceDocument(id: "wire", text: text, date: date.flatMap { PartialDate(iso: $0) })
    ]).graph
  }

  private func triples(_ text: String, date: String? = "2025-03-05") -> Set<String> {
    Set(graph(text, date: date).relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  // MARK: - Offices in the story's country

  @Test func aBareNationalTitleIsHeldInTheDatelinesCountry() {
    let found = triples(
      "LUSAKA, March 4 (Wire) - Zambia's government said on Tuesday it would raise fuel prices. "
        + "President Hakainde Hichilema told reporters the move was needed. Finance Minister "
        + "Situmbeko Musokotwane said the budget gap had widened.")
    #expect(found.contains("person/hakainde-hichilema leaderOf country/zambia"))
    #expect(found.contains("person/situmbeko-musokotwane holdsPosition country/zambia"))
  }

  @Test func aMinisterOfTheStorysCountryHoldsPostInItsMinistry() {
    let found = triples(
      "Officials in Ghana said on Monday that clinics would stay open. Health Minister Kofi "
        + "Asante said the Ministry of Health had hired nurses. Ama Owusu, the finance minister, "
        + "said the cedi was stable.")
    #expect(found.contains("person/kofi-asante holdsPosition organization/ministry-of-health"))
    #expect(found.contains("person/ama-owusu holdsPosition country/ghana"))
    // The ministry needs no story country.
    #expect(
      triples(
        "Ghana and Togo closed their border. Health Minister Kofi Asante said the Ministry of "
          + "Health had sent nurses."
      )
      .contains("person/kofi-asante holdsPosition organization/ministry-of-health"))
  }

  @Test func everyMinisterOfTheStorysCountryHoldsPostThere() {
    let found = triples(
      "HARARE, Aug 24 (Wire) - Zimbabwe's opposition rejected the results. Justice Minister "
        + "Tendai Moyo said courts were open. Information Minister Rudo Dube said the vote was "
        + "fair. The Minister of Energy, Farai Zhou, promised power cuts would end.")
    #expect(found.contains("person/tendai-moyo holdsPosition country/zimbabwe"))
    #expect(found.contains("person/rudo-dube holdsPosition country/zimbabwe"))
    #expect(found.contains("person/farai-zhou holdsPosition country/zimbabwe"))
  }

  @Test func aPartyLeaderKeepsTheNationalOfficeOfHisTitle() {
    let found = triples(
      "Ghana's voters went to the polls on Saturday. The Unity Party, led by Prime Minister Kwame "
        + "Boateng, trailed in early counts.")
    #expect(found.contains("person/kwame-boateng leaderOf country/ghana"))
    let leader = triples(
      "ACCRA, May 22 (Wire) - Ghana's opposition won Saturday's vote. Prime Minister Kofi Mensah "
        + "conceded defeat and said he would step down as leader of the Unity Party.")
    #expect(leader.contains("person/kofi-mensah leaderOf country/ghana"))
  }

  @Test func aCapitalThatActsStandsForItsCountrysOffices() {
    let found = triples(
      "Leaders of Brazil, India and Kenya met in Rome. Kenyan President William Ruto spoke "
        + "first, and Nairobi sent Foreign Minister Musalia Mudavadi to the talks on trade.")
    #expect(found.contains("person/musalia-mudavadi holdsPosition country/kenya"))
  }

  @Test func aHealthMinisterBeforeANameIsATitleNotPartOfTheName() {
    let found = graph(
      "LIMA, May 3 (Wire) - Peru's Congress met on Friday. Deputy Health Minister Ana Ruiz said "
        + "hospitals were open.")
    #expect(found.entities.contains { $0.kind == .person && $0.name == "Ana Ruiz" })
    #expect(!found.entities.contains { $0.name.contains("Health") && $0.kind == .person })
  }

  @Test func aBareTitleIsHeldInTheCountryTheStoryKeepsNaming() {
    let found = triples(
      "Peru's central bank held rates on Thursday. Inflation in Peru eased, though exports to "
        + "Chile slowed. Economy Minister Rosa Quispe said Peru would keep spending.")
    #expect(found.contains("person/rosa-quispe holdsPosition country/peru"))
  }

  @Test func aBareTitleStaysUnlinkedWhenTheStoryHasNoOneCountryOrItIsShared() {
    // Two countries and no dateline: no country is the story's.
    #expect(
      !triples(
        "Ghana and Togo signed a border accord. President Kwame Boateng welcomed it."
      )
      .contains { $0.hasPrefix("person/kwame-boateng leaderOf") })
    // A country named only as a place or a topic is not what the story is about.
    #expect(
      !triples("Prime Minister Amal Rahim met Xi Jinping in Russia on Tuesday.")
        .contains { $0.hasPrefix("person/amal-rahim leaderOf") })
    #expect(
      !triples("In Berlin, Foreign Minister Lena Brandt pushed for a tougher China strategy.")
        .contains { $0.hasPrefix("person/lena-brandt holdsPosition") })
    // Another head of the country is named: the bare "President" is someone else's.
    #expect(
      !triples("Chinese President Xi Jinping met President Tomas Reyes on Monday.")
        .contains("person/tomas-reyes leaderOf country/china"))
    // Two presidents in a story datelined in one country: which one is its own is unclear.
    let visit = triples(
      "NAIROBI, March 4 (Wire) - President Alan Hobbs arrived in Kenya on Tuesday. President "
        + "Peter Otieno met him at the airport.")
    #expect(!visit.contains("person/alan-hobbs leaderOf country/kenya"))
    #expect(!visit.contains("person/peter-otieno leaderOf country/kenya"))
  }

  // MARK: - Dates in the future

  @Test func aYearlessDateAfterWillIsAhead() {
    let found = graph(
      "The presidents of Ghana and Togo will meet on December 2 in Accra to discuss trade.")
    #expect(
      found.entities.contains {
        $0.kind == .event && $0.date == PartialDate(year: 2025, month: 12, day: 2)
      })
    // In a clause about the past the same words stay in the past year.
    let past = graph(
      "The presidents of Ghana and Togo held a meeting on December 2 in Accra to discuss trade.")
    #expect(
      past.entities.contains {
        $0.kind == .event && $0.date == PartialDate(year: 2024, month: 12, day: 2)
      })
  }

  @Test func aWeekdayAfterWillIsTheNextOne() {
    // 5 March 2025 is a Wednesday.
    let found = graph("Voters in Ghana will go to the polls on Sunday in a presidential election.")
    #expect(
      found.entities.contains {
        $0.kind == .event && $0.date == PartialDate(year: 2025, month: 3, day: 9)
      })
  }

  // MARK: - Descriptions of an organization named before

  @Test func aUnitOfTheCompanyIsPartOfTheCompanyNamedBefore() {
    #expect(
      triples(
        "Corvane Robotics reported record sales on Monday. Helix Labs, a unit of the company, "
          + "will open a plant in Ohio."
      )
      .contains("organization/helix-labs partOf organization/corvane-robotics"))
  }

  @Test func aShortDescriptionFromTheNameNamesTheOrganization() {
    let found = triples(
      "Scientists at Ridgeway Boulder National Laboratory tested a new laser. The laboratory, in "
        + "the city of Boulder, is funded by the government. Ana Torres, the director of the "
        + "Boulder lab, said more tests would follow.")
    #expect(
      found.contains("person/ana-torres leaderOf organization/ridgeway-boulder-national-laboratory")
    )
    let free = triples(
      "Ridgeway National Laboratory tested a new laser. Ana Torres, the director of the "
        + "Ridgeway lab, said more tests would follow.")
    #expect(free.contains("person/ana-torres leaderOf organization/ridgeway-national-laboratory"))
  }

  @Test func aTradeNounNamesTheStorysOneCompany() {
    #expect(
      triples(
        "Harlow Motors said on Tuesday it would cut 500 jobs. Jane Roe, the carmaker's chief "
          + "executive, blamed weak demand."
      )
      .contains("person/jane-roe leaderOf organization/harlow-motors"))
    // Two companies of one trade: "the carmaker" could be either.
    #expect(
      !triples(
        "Harlow Motors agreed to buy Brisk Cars on Tuesday. Jane Roe, the carmaker's chief "
          + "executive, welcomed the deal."
      )
      .contains { $0.hasPrefix("person/jane-roe leaderOf") })
  }

  // MARK: - Offices in an apposition without a holder

  @Test func anOfficeInAnAppositionIsHeldInTheSentencesOneOrganization() {
    #expect(
      triples(
        "Corvane Robotics said on Monday that Tom Baker, a senior vice president, would retire."
      )
      .contains("person/tom-baker holdsPosition organization/corvane-robotics"))
    #expect(
      triples(
        "Talks resumed on Monday, said Nora Vance, the United Nations special envoy for Sudan."
      )
      .contains("person/nora-vance holdsPosition organization/united-nations"))
    // Two organizations: which one she serves is unclear.
    #expect(
      !triples(
        "Corvane Robotics and Helix Motors said Tom Baker, a senior vice president, would retire."
      )
      .contains { $0.hasPrefix("person/tom-baker holdsPosition") })
  }

  // MARK: - Reciprocal accusations and partnerships

  @Test func partiesThatAccuseEachOtherAccuseBothWays() {
    let mutual = triples("Ghana and Togo accused each other of violating the border accord.")
    #expect(mutual.contains("country/ghana accuses country/togo"))
    #expect(mutual.contains("country/togo accuses country/ghana"))
    let sides = triples(
      "Fighting between the Northern Alliance and the Southern Front went on, and each side "
        + "accused the other of breaking the truce.")
    #expect(sides.contains("organization/northern-alliance accuses organization/southern-front"))
    #expect(sides.contains("organization/southern-front accuses organization/northern-alliance"))
    let described = triples(
      "Ghana and Togo traded fire on Monday. The two countries accused each other of shelling.")
    #expect(described.contains("country/ghana accuses country/togo"))
    #expect(described.contains("country/togo accuses country/ghana"))
    #expect(
      !triples("Ghana and Togo did not accuse each other of anything.")
        .contains("country/ghana accuses country/togo"))
  }

  @Test func signersOfAJointUndertakingCooperate() {
    #expect(
      triples(
        "Kenyatta University and the Kenya Medical Research Institute signed an agreement to set "
          + "up a joint research centre."
      )
      .contains(
        "organization/kenya-medical-research-institute cooperatesWith organization/kenyatta-university"
      ))
    // A truce is signed by foes.
    #expect(
      !triples(
        "The Northern Alliance and the Southern Front signed a ceasefire agreement to build trust."
      )
      .contains { $0.contains("cooperatesWith") })
  }

  // MARK: - Workplaces in cities

  @Test func theOrganizationSomeoneWorksAtIsInTheCityRightAfterIt() {
    #expect(
      triples(
        "\"Rates will stay high,\" said Thabo Nkosi, an analyst at Standard Bank in Johannesburg."
      )
      .contains("organization/standard-bank locatedIn place/johannesburg"))
    #expect(
      triples(
        "Scientists at Ridgeway National Laboratory tested a new laser. The laboratory, in the "
          + "city of Boulder west of Denver, is funded by the government."
      )
      .contains("organization/ridgeway-national-laboratory locatedIn place/boulder"))
    // Where a meeting took place says nothing of where the host sits.
    #expect(
      !triples("Officials met at the United Nations in Geneva on Monday.")
        .contains("organization/united-nations locatedIn place/geneva"))
  }

  // MARK: - Relative days after a yearless dateline

  @Test func aWeekdayResolvesAgainstADatelineWrittenDayFirst() {
    let text =
      "HARARE, 24 August (Wire) - The opposition on Thursday rejected the results of the "
      + "presidential election held on Wednesday. Turnout in the August 2023 vote was high."
    #expect(datelineDate(in: text) == PartialDate(year: 2023, month: 8, day: 24))
    #expect(
      graph(text, date: nil).entities.contains {
        $0.kind == .event && $0.date == PartialDate(year: 2023, month: 8, day: 23)
      })
  }

  // MARK: - Party membership

  @Test func aPartysCandidateAndWhoBelongsToItAreMembers() {
    let found = triples(
      "Rosa Quispe, the candidate of the Popular Force party, conceded. Juan Soto belongs to "
        + "the Green Party.")
    #expect(found.contains("person/rosa-quispe memberOf organization/popular-force"))
    #expect(found.contains("person/juan-soto memberOf organization/green-party"))
  }
}
