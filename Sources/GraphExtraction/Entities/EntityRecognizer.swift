import KnowledgeGraphCore

/// Finds the people, countries, organizations, places and named events of a document and
/// resolves every mention to one entity per real-world referent.
///
/// Recognition combines the gazetteer, rules (titles before names, capitalised sequences and
/// the head nouns of organization, event and place names) and, when one is given, a
/// statistical ``NameTagger`` for names in no list. Within a document, a surname or a name
/// after a title joins the full name ("Xi", "President XI" → "Xi Jinping"), a short form of
/// an organization joins its full name ("Renmin University" → "Renmin University of China"),
/// an abbreviation joins the organization it abbreviates, and every short form and demonym
/// of a country ("U.S.", "America", "American") names the same country. Pronouns make no
/// entities.
public struct EntityRecognizer: Sendable {
  /// The names the recogniser knows.
  public var gazetteer: Gazetteer
  /// A tagger for names the gazetteer and rules cannot settle, if any.
  public var tagger: (any NameTagger)?

  /// A recogniser that knows the names of `gazetteer` and, if given, asks `tagger` too.
  public init(gazetteer: Gazetteer = .builtIn, tagger: (any NameTagger)? = nil) {
    self.gazetteer = gazetteer
    self.tagger = tagger
  }

  /// The sentences of `document` with their mentions, and a graph of the entities it names.
  ///
  /// - Parameter text: The text to read, as long as `document.text` in Unicode scalars; pass
  ///   the text with boilerplate masked (see ``BoilerplateFilter``). `nil` reads the text as is.
  public func analyze(_ document: SourceDocument, text: String? = nil) -> AnalyzedDocument {
    analyzeExplaining(document, text: text).document
  }

  /// Like ``analyze(_:text:)``, and says which candidate names were dropped and why.
  ///
  /// - Parameter scalars: The Unicode scalars of `text`, when the caller has them already.
  func analyzeExplaining(
    _ document: SourceDocument, text maskedText: String? = nil,
    scalars maskedScalars: [Unicode.Scalar]? = nil
  ) -> (document: AnalyzedDocument, notes: [String]) {
    let text = maskedText ?? document.text
    let scalars = maskedScalars ?? text.unicodeScalarArray
    let sentences = Tokenizer().sentences(of: scalars)
    var lowercaseWords: Set<String> = []
    // Room for the words up front, rather than growing (and rehashing) the set as they come:
    // fewer than half the tokens are distinct lower-case words.
    lowercaseWords.reserveCapacity(sentences.reduce(0) { $0 + $1.tokens.count } / 2)
    for sentence in sentences {
      for token in sentence.tokens {
        guard let byte = token.text.utf8.first else { continue }
        if byte < 0x80 {
          // An ASCII first letter; a word of ASCII without capitals is its own lower case.
          guard byte >= 0x61 && byte <= 0x7A else { continue }
          let isLower = token.text.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }
          lowercaseWords.insert(isLower ? token.text : token.text.lowercased())
        } else if let first = token.text.unicodeScalars.first, first.properties.isLowercase {
          lowercaseWords.insert(token.text.lowercased())
        }
      }
    }
    var notes: [String] = []
    var candidates: [NameCandidate] = []
    // One memo for every sentence's scanner: its storage is allocated once.
    let memo = SentenceScanner.Memo()
    for sentence in sentences {
      var scanner = SentenceScanner(
        gazetteer: gazetteer, sentence: sentence, lowercaseWords: lowercaseWords,
        isHeadline: Self.isHeadline(sentence, in: scalars), memo: memo)
      var found = scanner.candidates()
      // A headline's capitals mislead a tagger as much as the rules: only known names count.
      if let tagger, !scanner.isHeadline {
        let spans = tagger.nameSpans(in: sentence).filter { span in
          !span.tokenRange.contains(where: scanner.titleTokens.contains)
        }
        found = Self.combine(found, with: spans, sentence: sentence)
      }
      candidates += found
      notes += scanner.notes
    }
    Self.unifyGuessedKinds(&candidates)
    Self.extendNamesToTheirAbbreviation(&candidates, sentences: sentences)
    Self.joinSlashedNames(&candidates, sentences: sentences)
    Self.adoptShortNames(&candidates, sentences: sentences)
    Self.addCentralBanks(&candidates, sentences: sentences, gazetteer: gazetteer)
    Self.dropSpeciesNames(&candidates, sentences: sentences, notes: &notes)
    candidates.removeAll { candidate in
      // "10:30 GMT": a time zone of a timestamp names nothing, and is nobody's name.
      guard candidate.entry == nil,
        candidate.words.contains(where: { Self.timeZones.contains($0) }),
        candidate.words.count == 1 || candidate.kind == .person
      else { return false }
      notes.append("a time zone, not a name: \(candidate.text)")
      return true
    }
    var resolver = MentionResolver(gazetteer: gazetteer, documentID: document.id)
    let resolved = resolver.resolve(candidates)
    notes += resolver.notes

