import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct CoreferenceTests {
  @Test func surnamesAndTitlesJoinTheFullName() throws {
    let doc = EntityFixture.analyze("""
      Chinese President Xi Jinping spoke with German Chancellor Olaf Scholz on Friday.
      Xi said trade should stay open, and Scholz agreed. Later, President XI repeated it.
      """)
    let xi = try #require(EntityFixture.entity(doc.graph, "person/xi-jinping"))
    #expect(xi.name == "Xi Jinping")
    #expect(xi.aliases == ["Xi"])
    #expect(xi.mentions.count == 3)
    #expect(EntityFixture.entity(doc.graph, "person/olaf-scholz")?.mentions.count == 2)
    #expect(EntityFixture.ids(doc.graph, .person).count == 2)
  }

  @Test func westernSurnamesJoinTheFullName() throws {
    let doc = EntityFixture.analyze("""
      Nvidia chief executive Jensen Huang visited Taipei. Huang said demand was strong.
      """)
    let huang = try #require(EntityFixture.entity(doc.graph, "person/jensen-huang"))
    #expect(huang.aliases.contains("Huang"))
    #expect(EntityFixture.ids(doc.graph, .person) == ["person/jensen-huang"])
    #expect(EntityFixture.entity(doc.graph, "organization/nvidia")?.organizationType == .company)
  }

  @Test func middleInitialsDoNotSplitAPerson() throws {
    let doc = EntityFixture.analyze("""
      John F. Kennedy was elected in 1960. John Kennedy spoke in Berlin in 1963.
      """)
    let kennedy = try #require(EntityFixture.entity(doc.graph, "person/john-f-kennedy"))
    #expect(kennedy.name == "John F. Kennedy")
    #expect(kennedy.aliases.contains("John Kennedy"))
    #expect(EntityFixture.ids(doc.graph, .person).count == 1)
  }

  @Test func differentInitialsAreDifferentPeopleAndASurnameGoesToTheNearest() throws {
    let doc = EntityFixture.analyze("""
      George H. W. Bush met Mikhail Gorbachev in Malta in 1989.
      Years later George W. Bush visited Moscow. Bush praised the city.
      """)
    let father = try #require(EntityFixture.entity(doc.graph, "person/george-h-w-bush"))
    let son = try #require(EntityFixture.entity(doc.graph, "person/george-w-bush"))
    #expect(father.mentions.count == 1)
    #expect(son.mentions.count == 2)
    #expect(son.aliases == ["Bush"])
    #expect(EntityFixture.entity(doc.graph, "person/mikhail-gorbachev") != nil)
  }

  @Test func allShortFormsOfACountryAreOneNode() throws {
    let doc = EntityFixture.analyze("""
      The U.S. and the United States of America are the same country. America exports grain,
      US farmers plant corn, and American buyers eat it.
      """)
    #expect(EntityFixture.ids(doc.graph, .country) == ["country/united-states"])
    let usa = try #require(EntityFixture.entity(doc.graph, "country/united-states"))
    #expect(usa.name == "United States")
    #expect(usa.aliases.isSuperset(of: ["U.S.", "United States of America", "America", "US"]))
    #expect(!usa.aliases.contains("American"))
    #expect(usa.mentions.count == 5)
  }

  @Test func acronymsJoinTheNameTheyAbbreviate() throws {
    let doc = EntityFixture.analyze("""
      The Pacific Fisheries Research Council (PFRC) met in Suva. The PFRC set new quotas.
      """)
    let council = try #require(doc.graph.entities.first { $0.kind == .organization })
    #expect(council.name == "Pacific Fisheries Research Council")
    #expect(council.aliases.contains("PFRC"))
    #expect(council.mentions.count == 3)
  }

  @Test func anAbbreviationInBracketsJoinsTheOrganizationBeforeIt() throws {
    let doc = EntityFixture.analyze("""
      The Norwegian Institute of International Affairs (NUPI) published a report. NUPI said more.
      """)
    let institute = try #require(doc.graph.entities.first { $0.kind == .organization })
    #expect(institute.aliases.contains("NUPI"))
    #expect(institute.mentions.count == 3)
  }

  @Test func shortFormsOfOrganizationsJoinTheFullName() throws {
    let doc = EntityFixture.analyze("""
      She teaches at the Kyoto University of Foreign Studies. Kyoto University of Foreign Studies
      students visit often, and the Kyoto University choir sings.
      """)
    let university = try #require(EntityFixture.entity(doc.graph, "organization/kyoto-university-of-foreign-studies"))
    #expect(university.aliases.contains("Kyoto University"))
  }

  @Test func possessivesAreNotPartOfTheName() throws {
    let doc = EntityFixture.analyze("Canada's prime minister Justin Trudeau praised Mexico's economy.")
    #expect(EntityFixture.entity(doc.graph, "country/canada")?.aliases.isEmpty == true)
    #expect(EntityFixture.entity(doc.graph, "person/justin-trudeau") != nil)
  }

  @Test func pronounsMakeNoEntities() {
    let doc = EntityFixture.analyze("He said they would meet us there. It was she who called.")
    #expect(doc.graph.entities.isEmpty)
  }
}
