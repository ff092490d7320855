import KnowledgeGraphCore

/// Word lists the recogniser reads: function words that are capitalised only because they
/// start a sentence, calendar words, and the head nouns that make a name an organization,
/// an event or a place.
enum NameLexicon {
  /// Words that start sentences or headlines and never begin a name on their own.
  static let capitalizedFunctionWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "in",
    "on", "at", "for", "of", "by", "with", "from", "to", "as", "after", "before", "while",
    "when", "if", "but", "and", "or", "nor", "so", "yet", "however", "meanwhile", "despite",
    "although", "though", "because", "since", "also", "even", "only", "still", "then", "there",
    "here", "what", "which", "who", "whom", "whose", "why", "how", "where", "some", "many",
    "most", "few", "all", "both", "each", "every", "any", "no", "not", "such", "other",
    "another", "last", "next", "first", "firstly", "secondly", "thirdly", "finally", "lastly",
    "clearly", "currently", "moreover", "furthermore", "instead", "indeed", "thus", "therefore",
    "conversely", "throughout", "according", "over", "under", "amid", "among", "between",
    "during", "until", "can", "could", "should", "would", "will", "shall", "may", "might",
    "must", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "yes", "now", "today", "yesterday", "tomorrow", "tonight", "earlier", "later",
    "recently", "already", "again", "often", "perhaps", "maybe", "just", "more", "less",
    "much", "very", "well", "like", "unlike", "about", "above", "below", "against", "without",
    "within", "into", "onto", "upon", "via", "per", "whether", "either", "neither", "let",
    "please", "thanks", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "several", "overall", "additionally", "similarly", "likewise", "notably",
    "importantly", "specifically", "ultimately", "eventually", "initially", "previously",
    "subsequently", "what's", "it's", "that's",
    "there's", "here's", "let's", "i'm", "we're", "they're", "don't", "can't", "won't",
    "isn't", "aren't", "wasn't", "weren't", "couldn't", "shouldn't", "wouldn't", "didn't",
    "doesn't", "hasn't", "haven't", "editor's", "note", "notes", "update", "updated", "read",
    "see", "click", "watch", "via", "source", "sources", "photo", "image", "video", "getty",
    "images", "file", "oh", "yes", "no", "hello", "dear", "okay", "ok", "wow", "amen",
    "breaking", "exclusive", "analysis", "opinion", "commentary", "editorial", "interview",
    "explainer", "live", "sign", "subscribe", "advertisement",
  ]

  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  ]

  /// Words that join the parts of a name: "Bank of England", "Belt and Road Initiative".
  static let connectors: Set<String> = [
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "della", "di", "da", "dos",
    "von", "van", "der", "den", "al", "bin", "ibn", "&", "on", "y",
  ]

  /// Particles inside people's names: "Ursula von der Leyen", "Leonardo da Vinci".
  static let nameParticles: Set<String> = [
    "von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "dos",
    "das", "al", "bin", "ibn", "ter", "ten", "y",
  ]

  /// ``connectors`` and ``nameParticles``, read byte by byte for ASCII words (they are
  /// asked of almost every word after a name).
  static let asciiConnectors = ASCIIWordSet(connectors)
  static let asciiNameParticles = ASCIIWordSet(nameParticles)

  /// Words of industries that end a company's name after an abbreviated country: "U.S. Steel".
  static let industryWords: Set<String> = [
    "steel", "bancorp", "airways", "airlines", "telecom", "oil", "motors", "mining", "energy",
    "petroleum", "chemical", "chemicals", "foods", "shipping", "cellular", "silica", "gypsum",
    "tobacco", "sugar", "aluminum", "aluminium", "bancshares", "cable", "power", "gas",
  ]

  /// Arabic articles and patronymic words that news joins to a surname with a hyphen:
  /// "al-Burhan", "el-Sisi", "bin-Zayed".
  static let hyphenatedArticles: Set<String> = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "abu", "bin", "ibn"]

  /// The surname of an article compound ("al-Burhan" → "Burhan"), or `nil` when `word` is none.
  static func surname(ofArticleCompound word: String) -> Substring? {
    // Most words have no hyphen: a byte search is quicker than a search by characters.
    guard word.utf8.contains(0x2D), let dash = word.firstIndex(of: "-"), dash > word.startIndex,
      hyphenatedArticles.contains(word[..<dash].lowercased())
    else { return nil }
    let rest = word[word.index(after: dash)...]
    guard let first = rest.unicodeScalars.first, first.properties.isUppercase else { return nil }
    return rest
  }

  /// Plural nouns whose possessive sits inside organization names: "Workers' Party".
  static let possessiveNameWords: Set<String> = [
    "people", "peoples", "women", "children", "men", "workers", "veterans", "farmers",
    "citizens", "nations", "soldiers", "students", "teachers",
  ]

  /// Words before a capitalised name that make it a place: "in Tanjung Pelepas".
  static let placePrepositions: Set<String> = ["in", "near", "outside", "across", "throughout"]

  /// Names of languages, which follow "in" without being places.
  static let languages: Set<String> = [
    "english", "french", "spanish", "arabic", "mandarin", "cantonese", "russian", "german",
    "japanese", "portuguese", "hindi", "latin", "greek", "hebrew", "korean", "italian",
    "turkish", "persian", "farsi", "urdu", "swahili", "dutch", "polish", "ukrainian",
  ]

  /// Head nouns of organization names and the organization type they suggest.
  static let organizationHeads: [String: Entity.OrganizationType] = [
    "university": .education, "college": .education, "school": .education,
    "academy": .education, "polytechnic": .education, "conservatory": .education,
    "institute": .research, "institution": .research, "laboratory": .research,
    "laboratories": .research, "lab": .research, "labs": .research, "observatory": .research,
    "think-tank": .research,
    "ministry": .government, "department": .government, "administration": .government,
    "agency": .government, "commission": .government, "committee": .government,
    "council": .government, "bureau": .government, "office": .government,
    "parliament": .government, "congress": .government, "senate": .government,
    "assembly": .government, "court": .government, "cabinet": .government,
    "government": .government, "police": .government, "army": .government,
    "navy": .government, "forces": .government, "guard": .government,
    "authority": .government, "directorate": .government, "secretariat": .government,
    "embassy": .government, "consulate": .government, "customs": .government,
    "tribunal": .government, "legislature": .government,
    "inc": .company, "inc.": .company, "corp": .company, "corp.": .company,
    "corporation": .company, "company": .company, "co.": .company, "ltd": .company,
    "ltd.": .company, "llc": .company, "plc": .company, "group": .company,
    "holdings": .company, "motors": .company, "airlines": .company, "airways": .company,
    "bank": .company, "technologies": .company, "technology": .company,
    "systems": .company, "industries": .company, "enterprises": .company,
    "partners": .company, "capital": .company, "securities": .company,
    "petroleum": .company, "pharmaceuticals": .company, "electronics": .company,
    "semiconductor": .company, "semiconductors": .company, "telecom": .company,
    "ag": .company, "gmbh": .company, "sa": .company, "exchange": .company,
    "railway": .company, "railways": .company, "dynamics": .company, "robotics": .company,
    "networks": .company, "solutions": .company, "software": .company,
    "therapeutics": .company, "pharma": .company, "biotech": .company, "studios": .company,
    "entertainment": .company, "interactive": .company, "ventures": .company,
    "analytics": .company, "aerospace": .company, "brands": .company,
    "automotive": .company, "chemicals": .company, "biosciences": .company,
    "microsystems": .company, "realty": .company, "pharmaceutical": .company, "programme": .other, "program": .other,
    "tv": .media, "television": .media, "news": .media, "times": .media, "post": .media,
    "network": .media, "daily": .media, "journal": .media, "herald": .media,
    "tribune": .media, "gazette": .media, "radio": .media, "press": .media,
    "broadcasting": .media, "magazine": .media, "chronicle": .media, "telegraph": .media,
    "observer": .media, "star": .media, "mail": .media, "standard": .media,
    "party": .party,
    "association": .other, "federation": .other, "union": .other, "foundation": .other,
    "society": .other, "league": .other, "alliance": .other, "coalition": .other,
    "movement": .other, "organization": .other, "organisation": .other,
    "initiative": .other, "fund": .other, "club": .other, "church": .other,
    "center": .research, "centre": .research, "forum": .other, "consortium": .other,
    "chamber": .other, "board": .government, "service": .government, "community": .other,
    "corps": .government,
  ]

  /// Whether a word is the head noun of organization, event, place or state names.
  static func isHeadNoun(_ word: String) -> Bool {
    headNouns.contains(word.lowercased())
  }

  /// The words of ``organizationHeads``, ``eventHeads``, ``placeHeads`` and
  /// ``countryHeads``, in one set for ``isHeadNoun(_:)``.
  private static let headNouns: Set<String> = Set(organizationHeads.keys)
    .union(eventHeads.keys).union(placeHeads.keys).union(countryHeads)

  /// ``capitalizedFunctionWords``, read byte by byte for ASCII words.
  static let asciiFunctionWords = ASCIIWordSet(capitalizedFunctionWords)

  /// ``months`` and ``weekdays``, read byte by byte for ASCII words.
  static let asciiCalendarWords = ASCIIWordSet(months.union(weekdays))

  /// Legal and corporate endings a company's name is often written without:
  /// "Toyota Motor Corporation" is Toyota, "Acme Holdings Ltd." is Acme.
  static let corporateSuffixes: Set<String> = [
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.",
    "limited", "llc", "plc", "ag", "sa", "se", "nv", "gmbh", "group", "holdings", "motor",
    "motors", "incorporated",
  ]

  /// Adjectives that many organizations' names start with, too vague to name one alone.
  static let genericModifiers: Set<String> = [
    "national", "international", "central", "federal", "state", "royal", "general", "new",
    "united", "world", "european", "global", "public", "higher", "supreme", "joint",
    "regional", "provincial", "municipal", "city", "people's", "american", "asian", "african",
  ]

  /// Head nouns of the units of a larger organization: "International Department of …".
  static let unitHeads: Set<String> = [
    "department", "office", "bureau", "division", "school", "faculty", "center", "centre",
    "institute", "committee", "council", "board", "branch", "unit", "section", "program",
    "programme", "laboratory", "lab", "secretariat", "directorate",
  ]

  /// Head nouns of event names and the event type they suggest.
  static let eventHeads: [String: Entity.EventType] = [
    "summit": .summit, "meeting": .meeting, "meetings": .meeting, "conference": .conference,
    "talks": .talks, "dialogue": .talks, "negotiations": .talks,
    "war": .war, "election": .election, "elections": .election, "inauguration": .inauguration,
    "agreement": .agreement, "accord": .agreement, "accords": .agreement, "treaty": .agreement,
    "pact": .agreement, "deal": .agreement, "visit": .visit, "olympics": .other,
    "games": .other, "cup": .other, "championship": .other, "festival": .other,
    "expo": .other, "crisis": .other, "revolution": .other, "pandemic": .other,
    "uprising": .other, "massacre": .other, "invasion": .war, "offensive": .war,
    "protocol": .agreement, "ceremony": .other, "session": .meeting, "plenum": .meeting,
    "convention": .conference, "referendum": .election, "caucus": .election,
  ]

  /// Event head nouns that relation extraction turns into dated events with participants.
  static let datedEventHeads: Set<String> = [
    "call", "talks", "negotiations", "meeting", "meetings", "summit", "conference",
    "agreement", "deal", "pact", "treaty", "accord", "truce", "ceasefire", "visit", "trip",
    "war", "election", "elections", "inauguration",
  ]

  /// Head nouns of place names and the place type they suggest.
  static let placeHeads: [String: Entity.PlaceType] = [
    "house": .facility, "castle": .facility, "cathedral": .facility, "temple": .facility,
    "mosque": .facility, "fortress": .facility, "monastery": .facility, "abbey": .facility,
    "memorial": .facility, "cemetery": .facility, "museum": .facility, "port": .facility, "airport": .facility, "harbor": .facility, "harbour": .facility,
    "station": .facility, "stadium": .facility, "bridge": .facility, "tower": .facility,
    "palace": .facility, "hall": .facility, "square": .facility, "plaza": .facility,
    "base": .facility, "plant": .facility, "dam": .facility, "canal": .facility,
    "facility": .facility,
    "province": .region, "prefecture": .region, "county": .region, "district": .region,
    "region": .region, "territory": .region, "oblast": .region, "governorate": .region,
    "municipality": .city, "city": .city, "town": .city, "village": .city,
    "river": .other, "sea": .other, "ocean": .other, "lake": .other, "mountain": .other,
    "mountains": .other, "island": .other, "islands": .other, "isle": .other,
    "peninsula": .other, "strait": .other, "gulf": .other, "bay": .other, "valley": .other,
    "desert": .other, "street": .facility, "avenue": .facility, "road": .facility,
    "park": .facility, "coast": .other, "basin": .other, "plateau": .other,
    "zone": .region, "corridor": .region, "forest": .other, "alps": .other, "hills": .other,
    "highlands": .other, "lowlands": .other, "falls": .other, "glacier": .other,
    "reef": .other, "lagoon": .other, "fjord": .other, "delta": .other, "steppe": .other,
    "minster": .facility, "arena": .facility, "gardens": .facility, "estate": .facility,
    "mandapam": .facility, "pavilion": .facility, "terminal": .facility, "wall": .facility, "building": .facility,
    "gate": .facility, "strip": .region, "heights": .other, "canyon": .other, "pass": .other,
  ]

  /// Head nouns of the names of states that are not in the gazetteer: "Weimar Republic".
  static let countryHeads: Set<String> = [
    "empire", "kingdom", "dynasty", "republic", "caliphate", "sultanate", "khanate",
    "confederacy", "principality", "emirate",
  ]

  /// Head nouns of names that are no entity the graph holds: laws, awards, documents,
  /// doctrines, holidays and concepts ("Inflation Reduction Act", "Nobel Peace Prize").
  /// Words that open an organization's name before a country's: "Air New Zealand", "Radio
  /// France", "Team USA".
  static let countryNamePrefixes: Set<String> = ["air", "radio", "team", "royal", "bank", "post"]

  static let nonEntityHeads: Set<String> = [
    "prize", "award", "awards", "medal", "act", "bill", "law", "amendment", "constitution",
    "doctrine", "plan", "policy", "strategy", "index", "report", "theory", "principle",
    "syndrome", "disease", "virus", "language", "day", "trap", "effect", "paradox", "rule",
    "rules", "project", "scheme", "model", "series", "album", "song",
    "film", "book", "novel", "code", "guidelines", "declaration", "manifesto",
    "year", "average", "indices",
  ]

  /// Words of political and civic organizations' names, never of a person's name:
  /// "Forza Italia", "Popular Front", "Democratic Socialists".
  static let organizationWords: Set<String> = [
    "democratic", "democrats", "democracy", "socialist", "socialists", "socialism", "liberal",
    "liberals", "conservative", "conservatives", "popular", "republican", "republicans",
    "communist", "communists", "greens", "labour", "labor", "progressive",
    "progressives", "social", "people's", "workers", "workers'", "united",
    "independent", "independents", "federal", "european", "international", "left", "right",
    "freedom", "solidarity", "unionist", "unionists", "nationalist", "nationalists",
    "national", "front", "bloc", "list", "alliance", "union", "movement", "mouvement",
    "partei", "partido", "parti", "partito", "party", "lega", "forza", "patriotic", "reform",
    "renewal", "justice", "citizens", "league", "action", "alternative", "coalition",
    "council", "community", "affairs", "radical", "ecology", "civic", "unity", "rally",
  ]

  /// Compass words, which alone are adjectives rather than names.
  static let compassWords: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater",
  ]

  /// Nouns that start place names: "Lake Geneva", "Mount Everest", "Gulf of Aden".
  static let placePrefixes: Set<String> = [
    "lake", "mount", "mt.", "cape", "fort", "gulf", "bay", "isle", "port", "strait", "sea",
    "river", "mountains", "islands",
  ]

  /// Words that name a storm before its given name: "Typhoon Haiyan", "Hurricane Ida".
  static let stormPrefixes: Set<String> = ["typhoon", "hurricane", "cyclone", "storm", "supertyphoon"]

  /// Lower-case nouns after a name that make it a place: "Sa Kaeo province", "the Chong Chom
  /// checkpoint".
  static let placeNounsAfterName: [String: Entity.PlaceType] = [
    "province": .region, "state": .region, "district": .region, "region": .region,
    "county": .region, "prefecture": .region, "checkpoint": .facility,
  ]

  /// Words that make a capitalised name a company's rather than a person's when they follow
  /// its first word: "Lind Invest", "Norwegian Air Shuttle".
  static let companyWords: Set<String> = [
    "invest", "investment", "investments", "air", "airline", "shuttle", "energy", "logistics",
    "shipping", "mining", "insurance", "finance", "financial", "cargo", "aviation", "telecoms",
  ]

  /// Words after a region's name that the gazetteer name leaves out: "Hubei Province".
  static let regionSuffixes: Set<String> = [
    "province", "prefecture", "county", "region", "state", "oblast", "city", "municipality",
  ]

  /// Cities that stand for the institution seated there rather than for their country.
  static let seatsOfInstitutions: [String: String] = [
    "Brussels": "European Union",
  ]

  /// Verbs and auxiliaries after a capital's name that make it stand for its government:
  /// "Beijing said", "Washington has imposed".
  static let actorVerbs: Set<String> = [
    "said", "says", "say", "has", "have", "had", "will", "would", "could", "should", "must",
    "accused", "accuses", "accuse", "imposed", "imposes", "impose", "announced",
    "announces", "warned", "warns", "wants", "wanted", "insisted", "insists", "denied",
    "denies", "rejected", "rejects", "urged", "urges", "demanded", "demands", "threatened",
    "threatens", "responded", "responds", "retaliated", "retaliates", "agreed", "agrees",
    "signed", "signs", "sanctioned", "sanctions", "criticized", "criticised", "criticizes",
    "condemned", "condemns", "called", "calls", "hopes", "hoped", "sees", "views", "believes",
    "claims", "claimed", "argues", "argued", "seeks", "sought", "plans", "planned",
  ]

  /// Verbs after a single unknown capitalised word that make it a person: "Smith said".
  static let speechVerbs: Set<String> = [
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "noted", "notes",
    "explained", "explains", "argued", "argues", "stated", "states", "recalled", "recalls",
    "asked", "asks", "replied", "replies", "tweeted", "posted", "spoke", "speaks",
  ]

  /// Name suffixes that are not part of a person's identity: "Jr.", "III".
  static let nameSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

  /// Lower-case words that turn a preceding name into an organization: "Obama administration".
  static let governmentNouns: Set<String> = ["administration", "government", "cabinet", "regime"]
}

