import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Helpers shared by the entity tests.
enum EntityFixture {
  static func analyze(_ text: String, id: String = "doc") -> AnalyzedDocument {
    Extractor().analyze(SourceDocument(id: id, text: text))
  }

  static func entity(_ graph: KnowledgeGraph, _ id: String) -> Entity? {
    graph[EntityID(rawValue: id)]
  }

  static func ids(_ graph: KnowledgeGraph, _ kind: Entity.Kind? = nil) -> [String] {
    graph.entities.filter { kind == nil || $0.kind == kind }.map(\.id.rawValue)
  }
}

@Suite struct EntityRecognizerTests {
  @Test func titlesIntroducePeopleAndAreNotPartOfTheName() throws {
    let doc = EntityFixture.analyze(
      "Treasury Secretary Janet Yellen met French President Emmanuel Macron in Paris.")
    let yellen = try #require(EntityFixture.entity(doc.graph, "person/janet-yellen"))
    #expect(yellen.name == "Janet Yellen")
    #expect(EntityFixture.entity(doc.graph, "person/emmanuel-macron") != nil)
    #expect(EntityFixture.entity(doc.graph, "country/france") != nil)
    #expect(EntityFixture.entity(doc.graph, "place/paris")?.placeType == .city)
    let mentions = doc.sentences[0].mentions
    #expect(mentions.map(\.text) == ["Janet Yellen", "French", "Emmanuel Macron", "Paris"])
    #expect(mentions[1].form == .demonym)
    #expect(mentions[1].entityID == EntityID(rawValue: "country/france"))
  }

  @Test func organizationNamesKeepTheirConnectors() throws {
    let doc = EntityFixture.analyze(
      "She studied at the Peking Union Medical College and later joined the Institute for Advanced Study in Princeton.")
    let college = try #require(EntityFixture.entity(doc.graph, "organization/peking-union-medical-college"))
    #expect(college.organizationType == .education)
    let institute = try #require(EntityFixture.entity(doc.graph, "organization/institute-for-advanced-study"))
    #expect(institute.organizationType == .research)
  }

  @Test(arguments: [
    ("The Ministry of Foreign Affairs of Japan issued a statement.", "organization/ministry-of-foreign-affairs-of-japan", Entity.OrganizationType.government),
    ("Analysts at the Kiel Institute for the World Economy disagreed.", "organization/kiel-institute-for-the-world-economy", .research),
    ("Shares of Acme Robotics Inc rose on Tuesday.", "organization/acme-robotics-inc", .company),
    ("The Scottish National Party won most seats.", "organization/scottish-national-party", .party),
    ("A reporter from the Lagos Evening News asked the question.", "organization/lagos-evening-news", .media),
  ])
  func organizationTypesFollowTheHeadNoun(
    _ text: String, _ id: String, _ type: Entity.OrganizationType
  ) throws {
    let doc = EntityFixture.analyze(text)
    let organization = try #require(EntityFixture.entity(doc.graph, id), "\(EntityFixture.ids(doc.graph))")
    #expect(organization.organizationType == type)
  }

  @Test func administrationsAreGovernmentOrganizations() throws {
    let doc = EntityFixture.analyze("The Obama administration signed the Paris climate agreement in 2016.")
    let administration = try #require(EntityFixture.entity(doc.graph, "organization/obama-administration"))
    #expect(administration.organizationType == .government)
    #expect(EntityFixture.ids(doc.graph, .person).isEmpty)
  }

  @Test func namedEventsAreEvents() throws {
    let doc = EntityFixture.analyze(
      "Historians of World War II met at the Beijing Olympics and the Orange Revolution archive.")
    let war = try #require(doc.graph.entities.first { $0.name == "World War II" })
    #expect(war.eventType == .war)
    #expect(war.date == PartialDate(year: 1939))
    let games = try #require(doc.graph.entities.first { $0.name == "Beijing Olympics" })
    #expect(games.kind == .event)
    #expect(doc.graph.entities.contains { $0.name == "Orange Revolution" && $0.kind == .event })
  }

  @Test func aNamedEventWithAndStaysOneName() throws {
    let doc = EntityFixture.analyze(
      "Ministers met at the India-Japan Economic and Trade Dialogue, where economic ties were discussed.")
    #expect(doc.sentences[0].mentions.map(\.text) == ["India", "Japan", "Economic and Trade Dialogue"])
    #expect(doc.graph.entities.first { $0.kind == .event }?.name == "India-Japan Economic and Trade Dialogue")
    #expect(EntityFixture.ids(doc.graph, .organization).isEmpty)
  }

