public import KnowledgeGraphCore

/// The words that state relations, in one table: verbs and nouns mapped to predicates from
/// ``KnowledgeGraphCore/RelationVocabulary/standard``, role titles, and event triggers.
///
/// The extractor reads nothing but this table to decide which predicate a word expresses, so
/// a new trigger is one line here.
public struct RelationRules: Sendable {
  /// A verb whose subject and object stand in a relation: "X accused Y of ...".
  public struct VerbRule: Hashable, Sendable {
    /// The predicate the verb states, subject first.
    public var predicate: Relation.Predicate
    /// The lower-cased inflected forms of the verb.
    public var forms: Set<String>
    /// A word that must follow the verb before its object ("with" in "negotiated with").
    public var particle: String?
    /// How reliable the pattern is.
    public var confidence: Double

    /// A verb rule: `forms` state `predicate` from their subject to their object.
    public init(
      _ predicate: Relation.Predicate, _ forms: Set<String>, particle: String? = nil,
      confidence: Double
    ) {
      self.predicate = predicate
      self.forms = forms
      self.particle = particle
      self.confidence = confidence
    }
  }

  /// A noun naming a measure one actor takes against another: "tariffs on Y", "sanctions
  /// against Y", "export controls on chips to Y".
  public struct MeasureRule: Hashable, Sendable {
    /// The predicate the measure states, from who takes it to whom it targets.
    public var predicate: Relation.Predicate
    /// The lower-cased head nouns, possibly of two words ("export controls").
    public var nouns: Set<String>
    /// Prepositions that introduce the target ("on", "against", "to").
    public var targetPrepositions: Set<String>
    /// Whether a bare noun ("restrictions") needs a word about exports or sales nearby.
    public var needsExportContext: Bool
    /// How reliable the pattern is.
    public var confidence: Double

    /// A measure rule: `nouns` followed by one of `targetPrepositions` and an actor.
    public init(
      _ predicate: Relation.Predicate, nouns: Set<String>, targetPrepositions: Set<String>,
      needsExportContext: Bool = false, confidence: Double
    ) {
      self.predicate = predicate
      self.nouns = nouns
      self.targetPrepositions = targetPrepositions
      self.needsExportContext = needsExportContext
      self.confidence = confidence
    }
  }

  /// What a role title says about its holder and the organization or country named with it.
  public enum TitleKind: String, Hashable, Sendable {
    /// Heads the organization or country: president, prime minister, CEO, chair.
    case leader
    /// Holds an office in it: minister, secretary, director, ambassador.
    case position
    /// Works for it: researcher, professor, analyst, correspondent.
    case employee
    /// Belongs to it: member, lawmaker.
    case member
    /// An occupation that names no employer: author, economist; gives nationality only.
    case occupation
  }

  /// A role title such as "prime minister".
  public struct Title: Hashable, Sendable {
    /// What holding the title says.
    public var kind: TitleKind
    /// The country whose office this is when the title alone says so ("treasury secretary").
    public var impliedCountry: String?
    /// Whether the holder serves a country, an organization, or either.
    public var scope: RoleTitle.Scope

    /// A title of `kind`, naming `impliedCountry` (a country's canonical name) when the title
    /// alone says whose office it is.
    public init(_ kind: TitleKind, impliedCountry: String? = nil, scope: RoleTitle.Scope = .any) {
      self.kind = kind
      self.impliedCountry = impliedCountry
      self.scope = scope
    }
  }

  /// The tables, shared by the copies of the rules: each rule type keeps a copy, which is
  /// then one reference to retain and release rather than one per table.
  private final class Tables: Sendable {
    let verbs: [VerbRule]
    let measures: [MeasureRule]
    let titles: [String: Title]
    let titleModifiers: Set<String>
    let subordinateModifiers: Set<String>
    let measureVerbs: Set<String>
    let eventNouns: [String: Entity.EventType]
    let eventVerbs: [String: Entity.EventType]
    let organizerParticiples: Set<String>
    let longestTitle: Int
    let titleFirstWords: Set<String>
    let titleLastWords: Set<String>
    let compoundStarts: Set<String>