extension NameLexicon {
  /// Common given names across the cultures of international news, lower-cased, besides the
  /// tagger's own list: a name that starts with one is a person's ("Jordan Peterson").
  static let givenNames: Set<String> = [
    // English
    "adam", "alan", "alex", "alexander", "alice", "amanda", "amy", "andrew", "andy", "angela",
    "ann", "anna", "anne", "anthony", "arthur", "barbara", "ben", "benjamin", "beth", "bill",
    "bob", "brian", "carol", "caroline", "catherine", "charles", "charlie", "charlotte",
    "chris", "christine", "claire", "dan", "daniel", "dave", "david", "deborah", "diane",
    "don", "donald", "ed", "edward", "eleanor", "ellen", "emily", "emma", "eric", "frank",
    "fred", "gary", "george", "grace", "greg", "hannah", "harry", "helen", "henry", "ian",
    "jack", "jake", "james", "jane", "janet", "jason", "jeff", "jennifer", "jenny", "jessica",
    "jim", "joan", "joe", "john", "jon", "jonathan", "josh", "judy", "julia", "julie", "kate",
    "katherine", "kathy", "keith", "ken", "kevin", "laura", "lauren", "linda", "lisa", "lucy",
    "luke", "margaret", "mark", "martin", "mary", "matt", "matthew", "megan", "michael",
    "mike", "nancy", "nick", "oliver", "pat", "patrick", "paul", "peter", "phil", "rachel",
    "richard", "rob", "robert", "ron", "sam", "sarah", "scott", "sean", "simon", "sophie",
    "steve", "steven", "sue", "susan", "tim", "tom", "tony", "victoria", "will", "william",
    "chad", "jordan", "georgia", "virginia",
    "elon", "jeffrey", "bernard", "warren", "satya", "sundar", "tim", "jensen", "sam",
    "marc", "reed", "larry", "sergey", "sheryl", "gina", "lina", "janet", "rishi", "keir",
    // French, German, Dutch, Nordic
    "alain", "anne-marie", "claude", "emmanuel", "francois", "françois", "gerard", "gérard",
    "isabelle", "jacques", "jean", "laurent", "marine", "nathalie", "pierre", "sylvie",
    "thierry", "valérie", "yves", "annalena", "christian", "friedrich", "hans", "jürgen",
    "markus", "olaf", "robert", "sabine", "stefan", "ursula", "wolfgang", "jens", "lars",
    "mette", "magdalena", "sanna", "erna", "ulf", "rutger", "geert", "dick",
    // Italian, Spanish, Portuguese
    "alessandro", "francesca", "giorgia", "giovanni", "giuseppe", "lorenzo", "luca", "mario",
    "matteo", "paolo", "sergio", "alejandro", "ana", "carmen", "gabriel", "isabel", "javier",
    "jorge", "juan", "lucia", "luis", "pablo", "pedro", "santiago", "sofia", "andrés",
    "claudia", "gustavo", "javier", "lula", "marcelo", "joão", "joao", "paulo", "fernanda",
    // Slavic, Baltic, Hungarian, Greek
    "aleksandr", "alexei", "dmitry", "ivan", "maria", "mikhail", "natalia", "olena", "sergei",
    "vladimir", "volodymyr", "yulia", "andrzej", "donald", "mateusz", "viktor", "peter",
    "petr", "andrej", "zuzana", "kaja", "gitanas", "edgars", "kyriakos", "alexis",
    // Arabic, Turkish, Persian, Hebrew
    "abdel", "abdul", "abdullah", "ahmed", "ali", "fatima", "hamad", "hassan", "ibrahim",
    "khalid", "mahmoud", "mohamed", "mohammed", "muhammad", "mustafa", "omar", "salman",
    "tamim", "yousef", "youssef", "recep", "ekrem", "hakan", "mevlüt", "ebrahim", "hassan",
    "javad", "masoud", "abbas", "benjamin", "benny", "naftali", "yair", "isaac", "yoav",
    // South Asian
    "amit", "anil", "arvind", "kumar", "mukesh", "narendra", "nirmala", "priya", "rahul",
    "raj", "rajnath", "ratan", "sanjay", "shehbaz", "sheikh", "subrahmanyam", "sunil",
    "imran", "nawaz", "asif", "sajith", "ranil", "gotabaya",
    // East and Southeast Asian
    "fumio", "shigeru", "shinzo", "yoshihide", "taro", "akio", "masayoshi", "kenji",
    "hiroshi", "yuki", "sanae", "moon", "yoon", "jae-in", "suk-yeol", "kim", "lee",
    "anwar", "joko", "prabowo", "ferdinand", "rodrigo", "lawrence", "hun", "thaksin",
    "paetongtarn", "srettha", "anthony", "tsai", "lai",
    // African
    "abiy", "bola", "cyril", "emmerson", "felix", "félix", "hage", "jacob", "john", "kofi",
    "macky", "mahamat", "muhammadu", "nana", "paul", "samia", "uhuru", "william", "yoweri",
    "william", "akinwumi", "ngozi", "moussa", "ellen", "jakaya", "olusegun", "goodluck",
  ]