  @Test func datedEventNamesAreLeftToTheEventRules() throws {
    let text = "Officials met at the India-Japan Annual Summit in Tokyo on May 3, 2024."
    let doc = EntityFixture.analyze(text)
    #expect(doc.sentences[0].mentions.map(\.text) == ["India", "Japan", "Tokyo"])
    #expect(!doc.graph.entities.contains { $0.kind == .event })
    // Relation extraction makes the summit an event with its date and participants.
    let graph = Extractor().extract([SourceDocument(id: "summit", text: text)]).graph
    let summit = try #require(graph.entities.first { $0.kind == .event })
    #expect(summit.eventType == .summit)
    #expect(summit.date == PartialDate(year: 2024, month: 5, day: 3))
  }

  @Test func regionsWithASuffixUseTheGazetteerName() throws {
    let doc = EntityFixture.analyze("The factory is in Chengdu, Sichuan Province, China.")
    let sichuan = try #require(EntityFixture.entity(doc.graph, "place/sichuan"))
    #expect(sichuan.aliases.contains("Sichuan Province"))
  }

  @Test func placesWithAHeadNounArePlaces() throws {
    let doc = EntityFixture.analyze("Ships queued outside Tanjung Pelepas Port for three days.")
    let port = try #require(EntityFixture.entity(doc.graph, "place/tanjung-pelepas-port"))
    #expect(port.placeType == .facility)
  }

  @Test func sentenceInitialWordsAndShoutingAreNotEntities() {
    let doc = EntityFixture.analyze("""
      Firstly, exports grew. Clearly, imports fell. Despite this, Currently the mood is good.
      Economists said the outlook is VERY GOOD and EXTREMELY STRONG on Monday in March.
      """)
    #expect(doc.graph.entities.isEmpty, "\(EntityFixture.ids(doc.graph))")
  }

  @Test func headlineCapitalsAloneMakeNoEntities() {
    let doc = EntityFixture.analyze("""
      A Long Road to Better Harvests
      Farmers in Kenya planted early this year.
      """)
    #expect(EntityFixture.ids(doc.graph) == ["country/kenya"])
  }

  @Test func quotedPhrasesInCapitalsAreConcepts() {
    let doc = EntityFixture.analyze("Some scholars warn of a \"Great Divergence\" between the two economies.")
    #expect(EntityFixture.ids(doc.graph, .person).isEmpty)
  }

  @Test func unknownCapitalisedPairsArePeople() throws {
    let doc = EntityFixture.analyze("The report was written by Amara Okafor and reviewed in Nairobi.")
    #expect(EntityFixture.entity(doc.graph, "person/amara-okafor") != nil)
    #expect(EntityFixture.entity(doc.graph, "place/nairobi") != nil)
  }

  @Test func aCapitalThatActsStandsForItsCountry() throws {
    let doc = EntityFixture.analyze("Beijing said the new rules were unfair. Tourists love Beijing in autumn.")
    let first = doc.sentences[0].mentions
    #expect(first.first?.entityID == EntityID(rawValue: "country/china"))
    let second = doc.sentences[1].mentions
    #expect(second.first?.entityID == EntityID(rawValue: "place/beijing"))
  }

  @Test func mentionsAreOrderedAndDoNotOverlap() {
    let doc = EntityFixture.analyze(
      "U.S. President Joe Biden and Chinese President Xi Jinping met at the APEC summit in San Francisco.")
    for sentence in doc.sentences {
      let mentions = sentence.mentions
      for (a, b) in zip(mentions, mentions.dropFirst()) {
        #expect(a.end <= b.start)
      }
      for mention in mentions {
        let scalars = Array(doc.document.text.unicodeScalars)[mention.start..<mention.end]
        #expect(String(String.UnicodeScalarView(scalars)) == mention.text)
      }
    }
    #expect(EntityFixture.entity(doc.graph, "organization/asia-pacific-economic-cooperation") != nil)
  }

  @Test func particlesAndHyphensStayInsidePeoplesNames() throws {
    let doc = EntityFixture.analyze("""
      Commission President Ursula von der Leyen greeted Jean-Claude Juncker in Strasbourg.
      Von der Leyen thanked him, and Juncker smiled.
      """)
    let leyen = try #require(EntityFixture.entity(doc.graph, "person/ursula-von-der-leyen"))
    #expect(leyen.mentions.count == 2)
    let juncker = try #require(EntityFixture.entity(doc.graph, "person/jean-claude-juncker"))
    #expect(juncker.mentions.count == 2)
    #expect(EntityFixture.ids(doc.graph, .person).count == 2)
  }

