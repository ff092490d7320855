/// Multi-word names (public facts) that the tagger matches in a sentence, longest first.
///
/// A match sets begin/inside flags on its tokens; the model learns how far to trust them,
/// since many names are ambiguous ("Milan" the city and the club).
enum NERGazetteer {
  enum Category: Int, CaseIterable {
    case country, place, organization, event
  }

  /// The longest phrase, in tokens.
  static let maximumLength = 5

  /// Phrase hashes (see ``phraseHash(_:)``) and their categories.
  static let phrases: [UInt64: Category] = table.phrases

  /// The lower-cased hashes of the first words of the phrases: a token whose hash is not
  /// here starts no phrase.
  static let firstWords: Set<UInt64> = table.firstWords

  private static let table: (phrases: [UInt64: Category], firstWords: Set<UInt64>) = {
    var phrases: [UInt64: Category] = [:]
    var firstWords: Set<UInt64> = []
    func add(_ names: [String], _ category: Category) {
      for name in names {
        let words = tokens(of: name)
        guard words.count <= maximumLength else { continue }
        let hashes = words.map(Hash.lowercased)
        phrases[phraseHash(hashes)] = category
        if let first = hashes.first { firstWords.insert(first) }
      }
    }
    add(Array(NERLexicon.countryNames), .country)
    add(placeNames, .place)
    add(organizationNames, .organization)
    add(eventNames, .event)
    return (phrases, firstWords)
  }()

  /// Splits a lexicon name into tokens the way the project's tokenizer would split it.
  static func tokens(of name: String) -> [String] {
    var words: [String] = []
    for part in name.split(separator: " ") {
      if part.hasSuffix("'s") && part.count > 2 {
        words.append(String(part.dropLast(2)))
        words.append("'s")
      } else {
        words.append(String(part))
      }
    }
    return words
  }

  /// The hash of a phrase from the lower-cased hashes of its tokens.
  @inline(__always) static func phraseHash<C: Collection<UInt64>>(_ words: C) -> UInt64 {
    var hash: UInt64 = 0x9A5E_0000_0000_0001
    for word in words { hash = Hash.mix(hash, word) }
    return hash
  }

  /// Cities, regions and other places that are not countries.
  static let placeNames: [String] = [
    "new york", "new york city", "los angeles", "san francisco", "san diego", "las vegas",
    "new orleans", "washington", "washington d.c.", "chicago", "boston", "philadelphia",
    "houston", "dallas", "atlanta", "miami", "seattle", "detroit", "denver", "phoenix",
    "london", "paris", "berlin", "moscow", "st petersburg", "st. petersburg", "beijing",
    "shanghai", "hong kong", "tokyo", "osaka", "seoul", "pyongyang", "taipei", "bangkok",
    "hanoi", "ho chi minh city", "jakarta", "kuala lumpur", "manila", "singapore", "sydney",
    "melbourne", "auckland", "wellington", "new delhi", "delhi", "mumbai", "bombay",
    "calcutta", "karachi", "lahore", "islamabad", "kabul", "tehran", "baghdad", "damascus",
    "beirut", "amman", "jerusalem", "tel aviv", "gaza", "gaza strip", "west bank", "riyadh",
    "mecca", "dubai", "abu dhabi", "doha", "cairo", "alexandria", "tripoli", "tunis",
    "algiers", "casablanca", "rabat", "lagos", "abuja", "nairobi", "addis ababa", "khartoum",
    "kinshasa", "johannesburg", "cape town", "pretoria", "harare", "luanda", "dakar",
    "mexico city", "havana", "bogota", "caracas", "lima", "quito", "santiago", "buenos aires",
    "montevideo", "sao paulo", "rio de janeiro", "brasilia", "toronto", "montreal", "ottawa",
    "vancouver", "quebec", "madrid", "barcelona", "seville", "valencia", "lisbon", "porto",
    "rome", "milan", "naples", "turin", "florence", "venice", "genoa", "vienna", "zurich",
    "geneva", "bern", "brussels", "antwerp", "amsterdam", "rotterdam", "the hague", "bonn",
    "frankfurt", "munich", "hamburg", "cologne", "stuttgart", "dresden", "leipzig", "prague",
    "warsaw", "krakow", "budapest", "bucharest", "sofia", "belgrade", "zagreb", "sarajevo",
    "ljubljana", "bratislava", "athens", "istanbul", "ankara", "kiev", "kyiv", "minsk",
    "vilnius", "riga", "tallinn", "helsinki", "stockholm", "oslo", "copenhagen", "dublin",
    "belfast", "edinburgh", "glasgow", "cardiff", "manchester", "liverpool", "birmingham",
    "leeds", "tbilisi", "baku", "yerevan", "almaty", "tashkent", "grozny", "vladivostok",
    "europe", "asia", "africa", "north america", "south america", "latin america",
    "central america", "middle east", "near east", "far east", "southeast asia",
    "central asia", "east asia", "south asia", "eastern europe", "western europe",
    "central europe", "scandinavia", "balkans", "the balkans", "caucasus", "siberia",
    "caribbean", "pacific", "atlantic", "indian ocean", "mediterranean", "persian gulf",
    "gulf", "arctic", "antarctica", "sahara", "kashmir", "punjab", "tibet", "xinjiang",
    "chechnya", "crimea", "kurdistan", "catalonia", "basque country", "bavaria", "flanders",
    "wallonia", "sicily", "sardinia", "corsica", "normandy", "brittany", "quebec", "ontario",
    "british columbia", "alberta", "california", "texas", "florida", "new jersey", "ohio",
    "illinois", "virginia", "west virginia", "massachusetts", "pennsylvania", "michigan",
    "georgia", "arizona", "colorado", "oregon", "iowa", "new hampshire", "south carolina",
    "north carolina", "alaska", "hawaii", "wisconsin", "minnesota", "missouri", "kentucky",
    "tennessee", "alabama", "louisiana", "mississippi", "maryland", "connecticut",
    "silicon valley", "wall street", "capitol hill", "downing street", "white house",
    "kremlin", "pentagon",
  ]