  /// Whether a word is a common given name ("Jordan", "Giorgia", "Abiy").
  static func isGivenName(_ word: String) -> Bool {
    let lower = word.lowercased()
    return givenNames.contains(lower) || NERLexicon.firstNames.contains(lower)
  }

  /// Nouns of an appositive after a name that make it an organization: "Lexus, the luxury
  /// arm of Toyota", "Acme, a chip maker".
  static let organizationAppositiveNouns: Set<String> = [
    "arm", "unit", "subsidiary", "division", "maker", "carmaker", "automaker", "chipmaker",
    "company", "firm", "group", "giant", "brand", "startup", "start-up", "retailer", "owner",
    "operator", "publisher", "developer", "manufacturer", "producer", "supplier", "lender",
    "bank", "insurer", "airline", "conglomerate", "corporation", "business", "network",
    "platform", "outlet", "newspaper", "broadcaster", "studio", "label", "chain", "rival",
    "provider", "distributor", "exporter", "importer", "miner", "shipper", "utility",
    "agency", "regulator", "watchdog", "charity", "refiner", "carrier", "telecom", "holding",
    "marketplace", "exchange", "automaker", "drugmaker", "planemaker", "shipbuilder",
    "builder", "contractor", "firm", "unicorn", "newspaper", "daily", "broadcaster", "organisation", "organization", "nonprofit",
    "non-profit", "consultancy", "fund", "investor", "club", "team", "party", "institute",
  ]