  @Test func aPlaceNameInsideAPersonsNameStaysThePerson() throws {
    let doc = EntityFixture.analyze("Historians often compare George Washington with Simon Bolivar.")
    #expect(EntityFixture.ids(doc.graph) == ["person/george-washington", "person/simon-bolivar"])
  }

  @Test func unknownNamesAfterInArePlaces() throws {
    let doc = EntityFixture.analyze("The new smelter opened in Port Hedland last year, not in English towns.")
    let place = try #require(doc.graph.entities.first { $0.kind == .place })
    #expect(place.name == "Port Hedland")
    #expect(EntityFixture.ids(doc.graph, .person).isEmpty)
  }

  @Test func lawsAwardsAndHistoricStatesAreTypedOrLeftOut() throws {
    let doc = EntityFixture.analyze(
      "Marie Curie won the Nobel Prize twice. The Inflation Reduction Act passed. The Weimar Republic collapsed in 1933.")
    #expect(EntityFixture.ids(doc.graph, .person) == ["person/marie-curie"])
    #expect(EntityFixture.entity(doc.graph, "country/weimar-republic") != nil)
    #expect(EntityFixture.ids(doc.graph).count == 2)
  }

  @Test func listsInsideMinistryNamesStayInside() throws {
    let doc = EntityFixture.analyze("The Ministry of Economy, Trade and Industry approved the plan.")
    let ministry = try #require(doc.graph.entities.first)
    #expect(ministry.name == "Ministry of Economy, Trade and Industry")
    #expect(ministry.organizationType == .government)
    #expect(doc.graph.entityCount == 1)
  }

  @Test func aCityThatStartsACompanyNameIsPartOfIt() throws {
    let doc = EntityFixture.analyze("Orders at Samsung Electronics and Tokyo Electron rose in Osaka.")
    #expect(EntityFixture.entity(doc.graph, "organization/tokyo-electron") != nil)
    #expect(EntityFixture.entity(doc.graph, "organization/samsung") != nil)
    #expect(EntityFixture.entity(doc.graph, "place/tokyo") == nil)
    #expect(EntityFixture.entity(doc.graph, "place/osaka") != nil)
  }

  @Test func andInsideAnOrganizationsComplementStaysInside() throws {
    let doc = EntityFixture.analyze(
      "Anthony Fauci led the National Institute of Allergy and Infectious Diseases for decades.")
    let institute = try #require(doc.graph.entities.first { $0.kind == .organization })
    #expect(institute.name == "National Institute of Allergy and Infectious Diseases")
    #expect(!institute.aliases.contains("National Institute"))
    #expect(EntityFixture.ids(doc.graph, .person) == ["person/anthony-fauci"])
  }

  @Test func aMonthCanBeAGivenNameAfterATitle() throws {
    let doc = EntityFixture.analyze("Goldman Sachs economist Jan Hatzius expects a cut in June.")
    #expect(EntityFixture.entity(doc.graph, "person/jan-hatzius") != nil)
    #expect(EntityFixture.ids(doc.graph, .person).count == 1)
  }

  @Test func brusselsActingStandsForTheEuropeanUnion() throws {
    let doc = EntityFixture.analyze("Brussels would propose new sanctions. Tourists visit Brussels in May.")
    #expect(doc.sentences[0].mentions.first?.entityID == EntityID(rawValue: "organization/european-union"))
    #expect(doc.sentences[1].mentions.first?.entityID == EntityID(rawValue: "place/brussels"))
  }

  @Test func knownCompaniesWithLegalEndingsAreTheKnownCompany() throws {
    let doc = EntityFixture.analyze("""
      Toyota Motor Corporation reported record profits. Toyota also invested in Acme Robotics Corporation.
      Analysts said Acme grew fast.
      """)
    let toyota = try #require(EntityFixture.entity(doc.graph, "organization/toyota"))
    #expect(toyota.aliases.contains("Toyota Motor Corporation"))
    #expect(toyota.mentions.count == 2)
    let acme = try #require(EntityFixture.entity(doc.graph, "organization/acme-robotics-corporation"))
    #expect(acme.mentions.count == 1)
    #expect(EntityFixture.ids(doc.graph, .organization).count == 2)
  }

  @Test func aCapitalActingForItsCountryIsNotAnAliasOfIt() throws {
    let doc = EntityFixture.analyze("Canberra welcomed the decision, and Australia thanked its partners.")
    let australia = try #require(EntityFixture.entity(doc.graph, "country/australia"))
    #expect(australia.mentions.count == 2)
    #expect(australia.aliases.isEmpty)
  }

