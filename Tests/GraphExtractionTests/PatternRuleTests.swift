import GraphExtraction
import KnowledgeGraphCore
import Testing

/// The general relation patterns, driven end to end through ``Extractor`` with the built-in
/// gazetteer, on sentences written for these tests.
@Suite struct PatternRuleTests {
  private func graph(_ text: String) -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "pattern", text: text)]).graph
  }

  /// The relations of `text` found by the rule `rule`, as `subject predicate object` lines.
  private func triples(_ text: String, rule: String) -> Set<String> {
    Set(
      graph(text).relations.filter { $0.sources.contains(rule) }.map {
        "\($0.subject) \($0.predicate) \($0.object)"
      })
  }

  /// The relations of `text` as `subject predicate object` lines.
  private func triples(_ text: String) -> Set<String> {
    Set(graph(text).relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  // MARK: - Leadership

  @Test func ledByParticipleAcrossATitle() throws {
    let text = "Google, led by chief executive Sundar Pichai, expanded its offices."
    let graph = graph(text)
    let relation = try #require(
      graph[Relation.Key(EntityID(rawValue: "person/sundar-pichai"), .leaderOf,
                         EntityID(rawValue: "organization/google"))])
    #expect(relation.sources.contains("led-by"))
    let evidence = try #require(relation.sortedEvidence.first)
    let scalars = Array(text.unicodeScalars)
    #expect(evidence.quote == String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])))
    #expect(evidence.quote == "Google, led by chief executive Sundar Pichai")
  }

  @Test func foundedByNamesEveryFounder() {
    let triples = triples("Microsoft, founded by Bill Gates and Paul Allen, grew quickly.")
    #expect(triples.contains("person/bill-gates founded organization/microsoft"))
    #expect(triples.contains("person/paul-allen founded organization/microsoft"))
  }

  @Test func foundedByAfterAPlaceAndADate() {
    let triples = triples("Google was founded in California in September 1998 by Larry Page and Sergey Brin.")
    #expect(triples.contains("person/larry-page founded organization/google"))
    #expect(triples.contains("person/sergey-brin founded organization/google"))
  }

  @Test func corporateTitleWithoutItsCompanyInATextAboutIt() {
    let about = triples(
      "Microsoft reported record profits on Tuesday. Chief executive Satya Nadella said demand "
        + "for cloud services kept growing.")
    #expect(about.contains("person/satya-nadella leaderOf organization/microsoft"))
    let other = triples(
      "Microsoft reported record profits on Tuesday. Chinese President Xi Jinping said trade "
        + "would grow.", rule: "title-of-topic")
    #expect(other.isEmpty)
  }

  @Test func pastTenseLeadershipVerb() {
    let triples = triples("Olaf Scholz led the Social Democratic Party from 2019 onwards.")
    #expect(triples.contains("person/olaf-scholz leaderOf organization/social-democratic-party"))
  }

  @Test func leadershipVerbInARelativeClause() {
    let triples = triples("Kristalina Georgieva, who heads the IMF, warned of slower growth.")
    #expect(triples.contains("person/kristalina-georgieva leaderOf organization/international-monetary-fund"))
  }

  @Test func leadingADelegationOrANegationIsNoLeadership() {
    let triples = triples(
      "Olaf Scholz led the German delegation to Brussels. "
        + "Olaf Scholz did not lead the Social Democratic Party.", rule: "leads-verb")
    #expect(!triples.contains("person/olaf-scholz leaderOf country/germany"))
    #expect(!triples.contains("person/olaf-scholz leaderOf organization/social-democratic-party"))
  }

  @Test func appointedAsTitleOfOrganization() {
    let triples = triples("The board appointed Satya Nadella as chief executive of Microsoft in 2014.")
    #expect(triples.contains("person/satya-nadella leaderOf organization/microsoft"))
  }

  @Test func electedAppointedAndSucceeded() {
    let triples = triples(
      "Olaf Scholz was elected chancellor of Germany in 2021. "
        + "The United States borrowed more after Joe Biden appointed Janet Yellen as treasury "
        + "secretary. "
        + "Satya Nadella succeeded Steve Ballmer as chief executive of Microsoft in 2014. "
        + "Angela Merkel was first elected to the Bundestag in 1990.")
    #expect(triples.contains("person/olaf-scholz leaderOf country/germany"))
    #expect(triples.contains("person/janet-yellen holdsPosition country/united-states"))
    #expect(triples.contains("person/satya-nadella leaderOf organization/microsoft"))
    #expect(triples.contains("person/steve-ballmer leaderOf organization/microsoft"))
    #expect(triples.contains("person/angela-merkel memberOf organization/bundestag"))
    #expect(!triples.contains("person/joe-biden holdsPosition country/united-states"))
  }

  @Test func aPredecessorHeldTheTitleFormerly() throws {
    let graph = graph("Satya Nadella succeeded Steve Ballmer as chief executive of Microsoft in 2014.")
    let predecessor = try #require(
      graph[Relation.Key(EntityID(rawValue: "person/steve-ballmer"), .leaderOf,
                         EntityID(rawValue: "organization/microsoft"))])
    #expect(predecessor.attributes["status"] == "former")
    let successor = try #require(
      graph[Relation.Key(EntityID(rawValue: "person/satya-nadella"), .leaderOf,
                         EntityID(rawValue: "organization/microsoft"))])
    #expect(successor.attributes["status"] == nil)
  }

  @Test func notElectedIsNoTitle() {
    let triples = triples("Olaf Scholz was not elected leader of the Social Democratic Party.")
    #expect(!triples.contains("person/olaf-scholz leaderOf organization/social-democratic-party"))
  }

  @Test func takingTheHelmAndAPersonsParty() {
    let triples = triples(
      "Mark Rutte took the helm of NATO in 2024. "
        + "Narendra Modi's Bharatiya Janata Party won the election.")
    #expect(triples.contains("person/mark-rutte leaderOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("person/narendra-modi memberOf organization/bharatiya-janata-party"))
  }

  @Test func anAmbiguousUnionIsNotResolved() {
    let triples = triples(
      "The African Union and the European Union met. "
        + "William Ruto assumed the chairmanship of the union.")
    #expect(!triples.contains { $0.hasPrefix("person/william-ruto leaderOf organization/") })
  }

  @Test func definiteDescriptionOfAnOrganizationNamedEarlier() throws {
    let graph = graph(
      "The European Central Bank raised rates again. Christine Lagarde, the bank's president, "
        + "defended the decision.")
    let relation = try #require(
      graph[Relation.Key(EntityID(rawValue: "person/christine-lagarde"), .leaderOf,
                         EntityID(rawValue: "organization/european-central-bank"))])
    #expect(relation.sources.contains("description-title"))
    #expect(relation.attributes["roleName"] == "president")
  }

  @Test func ambiguousOrUnnamedDescriptionsStateNothing() {
    let alone = triples("Christine Lagarde, the bank's president, defended the decision.")
    #expect(!alone.contains { $0.hasPrefix("person/christine-lagarde leaderOf") })
    let two = triples(
      "The World Bank and the European Central Bank met. Ajay Banga, the bank's president, spoke.",
      rule: "description-title")
    #expect(!two.contains { $0.hasPrefix("person/ajay-banga leaderOf") })
  }

  // MARK: - Location

  @Test func headquarteredInAfterAnApposition() {
    let triples = triples("Google, led by Sundar Pichai, is headquartered in Mountain View.")
    #expect(triples.contains("organization/google locatedIn place/mountain-view"))
  }

  @Test func headquartersOfTheOrganizationTheTextIsAbout() {
    let triples = triples(
      "The World Trade Organization regulates trade between nations. "
        + "Its headquarters are in Geneva.")
    #expect(triples.contains("organization/world-trade-organization locatedIn place/geneva"))
  }

  @Test func aCityHostingHeadquarters() {
    let hosts = triples(
      "Geneva is a city in Switzerland. The city hosts the headquarters of the World Health "
        + "Organization and the World Trade Organization.")
    #expect(hosts.contains("organization/world-health-organization locatedIn place/geneva"))
    #expect(hosts.contains("organization/world-trade-organization locatedIn place/geneva"))
    let talks = triples("Geneva hosted talks between the World Trade Organization and China.")
    #expect(!talks.contains("organization/world-trade-organization locatedIn place/geneva"))
  }

  @Test func basedInAfterAnUnrelatedClauseIsNoLocation() {
    let triples = triples("Apple had blocked developers based in Stockholm for years.", rule: "based-in")
    #expect(!triples.contains("organization/apple locatedIn place/stockholm"))
  }

  @Test func placeBasedCompound() {
    let triples = triples("Siemens, a Munich-based conglomerate, opened a second plant in Munich.")
    #expect(triples.contains("organization/siemens locatedIn place/munich"))
  }

  @Test func nationalityOfACompany() {
    let triples = triples(
      "German carmaker Volkswagen cut jobs. Toyota, a Japanese carmaker, reported profits.")
    #expect(triples.contains("organization/volkswagen locatedIn country/germany"))
    #expect(triples.contains("organization/toyota locatedIn country/japan"))
  }

  @Test func aTitleIsNoCompanyNationality() {
    let triples = triples("Chinese President Xi Jinping met executives from Apple.")
    #expect(!triples.contains("organization/apple locatedIn country/china"))
  }

  @Test func capitalsCitiesAndRegions() {
    let triples = triples(
      "Germany's capital, Berlin, hosted the talks. Lyon is a city in eastern France. "
        + "The Chinese city of Wuhan reopened. Bavaria is part of Germany.")
    #expect(triples.contains("place/berlin locatedIn country/germany"))
    #expect(triples.contains("place/lyon locatedIn country/france"))
    #expect(triples.contains("place/wuhan locatedIn country/china"))
    #expect(triples.contains("place/bavaria locatedIn country/germany"))
  }

  @Test func capitalInAppositionAndEncyclopedicLeadSentence() {
    let triples = triples(
      "Delegates arrived in Nairobi on Monday. Ministers met in Addis Ababa, the Ethiopian "
        + "capital, on Tuesday. Siemens is a German multinational technology conglomerate "
        + "headquartered in Munich.")
    #expect(triples.contains("place/addis-ababa locatedIn country/ethiopia"))
    #expect(triples.contains("organization/siemens locatedIn place/munich"))
    #expect(triples.contains("organization/siemens locatedIn country/germany"))
  }

  @Test func itsCapitalAndPlacesLyingInARegion() {
    let triples = triples(
      "Bavaria is a state in southern Germany, and its capital is Munich. "
        + "Saxony lies in eastern Germany. Its capital is Dresden. Germany's capital is Berlin.")
    #expect(triples.contains("place/munich locatedIn place/bavaria"))
    #expect(triples.contains("place/bavaria locatedIn country/germany"))
    #expect(triples.contains("place/saxony locatedIn country/germany"))
    #expect(triples.contains("place/dresden locatedIn place/saxony"))
    #expect(triples.contains("place/berlin locatedIn country/germany"))
  }

  @Test func placeAfterItsCountrysPossessive() {
    let triples = triples("Factories in China's Hubei province reopened. Germany's Bavaria voted.")
    #expect(triples.contains("place/hubei-province locatedIn country/china")
      || triples.contains("place/hubei locatedIn country/china"))
    #expect(triples.contains("place/bavaria locatedIn country/germany"))
  }

  @Test func capitalOfAnIdeaIsNoPlace() {
    let triples = triples("Milan is the capital of fashion, and Lyon hosted a summit.")
    #expect(!triples.contains { $0.hasPrefix("place/milan locatedIn") })
  }

  // MARK: - Membership and structure

  @Test func membershipByCopulaAppositionAndJoining() {
    let triples = triples(
      "Brazil is a founding member of BRICS. NATO member Turkey objected. "
        + "Finland and Sweden joined NATO. Canada, France and Japan are members of the G7.")
    #expect(triples.contains("country/brazil memberOf organization/brics"))
    #expect(triples.contains("country/turkey memberOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("country/finland memberOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("country/sweden memberOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("country/canada memberOf organization/group-of-seven"))
    #expect(triples.contains("country/japan memberOf organization/group-of-seven"))
  }

  @Test func joiningTheAllianceInARelativeClause() {
    let triples = triples(
      "NATO foreign ministers met in Brussels. Finland, which joined the alliance in 2023, "
        + "sent its minister.")
    #expect(triples.contains("country/finland memberOf organization/north-atlantic-treaty-organization"))
  }

  @Test func membershipInARelativeClauseAndInstitutionsOfACountry() {
    let triples = triples(
      "China, which is a member of the WTO, rejected the claims. "
        + "The Bundestag is the federal parliament of Germany. "
        + "Harvard University is a private research university in Cambridge, Massachusetts.")
    #expect(triples.contains("country/china memberOf organization/world-trade-organization"))
    #expect(triples.contains("organization/bundestag locatedIn country/germany"))
    #expect(triples.contains("organization/harvard-university locatedIn place/cambridge"))
  }

  @Test func aCompanysMarketIsNoLocation() {
    let triples = triples("Google is the largest search company in the United States.")
    #expect(!triples.contains("organization/google locatedIn country/united-states"))
  }

  @Test func membershipNamedBeforeTheWordMember() {
    let triples = triples(
      "Hungary, an EU member, blocked the deal. Poland and Estonia are NATO members.")
    #expect(triples.contains("country/hungary memberOf organization/european-union"))
    #expect(triples.contains("country/poland memberOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("country/estonia memberOf organization/north-atlantic-treaty-organization"))
  }

  @Test func unitNamedWithItsParentsPossessive() {
    let triples = triples(
      "A spokesman for the European Commission, the EU's executive arm, declined to comment.")
    #expect(triples.contains("organization/european-commission partOf organization/european-union"))
  }

  @Test func rankedAndFoundingMembers() {
    let triples = triples(
      "Finland became NATO's 31st member in April 2023. "
        + "Germany is one of the founding members of the European Union.")
    #expect(triples.contains("country/finland memberOf organization/north-atlantic-treaty-organization"))
    #expect(triples.contains("country/germany memberOf organization/european-union"))
  }

  @Test func negatedMembershipIsNoMembership() {
    let triples = triples("Switzerland is not a member of the European Union.")
    #expect(!triples.contains("country/switzerland memberOf organization/european-union"))
  }

  @Test func subsidiariesParentsAndItsTopic() {
    let triples = triples(
      "Instagram is a subsidiary of Meta. Alphabet, the parent company of Google, grew. "
        + "YouTube is an American online video company. It is a subsidiary of Google.")
    #expect(triples.contains("organization/instagram partOf organization/meta"))
    #expect(triples.contains("organization/google partOf organization/alphabet"))
    #expect(triples.contains("organization/youtube partOf organization/google"))
    #expect(triples.contains("organization/youtube locatedIn country/united-states"))
  }

  // MARK: - Nationality

  @Test func biographyNationalityPastParenthesesAndModifiers() {
    let triples = triples(
      "Emmanuel Macron (born 1977) is a French politician. "
        + "Christine Lagarde, a prominent French lawyer, spoke.")
    #expect(triples.contains("person/emmanuel-macron citizenOf country/france"))
    #expect(triples.contains("person/christine-lagarde citizenOf country/france"))
  }

  @Test func aPlaceNamedNearAPersonIsNoNationality() {
    let triples = triples("Tim Cook, an Apple executive, visited the French capital.")
    #expect(!triples.contains("person/tim-cook citizenOf country/france"))
  }

  // MARK: - Coordinated titles, admission, constituent units, participle clauses

  @Test func coordinatedTitlesInAnAppositionNameBothHolders() {
    let both = triples(
      "Azali Assoumani, the president of Comoros and chairman of the African Union, spoke.")
    #expect(both.contains("person/azali-assoumani leaderOf country/comoros"))
    #expect(both.contains("person/azali-assoumani leaderOf organization/african-union"))
    let second = triples("Rishi Sunak, prime minister and leader of the Conservative Party, spoke.")
    #expect(second.contains("person/rishi-sunak leaderOf organization/conservative-party"))
  }

  @Test func aCoordinatedCountryIsNoSecondTitle() {
    let text = "Olaf Scholz, the chancellor of Germany and a friend of France, spoke."
    #expect(triples(text, rule: "title-apposition-coordinated").isEmpty)
  }

  @Test func admissionAsAMemberIsMembership() {
    let admitted = triples("The African Union was admitted as a permanent member of the G20 in 2023.")
    #expect(admitted.contains("organization/african-union memberOf organization/group-of-20"))
    let relative = triples("The African Union, which was admitted as a member of the G20, met.")
    #expect(relative.contains("organization/african-union memberOf organization/group-of-20"))
    let invited = triples("Brazil was invited as a guest member of the G7 summit.")
    #expect(!invited.contains("country/brazil memberOf organization/group-of-7"))
  }

  @Test func oneOfTheConstituentCollegesIsPartOf() {
    let text = "Balliol College is one of the constituent colleges of the University of Oxford."
    #expect(
      triples(text).contains(
        "organization/balliol-college partOf organization/oxford-university"))
    let some = triples("Balliol College admires the colleges of the University of Oxford.")
    #expect(!some.contains("organization/balliol-college partOf organization/oxford-university"))
  }

  @Test func aParticipleClauseTakesTheSubjectOfTheMainClause() throws {
    let text = "The FTC had sued to block the merger, accusing Microsoft of seeking to dominate gaming."
    let graph = graph(text)
    let relation = try #require(
      graph[Relation.Key(EntityID(rawValue: "organization/federal-trade-commission"), .accuses,
                         EntityID(rawValue: "organization/microsoft"))])
    let evidence = try #require(relation.sortedEvidence.first)
    let scalars = Array(text.unicodeScalars)
    #expect(evidence.quote == String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])))
    #expect(relation.confidence < 0.85)
    let dated = triples(
      "On Monday, the FTC sued to block the merger, accusing Microsoft of seeking to dominate.")
    #expect(dated.contains("organization/federal-trade-commission accuses organization/microsoft"))
    let other = triples("Talks between China and Japan stalled, accusing nobody in particular.")
    #expect(other.filter { $0.contains("accuses") }.isEmpty)
  }

  @Test func locatedInReadsTheNameBeforeAnApposition() {
    let text = "The University of Oxford is old. The Bodleian Library, the main research library of "
      + "the university, is located in Oxford."
    let found = triples(text, rule: "located-in")
    #expect(found.contains("organization/bodleian-library locatedIn place/oxford"))
    #expect(!found.contains("organization/oxford-university locatedIn place/oxford"))
  }
}
