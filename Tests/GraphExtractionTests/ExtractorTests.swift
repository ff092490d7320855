import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct ExtractorTests {
  let first = SourceDocument(
    id: "a-summit",
    text: """
      Leaders Meet in Brussels

      French President Emmanuel Macron met NATO Secretary-General Mark Rutte in Brussels on Monday.
      Macron said Europe must spend more on defence.
      """,
    date: PartialDate(year: 2025, month: 3, day: 3))
  let second = SourceDocument(
    id: "b-visit",
    text: """
      Macron travelled to Berlin, where Germany and France signed a rail agreement.
      Emmanuel Macron later met students at Humboldt University of Berlin.
      """)

  @Test func anOrganizationAndACommaEndingASentenceIsRead() throws {
    // Wire copy cut mid-list ("Results: ... Microsoft,") once read past the sentence's end.
    let text = """
      Shares rose at Microsoft,
      Shares fell at Siemens, a
      Intel, a unit
      """
    let graph = Extractor().extract([SourceDocument(id: "cut", text: text)]).graph
    #expect(graph[EntityID(rawValue: "organization/microsoft")] != nil)
  }

  @Test func aSentenceOpeningWithAnEventNounIsRead() throws {
    // "Final" as a sentence's first word once read the token before the sentence.
    let text = """
      Final standings were published by UEFA on Monday.
      Semifinal tickets sold out in Madrid.
      """
    let graph = Extractor().extract([SourceDocument(id: "sports", text: text)]).graph
    #expect(graph[EntityID(rawValue: "place/madrid")] != nil)
  }

  @Test func theGraphDoesNotDependOnDocumentOrder() {
    let forward = Extractor().extract([first, second])
    let backward = Extractor().extract([second, first])
    #expect(forward == backward)
    var sequential = Extractor.Options()
    sequential.maximumConcurrency = 1
    #expect(Extractor(options: sequential).extract([second, first]) == forward)
  }

  @Test func theSamePersonAcrossDocumentsIsOneNode() throws {
    let graph = Extractor().extract([first, second]).graph
    let macron = try #require(graph[EntityID(rawValue: "person/emmanuel-macron")])
    #expect(macron.mentions.map(\.documentID).sorted().first == "a-summit")
    #expect(Set(macron.mentions.map(\.documentID)) == ["a-summit", "b-visit"])
    #expect(graph.entities.filter { $0.kind == .person }.count == 2)
    #expect(graph[EntityID(rawValue: "organization/north-atlantic-treaty-organization")] != nil)
  }

  @Test func aBareSurnameMergesAcrossDocumentsOnlyWhenUnambiguous() throws {
    let bare = SourceDocument(id: "c", text: "Macron said in Lyon that taxes would fall.")
    let graph = Extractor().extract([bare, first]).graph
    #expect(graph[EntityID(rawValue: "person/macron")] == nil)
    #expect(graph[EntityID(rawValue: "person/emmanuel-macron")]?.mentions.contains { $0.documentID == "c" } == true)

    let brigitte = SourceDocument(id: "d", text: "Brigitte Macron opened a school in Amiens.")
    let ambiguous = Extractor().extract([bare, first, brigitte]).graph
    #expect(ambiguous[EntityID(rawValue: "person/macron")] != nil)
    #expect(ambiguous[EntityID(rawValue: "person/brigitte-macron")] != nil)
    #expect(ambiguous[EntityID(rawValue: "person/emmanuel-macron")] != nil)
  }

  @Test func aLoneGivenNameJoinsAnotherArticlesPersonOnlyAsASurname() throws {
    let royal = SourceDocument(id: "royal", text: "Prince William visited Nairobi on Monday. William met students.")
    let kenya = SourceDocument(id: "kenya", text: "Kenyan President William Ruto spoke in Nairobi. Ruto welcomed investors.")
    let graph = Extractor().extract([royal, kenya]).graph
    #expect(graph.entities.filter { $0.kind == .person }.map(\.name).sorted() == ["William", "William Ruto"])
    // A lone name that is no given name still joins by any word: "Xi" of "Xi Jinping".
    let xi = SourceDocument(id: "xi", text: "Xi said in Beijing that trade would grow.")
    let full = SourceDocument(id: "full", text: "Chinese President Xi Jinping met envoys in Shanghai.")
    let joined = Extractor().extract([xi, full]).graph
    #expect(joined.entities.filter { $0.kind == .person }.map(\.name) == ["Xi Jinping"])
  }

  @Test func middleInitialsMergeAcrossDocumentsUnlessTheyDiffer() throws {
    let a = SourceDocument(id: "a", text: "Donald J. Trump signed the order in Washington.")
    let b = SourceDocument(id: "b", text: "Donald Trump later spoke in Florida.")
    let graph = Extractor().extract([a, b]).graph
    #expect(graph.entities.filter { $0.kind == .person }.map(\.name) == ["Donald J. Trump"])

    let c = SourceDocument(id: "c", text: "George H. W. Bush spoke first.")
    let d = SourceDocument(id: "d", text: "George W. Bush spoke second.")
    let e = SourceDocument(id: "e", text: "George Bush spoke last.")
    let bushes = Extractor().extract([c, d, e]).graph.entities.filter { $0.kind == .person }
    #expect(bushes.count == 3)
  }

  @Test func organizationsNamedByAShortFormElsewhereAreOneNode() throws {
    let a = SourceDocument(id: "a", text: "She lectures at the Kyoto University of Foreign Studies every spring.")
    let b = SourceDocument(id: "b", text: "Students from Kyoto University of Foreign Studies and the Kyoto University choir sang.")
    let c = SourceDocument(id: "c", text: "The Kyoto University choir toured Osaka.")
    let graph = Extractor().extract([c, a, b]).graph
    let organizations = graph.entities.filter { $0.kind == .organization }
    #expect(organizations.map(\.name) == ["Kyoto University of Foreign Studies"])
    #expect(Set(organizations[0].mentions.map(\.documentID)) == ["a", "b", "c"])
  }

  @Test func documentsBecomeDocumentNodes() throws {
    let graph = Extractor().extract([first]).graph
    let document = try #require(graph.document("a-summit"))
    #expect(document.headline == "Leaders Meet in Brussels")
    #expect(document.date == PartialDate(year: 2025, month: 3, day: 3))
  }

  @Test func analyzeHandsOverSentencesWithMentionsAndEvidence() throws {
    let analyzed = Extractor().analyze(first)
    #expect(analyzed.document == first)
    let sentence = try #require(analyzed.sentences.first { !$0.mentions.isEmpty && $0.sentence.index == 1 })
    #expect(sentence.mentions.map(\.text) == ["French", "Emmanuel Macron", "NATO", "Mark Rutte", "Brussels"])
    let rutte = try #require(analyzed.graph[EntityID(rawValue: "person/mark-rutte")])
    let evidence = try #require(rutte.mentions.first)
    #expect(evidence.documentID == "a-summit")
    #expect(evidence.sentenceIndex == 1)
    #expect(evidence.quote == "Mark Rutte")
  }

  @Test func droppedCandidatesAreExplained() {
    let noisy = SourceDocument(id: "n", text: "Accept all\nFirstly, the GDP grew in Peru.\n")
    let extraction = Extractor().extract([noisy])
    #expect(extraction.dropped.contains { $0.contains("Accept all") })
    #expect(extraction.dropped.contains { $0.contains("GDP") })
    #expect(extraction.graph.entities.map(\.id.rawValue) == ["country/peru"])
  }
}
