import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct GazetteerTests {
  let gazetteer = Gazetteer.builtIn

  @Test(arguments: ["U.S.", "US", "USA", "United States", "America", "United States of America"])
  func shortFormsOfTheUnitedStates(_ name: String) throws {
    let match = try #require(gazetteer.lookup(name))
    #expect(match.entry.id == EntityID(rawValue: "country/united-states"))
    #expect(!match.isDemonym)
  }

  @Test func demonymsPointAtTheirCountry() throws {
    let chinese = try #require(gazetteer.lookup("Chinese"))
    #expect(chinese.entry.name == "China")
    #expect(chinese.isDemonym)
    #expect(gazetteer.lookup("British")?.entry.name == "United Kingdom")
    #expect(gazetteer.lookup("Americans")?.entry.name == "United States")
  }

  @Test func abbreviationsInCapitalsDoNotMatchLowerCaseWords() {
    #expect(gazetteer.lookup("us") == nil)
    #expect(gazetteer.lookup("who") == nil)
    #expect(gazetteer.lookup("WHO")?.entry.name == "World Health Organization")
  }

  @Test func citiesAndRegionsKnowTheirCountry() throws {
    let geneva = try #require(gazetteer.lookup("Geneva")).entry
    #expect(geneva.kind == .place)
    #expect(geneva.placeType == .city)
    #expect(gazetteer.country(of: geneva)?.name == "Switzerland")
    let hubei = try #require(gazetteer.lookup("Hubei")).entry
    #expect(hubei.placeType == .region)
    #expect(hubei.country == "China")
    #expect(try #require(gazetteer.lookup("Beijing")).entry.isCapital)
  }

  @Test func organizationsHaveTypes() {
    #expect(gazetteer.lookup("WTO")?.entry.organizationType == .international)
    #expect(gazetteer.lookup("Reuters")?.entry.organizationType == .media)
    #expect(gazetteer.lookup("Nvidia")?.entry.organizationType == .company)
    #expect(gazetteer.lookup("Truth Social")?.entry.organizationType == .company)
    #expect(gazetteer.lookup("The New York Times")?.entry.organizationType == .media)
    #expect(gazetteer.lookup("New York Times")?.entry.name == "The New York Times")
  }

  @Test func theGazetteerCoversTheWorld() {
    let countries = gazetteer.entries.filter { $0.kind == .country }
    let cities = gazetteer.entries.filter { $0.placeType == .city }
    #expect(countries.count >= 190)
    #expect(cities.count >= 300)
  }

  @Test func addingEntriesExtendsTheGazetteer() {
    let extended = gazetteer.adding([
      Gazetteer.Entry(kind: .organization, name: "Example Robotics", aliases: ["ExRo"],
                      organizationType: .company)
    ])
    #expect(extended.lookup("ExRo")?.entry.name == "Example Robotics")
    #expect(gazetteer.lookup("ExRo") == nil)
  }
}

@Suite struct RoleTitleTests {
  @Test func headsOfStateLeadAndMinistersHoldPositions() throws {
    #expect(try #require(RoleTitle.named("President")).predicate == .leaderOf)
    #expect(try #require(RoleTitle.named("prime minister")).isHead)
    #expect(try #require(RoleTitle.named("CEO")).predicate == .leaderOf)
    #expect(try #require(RoleTitle.named("Treasury Secretary")).predicate == .holdsPosition)
    #expect(RoleTitle.named("Treasury Secretary")?.body == "Department of the Treasury")
    #expect(try #require(RoleTitle.named("deputy director")).predicate == .holdsPosition)
    #expect(try #require(RoleTitle.named("Mr.")).predicate == nil)
    #expect(RoleTitle.named("banana") == nil)
  }

  @Test func relationRulesReadTheSameTitleTable() throws {
    let titles = RelationRules.standard.titles
    for title in RoleTitle.all {
      for spelling in [title.name] + title.variants {
        let entry = titles[spelling.lowercased()]
        if title.holding == .honorific {
          #expect(entry == nil, "honorific \(spelling) states no relation")
        } else {
          #expect(entry?.kind == RelationRules.TitleKind(title.holding), "\(spelling)")
          #expect(entry?.impliedCountry == title.impliedCountry, "\(spelling)")
        }
      }
    }
    // A title only the relation rules knew before reaches recognition's table, and back.
    #expect(titles["crown prince"]?.kind == .leader)
    #expect(RoleTitle.named("Crown Prince")?.predicate == .leaderOf)
    #expect(titles["scientist"]?.kind == .employee)
    #expect(RoleTitle.named("scientist") == nil, "describes a person but comes before no name")
    #expect(titles["treasury secretary"]?.impliedCountry == "United States")
    #expect(titles["prince"] == nil)
  }

  @Test func longestMatchReadsMultiWordTitles() throws {
    let tokens = Tokenizer().tokenize("Former Treasury Secretary Janet Yellen spoke")
    let match = try #require(RoleTitle.longestMatch(in: tokens, at: 1))
    #expect(match.title.name == "Treasury Secretary")
    #expect(match.count == 2)
    let backwards = try #require(RoleTitle.longestMatch(in: tokens, endingAt: 2))
    #expect(backwards.title.name == "Treasury Secretary")
    #expect(RoleTitle.longestMatch(in: tokens, at: 3) == nil)
  }
}