    init(
      verbs: [VerbRule], measures: [MeasureRule], titles: [String: Title],
      titleModifiers: Set<String>, subordinateModifiers: Set<String>, measureVerbs: Set<String>,
      eventNouns: [String: Entity.EventType], eventVerbs: [String: Entity.EventType],
      organizerParticiples: Set<String>
    ) {
      self.verbs = verbs
      self.measures = measures
      self.titles = titles
      self.titleModifiers = titleModifiers
      self.subordinateModifiers = subordinateModifiers
      self.measureVerbs = measureVerbs
      self.eventNouns = eventNouns
      self.eventVerbs = eventVerbs
      self.organizerParticiples = organizerParticiples
      self.longestTitle = titles.keys.map { $0.split(separator: " ").count }.max() ?? 1
      self.titleFirstWords = Set(titles.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
      self.titleLastWords = Set(titles.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
      var starts: Set<String> = []
      for phrase in Array(eventNouns.keys) + measures.flatMap(\.nouns) where phrase.contains(" ") {
        starts.insert(String(phrase.prefix { $0 != " " }))
      }
      self.compoundStarts = starts
    }
  }

  private let tables: Tables

  /// Verbs that state an interaction between two actors.
  public var verbs: [VerbRule] { tables.verbs }
  /// Nouns that state a measure against an actor.
  public var measures: [MeasureRule] { tables.measures }
  /// Role titles by their lower-cased words, joined by single spaces.
  public var titles: [String: Title] { tables.titles }
  /// Words before a title that keep its meaning ("former", "acting").
  public var titleModifiers: Set<String> { tables.titleModifiers }
  /// Modifiers that turn a leader's title into a position ("deputy director").
  public var subordinateModifiers: Set<String> { tables.subordinateModifiers }
  /// Verbs that make a measure noun their object ("imposed tariffs").
  public var measureVerbs: Set<String> { tables.measureVerbs }
  /// Event trigger nouns by their lower-cased words.
  public var eventNouns: [String: Entity.EventType] { tables.eventNouns }
  /// Verbs that report a conversation or meeting as an event ("spoke", "met").
  public var eventVerbs: [String: Entity.EventType] { tables.eventVerbs }
  /// Participles that introduce an event's organizer ("initiated by", "hosted by").
  public var organizerParticiples: Set<String> { tables.organizerParticiples }

  /// A rule table; ``standard`` is the one kg-export uses.
  public init(
    verbs: [VerbRule], measures: [MeasureRule], titles: [String: Title],
    titleModifiers: Set<String>, subordinateModifiers: Set<String>, measureVerbs: Set<String>,
    eventNouns: [String: Entity.EventType], eventVerbs: [String: Entity.EventType],
    organizerParticiples: Set<String>
  ) {
    tables = Tables(
      verbs: verbs, measures: measures, titles: titles, titleModifiers: titleModifiers,
      subordinateModifiers: subordinateModifiers, measureVerbs: measureVerbs,
      eventNouns: eventNouns, eventVerbs: eventVerbs, organizerParticiples: organizerParticiples)
  }

  /// The number of words of the longest title.
  public var longestTitle: Int { tables.longestTitle }
  /// The words titles start with, and end with, to rule out most positions at once.
  var titleFirstWords: Set<String> { tables.titleFirstWords }
  var titleLastWords: Set<String> { tables.titleLastWords }
  /// The first words of two-word event and measure nouns ("phone" of "phone call").
  var compoundStarts: Set<String> { tables.compoundStarts }

  /// Titles that say their holder founded the organization named with them.
  public static let founderTitles: Set<String> = {
    var spellings: Set<String> = []
    for title in RoleTitle.all where title.holding == .founder {
      for spelling in [title.name] + title.variants {
        let key = spelling.lowercased()
        spellings.insert(key)
        if key.contains("-") { spellings.insert(key.split(separator: "-").joined(separator: " - ")) }
      }
    }
    return spellings
  }()

  /// The rules kg-export uses.
  public static let standard = RelationRules(
    verbs: [
      VerbRule(.accuses, ["accuse", "accuses", "accused", "accusing"], confidence: 0.85),
      VerbRule(.accuses, ["blame", "blames", "blamed", "blaming"], confidence: 0.7),
      VerbRule(
        .criticizes,
        [
          "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises",
          "criticised", "criticising", "condemn", "condemns", "condemned", "condemning",
          "denounce", "denounces", "denounced", "denouncing", "rebuke", "rebukes", "rebuked",
          "slam", "slams", "slammed", "slamming", "chastised", "lambasted", "decried",
        ], confidence: 0.8),
      VerbRule(.invites, ["invite", "invites", "invited", "inviting"], confidence: 0.85),
      VerbRule(.memberOf, ["belong", "belongs", "belonged", "belonging"], particle: "to", confidence: 0.7),
      VerbRule(.sanctions, ["sanction", "sanctioned", "sanctioning"], confidence: 0.8),
      VerbRule(
        .sanctions, ["fined", "fines", "penalized", "penalised", "penalizes", "penalises"],
        confidence: 0.7),
      VerbRule(
        .leaderOf, ["led", "leads", "heads", "headed", "chaired", "chairs", "chairing"],
        confidence: 0.7),
      VerbRule(.threatens, ["threaten", "threatens", "threatened", "threatening"], confidence: 0.7),
      VerbRule(
        .supports, ["support", "supports", "supported", "backs", "backed", "endorsed", "endorses"],
        confidence: 0.65),
      VerbRule(.opposes, ["oppose", "opposes", "opposed", "opposing"], confidence: 0.65),
      VerbRule(.meetsWith, ["met", "meets", "meet", "meeting"], particle: "with", confidence: 0.8),
      VerbRule(.meetsWith, ["met", "meets", "hosted", "hosts", "received"], confidence: 0.7),
      VerbRule(
        .meetsWith, ["spoke", "speaks", "spoken", "talked", "talks", "talk", "speak"],
        particle: "with", confidence: 0.75),
      VerbRule(
        .negotiatesWith, ["negotiate", "negotiates", "negotiated", "negotiating"],
        particle: "with", confidence: 0.85),
      VerbRule(
        .cooperatesWith,
        [
          "cooperate", "cooperates", "cooperated", "cooperating", "collaborate", "collaborates",
          "collaborated", "collaborating", "partnered", "partners", "allied",
        ], particle: "with", confidence: 0.8),
      VerbRule(
        .visits, ["visit", "visits", "visited", "visiting", "toured", "tours"], confidence: 0.75),
      VerbRule(
        .visits, ["traveled", "travelled", "travels", "flew"], particle: "to",
        confidence: 0.7),
      VerbRule(.founded, ["founded", "co-founded", "cofounded", "established"], confidence: 0.75),
    ],
    measures: [
      MeasureRule(
        .imposesTariffsOn, nouns: ["tariff", "tariffs", "duties", "levies", "import duties"],
        targetPrepositions: ["on", "against"], confidence: 0.85),
      MeasureRule(
        .sanctions, nouns: ["sanctions", "sanction", "embargo"],
        targetPrepositions: ["on", "against"], confidence: 0.8),
      MeasureRule(
        .restrictsExportsTo,
        nouns: [
          "export controls", "export restrictions", "export curbs", "export ban", "export bans",
          "export limits",
        ], targetPrepositions: ["to", "on", "against"], confidence: 0.8),
      MeasureRule(
        .restrictsExportsTo, nouns: ["restrictions", "curbs", "controls", "limits", "ban", "bans"],
        targetPrepositions: ["to"], needsExportContext: true, confidence: 0.7),
    ],
    titles: titleTable,
    titleModifiers: [
      "former", "acting", "incoming", "outgoing", "then", "interim", "late", "new", "current",
      "top", "senior", "chief", "longtime", "founding",
    ],
    subordinateModifiers: ["deputy", "vice", "assistant", "associate", "under", "co"],
    measureVerbs: [
      "impose", "imposes", "imposed", "imposing", "raise", "raises", "raised", "raising",
      "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering",
      "cut", "cuts", "cutting", "drop", "drops", "dropped", "dropping", "slap", "slaps",
      "slapped", "hike", "hikes", "hiked", "levy", "levies", "levied", "announce", "announces",
      "announced", "introduce", "introduced", "increase", "increases", "increased", "place",
      "placed", "put", "puts", "maintain", "maintains", "maintained", "extend", "extended",
      "expand", "expanded", "tighten", "tightened", "tightens", "apply", "applied", "applies",
      "set", "sets", "threatened", "threatens", "doubled", "tripled", "keep", "kept",
      "approve", "approves", "approved", "pass", "passes", "passed", "enact", "enacts",
      "enacted", "adopt", "adopts", "adopted", "unveil", "unveils", "unveiled", "slapping",
    ],
    eventNouns: [
      "call": .call, "phone call": .call, "telephone call": .call, "video call": .call,
      "phone conversation": .call, "conversation": .call,
      "talks": .talks, "talk": .talks, "negotiations": .talks, "discussions": .talks, "trade talks": .talks, "peace talks": .talks,
      "meeting": .meeting, "meetings": .meeting,
      "summit": .summit, "conference": .conference, "news conference": .conference,
      "press conference": .conference, "declaration": .agreement,
      "agreement": .agreement, "deal": .agreement, "pact": .agreement, "treaty": .agreement,
      "accord": .agreement, "truce": .agreement, "ceasefire": .agreement,
      "visit": .visit, "state visit": .visit, "trip": .visit, "tour": .visit,
      "agreements": .agreement, "accords": .agreement, "treaties": .agreement,
      "war": .war, "trade war": .war,
      "election": .election, "elections": .election, "runoff": .election, "run-off": .election,
      "referendum": .election, "inauguration": .inauguration,
    ],
    eventVerbs: [
      "spoke": .call, "spoken": .call, "talked": .call, "discussed": .call,
      "met": .meeting, "visited": .visit, "phoned": .call, "telephoned": .call,
    ],
    organizerParticiples: [
      "initiated", "hosted", "organized", "organised", "convened", "launched", "called",
      "requested", "arranged", "sponsored", "chaired", "brokered", "mediated", "co-hosted",
      "cohosted", "facilitated",
    ])

  /// The titles of ``RoleTitle/all`` (the one table of role titles) by their lower-cased
  /// spellings; honorifics say nothing about relations and are left out.
  static let titleTable: [String: Title] = {
    var table: [String: Title] = [:]
    for title in RoleTitle.all {
      guard let kind = TitleKind(title.holding) else { continue }
      for spelling in [title.name] + title.variants {
        let key = spelling.lowercased().split(separator: " ").joined(separator: " ")
        if table[key] == nil {
          table[key] = Title(kind, impliedCountry: title.impliedCountry, scope: title.scope)
        }
      }
    }
    // The tokenizer splits "Secretary-General" at its hyphen: look it up either way.
    for (title, value) in table where title.contains("-") {
      table[title.split(separator: "-").joined(separator: " - ")] = value
    }
    return table
  }()
}

extension RelationRules.TitleKind {
  /// What `holding` says for relations, or `nil` for an honorific.
  public init?(_ holding: RoleTitle.Holding) {
    switch holding {
    case .leader: self = .leader
    case .position: self = .position
    case .employee: self = .employee
    case .member: self = .member
    case .founder, .occupation: self = .occupation
    case .honorific: return nil
    }
  }
}
