import GraphExtraction
import KnowledgeGraphCore
import Testing

/// Builds analyzed documents for relation tests without the entity recogniser: a small
/// gazetteer of well-known entities, matched longest-first on the tokenizer's tokens.
struct RelationFixture {
  struct Known {
    var kind: Entity.Kind
    var name: String
    var aliases: [String] = []
    var demonyms: [String] = []
    var organizationType: Entity.OrganizationType?
    var placeType: Entity.PlaceType?
  }

  static let known: [Known] = [
    Known(kind: .person, name: "Donald Trump", aliases: ["Trump"]),
    Known(kind: .person, name: "Xi Jinping", aliases: ["Xi"]),
    Known(kind: .person, name: "Vladimir Putin", aliases: ["Putin"]),
    Known(kind: .person, name: "Scott Bessent", aliases: ["Bessent"]),
    Known(kind: .person, name: "Jensen Huang", aliases: ["Huang"]),
    Known(kind: .person, name: "Emmanuel Macron", aliases: ["Macron"]),
    Known(kind: .person, name: "Angela Merkel", aliases: ["Merkel"]),
    Known(kind: .place, name: "Santa Clara", placeType: .city),
    Known(kind: .person, name: "Olaf Scholz", aliases: ["Scholz"]),
    Known(kind: .person, name: "Tim Cook", aliases: ["Cook"]),
    Known(kind: .person, name: "Victor Hugo", aliases: ["Hugo"]),
    Known(kind: .person, name: "Fumio Kishida", aliases: ["Kishida"]),
    Known(kind: .person, name: "Marco Rubio", aliases: ["Rubio"]),
    Known(kind: .person, name: "Joe Biden", aliases: ["Biden"]),
    Known(kind: .person, name: "Antonio Guterres", aliases: ["Guterres"]),
    Known(kind: .person, name: "Sundar Pichai", aliases: ["Pichai"]),
    Known(kind: .organization, name: "Google", organizationType: .company),
    Known(
      kind: .organization, name: "United Nations", aliases: ["UN"],
      organizationType: .international),
    Known(kind: .place, name: "Mountain View", placeType: .city),
    Known(kind: .place, name: "California", placeType: .region),
    Known(kind: .place, name: "Moscow", placeType: .city),
    Known(kind: .place, name: "Tokyo", placeType: .city),
    Known(kind: .place, name: "Cupertino", placeType: .city),
    Known(kind: .person, name: "Margrethe Vestager", aliases: ["Vestager"]),
    Known(kind: .person, name: "Dilma Rousseff", aliases: ["Rousseff"]),
    Known(kind: .country, name: "Brazil", demonyms: ["Brazilian"]),
    Known(kind: .country, name: "Poland", demonyms: ["Polish"]),
    Known(
      kind: .organization, name: "European Commission", organizationType: .international),
    Known(
      kind: .organization, name: "North Atlantic Treaty Organization", aliases: ["NATO"],
      organizationType: .international),
    Known(kind: .organization, name: "Sony", organizationType: .company),
    Known(kind: .person, name: "Li Qiang", aliases: ["Li"]),
    Known(kind: .place, name: "Bali", placeType: .region),
    Known(kind: .organization, name: "Ministry of Commerce", organizationType: .government),
    Known(
      kind: .country, name: "United States", aliases: ["U.S.", "US", "America"],
      demonyms: ["American"]),
    Known(kind: .country, name: "China", demonyms: ["Chinese"]),
    Known(kind: .country, name: "France", demonyms: ["French"]),
    Known(kind: .country, name: "Germany", demonyms: ["German"]),
    Known(kind: .country, name: "Japan", demonyms: ["Japanese"]),
    Known(kind: .country, name: "India", demonyms: ["Indian"]),
    Known(kind: .country, name: "Canada", demonyms: ["Canadian"]),
    Known(kind: .country, name: "Mexico", demonyms: ["Mexican"]),
    Known(kind: .person, name: "Ronald Reagan", aliases: ["Reagan"]),
    Known(kind: .country, name: "Switzerland", demonyms: ["Swiss"]),
    Known(kind: .country, name: "Russia", demonyms: ["Russian"]),
    Known(kind: .organization, name: "Nvidia", organizationType: .company),
    Known(kind: .organization, name: "Apple", organizationType: .company),
    Known(kind: .organization, name: "Tsinghua University", organizationType: .education),
    Known(kind: .organization, name: "Schwarzman College", organizationType: .education),
    Known(
      kind: .organization, name: "World Trade Organization", aliases: ["WTO"],
      organizationType: .international),
    Known(
      kind: .organization, name: "European Union", aliases: ["EU"],
      organizationType: .international),
    Known(kind: .organization, name: "Treasury", organizationType: .government),
    Known(kind: .place, name: "Geneva", placeType: .city),
    Known(kind: .place, name: "Wuhan", placeType: .city),
    Known(kind: .place, name: "Hubei Province", aliases: ["Hubei"], placeType: .region),
    Known(kind: .place, name: "Beijing", placeType: .city),
    Known(kind: .place, name: "Osaka", placeType: .city),
    Known(kind: .place, name: "Port of Hamburg", placeType: .facility),
    Known(kind: .place, name: "Hamburg", placeType: .city),
  ]

