import KnowledgeGraphCore

/// The words the general relation patterns of ``PatternRules`` read, in one place.
enum PatternTable {
  /// Participles that name who heads an organization or country when "by" follows: "Apple,
  /// led by chief executive Tim Cook".
  static let leadershipParticiples: Set<String> = [
    "led", "headed", "chaired", "run", "helmed", "co-led", "commanded",
  ]

  /// Participles that name who founded an organization when "by" follows.
  static let foundingParticiples: Set<String> = [
    "founded", "co-founded", "cofounded", "established", "created",
  ]

  /// Finite verbs whose subject heads the object: "Merkel led the Christian Democratic Union".
  static let leadershipVerbs: Set<String> = [
    "led", "leads", "heads", "headed", "chairs", "chaired", "helms", "helmed",
  ]

  /// Words that may close the object of a leadership verb without making it a modifier
  /// ("led the Social Democrats from 1998", but not "led the German delegation").
  static let objectClosers: Set<String> = [
    "", ".", ",", ";", ":", ")", "(", "—", "–", "from", "to", "until", "till", "through",
    "between", "during", "since", "in", "for", "into", "at", "as", "and", "but", "which", "who",
    "while", "when", "after", "before", "again", "twice", "until", "throughout", "with", "on",
    "over", "until",
  ]

  /// Words that state where an organization or place is: "headquartered in", "based in".
  static let locationParticiples: Set<String> = [
    "headquartered", "based", "located", "situated", "headquarters", "seated", "lies",
  ]

  /// Verbs whose subject takes on the leadership noun that follows: "took over the
  /// chairmanship of", "assumed the presidency of".
  static let helmVerbs: Set<String> = [
    "took", "takes", "take", "taking", "assumed", "assumes", "assume", "assuming", "holds",
    "held", "hold", "holding", "won", "wins", "inherited",
  ]

