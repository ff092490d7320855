@testable import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Names whose shape says what they are, on sentences written for these tests: storms, places
/// before a lower-case place noun, company words and organizations opened by a title word.
@Suite struct NameShapeTests {
  private func kinds(_ text: String, tagger: Bool = true) -> [String: Entity.Kind] {
    var options = Extractor.Options()
    if !tagger { options.tagger = nil }
    let doc = Extractor(options: options).analyze(SourceDocument(id: "t", text: text))
    return Dictionary(doc.graph.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
  }

  @Test(arguments: [
    ("Typhoon Melor flattened rice fields on Friday.", "Typhoon Melor"),
    ("Schools closed as Hurricane Odalys neared the coast.", "Hurricane Odalys"),
    ("Tropical Storm Kalmaegi weakened overnight, forecasters said.", "Tropical Storm Kalmaegi"),
  ])
  func aNamedStormIsAnEvent(_ text: String, _ name: String) {
    for tagger in [true, false] {
      let found = kinds(text, tagger: tagger)
      #expect(found[name] == .event, "\(tagger): \(found)")
    }
  }

  @Test(arguments: [
    ("Floods cut roads in Nong Bua province on Monday.", "Nong Bua"),
    ("Soldiers waited near the Ban Khlong checkpoint.", "Ban Khlong"),
    ("Trucks queued at the Pak Lai border crossing for hours.", "Pak Lai"),
  ])
  func aNameBeforeAPlaceNounIsAPlace(_ text: String, _ name: String) {
    for tagger in [true, false] {
      let found = kinds(text, tagger: tagger)
      #expect(found[name] == .place, "\(tagger): \(found)")
    }
  }

  @Test func aPlaceNounThatModifiesAnotherMakesNoPlace() {
    let found = kinds("Moyo Bekele told state media the plan would work.")
    #expect(found["Moyo Bekele"] != .place)
    // "the Zarvanish state": an adjective before the noun names no place of its own.
    #expect(SentenceScanner.looksLikeAdjective("Zarvanish"))
    #expect(SentenceScanner.looksLikeAdjective("Velonese"))
    #expect(!SentenceScanner.looksLikeAdjective("Nong"))
  }

  @Test(arguments: [
    ("Analysts at Fjordvik Invest said the deal was fair.", "Fjordvik Invest"),
    ("Baltic Air Shuttle cut three routes this winter.", "Baltic Air Shuttle"),
    ("Pilots at Danish Air Shuttle went on strike.", "Danish Air Shuttle"),
    ("Crews at KLX Air Portugal walked out on Monday.", "KLX Air Portugal"),
  ])
  func aCompanyWordMakesACompany(_ text: String, _ name: String) {
    for tagger in [true, false] {
      let found = kinds(text, tagger: tagger)
      #expect(found[name] == .organization, "\(tagger): \(found)")
    }
  }

  @Test func aTitleWordMayOpenAnOrganizationsName() {
    for tagger in [true, false] {
      let found = kinds(
        "The General Maritime Committee met on Monday. General Amos Kiprop said the talks would go on.",
        tagger: tagger)
      #expect(found["General Maritime Committee"] == .organization, "\(tagger): \(found)")
      #expect(found["Amos Kiprop"] == .person, "\(tagger): \(found)")
    }
  }

  @Test func aNameOpenedWithoutAHeadBeforeAndIsPartOfTheOrganization() {
    for tagger in [true, false] {
      let found = kinds(
        "The National Flood Control and Relief Coordination Council issued a warning on Monday.",
        tagger: tagger)
      #expect(
        found["National Flood Control and Relief Coordination Council"] == .organization,
        "\(tagger): \(found)")
      #expect(found["Flood Control"] == nil, "\(tagger): \(found)")
    }
    // Two names each with its head still stand apart.
    let two = kinds("Kelmora University and Vantis Institute signed a research pact.")
    #expect(two["Kelmora University"] == .organization, "\(two)")
    #expect(two["Vantis Institute"] == .organization, "\(two)")
  }

  @Test(arguments: [
    ("Shares of Delta Nordic-SAS rose on Tuesday after the results.", "Delta Nordic-SAS"),
    ("Air France-KLM cut flights to the island.", "Air France-KLM"),
  ])
  func aHyphenJoinsTwoPartsOfACompanysName(_ text: String, _ name: String) {
    let found = kinds(text)
    #expect(found[name] == .organization, "\(found)")
  }

  @Test func aDoubleSurnameStaysAPersonsName() {
    let found = kinds("Lorena Castell-Vidal said on Monday she would appeal.")
    #expect(found["Lorena Castell-Vidal"] != .organization, "\(found)")
  }

  @Test func aLineInCapitalsMakesNoHyphenatedCompany() {
    // Every word of a headline in capitals looks like an abbreviation.
    let found = kinds("VANTOR SHARES ROUND-UP")
    #expect(
      !found.contains { $0.value == .organization && $0.key.contains("-") }, "\(found)")
  }

  @Test func aHyphenBeforeACountryJoinsNothing() {
    let found = kinds("The Vantor Brisk-Japan venture ended without a deal.")
    #expect(found["Japan"] == .country, "\(found)")
  }

  @Test func aPluralAfterAnInnerHeadEndsTheOrganization() {
    for tagger in [true, false] {
      let found = kinds(
        "A spokesman for the National Association of Automotive Retailers said sales fell.",
        tagger: tagger)
      #expect(
        found["National Association of Automotive Retailers"] == .organization,
        "\(tagger): \(found)")
    }
  }
}