  /// Nouns of an appositive after a name that make it a person: "Israel Katz, the defence
  /// minister".
  static let personAppositiveNouns: Set<String> = [
    "minister", "president", "secretary", "chancellor", "premier", "leader", "spokesman",
    "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "chair", "executive",
    "founder", "co-founder", "ceo", "governor", "mayor", "senator", "lawmaker", "ambassador",
    "envoy", "economist", "analyst", "professor", "author", "writer", "journalist",
    "reporter", "editor", "lawyer", "judge", "general", "commander", "officer", "diplomat",
    "politician", "activist", "scientist", "researcher", "historian", "singer", "actor",
    "actress", "player", "coach", "son", "daughter", "wife", "husband", "mother", "father",
    "brother", "sister", "grandson", "granddaughter", "widow", "head", "king", "queen",
    "prince", "princess", "emperor", "candidate", "mathematician", "physicist", "chemist",
    "philosopher", "poet", "artist", "architect", "engineer", "entrepreneur", "billionaire",
    "manager", "deputy", "adviser", "advisor", "aide", "official", "woman", "man",
  ]

  /// Nouns of an appositive after a name that make it an event: "Art Basel, an art fair".
  static let eventAppositiveNouns: Set<String> = [
    "fair", "festival", "exhibition", "expo", "tournament", "championship", "marathon",
    "race", "carnival", "biennale", "conference", "summit", "forum", "competition",
  ]