  /// An analyzed document for `text`, dated `date` (ISO) when given.
  static func document(_ text: String, id: String = "test", date: String? = "2025-06-05")
    -> AnalyzedDocument
  {
    let tokenizer = Tokenizer()
    var phrases: [(words: [String], known: Known, form: Mention.Form)] = []
    for known in known {
      for name in [known.name] + known.aliases {
        let form: Mention.Form = name.allSatisfy { $0.isUppercase || $0 == "." } ? .acronym : .name
        phrases.append((tokenizer.tokenize(name).map(\.text), known, form))
      }
      for demonym in known.demonyms { phrases.append(([demonym], known, .demonym)) }
    }
    phrases.sort { $0.words.count > $1.words.count }
    var graph = KnowledgeGraph()
    var sentences: [AnalyzedSentence] = []
    for sentence in tokenizer.sentences(in: text) {
      var mentions: [Mention] = []
      var index = 0
      let words = sentence.tokens.map(\.text)
      while index < words.count {
        guard
          let match = phrases.first(where: { phrase in
            index + phrase.words.count <= words.count
              && Array(words[index..<(index + phrase.words.count)]) == phrase.words
          })
        else {
          index += 1
          continue
        }
        let range = index..<(index + match.words.count)
        let start = sentence.tokens[range.lowerBound].start
        let end = sentence.tokens[range.upperBound - 1].end
        var entity = Entity(match.known.kind, named: match.known.name)
        entity.aliases = Set(match.known.aliases)
        entity.organizationType = match.known.organizationType
        entity.placeType = match.known.placeType
        let surface = String(
          String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
        entity.mentions = [
          Evidence(documentID: id, sentenceIndex: sentence.index, start: start, end: end,
                   quote: surface)
        ]
        graph.insert(entity)
        mentions.append(
          Mention(
            entityID: entity.id, kind: entity.kind, form: match.form, tokenRange: range,
            start: start, end: end, text: surface, confidence: 0.9))
        index = range.upperBound
      }
      sentences.append(AnalyzedSentence(sentence: sentence, mentions: mentions))
    }
    let source = SourceDocument(id: id, text: text, date: date.flatMap { PartialDate(iso: $0) })
    return AnalyzedDocument(document: source, sentences: sentences, graph: graph)
  }

  /// Extracts `text` and returns the relations as `subject predicate object` lines.
  static func triples(_ text: String, date: String? = "2025-06-05") -> Set<String> {
    let graph = RelationExtractor().extract(from: document(text, date: date)).graph
    return Set(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })
  }
}

@Suite struct RelationFixtureTests {
  @Test func fixtureFindsNamesDemonymsAndPossessives() {
    let document = RelationFixture.document("Chinese President Xi's visit to Geneva.")
    let mentions = document.sentences[0].mentions
    #expect(mentions.map(\.text) == ["Chinese", "Xi", "Geneva"])
    #expect(mentions[0].form == .demonym)
    #expect(document.graph[EntityID(rawValue: "place/geneva")]?.placeType == .city)
  }
}