    // Sentence indices count from 0 (see `Tokenizer`): the mentions of each are kept by index.
    var bySentence = [[Mention]](repeating: [], count: sentences.count)
    for mention in resolved.mentions where bySentence.indices.contains(mention.sentenceIndex) {
      bySentence[mention.sentenceIndex].append(mention.mention)
    }
    let analyzed = sentences.map { sentence in
      AnalyzedSentence(
        sentence: sentence,
        mentions: Self.withoutOverlaps(
          bySentence.indices.contains(sentence.index) ? bySentence[sentence.index] : []))
    }
    var graph = resolved.graph
    Self.addShortNameAliases(&graph, candidates: candidates, mentions: resolved.mentions)
    graph.insert(
      Document(
        id: document.id, headline: Self.headline(of: text), date: document.date,
        source: document.source))
    return (
      AnalyzedDocument(document: document, sentences: analyzed, graph: graph),
      notes.map { "\(document.id): \($0)" }
    )
  }

  // MARK: - Tagger

  /// Adds a tagger's spans where the rules found nothing, and lets them settle undecided words.
  /// How sure a tagger must be to settle a word the rules left undecided.
  static let minimumSettlingConfidence = 0.75
  /// How sure a tagger must be to change the kind the rules guessed from a name's shape.
  static let minimumCorrectingConfidence = 0.9
  /// The rules that guess a kind from the shape of a name rather than from a list or a
  /// head noun; a sure tagger may correct them.
  static let weakRules: Set<String> = [
    "capitalised-name", "place-after-preposition", "compass-place", "civic-name", "speaker",
    "unknown-name", "place-led-name", "place-led-place", "organization-context", "place-context",
  ]
  /// Rules that guessed a kind with no evidence at all beyond a name's shape: a tagger that
  /// is sure enough to add a name may correct them too.
  static let guessingRules: Set<String> = ["unknown-name"]
  /// How sure a tagger must be to add a name the rules did not see at all.
  static let minimumNewNameConfidence = 0.75

  static func combine(
    _ candidates: [NameCandidate], with spans: [NameSpan], sentence: Sentence
  ) -> [NameCandidate] {
    var result = candidates
    let tokens = sentence.tokens
    let firstWord = tokens.firstIndex { token in
      token.text.unicodeScalars.first?.properties.isAlphabetic ?? false
    } ?? 0
    for span in spans.sorted(by: { ($0.tokenRange.lowerBound, $0.tokenRange.upperBound) < ($1.tokenRange.lowerBound, $1.tokenRange.upperBound) }) {
      guard span.tokenRange.lowerBound >= 0, span.tokenRange.upperBound <= tokens.count,
        !span.tokenRange.isEmpty
      else { continue }
      let words = tokens[span.tokenRange].map(\.text)
      guard words.contains(where: SentenceScanner.isCapitalized),
        !words.allSatisfy(SentenceScanner.isFunctionWord),
        // An unexplained abbreviation ("AI", "GDP") is no name, whatever the tagger says.
        !(words.count == 1 && SentenceScanner.isAllCapitals(words[0])),
        !words.contains(where: SentenceScanner.isCalendarWord),
        // A head noun alone ("Office", "Ministry") is a common noun, not a name.
        !(words.count == 1 && NameLexicon.isHeadNoun(words[0])),
        // "Pirates operated off the coast": a sentence's first word in the plural is a common
        // noun unless the tagger is sure.
        !(words.count == 1 && span.tokenRange.lowerBound == firstWord
          && SentenceScanner.looksPlural(words[0]) && span.confidence < minimumCorrectingConfidence)
      else { continue }
      if let same = result.firstIndex(where: { $0.tokenRange == span.tokenRange }) {
        // A sure tagger corrects the kind the rules only guessed from the shape of a name.
        let spanKind: Entity.Kind = span.kind == .country ? .place : span.kind
        if result[same].status == .confirmed, weakRules.contains(result[same].rule),
          result[same].kind != spanKind,
          span.confidence >= (guessingRules.contains(result[same].rule)
            ? minimumSettlingConfidence : minimumCorrectingConfidence)
        {
          result[same].kind = spanKind
          result[same].rule = "tagger-corrected"
          result[same].organizationType = spanKind == .organization
            ? SentenceScanner.organizationType(of: words) : nil
          result[same].placeType = spanKind == .place ? .other : nil
          continue
        }
        if result[same].status != .confirmed, span.confidence >= minimumSettlingConfidence {
          result[same].kind = span.kind == .country ? .place : span.kind
          result[same].status = .tagged
          result[same].rule = "tagger"
          result[same].confidence = span.confidence * 0.9
          if span.kind == .organization { result[same].organizationType = .other }
        }
        continue
      }
      let overlapsConfirmed = result.contains {
        $0.status == .confirmed && $0.tokenRange.overlaps(span.tokenRange)
      }
      if overlapsConfirmed || span.confidence < minimumNewNameConfidence { continue }
      result.removeAll { $0.tokenRange.overlaps(span.tokenRange) }
      let range = span.tokenRange
      let text = tokens[range].spacedText
      var candidate = NameCandidate(
        sentenceIndex: sentence.index, tokenRange: range, start: tokens[range.lowerBound].start,
        end: tokens[range.upperBound - 1].end, text: text, words: words,
        kind: span.kind == .country ? .place : span.kind, form: .name, status: .tagged,
        confidence: span.confidence * 0.9, entry: nil, organizationType: nil, placeType: nil,
        eventType: nil, fullName: nil, rule: "tagger")
      if candidate.kind == .organization {
        candidate.organizationType = SentenceScanner.organizationType(of: words)
      }
      if candidate.kind == .event { candidate.eventType = .other }
      result.append(candidate)
    }
    return result.sorted { $0.start < $1.start }
  }

  // MARK: - One kind per name

  /// Rules that type a name from what a sentence says of it ("shares of X") or from a sure
  /// tagger, rather than from its shape.
  static let evidenceRules: Set<String> = [
    "organization-context", "place-context", "event-context", "tagger-corrected",
  ]

  /// A name typed by evidence in one sentence has that kind wherever the rules only guessed
  /// it from its shape: "Quorvane Labs will grow" after "shares of Quorvane Labs" is the
  /// company, not a person.
  static func unifyGuessedKinds(_ candidates: inout [NameCandidate]) {
    var evidenced: [String: Int] = [:]
    for index in candidates.indices where evidenceRules.contains(candidates[index].rule) {
      let key = candidates[index].words.joined(separator: " ").lowercased()
      if evidenced[key] == nil { evidenced[key] = index }
    }
    guard !evidenced.isEmpty else { return }
    for index in candidates.indices where guessingRules.contains(candidates[index].rule) {
      let key = candidates[index].words.joined(separator: " ").lowercased()
      guard let source = evidenced[key].map({ candidates[$0] }), source.kind != candidates[index].kind
      else { continue }
      candidates[index].kind = source.kind
      candidates[index].organizationType = source.organizationType
      candidates[index].placeType = source.placeType
      candidates[index].eventType = source.eventType
      candidates[index].rule = "same-name-elsewhere"
    }
  }

  // MARK: - Abbreviated long names

  /// "the Committee on Trade in the Republic of Korea (CTRK)": a name the abbreviation in
  /// brackets spells only with the place after it includes that place.
  static func extendNamesToTheirAbbreviation(_ candidates: inout [NameCandidate], sentences: [Sentence]) {
    var index = 0
    while index + 2 < candidates.count {
      defer { index += 1 }
      // Read in place first: copying a candidate copies all its strings, and few match.
      guard candidates[index].kind == .organization,
        candidates[index + 1].kind == .country || candidates[index + 1].kind == .place,
        candidates[index].sentenceIndex == candidates[index + 1].sentenceIndex,
        candidates[index + 1].sentenceIndex == candidates[index + 2].sentenceIndex
      else { continue }
      let name = candidates[index]
      let place = candidates[index + 1]
      let abbreviation = candidates[index + 2]
      guard name.kind == .organization, place.kind == .country || place.kind == .place,
        name.sentenceIndex == place.sentenceIndex, place.sentenceIndex == abbreviation.sentenceIndex,
        abbreviation.words.count == 1, SentenceScanner.isAllCapitals(abbreviation.words[0]),
        sentences.indices.contains(name.sentenceIndex)
      else { continue }
      let tokens = sentences[name.sentenceIndex].tokens
      let between = tokens[name.tokenRange.upperBound..<place.tokenRange.lowerBound].map(\.text)
      guard between == ["in", "the"] || between == ["in"] || between == ["for", "the"] || between == ["for"],
        place.tokenRange.upperBound + 1 == abbreviation.tokenRange.lowerBound,
        tokens[place.tokenRange.upperBound].text == "(",
        abbreviation.tokenRange.upperBound < tokens.count,
        tokens[abbreviation.tokenRange.upperBound].text == ")"
      else { continue }
      func initials(_ range: Range<Int>) -> String {
        String(tokens[range].compactMap { token in
          token.text.first.flatMap { $0.isUppercase ? $0 : nil }
        })
      }
      let letters = abbreviation.words[0].filter(\.isLetter)
      let whole = name.tokenRange.lowerBound..<place.tokenRange.upperBound
      guard initials(whole) == letters, initials(name.tokenRange) != letters else { continue }
      let text = tokens[whole].spacedText
      var extended = name
      extended.tokenRange = whole
      extended.end = place.end
      extended.text = text
      extended.words = tokens[whole].map(\.text)
      extended.entry = nil
      extended.fullName = nil
      extended.rule = "name-to-abbreviation"
      candidates[index] = extended
      candidates.remove(at: index + 1)
    }
  }

  /// "Arcelor/Mittal Steel": two names joined by a slash with no space are one company's name,
  /// unless both are names a list knows ("Israel/Gaza").
  static func joinSlashedNames(_ candidates: inout [NameCandidate], sentences: [Sentence]) {
    var index = 0
    while index + 1 < candidates.count {
      defer { index += 1 }
      // Read in place first: copying a candidate copies all its strings, and few are joined.
      guard candidates[index].sentenceIndex == candidates[index + 1].sentenceIndex,
        candidates[index].tokenRange.upperBound + 1 == candidates[index + 1].tokenRange.lowerBound
      else { continue }
      let left = candidates[index]
      let right = candidates[index + 1]
      guard left.sentenceIndex == right.sentenceIndex, sentences.indices.contains(left.sentenceIndex),
        left.tokenRange.upperBound + 1 == right.tokenRange.lowerBound,
        left.entry == nil || right.entry == nil,
        left.kind == .organization || right.kind == .organization || right.words.count >= 2,
        left.kind != .event, right.kind != .event
      else { continue }
      let tokens = sentences[left.sentenceIndex].tokens
      let slash = tokens[left.tokenRange.upperBound]
      guard slash.text == "/", slash.start == left.end, slash.end == right.start else { continue }
      var joined = left
      joined.tokenRange = left.tokenRange.lowerBound..<right.tokenRange.upperBound
      joined.end = right.end
      joined.text = left.text + "/" + right.text
      joined.words = tokens[joined.tokenRange].map(\.text)
      joined.kind = .organization
      joined.status = .confirmed
      joined.entry = nil
      joined.fullName = nil
      joined.form = .name
      joined.placeType = nil
      joined.eventType = nil
      joined.organizationType = .company
      joined.rule = "slashed-name"
      candidates[index] = joined
      candidates.remove(at: index + 1)
    }
  }

  // MARK: - Short names

  /// "The Halvorsen Group (Halvo)", "Tundra Logistics, known as Tunlog": a short name an
  /// organization is introduced with names it there and wherever the text uses it again.
  static func adoptShortNames(_ candidates: inout [NameCandidate], sentences: [Sentence]) {
    var fullNames: [[String]: NameCandidate] = [:]
    for index in candidates.indices {
      // Read in place first: copying a candidate copies all its strings, and few are adopted.
      if !fullNames.isEmpty, candidates[index].entry == nil,
        let full = fullNames[candidates[index].words]
      {
        adopt(&candidates[index], full)
        continue
      }
      guard index > 0, candidates[index].entry == nil, candidates[index].words.count <= 3,
        candidates[index - 1].kind == .organization,
        candidates[index - 1].sentenceIndex == candidates[index].sentenceIndex
      else { continue }
      let short = candidates[index]
      let full = candidates[index - 1]
      guard full.kind == .organization, full.sentenceIndex == short.sentenceIndex,
        full.status == .confirmed || full.status == .tagged,
        sentences.indices.contains(short.sentenceIndex)
      else { continue }
      let tokens = sentences[short.sentenceIndex].tokens
      guard full.tokenRange.upperBound <= short.tokenRange.lowerBound,
        short.tokenRange.upperBound <= tokens.count
      else { continue }
      let between = tokens[full.tokenRange.upperBound..<short.tokenRange.lowerBound].map {
        $0.text.lowercased()
      }
      let after = short.tokenRange.upperBound < tokens.count ? tokens[short.tokenRange.upperBound].text : ""
      let bracketed = between == ["("] && after == ")"
      let knownAs = [[",", "known", "as"], [",", "also", "known", "as"], ["(", "known", "as"],
        ["(", "also", "known", "as"], [",", "or"], [",", "called"]].contains(between)
        && [",", ")", ".", ";"].contains(after)
      guard bracketed || knownAs, short.words.contains(where: SentenceScanner.isCapitalized) else {
        continue
      }
      // An abbreviation in brackets joins its organization already.
      if bracketed, short.words.count == 1, SentenceScanner.isAllCapitals(short.words[0]) { continue }
      adopt(&candidates[index], full)
      fullNames[short.words] = full
    }
  }

  /// "The Halvorsen Group (Halvo)": the short name an organization was introduced with is an
  /// alias of the entity its mention resolved to.
  static func addShortNameAliases(
    _ graph: inout KnowledgeGraph, candidates: [NameCandidate],
    mentions: [(sentenceIndex: Int, mention: Mention)]
  ) {
    let shortNames = candidates.filter { $0.rule == "short-name" }
    guard !shortNames.isEmpty else { return }
    var entityAt: [Int: EntityID] = [:]
    for (_, mention) in mentions { entityAt[mention.start] = mention.entityID }
    for short in shortNames {
      guard let id = entityAt[short.start], graph[id]?.name != short.text else { continue }
      graph.update(id) { $0.aliases.insert(short.text) }
    }
  }

  private static func adopt(_ short: inout NameCandidate, _ full: NameCandidate) {
    short.kind = .organization
    short.status = .confirmed
    short.fullName = full.name
    short.entry = full.entry
    short.organizationType = full.organizationType
    short.placeType = nil
    short.eventType = nil
    short.rule = "short-name"
  }

  /// Abbreviations of time zones, written after times.
  static let timeZones: Set<String> = [
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "JST", "KST", "AEST", "AEDT", "HKT", "SGT",
  ]

  // MARK: - Species

  /// "Aedes aegypti", "Plasmodium falciparum": a genus before its Latin species name is a
  /// living thing, not an organization or a person.
  static func dropSpeciesNames(
    _ candidates: inout [NameCandidate], sentences: [Sentence], notes: inout [String]
  ) {
    candidates.removeAll { candidate in
      guard candidate.entry == nil, candidate.words.count <= 2,
        sentences.indices.contains(candidate.sentenceIndex),
        SentenceScanner.isCapitalized(candidate.words[0])
      else { return false }
      let tokens = sentences[candidate.sentenceIndex].tokens
      let epithet: String
      if candidate.words.count == 2 {
        epithet = candidate.words[1]
      } else if candidate.tokenRange.upperBound < tokens.count {
        epithet = tokens[candidate.tokenRange.upperBound].text
      } else {
        return false
      }
      guard isSpeciesEpithet(epithet) else { return false }
      notes.append("a species, not a name: \(candidate.text) \(epithet)")
      return true
    }
  }

  /// Whether a lower-case word has the endings of a Latin species name: "aegypti",
  /// "falciparum", "albopictus", "pneumoniae".
  static func isSpeciesEpithet(_ word: String) -> Bool {
    guard word.count >= 5, word.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) else {
      return false
    }
    // "previous", "famous": English adjectives end in -ous.
    guard !englishWordsLikeEpithets.contains(word), !word.hasSuffix("ous") else { return false }
    return ["i", "ae", "um", "us", "ensis", "oides"].contains { word.hasSuffix($0) }
  }

  /// English words with the endings of Latin epithets, made once (not at every look-up).
  private static let englishWordsLikeEpithets: Set<String> = [
    "virus", "status", "campus", "consensus", "stimulus", "apparatus", "surplus", "bonus",
    "census", "corpus", "genus", "nexus", "onus", "versus", "fungus", "cactus", "focus",
    "radius", "bogus", "premium", "medium", "minimum", "maximum", "forum", "museum", "stadium",
    "platinum", "aluminum", "spectrum", "vacuum", "momentum", "quantum", "opium", "podium",
    "sodium", "calcium", "uranium", "lithium", "helium", "deli", "taxi", "khaki", "safari",
    "bikini", "salami", "broccoli", "chili", "alibi", "origami", "sushi", "wasabi",
    "referendum", "consortium", "album", "memorandum", "moratorium", "symposium", "millennium",
    "curriculum", "petroleum", "auditorium", "aquarium", "gymnasium", "emeritus", "hiatus",
    "impetus", "exodus", "chorus", "circus", "citrus", "ultimatum", "addendum", "condominium",
    ]

  // MARK: - Central banks

  /// "Kenya's central bank", "the Kenyan central bank" and later "the central bank": the
  /// country's central bank, the gazetteer's when it lists one ("Britain's central bank" is the
  /// Bank of England), otherwise "Central Bank of Kenya". A lone "the central bank" is the one
  /// named before, or that of the only country the text names.
  static func addCentralBanks(
    _ candidates: inout [NameCandidate], sentences: [Sentence], gazetteer: Gazetteer
  ) {
    let countries = Set(candidates.compactMap { $0.kind == .country ? $0.entry?.name : nil })
    var added: [NameCandidate] = []
    var last: (name: String, entry: Gazetteer.Entry?)?
    for sentence in sentences {
      let tokens = sentence.tokens
      guard tokens.count >= 2 else { continue }
      // (Lengths first: comparing Strings that differ is not free.)
      for index in 0..<(tokens.count - 1)
      where tokens[index].text.utf8.count == 7 && tokens[index].text == "central"
        && tokens[index + 1].text == "bank"
      {
        let range = index..<(index + 2)
        guard !candidates.contains(where: {
          $0.sentenceIndex == sentence.index && $0.tokenRange.overlaps(range)
        }) else { continue }
        var countryName: String?
        var before = index
        if before >= 1, ["'s", "\u{2019}s"].contains(tokens[before - 1].text) { before -= 1 }
        if let country = candidates.first(where: {
          $0.sentenceIndex == sentence.index && $0.kind == .country && $0.tokenRange.upperBound == before
        }) {
          countryName = country.entry?.name
        }
        var bank: (name: String, entry: Gazetteer.Entry?)?
        if let countryName {
          let listed = gazetteer.entries.first { entry in
            entry.kind == .organization && entry.country == countryName
              && entry.organizationType == .government
              && (entry.name.lowercased().contains("bank") || entry.name.hasPrefix("Federal Reserve"))
          }
          bank = (listed?.name ?? "Central Bank of \(countryName)", listed)
        } else if index >= 1, tokens[index - 1].text.lowercased() == "the" {
          if let last {
            bank = last
          } else if countries.count == 1, let only = countries.first {
            let listed = gazetteer.entries.first { entry in
              entry.kind == .organization && entry.country == only && entry.organizationType == .government
                && (entry.name.lowercased().contains("bank") || entry.name.hasPrefix("Federal Reserve"))
            }
            bank = (listed?.name ?? "Central Bank of \(only)", listed)
          }
        }
        guard let bank else { continue }
        last = bank
        added.append(
          NameCandidate(
            sentenceIndex: sentence.index, tokenRange: range, start: tokens[index].start,
            end: tokens[index + 1].end, text: "central bank", words: ["central", "bank"],
            kind: .organization, form: .name, status: .confirmed, confidence: 0.7,
            entry: bank.entry, organizationType: .government, placeType: nil, eventType: nil,
            fullName: bank.name, rule: "central-bank"))
      }
    }
    guard !added.isEmpty else { return }
    candidates = (candidates + added).enumerated().sorted { lhs, rhs in
      (lhs.element.sentenceIndex, lhs.element.start, lhs.offset)
        < (rhs.element.sentenceIndex, rhs.element.start, rhs.offset)
    }.map(\.element)
  }

  // MARK: - Sentences and lines

  /// Whether a sentence is a whole line in title case ("A Rocky Road to Trade Talks").
  static func isHeadline(_ sentence: Sentence, in scalars: [Unicode.Scalar]) -> Bool {
    let startsLine = sentence.start == 0 || Self.lineStartBefore(sentence.start, in: scalars)
    let endsLine = Self.lineEndAfter(sentence.end, in: scalars)
    guard startsLine, endsLine else { return false }
    if let last = sentence.tokens.last?.text, last == "." { return false }
    let words = sentence.tokens.map(\.text).filter { word in
      word.unicodeScalars.first?.properties.isAlphabetic == true
    }
    let minor: Set<String> = [
      "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
      "as", "vs", "but", "nor", "is", "are",
    ]
    let content = words.filter { !minor.contains($0.lowercased()) }
    guard content.count >= 3 else { return false }
    let capitalised = content.filter(SentenceScanner.isCapitalized).count
    return Double(capitalised) >= 0.75 * Double(content.count)
  }

  private static func lineStartBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var position = offset - 1
    while position >= 0 {
      let scalar = scalars[position]
      if scalar == "\n" || scalar == "\r" { return true }
      if !scalar.properties.isWhitespace { return false }
      position -= 1
    }
    return true
  }

  private static func lineEndAfter(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var position = offset
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar == "\n" || scalar == "\r" { return true }
      if !scalar.properties.isWhitespace { return false }
      position += 1
    }
    return true
  }

  /// The first line with text, trimmed, shortened to at most 200 characters at a word break.
  static func headline(of text: String) -> String? {
    // Lines are found one at a time (splitting the whole text first cost a pass over it).
    var rest = text[...]
    while !rest.isEmpty {
      let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r" }) ?? rest.endIndex
      let line = rest[..<end]
      rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
      if line.isEmpty { continue }
      let trimmed = line.trimmingSpaces
      guard !trimmed.isEmpty else { continue }
      guard trimmed.count > 200 else { return trimmed }
      var cut = String(trimmed.prefix(200))
      if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
      return cut + "…"
    }
    return nil
  }

  static func withoutOverlaps(_ mentions: [Mention]) -> [Mention] {
    let sorted = mentions.sorted {
      ($0.start, -$0.end, $0.entityID) < ($1.start, -$1.end, $1.entityID)
    }
    var result: [Mention] = []
    for mention in sorted {
      if let last = result.last, mention.start < last.end { continue }
      result.append(mention)
    }
    return result
  }
}