  /// Companies, institutions, parties, agencies and sports clubs.
  static let organizationNames: [String] = [
    "united nations", "un", "u.n.", "security council", "un security council",
    "general assembly", "european union", "eu", "european commission", "european parliament",
    "council of europe", "european central bank", "nato", "north atlantic treaty organization",
    "world bank", "international monetary fund", "imf", "world trade organization", "wto",
    "opec", "world health organization", "unesco", "unicef", "red cross",
    "international red cross", "amnesty international", "human rights watch", "greenpeace",
    "african union", "organization of african unity", "arab league", "asean", "g7", "g8",
    "g20", "commonwealth", "osce", "interpol", "fifa", "uefa", "ioc",
    "international olympic committee", "iaaf", "ncaa", "nba", "nfl", "nhl", "mlb", "atp",
    "wta", "pga", "congress", "senate", "house of representatives", "house of commons",
    "house of lords", "parliament", "bundestag", "duma", "state duma", "knesset", "supreme court",
    "federal reserve", "fed", "bank of england", "bundesbank", "bank of japan", "cia", "fbi",
    "nsa", "kgb", "pentagon", "state department", "foreign office", "foreign ministry",
    "defence ministry", "defense ministry", "finance ministry", "interior ministry",
    "justice department", "treasury", "home office", "labour party", "labour",
    "conservative party", "conservatives", "tories", "liberal democrats", "democratic party",
    "democrats", "republican party", "republicans", "gop", "social democratic party", "spd",
    "cdu", "csu", "christian democratic union", "green party", "greens", "communist party",
    "national front", "african national congress", "anc", "plo", "hamas", "hezbollah",
    "fatah", "likud", "taliban", "al qaeda", "ira", "sinn fein", "eta", "kla", "pkk",
    "bjp", "congress party", "indian national congress", "kmt", "kuomintang",
    "ldp", "liberal democratic party", "united russia", "reuters", "associated press", "ap",
    "afp", "bbc", "cnn", "nbc", "cbs", "abc", "fox news", "new york times", "washington post",
    "wall street journal", "financial times", "the guardian", "the times", "der spiegel",
    "le monde", "xinhua", "itar-tass", "interfax", "bloomberg", "apple", "microsoft",
    "google", "amazon", "facebook", "meta", "ibm", "intel", "hewlett-packard", "dell",
    "oracle", "cisco", "motorola", "nokia", "ericsson", "siemens", "philips", "sony",
    "samsung", "lg", "hyundai", "daewoo", "toyota", "honda", "nissan", "mitsubishi", "mazda",
    "general motors", "gm", "ford", "chrysler", "volkswagen", "vw", "bmw", "daimler",
    "daimler-benz", "mercedes", "mercedes-benz", "fiat", "renault", "peugeot", "volvo",
    "boeing", "airbus", "lockheed martin", "general electric", "ge", "exxon", "mobil",
    "exxonmobil", "shell", "royal dutch shell", "bp", "british petroleum", "chevron",
    "texaco", "total", "gazprom", "lukoil", "rosneft", "aramco", "saudi aramco",
    "goldman sachs", "morgan stanley", "jp morgan", "j.p. morgan", "citigroup", "citibank",
    "bank of america", "barclays", "hsbc", "deutsche bank", "ubs", "credit suisse",
    "lloyds", "nomura", "merrill lynch", "coca-cola", "pepsico", "pepsi", "mcdonald's",
    "nestle", "unilever", "procter & gamble", "walmart", "wal-mart", "at&t", "verizon",
    "british airways", "lufthansa", "air france", "klm", "aeroflot", "tesla", "netflix",
    "huawei", "alibaba", "tencent", "baidu", "twitter", "uber", "pfizer", "merck",
    "johnson & johnson", "glaxo", "glaxosmithkline", "novartis", "roche", "bayer", "basf",
    "nasdaq", "new york stock exchange", "nyse", "london stock exchange", "harvard",
    "harvard university", "yale", "stanford", "mit", "oxford", "oxford university",
    "cambridge", "cambridge university", "sorbonne", "manchester united", "manchester city",
    "liverpool", "arsenal", "chelsea", "tottenham", "tottenham hotspur", "everton",
    "aston villa", "newcastle", "newcastle united", "leeds united", "west ham",
    "blackburn rovers", "celtic", "rangers", "real madrid", "barcelona", "atletico madrid",
    "valencia", "sevilla", "deportivo", "real betis", "athletic bilbao", "juventus",
    "ac milan", "inter milan", "inter", "internazionale", "lazio", "roma", "napoli",
    "fiorentina", "parma", "sampdoria", "bayern munich", "borussia dortmund", "schalke",
    "werder bremen", "hamburg sv", "ajax", "psv", "psv eindhoven", "feyenoord", "benfica",
    "porto", "sporting", "sporting lisbon", "galatasaray", "fenerbahce", "olympiakos",
    "panathinaikos", "anderlecht", "paris st germain", "paris saint-germain", "psg",
    "marseille", "olympique marseille", "monaco", "lyon", "bordeaux", "spartak moscow",
    "dynamo kiev", "dynamo moscow", "cska moscow", "red star belgrade", "new york yankees",
    "yankees", "boston red sox", "red sox", "chicago bulls", "los angeles lakers", "lakers",
    "dallas cowboys", "green bay packers",
  ]