  /// Nouns after a name owned with "'s" that make it an organization: "X's chief executive".
  static let organizationPossessions: Set<String> = [
    "shares", "stock", "shareholders", "board", "headquarters", "subsidiary", "subsidiaries",
    "revenue", "revenues", "profit", "profits", "earnings", "sales", "customers", "employees",
    "staff", "workforce", "products", "brand", "brands", "stake", "acquisition", "takeover",
    "merger", "ceo", "cfo", "chairman", "chairwoman", "executives", "factory", "factories",
    "plants", "stores", "valuation", "market", "platform", "games", "software", "chips",
    "spokesperson", "spokesman", "spokeswoman", "parent", "founder", "founders", "investors",
  ]

  /// Words right before a name that make it a company: "shares of X", "the acquisition of X",
  /// "acquired X".
  static let organizationLeadWords: Set<String> = [
    "acquired", "acquire", "acquires", "acquiring", "bought", "buy", "buys", "buying",
    "rival", "rivals", "subsidiary", "competitor", "carmaker", "automaker", "chipmaker",
    "maker", "firm", "company", "startup", "conglomerate", "retailer", "lender", "insurer",
    "airline", "brand", "publisher", "developer", "giant", "outlet", "broadcaster",
    "newspaper", "studio", "group",
  ]

