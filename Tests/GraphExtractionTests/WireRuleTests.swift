import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Places, units and groups as wire copy writes them: datelines, state abbreviations,
/// "the city of X", business units, groupings and their members. Sentences written for these
/// tests.
@Suite struct WireRuleTests {
  private func graph(_ text: String) -> KnowledgeGraph {
    Extractor().extract([SourceDocument(id: "wire", text: text)]).graph
  }

  private func triples(_ graph: KnowledgeGraph) -> Set<String> {
    Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }

  @Test func datelineCityAndStateAbbreviationAreOnePlaceEach() {
    let found = graph(
      "LIVERMORE, Calif., Dec 5 (Wire) - Physicists at a laboratory in the city of Livermore "
        + "said the test had worked.")
    let places = found.entities.filter { $0.kind == .place }
    #expect(places.filter { $0.names.contains("California") }.count == 1)
    #expect(places.filter { $0.names.contains { $0.lowercased() == "livermore" } }.count == 1)
    #expect(!found.entities.contains { $0.kind == .person || $0.kind == .organization })
  }

  @Test func documentTitlesCompoundModifiersAndFacilities() {
    let found = graph(
      "The two leaders signed the Joint Declaration on Maritime Cooperation. The vote ended "
        + "years of Labour-led government. Physicists at the National Ignition Facility cheered.")
    #expect(!found.entities.contains { $0.names.contains("Maritime Cooperation") })
    #expect(!found.entities.contains { $0.kind == .organization && $0.name.contains("government") })
    #expect(found.entities.contains { $0.kind == .place && $0.name == "National Ignition Facility" })
    #expect(!found.entities.contains { $0.kind == .person })
  }

  @Test func theCapitalIsInItsCountry() {
    let found = triples(graph(
      "Protesters gathered near the capital, Wellington, as New Zealand voted. Crowds also "
        + "filled Auckland."))
    #expect(found.contains("place/wellington locatedIn country/new-zealand"))
    // Only a city the text calls the capital: world knowledge is not asserted elsewhere.
    #expect(!found.contains("place/auckland locatedIn country/new-zealand"))
  }

  @Test func namesThatHoldACountrysName() {
    let found = graph(
      "Air New Zealand cut flights. ACT New Zealand and New Zealand First backed the plan, "
        + "and NATO Japan talks went on.")
    let organizations = Set(found.entities.filter { $0.kind == .organization }.map(\.name))
    #expect(organizations.isSuperset(of: ["Air New Zealand", "ACT New Zealand", "New Zealand First"]))
    #expect(found.entities.contains { $0.kind == .country && $0.name == "Japan" })
    #expect(!found.entities.contains { $0.kind == .person })
  }

  @Test func groupingsAndTheirMembers() {
    let found = triples(graph(
      "Japan and Australia signed a pact. Both countries belong to the Quad, a grouping that "
        + "also includes the United States and India."))
    for country in ["japan", "australia", "united-states", "india"] {
      #expect(found.contains("country/\(country) memberOf organization/quadrilateral-security-dialogue"))
    }
    let listed = triples(graph(
      "Brazil and India are members of BRICS. The African Union, whose members include Kenya "
        + "and Egypt, met."))
    #expect(listed.contains("country/brazil memberOf organization/brics"))
    #expect(listed.contains("country/india memberOf organization/brics"))
    #expect(listed.contains("country/kenya memberOf organization/african-union"))
    #expect(listed.contains("country/egypt memberOf organization/african-union"))
  }

  @Test func aLaboratoryItsUniversityNames() {
    let found = triples(graph(
      "The University of Rochester's Laboratory for Laser Energetics built the lasers."))
    #expect(found.contains(
      "organization/laboratory-for-laser-energetics partOf organization/university-of-rochester"))
  }

  @Test func businessUnitsAndAgenciesWithin() {
    let found = triples(graph(
      "Globex Inc. was bought by Acme Corp. Globex will operate as a business unit of Acme "
        + "Corp. The National Nuclear Security Administration, an agency within the Energy "
        + "Department, paid for the work."))
    #expect(found.contains("organization/globex-inc partOf organization/acme-corp"))
    #expect(found.contains(
      "organization/national-nuclear-security-administration partOf organization/department-of-energy"))
  }
}