  /// Named events.
  static let eventNames: [String] = [
    "world war i", "world war ii", "first world war", "second world war", "world war one",
    "world war two", "cold war", "gulf war", "vietnam war", "korean war", "iraq war",
    "civil war", "american civil war", "spanish civil war", "bosnian war", "kosovo war",
    "falklands war", "six-day war", "yom kippur war", "war on terror", "holocaust",
    "french revolution", "russian revolution", "october revolution", "cultural revolution",
    "industrial revolution", "arab spring", "orange revolution", "velvet revolution",
    "cuban missile crisis", "great depression", "financial crisis", "brexit",
    "olympic games", "olympics", "summer olympics", "winter olympics", "world cup",
    "european championship", "euro 96", "wimbledon", "us open", "u.s. open",
    "french open", "australian open", "tour de france", "super bowl", "world series",
    "davis cup", "ryder cup", "grand prix", "champions league", "uefa cup",
    "cup winners' cup", "general election", "presidential election",
    "parliamentary election", "legislative election", "european parliament election",
    "local elections", "midterm elections", "referendum", "g7 summit", "g8 summit",
    "g20 summit", "earth summit", "paris peace conference", "yalta conference",
    "potsdam conference", "treaty of versailles", "maastricht treaty", "camp david accords",
    "oslo accords", "dayton agreement", "good friday agreement", "watergate",
    "iran-contra affair", "iran–contra affair", "tiananmen square protests",
  ]
}