  /// Words between a subject and a participle that keep the subject: "is", "has been", "now".
  static let copulaGap: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "now", "currently",
    "also", "still", "originally", "later", "once", "then", "which", "that", "jointly", "first",
    "officially", "formally", "remains", "remained", "became", "becomes", "become", "who",
  ]

  /// Copulas that introduce a description of the subject.
  static let copulas: Set<String> = [
    "is", "are", "was", "were", "became", "becomes", "remains", "remained", "become", ",",
  ]

  /// Nouns that name what kind of business an organization is: "Swedish company",
  /// "German carmaker", "Dutch chipmaker".
  static let companyNouns: Set<String> = [
    "company", "companies", "firm", "corporation", "conglomerate", "multinational", "group",
    "giant", "maker", "carmaker", "automaker", "chipmaker", "manufacturer", "retailer", "bank",
    "lender", "insurer", "airline", "carrier", "startup", "start-up", "broadcaster",
    "publisher", "newspaper", "brand", "operator", "producer", "developer", "supplier",
    "exporter", "utility", "miner", "outlet", "daily", "broadsheet", "network", "tech",
    "technology company", "business", "enterprise", "shipbuilder", "shipping", "pharmaceutical",
    "drugmaker", "steelmaker", "refiner", "platform", "subsidiary", "university", "institute",
    "think", "tank", "agency", "club", "team",
  ]

  /// Nouns for institutions that belong to one country or place: "the federal parliament of
  /// Germany", "a political party in Brazil".
  static let institutionPlaceNouns: Set<String> = [
    "party", "parliament", "legislature", "university", "college", "ministry", "court",
    "museum", "academy", "council", "senate", "newspaper", "broadcaster", "army", "police",
    "airline", "government", "agency", "regulator", "exchange", "stadium", "airport",
  ]

  /// Nouns for a unit of a larger organization: "a subsidiary of", "the research arm of".
  static let unitNouns: Set<String> = [
    "subsidiary", "unit", "division", "arm", "branch", "affiliate", "department", "agency",
    "body", "organ", "component", "wing", "bureau", "chamber", "house", "directorate",
    "subsidiaries", "section", "office", "institute", "school", "faculty", "college",
  ]

  /// Plural unit nouns, read only in "one of the constituent colleges of".
  static let pluralUnitNouns: Set<String> = [
    "units", "divisions", "branches", "affiliates", "departments", "agencies", "bodies",
    "organs", "components", "wings", "bureaus", "chambers", "directorates", "sections",
    "offices", "institutes", "schools", "faculties", "colleges", "halls",
  ]

  /// Verbs of admission before "as a member of": "was admitted as a permanent member of".
  static let admissionVerbs: Set<String> = [
    "admitted", "accepted", "welcomed", "joined", "added", "readmitted",
  ]

  /// Adjectives that may come before "member": "a founding member of".
  static let memberModifiers: Set<String> = [
    "founding", "full", "permanent", "non-permanent", "associate", "leading", "key", "core",
    "original", "longtime", "long-time", "active", "prominent", "senior", "junior", "current",
    "former", "new", "fellow", "voting", "elected", "influential", "veteran", "newest",
    "youngest", "oldest", "first", "only",
  ]

  /// Nouns after "member" that keep its meaning: "member states of", "EU member country".
  static let memberNouns: Set<String> = [
    "state", "states", "country", "countries", "nation", "nations", "economy", "economies",
    "government", "governments",
  ]

  /// Nouns that describe a populated place or region: "a city in", "the Chinese city of".
  static let settlementNouns: Set<String> = [
    "city", "town", "village", "port", "region", "province", "state", "district",
    "municipality", "county", "island", "capital", "suburb", "commune", "metropolis",
    "neighbourhood", "neighborhood", "prefecture", "territory", "canton", "borough", "oblast",
    "emirate", "resort", "settlement", "enclave", "hub", "seaport",
  ]

  /// Words that give a direction or part inside a place: "in northern Italy", "in the south of".
  static let directionWords: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    "north-eastern", "north-western", "south-eastern", "south-western", "the", "of", "part",
    "coast", "heart", "interior", "mainland", "far", "upper", "lower",
  ]

  /// Adjectives that may describe a person before a demonym in a biography: "is a former
  /// German politician".
  static let biographyModifiers: Set<String> = [
    "former", "retired", "prominent", "leading", "veteran", "renowned", "famous",
    "well-known", "celebrated", "influential", "longtime", "naturalised", "naturalized",
    "self-made", "award-winning", "professional", "conservative", "liberal", "left-wing",
    "right-wing", "centre-right", "center-right", "centre-left", "center-left", "senior",
    "noted", "distinguished", "acclaimed", "bestselling", "best-selling", "legendary",
  ]

  /// Head nouns a definite description may use for an organization named earlier: "the
  /// commission" for the European Commission.
  static let institutionNouns: Set<String> = [
    "commission", "council", "parliament", "bank", "party", "union", "court", "ministry",
    "agency", "fund", "organization", "organisation", "alliance", "university", "institute",
    "corporation", "group", "committee", "assembly", "senate", "congress", "foundation",
    "association", "federation", "authority", "board", "league", "forum", "programme",
    "program", "administration", "cabinet", "treasury", "bloc", "conference", "office",
    "service", "department", "academy", "school", "college", "club", "museum", "network",
  ]

  /// Nouns a text uses for an international organization it has named: "joined the alliance".
  static let allianceNouns: Set<String> = [
    "alliance", "bloc", "organization", "organisation", "union", "grouping", "coalition",
  ]

  /// Nouns a sentence may open with ("The city ...") to speak of the place or organization the
  /// text is about, with the kind they refer to.
  static let topicNouns: [String: Entity.Kind] = [
    "city": .place, "town": .place, "capital": .place, "village": .place, "region": .place,
    "province": .place, "state": .place, "island": .place, "company": .organization,
    "firm": .organization, "organization": .organization, "organisation": .organization,
    "group": .organization, "carmaker": .organization, "automaker": .organization,
    "bank": .organization, "party": .organization, "university": .organization,
  ]

  /// Titles of a company's officers, which news names without the company when the text is
  /// about it: "Chief executive Guillaume Faury said".
  static let corporateTitles: Set<String> = [
    "chief executive", "chief executive officer", "ceo", "chief financial officer", "cfo",
    "chief operating officer", "coo", "chief technology officer", "cto", "managing director",
  ]

  /// Month names, for dates between a participle and its agent.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Words of a membership that lists members: "BRICS comprises Brazil, Russia, ...".
  static let compositionVerbs: Set<String> = ["comprises", "comprised", "comprising"]
}