  @Test func aPersonOfAnOrganizationIsTwoEntities() throws {
    let doc = EntityFixture.analyze(
      "The vote was won by Keir Starmer of the Labour Party and by Marine Le Pen of Paris.")
    #expect(EntityFixture.entity(doc.graph, "person/keir-starmer") != nil)
    #expect(EntityFixture.entity(doc.graph, "organization/labour-party")?.organizationType == .party)
    #expect(EntityFixture.entity(doc.graph, "person/marine-le-pen") != nil)
    #expect(EntityFixture.entity(doc.graph, "place/paris") != nil)
  }

  @Test func historicStatesAndCompassWords() throws {
    let doc = EntityFixture.analyze(
      "She grew up in East Germany, then moved West after the Soviet Union collapsed.")
    #expect(EntityFixture.ids(doc.graph) == ["country/east-germany", "country/soviet-union"])
  }

  @Test func civicNamesCompassNamesAndAffiliations() throws {
    let doc = EntityFixture.analyze("""
      The Popular Front won in Durham West, and Labour MP Jane Cole thanked voters.
      The Ontario Liberal Party Anna Berg campaign ended, said Democrat Lucy Park.
      """)
    #expect(doc.graph.entities.first { $0.name == "Popular Front" }?.kind == .organization)
    #expect(doc.graph.entities.first { $0.name == "Durham West" }?.kind == .place)
    #expect(EntityFixture.entity(doc.graph, "organization/ontario-liberal-party")?.organizationType == .party)
    #expect(EntityFixture.entity(doc.graph, "person/anna-berg") != nil)
    #expect(EntityFixture.entity(doc.graph, "person/lucy-park") != nil)
    #expect(EntityFixture.entity(doc.graph, "person/jane-cole") != nil)
  }

  @Test func pluralPossessivesInsideOrganizationNames() throws {
    let doc = EntityFixture.analyze("She joined the Farmers' Union and later the Women's Rights League.")
    let union = try #require(doc.graph.entities.first { $0.name == "Farmers' Union" })
    #expect(union.kind == .organization)
    #expect(doc.graph.entities.contains { $0.name == "Women's Rights League" })
  }

  @Test func companiesNextToCompanyTitles() throws {
    let doc = EntityFixture.analyze(
      "Tobias Lutke, the founder of Shopify, spoke after Klarna CEO Sebastian Siemiatkowski.")
    #expect(EntityFixture.entity(doc.graph, "organization/shopify")?.organizationType == .company)
    #expect(EntityFixture.entity(doc.graph, "organization/klarna") != nil)
    #expect(EntityFixture.entity(doc.graph, "person/sebastian-siemiatkowski") != nil)
  }

  @Test func buildingsAreFacilitiesAndCapitalsDescribedAreCities() throws {
    let doc = EntityFixture.analyze("Ottawa is the capital of Canada. Leaders met at Hillsborough Castle.")
    #expect(EntityFixture.entity(doc.graph, "place/ottawa")?.placeType == .city)
    #expect(EntityFixture.entity(doc.graph, "place/hillsborough-castle")?.placeType == .facility)
  }

  @Test func aTaggerAddsNamesTheRulesMiss() throws {
    struct FixedTagger: NameTagger {
      func nameSpans(in sentence: Sentence) -> [NameSpan] {
        guard let index = sentence.tokens.firstIndex(where: { $0.text == "Zorblat" }) else { return [] }
        return [NameSpan(tokenRange: index..<(index + 1), kind: .organization, confidence: 0.8)]
      }
    }
    var options = Extractor.Options()
    options.tagger = FixedTagger()
    // Nothing around the name says what it is: only the tagger can add it.
    let document = SourceDocument(id: "t", text: "Investors praised Zorblat last week.")
    let doc = Extractor(options: options).analyze(document)
    #expect(EntityFixture.entity(doc.graph, "organization/zorblat") != nil)
    var noTagger = Extractor.Options()
    noTagger.tagger = nil
    let plain = Extractor(options: noTagger).analyze(document)
    #expect(EntityFixture.entity(plain.graph, "organization/zorblat") == nil)
  }

  @Test func taggedNamesJoinNamesTheDocumentAlreadyHas() throws {
    struct EverythingIsAnOrganization: NameTagger {
      func nameSpans(in sentence: Sentence) -> [NameSpan] {
        sentence.tokens.indices.compactMap { index in
          let text = sentence.tokens[index].text
          guard text == "Huang" || text == "Treasury" || text == "AI" else { return nil }
          return NameSpan(tokenRange: index..<(index + 1), kind: .organization, confidence: 0.9)
        }
      }
    }
    var options = Extractor.Options()
    options.tagger = EverythingIsAnOrganization()
    let doc = Extractor(options: options).analyze(SourceDocument(id: "t", text: """
      Nvidia chief executive Jensen Huang praised AI. Treasury Secretary Janet Yellen listened.
      Later, Huang left.
      """))
    #expect(EntityFixture.ids(doc.graph, .organization) == ["organization/nvidia"])
    #expect(EntityFixture.entity(doc.graph, "person/jensen-huang")?.mentions.count == 2)
  }

