import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Names no list knows are typed by evidence, not by their shape: a given name, a title or a
/// speech verb makes a person; what the sentence says of a name makes a company or a place.
@Suite struct EntityEvidenceTests {
  private func kinds(_ text: String, tagger: Bool = true) -> [String: Entity.Kind] {
    var options = Extractor.Options()
    if !tagger { options.tagger = nil }
    let doc = Extractor(options: options).analyze(SourceDocument(id: "t", text: text))
    return Dictionary(uniqueKeysWithValues: doc.graph.entities.map { ($0.name, $0.kind) })
  }

  // MARK: Class 1: unknown capitalised pairs

  @Test(arguments: [
    ("Shares of Quorvane Labs fell after the results.", "Quorvane Labs"),
    ("Quorvane Labs's chief executive resigned on Friday.", "Quorvane Labs"),
    ("Quorvane Labs said in a statement that it would appeal.", "Quorvane Labs"),
    ("The regulator blocked the acquisition of Tessaly Brightworks last year.", "Tessaly Brightworks"),
    ("Analysts expect Tessaly Brightworks, the battery maker, to grow.", "Tessaly Brightworks"),
    ("Microsoft acquired Tessaly Brightworks for $2 billion.", "Tessaly Brightworks"),
  ])
  func contextMakesAnUnknownPairACompany(_ text: String, _ name: String) {
    for tagger in [true, false] {
      let found = kinds(text, tagger: tagger)
      #expect(found[name] == .organization, "\(tagger): \(found)")
    }
  }

  @Test func aNameTypedByContextOnceKeepsItsKindElsewhere() {
    let found = kinds(
      "Quorvane Labs will open a factory in Ohio. Shares of Quorvane Labs rose 4 percent.", tagger: false)
    #expect(found == ["Quorvane Labs": .organization, "Ohio": .place], "\(found)")
  }

  @Test func twoPlacesJoinedByAndAreTwoPlaces() {
    let found = kinds("Tourists walked from the Chain Bridge and Buda Castle to the Hungarian Parliament Building.", tagger: false)
    #expect(found["Chain Bridge"] == .place, "\(found)")
    #expect(found["Buda Castle"] == .place, "\(found)")
    #expect(found["Hungarian Parliament Building"] == .place, "\(found)")
  }

  @Test func riversMountainsAndDesertsAreKnownPlaces() throws {
    let doc = Extractor().analyze(SourceDocument(
      id: "t", text: "The Danube rises in the Black Forest. Caravans crossed the Sahara toward the Nile."))
    for id in ["place/danube", "place/black-forest", "place/sahara", "place/nile"] {
      let place = try #require(doc.graph[EntityID(rawValue: id)], "\(doc.graph.entities.map(\.id))")
      #expect(place.placeType == .other)
    }
  }

  @Test func theMakerOfSomethingNamesAProductNotACompany() {
    let found = kinds("Quillfeather, the maker of Starbloom, hired staff.", tagger: false)
    #expect(found["Quillfeather"] == .organization, "\(found)")
    #expect(found["Starbloom"] != .organization, "\(found)")
  }

  @Test func companyWordsEndingANameMakeACompany() throws {
    let doc = Extractor(options: { var o = Extractor.Options(); o.tagger = nil; return o }())
      .analyze(SourceDocument(id: "t", text: "Investors backed Veldran Robotics and Oskari Interactive this year."))
    for id in ["organization/veldran-robotics", "organization/oskari-interactive"] {
      let company = try #require(doc.graph[EntityID(rawValue: id)], "\(doc.graph.entities.map(\.id))")
      #expect(company.organizationType == .company)
    }
  }

  @Test func aLowerCasePlaceNounAfterANameMakesItAPlace() {
    let found = kinds("The founders met investors at the Vellacourt estate in the hills.", tagger: false)
    #expect(found["Vellacourt"] == .place, "\(found)")
  }

  @Test func headNounsMakeGeographicFeaturesAndBuildingsPlaces() {
    let found = kinds(
      "Ferries cross Lake Malawi, climbers head for Mount Elgon, and ministers met at the Palace of Westminster near the River Thames.")
    #expect(found["Lake Malawi"] == .place)
    #expect(found["Mount Elgon"] == .place)
    #expect(found["Palace of Westminster"] == .place)
    #expect(found["Thames"] == .place, "River Thames is the Thames")
    #expect(!found.values.contains(.person), "\(found)")
  }