  /// Nouns after "of" before a name that make the name a company: "shares of X", "the
  /// takeover of X".
  static let organizationOfNouns: Set<String> = [
    "shares", "acquisition", "takeover", "purchase", "merger", "owner", "owners", "parent",
    "subsidiary", "unit", "division", "stake", "founder", "founders", "investors",
    "shareholders", "chief", "ceo", "chairman", "board", "employees", "staff", "customers",
    "stock", "spin-off", "executives",
  ]

  /// Lower-case nouns after a name that make it a place: "the Filoli estate", "the Thames
  /// river".
  static let placeNounsAfter: Set<String> = [
    "estate", "river", "lake", "mountain", "mountains", "valley", "island", "islands",
    "region", "province", "district", "village", "town", "city", "county", "peninsula",
    "desert", "reservoir", "glacier", "canal", "mansion", "palace", "castle", "complex",
    "venue", "stadium", "arena", "airport", "port", "harbour", "harbor", "park", "gardens",
    "square", "bridge", "building", "hall", "campus", "resort", "temple", "plateau", "basin",
    "delta", "coast", "neighbourhood", "neighborhood", "suburb", "state",
  ]

  /// Verbs of a business's agency after an unknown name: "Nortavia unveiled a sedan".
  static let businessVerbs: Set<String> = [
    "announced", "announces", "reported", "reports", "launched", "launches", "unveiled",
    "unveils", "acquired", "acquires", "bought", "buys", "sold", "sells", "employs",
    "employed", "invested", "invests", "owns", "owned", "recalled", "released", "releases",
    "introduced", "introduces", "makes", "produces", "produced", "manufactures",
    "manufactured", "posted", "shipped", "ships", "hired", "listed", "merged", "operates",
    "operated", "develops", "developed", "supplies", "supplied",
  ]
}