  @Test func placeNounsBeforeANameMakeAPlace() throws {
    let doc = EntityFixture.analyze("Ferries cross Lake Victoria while climbers rest below Mount Kenya.")
    #expect(doc.graph.entities.first { $0.name == "Lake Victoria" }?.kind == .place)
    #expect(doc.graph.entities.first { $0.name == "Mount Kenya" }?.kind == .place)
    #expect(EntityFixture.ids(doc.graph, .person).isEmpty)
  }

  @Test func programmesAndRailwaysAreOrganizations() throws {
    let doc = EntityFixture.analyze(
      "The United Nations Development Programme funded a study of the Tanzania Railway.")
    #expect(doc.graph.entities.first { $0.name == "United Nations Development Programme" }?
      .organizationType == .international)
    #expect(doc.graph.entities.first { $0.name == "Tanzania Railway" }?.kind == .organization)
  }

  @Test func placesAndLegislaturesNamedByWhatTheyAreOf() throws {
    let doc = EntityFixture.analyze(
      "Delegates met in the Great Hall of the People before the House of Commons voted.")
    #expect(doc.graph.entities.first { $0.name == "Great Hall of the People" }?.kind == .place)
    #expect(doc.graph.entities.first { $0.name == "House of Commons" }?.organizationType == .government)
    #expect(EntityFixture.ids(doc.graph, .person).isEmpty)
  }

  @Test func aSentencesFirstCommonNounIsNotPartOfTheName() throws {
    var options = Extractor.Options()
    options.tagger = nil
    let doc = Extractor(options: options).analyze(SourceDocument(id: "t", text: """
      Shares on the Dhaka Stock Exchange fell. Amara Okafor of Lagos disagreed.
      """))
    #expect(EntityFixture.entity(doc.graph, "organization/dhaka-stock-exchange") != nil)
    #expect(EntityFixture.entity(doc.graph, "person/amara-okafor") != nil)
    #expect(EntityFixture.entity(doc.graph, "place/lagos") != nil)
    #expect(doc.graph.entityCount == 3)
  }

  @Test func aSureTaggerCorrectsAKindGuessedFromShape() throws {
    struct SportsTagger: NameTagger {
      func nameSpans(in sentence: Sentence) -> [NameSpan] {
        guard let index = sentence.tokens.firstIndex(where: { $0.text == "Real" }) else { return [] }
        return [NameSpan(tokenRange: index..<(index + 2), kind: .organization, confidence: 0.95)]
      }
    }
    var options = Extractor.Options()
    options.tagger = SportsTagger()
    let text = "The striker joined Real Madrid from Santos last summer."
    let doc = Extractor(options: options).analyze(SourceDocument(id: "t", text: text))
    #expect(EntityFixture.entity(doc.graph, "organization/real-madrid") != nil)
    var plain = Extractor.Options()
    plain.tagger = nil
    let guessed = Extractor(options: plain).analyze(SourceDocument(id: "t", text: text))
    #expect(EntityFixture.entity(guessed.graph, "person/real-madrid") != nil)
  }

  @Test func unsureTaggerSpansAndLoneHeadNounsAddNothing() {
    struct UnsureTagger: NameTagger {
      func nameSpans(in sentence: Sentence) -> [NameSpan] {
        sentence.tokens.indices.compactMap { index in
          switch sentence.tokens[index].text {
          case "Zorblat": NameSpan(tokenRange: index..<(index + 1), kind: .organization, confidence: 0.5)
          case "Office": NameSpan(tokenRange: index..<(index + 1), kind: .organization, confidence: 0.99)
          default: nil
          }
        }
      }
    }
    var options = Extractor.Options()
    options.tagger = UnsureTagger()
    let doc = Extractor(options: options).analyze(SourceDocument(
      id: "t", text: "Investors praised Zorblat near the Prime Minister's Office."))
    #expect(doc.graph.entities.isEmpty)
  }

  @Test func theDefaultTaggerIsTheShippedModelWhenItIsPresent() {
    let shipped = (try? EntityTagger.builtIn()) != nil
    #expect((Extractor.Options().tagger != nil) == shipped)
  }
}