  @Test(arguments: [
    "The prize went to Amara Okafor and reviewers in Nairobi agreed.",
    "Professor Tavita Rangihau said growth would slow.",
    "Zebulon Quartermaine said the vote was fair.",
    "Mr Quartermaine Zeb spoke first.",
  ])
  func peopleWithEvidenceStayPeople(_ text: String) {
    let found = kinds(text, tagger: false)
    #expect(found.values.contains(.person), "\(found)")
    #expect(!found.values.contains(.organization), "\(found)")
  }

  @Test func aSurnameOfAKnownPersonDoingBusinessStaysThatPerson() throws {
    let doc = Extractor().analyze(SourceDocument(
      id: "t", text: "Chief executive Bobby Kotick led the firm for decades. Kotick announced his departure in 2023."))
    #expect(doc.graph.entities.map(\.id.rawValue) == ["person/bobby-kotick"])
  }

  // MARK: Class 2: a country before an organization's name

  @Test func aCountryBeforeAGovernmentBodyIsAMentionOfItsOwn() throws {
    let doc = Extractor().analyze(SourceDocument(
      id: "t",
      text: "The U.S. Federal Trade Commission (FTC) sued. Britain's regulator, the British Competition and Markets Authority, waited. The FTC later settled."))
    let ids = Set(doc.graph.entities.map(\.id.rawValue))
    #expect(ids.contains("country/united-states"))
    #expect(ids.contains("country/united-kingdom"))
    let ftc = try #require(doc.graph[EntityID(rawValue: "organization/federal-trade-commission")])
    #expect(ftc.organizationType == .government)
    #expect(ftc.mentions.count == 3)
    let cma = try #require(
      doc.graph.entities.first { $0.name == "Competition and Markets Authority" }, "\(ids)")
    #expect(cma.organizationType == .government)
    #expect(!ids.contains { $0.contains("markets-authority") && !$0.contains("competition") })
  }

  @Test func anAcronymInBracketsJoinsTheBodyNotTheCountry() throws {
    let doc = Extractor().analyze(SourceDocument(
      id: "t", text: "The British Competition and Markets Authority (CMA) objected. The CMA later relented."))
    let cma = try #require(doc.graph.entities.first { $0.name == "Competition and Markets Authority" })
    #expect(cma.aliases.contains("CMA"))
    #expect(cma.mentions.count == 3)
    #expect(doc.graph.entities.filter { $0.kind == .organization }.count == 1)
    #expect(doc.graph[EntityID(rawValue: "country/united-kingdom")] != nil)
  }

  @Test func aCountrysPlainNameInsideABodysNameStays() {
    let found = kinds(
      "The Korea Fair Trade Commission fined the firm, and the Japan Fair Trade Commission raided it.",
      tagger: false)
    #expect(found["Korea Fair Trade Commission"] == .organization, "\(found)")
    #expect(found["Japan Fair Trade Commission"] == .organization, "\(found)")
    #expect(found["Fair Trade Commission"] == nil, "\(found)")
  }

  @Test func nationalNamesKeepTheirCountryWord() {
    let found = kinds("He joined the Ruritanian National Assembly Party in 1990.", tagger: false)
    #expect(found["Ruritanian National Assembly Party"] == .organization, "\(found)")
  }

  // MARK: Class 3: a gazetteer alias inside a longer name

  @Test func aCountryAliasInsideALongerNameDoesNotWin() {
    let found = kinds(
      "Leaders gathered at Bharat Mandapam. Jordan Peterson lectured at Georgia Tech, and Chad Smith drummed.")
    #expect(found["Bharat Mandapam"] == .place, "\(found)")
    #expect(found["Jordan Peterson"] == .person)
    #expect(found["Chad Smith"] == .person)
    #expect(found["Georgia Tech"] == .organization)
    #expect(found["India"] == nil)
    #expect(found["Jordan"] == nil)
    #expect(found["Chad"] == nil)
    #expect(found["Georgia"] == nil)
  }

  @Test func aCountryLedNameWithPersonEvidenceIsAPerson() {
    let found = kinds("Israel Katz, the defence minister, visited troops. In Ohio Republicans won.", tagger: false)
    #expect(found["Israel Katz"] == .person, "\(found)")
    #expect(found["Ohio"] == .place, "\(found)")
    #expect(found["Ohio Republicans"] == nil, "\(found)")
  }

  @Test func whatASentenceSaysOfACountryLedNameComesFirst() {
    let found = kinds("Georgia Power, the utility, raised rates. Jordan Peterson spoke.", tagger: false)
    #expect(found["Georgia Power"] == .organization, "\(found)")
    #expect(found["Jordan Peterson"] == .person, "\(found)")
  }

  @Test func knownCountryLedNamesAndCountriesAloneStay() {
    let found = kinds("China Daily praised Japan Airlines. Jordan and Georgia signed a treaty with Chad.")
    #expect(found["China Daily"] == .organization)
    #expect(found["Japan Airlines"] == .organization)
    #expect(found["Jordan"] == .country)
    #expect(found["Georgia"] == .country)
    #expect(found["Chad"] == .country)
  }

  // MARK: Class 4: a sentence's first word

  @Test(arguments: [
    ("Corvantis, the luxury arm of Toyota, unveiled a new sedan.", "Corvantis"),
    ("Corvantis unveiled a new sedan on Monday.", "Corvantis"),
    ("Lexus said in a statement that sales rose.", "Lexus"),
  ])
  func aSentenceInitialNameWithEvidenceIsKept(_ text: String, _ name: String) {
    let found = kinds(text, tagger: false)
    #expect(found[name] == .organization, "\(found)")
  }

  @Test func aCopulaNamingWhatANameIsCounts() {
    let found = kinds("Corvantis is the luxury vehicle division of Toyota.", tagger: false)
    #expect(found["Corvantis"] == .organization, "\(found)")
  }

  @Test func anAppositiveFairIsAnEvent() {
    let found = kinds("Art Lucerne, an art fair founded in 1980, opens every May in the old town.", tagger: false)
    #expect(found["Art Lucerne"] == .event, "\(found)")
    #expect(!found.values.contains(.person), "\(found)")
  }

  @Test func forestsHillsAndFallsArePlaces() {
    let found = kinds("Hikers crossed the Black Forest, then the Beverly Hills and the Victoria Falls.", tagger: false)
    #expect(found["Black Forest"] == .place, "\(found)")
    #expect(found["Beverly Hills"] == .place, "\(found)")
    #expect(found["Victoria Falls"] == .place, "\(found)")
    let more = kinds("Crowds tore down the Berlin Wall and later gathered at the Brandenburg Gate.", tagger: false)
    #expect(more["Berlin Wall"] == .place, "\(more)")
    #expect(more["Brandenburg Gate"] == .place, "\(more)")
  }

  @Test func sentenceInitialPluralsAndLoneWordsStayOut() {
    let found = kinds("Investors announced nothing. Analysts said little.", tagger: false)
    #expect(found.isEmpty, "\(found)")
    struct PluralTagger: NameTagger {
      func nameSpans(in sentence: Sentence) -> [NameSpan] {
        [NameSpan(tokenRange: 0..<1, kind: .organization, confidence: 0.8)]
      }
    }
    var options = Extractor.Options()
    options.tagger = PluralTagger()
    let doc = Extractor(options: options).analyze(
      SourceDocument(id: "t", text: "Raiders operated in the Gulf of Aden for years."))
    #expect(doc.graph.entities.map(\.name) == ["Gulf of Aden"])
  }

  @Test func aRelativeWhichAfterANameMakesItAnOrganization() {
    let found = kinds("Nortavia, which makes drones, opened a plant near Leeds.", tagger: false)
    #expect(found["Nortavia"] == .organization, "\(found)")
  }

  @Test func aHyphenatedSurnameAfterATitleIsWhole() {
    let found = kinds("Director-General Ngozi Okonjo-Iweala met Minister Zola Ndlovu-Khumalo.", tagger: false)
    #expect(found["Ngozi Okonjo-Iweala"] == .person, "\(found)")
    #expect(found["Zola Ndlovu-Khumalo"] == .person, "\(found)")
  }
}
