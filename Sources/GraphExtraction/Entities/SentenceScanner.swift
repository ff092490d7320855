import KnowledgeGraphCore

/// Finds name candidates in one sentence with gazetteers and rules: gazetteer names, titles
/// before names, capitalised sequences with their connectors, and the head nouns that make a
/// sequence an organization, an event or a place.
struct SentenceScanner {
  let gazetteer: Gazetteer
  let sentence: Sentence
  /// Lower-case words of the whole document, to tell common words from names.
  let lowercaseWords: Set<String>
  /// Whether the sentence is a headline in title case, where capitals say nothing.
  let isHeadline: Bool
  var notes: [String] = []
  /// The tokens of the titles found ("Treasury Secretary"), which name no entity.
  var titleTokens: Set<Int> = []

  private var tokens: [Token] { sentence.tokens }

  /// Lookups that depend only on the sentence, made once: a reference, so that non-mutating
  /// methods can fill it. The scanners of one document's sentences, made one after the
  /// other, share one memo and so its storage.
  final class Memo {
    /// Per token: where its longest gazetteer match is in ``gazetteerMatches``, or
    /// ``unknown`` (not looked up yet) or ``none`` (it starts no name).
    @exclusivity(unchecked) var gazetteerMatchSlots: [Int32]
    /// The gazetteer matches found, in the order they were found.
    @exclusivity(unchecked) var gazetteerMatches: [(match: Gazetteer.Match, count: Int)] = []
    /// Per token, and one past the last: where its longest role title is in ``titleMatches``,
    /// or ``unknown`` or ``none``.
    @exclusivity(unchecked) var titleMatchSlots: [Int32]
    /// The role titles found, in the order they were found.
    @exclusivity(unchecked) var titleMatches: [(title: RoleTitle, count: Int)] = []
    /// Per token: 0 not known yet, 1 no gazetteer name ends with it, 2 one may.
    @exclusivity(unchecked) var mayEndName: [UInt8]
    /// Per token: ``WordFlags`` of its text.
    @exclusivity(unchecked) var wordFlags: [UInt8]

    static let unknown: Int32 = -2
    static let none: Int32 = -1

    /// An empty memo, ready to be ``reset(tokenCount:)`` for a sentence.
    init() {
      wordFlags = []
      gazetteerMatchSlots = []
      titleMatchSlots = []
      mayEndName = []
    }

    /// Forgets every lookup, for a sentence of `tokenCount` tokens, keeping the storage.
    func reset(tokenCount: Int) {
      wordFlags.removeAll(keepingCapacity: true)
      wordFlags.append(contentsOf: repeatElement(0, count: tokenCount))
      gazetteerMatchSlots.removeAll(keepingCapacity: true)
      gazetteerMatchSlots.append(contentsOf: repeatElement(Self.unknown, count: tokenCount))
      gazetteerMatches.removeAll(keepingCapacity: true)
      titleMatchSlots.removeAll(keepingCapacity: true)
      titleMatchSlots.append(contentsOf: repeatElement(Self.unknown, count: tokenCount + 1))
      titleMatches.removeAll(keepingCapacity: true)
      mayEndName.removeAll(keepingCapacity: true)
      mayEndName.append(contentsOf: repeatElement(0, count: tokenCount))
    }
  }

  private let memo: Memo
  /// The index of the sentence's first word, found once.
  private let firstWordIndex: Int
  /// The index of the sentence's last capitalised token, -1 if it has none.
  private let lastCapitalizedIndex: Int

  /// A scanner of `sentence`; `memo`, if given, is reset and used for its lookups (no other
  /// scanner may use it at the same time).
  init(
    gazetteer: Gazetteer, sentence: Sentence, lowercaseWords: Set<String>, isHeadline: Bool,
    memo: Memo = Memo()
  ) {
    self.gazetteer = gazetteer
    self.sentence = sentence
    self.lowercaseWords = lowercaseWords
    self.isHeadline = isHeadline
    memo.reset(tokenCount: sentence.tokens.count)
    self.memo = memo
    self.firstWordIndex = Self.firstWordIndex(of: sentence.tokens)
    self.lastCapitalizedIndex =
      sentence.tokens.lastIndex { Self.isCapitalized($0.text) } ?? -1
  }

  // MARK: - Scanning

  mutating func candidates() -> [NameCandidate] {
    var result: [NameCandidate] = []
    var index = 0
    var titleEnd: Int?  // index one past the last title token, when a title just ended
    while index < tokens.count {
      let text = tokens[index].text
      guard Self.isCapitalized(text) || Self.startsWithDigitName(text) else {
        // Lower-case titles may still introduce a name: "deputy director Jane Roe" (only
        // with a capitalised word somewhere after the title's first word).
        if index < lastCapitalizedIndex, let (_, count) = titleMatch(at: index),
          index + count < tokens.count, Self.isCapitalized(tokens[index + count].text)
        {
          titleTokens.formUnion(index..<(index + count))
          index += count
          titleEnd = index
          continue
        }
        index += 1
        titleEnd = nil
        continue
      }
      let gazetteerMatch = longestGazetteerMatch(at: index)
      let title = titleMatch(at: index)
      // "Shares of Acme Robotics Inc": a sentence's first word before "of" is a common noun
      // (a plural, or a word the text also writes in lower case) unless it heads the name
      // ("Bank of England"); "Smith of Ohio" keeps its person.
      if index == firstWordIndex, gazetteerMatch == nil, title == nil, index + 2 < tokens.count,
        ["of", "on", "for", "at"].contains(tokens[index + 1].text),
        text.hasSuffix("s") || lowercaseWords.contains(text.lowercased()),
        NameLexicon.organizationHeads[text.lowercased()] == nil,
        NameLexicon.placeHeads[text.lowercased()] == nil, NameLexicon.eventHeads[text.lowercased()] == nil
      {
        index += 2
        titleEnd = nil
        continue
      }
      if gazetteerMatch == nil, title == nil, isFunctionWord(at: index) {
        index += 1
        titleEnd = nil
        continue
      }
      let run = runEnd(from: index)
      let gazetteerLength = gazetteerMatch?.count ?? 0
      // "the center-right Republican Proposal party": a name right before a lower-case "party"
      // names the party (the gazetteer's, when it lists the name with "Party").
      if run < tokens.count, tokens[run].text == "party", gazetteerLength < run - index {
        let words = tokens[index..<run].map(\.text)
        if let listed = gazetteer.firstMatch(forWords: words + ["Party"]) {
          result.append(gazetteerCandidate(listed, range: index..<(run + 1)))
        } else {
          let party = makeOrganization(
            index..<run, rule: "name-before-party", type: .party, confidence: 0.7)
          result.append(party)
        }
        index = run + 1
        titleEnd = nil
        continue
      }
      if let place = placeBeforePlaceNoun(index..<run, gazetteerLength: gazetteerLength,
        titled: title != nil)
      {
        result.append(place)
        index = run
        titleEnd = nil
        continue
      }
      // "Air New Zealand", "ACT New Zealand": a word or acronym before a country's name makes
      // one organization of them.
      if gazetteerMatch == nil, title == nil, var prefixed = countryNamedOrganization(at: index) {
        // "Air France-KLM": and a hyphenated partner after it.
        if let end = hyphenatedPartEnd(at: prefixed.tokenRange.upperBound) {
          prefixed = makeOrganization(
            index..<end, rule: "hyphenated-organization", confidence: 0.65)
        }
        result.append(prefixed)
        index = prefixed.tokenRange.upperBound
        titleEnd = nil
        continue
      }

      // A title followed by a name: "President Xi Jinping", "Treasury Secretary Scott Bessent";
      // not a title word that opens an organization's name ("General Border Committee").
      if let (_, count) = title, count > gazetteerLength, !isFunctionWord(at: index) || count > 1,
        !(count == 1 && opensOrganizationName(index..<run))
      {
        titleTokens.formUnion(index..<(index + count))
        index += count
        titleEnd = index
        continue
      }
      if let start = titleEnd, start == index, gazetteerMatch == nil,
        let person = personAfterTitle(at: index)
      {
        result.append(person)
        index = person.tokenRange.upperBound
        titleEnd = nil
        continue
      }
      titleEnd = nil

      // A whole run whose head noun makes it an organization, event or place.
      if run > index + gazetteerLength, let keyword = keywordCandidates(index..<run) {
        result.append(contentsOf: keyword)
        index = run
        continue
      }
      if let match = gazetteerMatch, let whole = placeLedName(match, at: index, run: run) {
        result.append(whole)
        index = whole.tokenRange.upperBound
        continue
      }
      if let match = gazetteerMatch {
        let matchEnd = index + match.count
        // "Norwegian Air Shuttle": a demonym before capitalised words with a company word.
        if match.match.isDemonym, !isHeadline,
          let end = companyTailEnd(from: matchEnd, within: index..<run)
        {
          let company = makeOrganization(index..<end, rule: "company-word", confidence: 0.6)
          result.append(company)
          index = end
          continue
        }
        // "Air France-KLM": a company joined by a hyphen to another name is one company.
        if match.match.entry.kind == .organization, let end = hyphenatedPartEnd(at: matchEnd) {
          let merged = makeOrganization(
            index..<end, rule: "hyphenated-organization",
            type: match.match.entry.organizationType ?? .company, confidence: 0.7)
          result.append(merged)
          index = end
          continue
        }
        result.append(gazetteerCandidate(match.match, range: index..<matchEnd))
        index = matchEnd
        continue
      }
      // "Obama administration", "the Biden government".
      if let government = administration(index..<run) {
        result.append(government)
        index = government.tokenRange.upperBound
        continue
      }
      result.append(contentsOf: unknownRun(index..<run))
      index = max(run, index + 1)
    }
    return result
  }

  /// The end of "-KLM" after "Air France" or "Delta Nordic": a hyphen written without spaces
  /// between a name and one capitalised word or abbreviation that no list knows as a person,
  /// country or place, at the end of the run.
  private func hyphenatedPartEnd(at hyphen: Int) -> Int? {
    let next = hyphen + 1
    guard next < tokens.count, hyphen > 0, tokens[hyphen].text == "-",
      tokens[hyphen - 1].end == tokens[hyphen].start, tokens[hyphen].end == tokens[next].start,
      Self.isCapitalized(tokens[next].text), !isFunctionWord(at: next),
      next + 1 >= tokens.count || !Self.isCapitalized(tokens[next + 1].text)
        || tokens[next + 1].text == "-"
    else { return nil }
    if let other = longestGazetteerMatch(at: next) {
      guard other.count == 1, other.match.entry.kind == .organization else { return nil }
    }
    return next + 1
  }

  /// The end of "Air Shuttle" after "Norwegian": capitalised words, one of them a company
  /// word, up to the end of the range; nil when there is no company word.
  private func companyTailEnd(from start: Int, within range: Range<Int>) -> Int? {
    var end = start
    var sawCompanyWord = false
    while end < range.upperBound, Self.isCapitalized(tokens[end].text), !isFunctionWord(at: end),
      longestGazetteerMatch(at: end) == nil
    {
      if NameLexicon.companyWords.contains(tokens[end].text.lowercased()) { sawCompanyWord = true }
      end += 1
    }
    return sawCompanyWord && end == range.upperBound ? end : nil
  }

  /// Whether a capitalised word ends like an adjective of a people, language or faith:
  /// "Kurdish", "Islamic", "Tibetan", "Sudanese".
  static func looksLikeAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return ["ish", "ic", "ian", "ean", "ese", "tan", "ist"].contains { lower.hasSuffix($0) }
  }

  /// Whether a run that starts with a one-word title is an organization's name opened by an
  /// adjective that is also a title ("General Border Committee", "Supreme Court of Appeal"):
  /// an organization head comes before any "of", and the second word is no given name.
  private func opensOrganizationName(_ range: Range<Int>) -> Bool {
    guard range.count >= 2,
      NameLexicon.genericModifiers.contains(tokens[range.lowerBound].text.lowercased()),
      !NameLexicon.isGivenName(tokens[range.lowerBound + 1].text)
    else { return false }
    for index in (range.lowerBound + 1)..<range.upperBound {
      let word = tokens[index].text
      if word == "of" || word == "for" || word == "and" { return false }
      if NameLexicon.organizationHeads[word.lowercased()] != nil {
        return keywordKind(range) == .organization
      }
    }
    return false
  }

  /// "Sa Kaeo province", "the Chong Chom checkpoint", "Adamawa state": a run of capitalised
  /// words right before a lower-case place noun is a place, named without the noun; not
  /// before "state media" or "district court", where the noun modifies another.
  private func placeBeforePlaceNoun(_ range: Range<Int>, gazetteerLength: Int, titled: Bool)
    -> NameCandidate?
  {
    let next = range.upperBound
    guard next < tokens.count, !titled, !isHeadline, range.count <= 3,
      let first = tokens[next].text.utf8.first, first >= 0x61, first <= 0x7A
    else { return nil }
    var placeType = NameLexicon.placeNounsAfterName[tokens[next].text]
    var nounEnd = next + 1
    // "the Chong Chom border crossing".
    if placeType == nil, tokens[next].text == "border", next + 1 < tokens.count,
      tokens[next + 1].text == "crossing"
    {
      placeType = .facility
      nounEnd = next + 2
    }
    guard let placeType else { return nil }
    if nounEnd < tokens.count {
      let after = tokens[nounEnd].text
      if let byte = after.utf8.first, byte >= 0x61, byte <= 0x7A,
        !Self.isFunctionWord(after),
        !["of", "and", "in", "on", "near", "where", "which", "that", "was", "is", "has", "had",
          "said", "with", "to", "from", "for", "at", "along", "bordering", "were", "are",
          "after", "since", "when", "while", "last", "this", "by", "as", "or"].contains(after)
      {
        return nil
      }
    }
    let words = tokens[range].map(\.text)
    guard words.allSatisfy({ Self.isCapitalized($0) && !Self.isFunctionWord($0) }),
      !words.contains(where: NameLexicon.isHeadNoun),
      // "the Jewish state", "the Kurdish region": an adjective of a people or a faith.
      !(words.count == 1 && Self.looksLikeAdjective(words[0]))
    else { return nil }
    if gazetteerLength > 0, let match = gazetteer.firstMatch(forWords: words) {
      guard match.entry.kind == .person else { return nil }
    }
    if gazetteerLength >= range.count { return nil }
    var candidate = make(range, kind: .place, rule: "place-before-noun")
    candidate.placeType = placeType
    candidate.confidence = 0.7
    return candidate
  }

  // MARK: - Gazetteer

  private func longestGazetteerMatch(at index: Int) -> (match: Gazetteer.Match, count: Int)? {
    let slot = memo.gazetteerMatchSlots[index]
    if slot >= 0 { return memo.gazetteerMatches[Int(slot)] }
    if slot == Memo.none { return nil }
    let match = findLongestGazetteerMatch(at: index)
    if let match {
      memo.gazetteerMatchSlots[index] = Int32(memo.gazetteerMatches.count)
      memo.gazetteerMatches.append(match)
    } else {
      memo.gazetteerMatchSlots[index] = Memo.none
    }
    return match
  }

  /// ``RoleTitle/longestMatch(in:at:)`` at `index`, looked up once per token.
  private func titleMatch(at index: Int) -> (title: RoleTitle, count: Int)? {
    guard index < memo.titleMatchSlots.count else {
      return RoleTitle.longestMatch(in: tokens, at: index)
    }
    let slot = memo.titleMatchSlots[index]
    if slot >= 0 { return memo.titleMatches[Int(slot)] }
    if slot == Memo.none { return nil }
    let match = RoleTitle.longestMatch(in: tokens, at: index)
    if let match {
      memo.titleMatchSlots[index] = Int32(memo.titleMatches.count)
      memo.titleMatches.append(match)
    } else {
      memo.titleMatchSlots[index] = Memo.none
    }
    return match
  }

  /// What ``isFunctionWord(_:)``, ``isCalendarWord(_:)`` and ``isCapitalizedOrNumber(at:)``
  /// say of a token's text, each asked once per token: a "known" bit, then the answer.
  private enum WordFlags {
    static let functionWordKnown: UInt8 = 1
    static let functionWord: UInt8 = 2
    static let calendarWordKnown: UInt8 = 4
    static let calendarWord: UInt8 = 8
    static let capitalizedOrNumberKnown: UInt8 = 16
    static let capitalizedOrNumber: UInt8 = 32
  }

  /// ``isFunctionWord(_:)`` of the token at `index`.
  private func isFunctionWord(at index: Int) -> Bool {
    memoized(at: index, known: WordFlags.functionWordKnown, flag: WordFlags.functionWord, Self.isFunctionWord)
  }

  /// ``isCalendarWord(_:)`` of the token at `index`.
  private func isCalendarWord(at index: Int) -> Bool {
    memoized(at: index, known: WordFlags.calendarWordKnown, flag: WordFlags.calendarWord, Self.isCalendarWord)
  }

  /// `test` of the token at `index`, asked once per token: the answer is kept in the token's
  /// word flags, `flag` set when true and `known` once asked.
  @inline(__always)
  private func memoized(at index: Int, known: UInt8, flag: UInt8, _ test: (String) -> Bool) -> Bool {
    let flags = memo.wordFlags[index]
    if flags & known != 0 { return flags & flag != 0 }
    let answer = test(tokens[index].text)
    memo.wordFlags[index] = flags | known | (answer ? flag : 0)
    return answer
  }

  /// Whether the token at `index` is capitalised (``isCapitalized(_:)``) or all digits, asked
  /// once per token: the tokens that may end a gazetteer name of more than one word.
  private func isCapitalizedOrNumber(at index: Int) -> Bool {
    memoized(at: index, known: WordFlags.capitalizedOrNumberKnown, flag: WordFlags.capitalizedOrNumber) {
      Self.isCapitalized($0) || Self.startsWithDigitName($0)
        || $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
  }

  /// Whether a gazetteer name may end with the token at `index` (looked up once per token).
  private func mayEndName(at index: Int) -> Bool {
    if memo.mayEndName[index] == 0 {
      memo.mayEndName[index] = gazetteer.mayEndName(with: tokens[index].text) ? 2 : 1
    }
    return memo.mayEndName[index] == 2
  }

  private func findLongestGazetteerMatch(at index: Int) -> (match: Gazetteer.Match, count: Int)? {
    guard !isFunctionWord(at: index) || tokens[index].text == "US" else {
      return nil
    }
    guard gazetteer.mayStartName(with: tokens[index].text) else { return nil }
    var count = min(gazetteer.maximumWordCount, tokens.count - index)
    while count > 0 {
      let range = index..<(index + count)
      // A longer name ends with a capitalised word or a number ("Group of 20").
      if count == 1 || isCapitalizedOrNumber(at: range.upperBound - 1),
        mayEndName(at: range.upperBound - 1)
      {
        let words = tokens[range].map(\.text)
        if let match = gazetteer.firstMatch(forWords: words),
          acceptsGazetteerMatch(match, range: range)
        {
          return (match, count)
        }
      }
      count -= 1
    }
    return nil
  }

  private func acceptsGazetteerMatch(_ match: Gazetteer.Match, range: Range<Int>) -> Bool {
    // A common word that is also a name ("Chad", "Jordan") at a sentence start stays a word
    // when the document also writes it in lower case.
    if range.count == 1, !match.isAcronym,
      lowercaseWords.contains(tokens[range.lowerBound].text.lowercased())
    {
      return false
    }
    // Shouting: a word in capitals matches only abbreviations ("US"), not names ("CHINA" is
    // still China, but "AND", "HARD" are never names).
    return true
  }

  private func gazetteerCandidate(_ match: Gazetteer.Match, range: Range<Int>) -> NameCandidate {
    var entry = match.entry
    var kind = entry.kind
    var rule = "gazetteer"
    // A capital standing for its government: "Beijing said", "Washington's tariffs".
    if entry.kind == .place, let seat = NameLexicon.seatsOfInstitutions[entry.name],
      let institution = gazetteer.entry(named: seat), standsForGovernment(after: range)
    {
      // "Brussels would propose": the city where an institution sits, standing for it.
      entry = institution
      kind = institution.kind
      rule = "capital-metonymy"
    } else if entry.kind == .place, entry.isCapital, let country = gazetteer.country(of: entry),
      standsForGovernment(after: range)
    {
      entry = country
      kind = .country
      rule = "capital-metonymy"
    }
    var candidate = make(range, kind: kind, rule: rule)
    candidate.entry = entry
    candidate.form = match.isDemonym ? .demonym : match.isAcronym ? .acronym : .name
    candidate.organizationType = entry.organizationType
    candidate.placeType = entry.placeType
    candidate.eventType = entry.eventType
    candidate.confidence = match.isDemonym ? 0.9 : 0.95
    return candidate
  }

  private func standsForGovernment(after range: Range<Int>) -> Bool {
    let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].text.lowercased() : ""
    // "The Nobel Assembly at the Karolinska Institute in Stockholm said": after a preposition
    // of place the city is where the speaker is, not who speaks.
    if ["in", "at", "from", "near", "outside"].contains(previous) { return false }
    let next = range.upperBound < tokens.count ? tokens[range.upperBound].text.lowercased() : ""
    if NameLexicon.actorVerbs.contains(next) { return true }
    // "Washington welcomed the talks": a past-tense verb right after the name.
    if next.count > 4, next.hasSuffix("ed"), next.unicodeScalars.first?.properties.isLowercase == true {
      return true
    }
    if next == "'s" || next == "\u{2019}s" { return true }
    return previous == "between"
  }

  // MARK: - Titles

  /// "Ursula von der Leyen": the capitalised word after at most two name particles starting at
  /// `index`, or `nil`.
  private func nameWord(afterParticlesAt index: Int) -> Int? {
    var next = index
    while next < tokens.count, NameLexicon.asciiNameParticles.contains(tokens[next].text) { next += 1 }
    guard next < tokens.count, next - index <= 2, Self.isCapitalized(tokens[next].text) else { return nil }
    return next
  }

  private func personAfterTitle(at index: Int) -> NameCandidate? {
    var end = index
    var nameWords = 0
    while end < tokens.count, nameWords < 4 {
      let text = tokens[end].text
      if end > index, NameLexicon.asciiNameParticles.contains(text) {
        guard let next = nameWord(afterParticlesAt: end) else { break }
        end = next
        continue
      }
      // "Minister Ngozi Okonjo-Iweala": a hyphenated surname.
      if text == "-", end > index + 1, end + 1 < tokens.count, tokens[end - 1].end == tokens[end].start,
        tokens[end].end == tokens[end + 1].start, Self.isCapitalized(tokens[end + 1].text),
        !isFunctionWord(at: end + 1)
      {
        end += 1
        continue
      }
      let isInitial = text.count == 2 && text.hasSuffix(".") && Self.isCapitalized(text)
      // A month can be a given name after a title: "analyst Jan Hatzius", "reporter April Ryan".
      let monthAsName = end == index && isCalendarWord(at: end)
        && NameLexicon.months.contains(text.lowercased())
        && end + 1 < tokens.count && Self.isCapitalized(tokens[end + 1].text)
        && !isCalendarWord(at: end + 1) && !isFunctionWord(at: end + 1)
      let articleCompound = end > index && NameLexicon.surname(ofArticleCompound: text) != nil
      guard Self.isCapitalized(text) || articleCompound,
        !isFunctionWord(at: end) || isInitial || monthAsName,
        !isCalendarWord(at: end) || monthAsName
      else { break }
      // A country, place or organization ends the name, except a demonym right after a lone
      // given name, which is a surname: "Deputy Secretary David Turk", "Senator Paul English".
      if end > index, let match = gazetteer.firstMatch(forWords: [text]),
        match.entry.kind != .person,
        !(match.isDemonym && end == index + 1 && !Self.isAllCapitals(text)
          && NameLexicon.isGivenName(tokens[index].text))
      {
        break
      }
      end += 1
      nameWords += 1
    }
    guard end > index else { return nil }
    let range = index..<end
    let words = tokens[range].map(\.text)
    // "the President of China": a title followed by a country or organization, not a name.
    if words.count == 1, let match = gazetteer.firstMatch(forWords: words),
      match.entry.kind != .person
    {
      return nil
    }
    // "Minister Lucy Park" is a person whose surname happens to be a place noun.
    if let kind = keywordKind(range), kind != .place { return nil }
    var candidate = make(range, kind: .person, rule: "title")
    candidate.hasTitle = true
    candidate.confidence = 0.9
    return candidate
  }

  // MARK: - Runs of capitalised words

  /// The end of the run of capitalised words starting at `start`, with the connectors and
  /// hyphens inside it ("Bank of England", "China-US Economic and Trade Meeting").
  private func runEnd(from start: Int) -> Int {
    var index = start
    var last = start
    while index < tokens.count {
      let text = tokens[index].text
      if index > start, Self.isCapitalized(text), titleMatch(at: index) != nil,
        personAfterTitleFollows(index)
      {
        break
      }
      if Self.isCapitalized(text) || (index > start && Self.startsWithDigitName(text)) {
        if index > start, isCalendarWord(at: index) { break }
        last = index
        index += 1
        continue
      }
      // "Abdel Fattah al-Burhan": an article joined to a surname continues the name.
      if index > start, NameLexicon.surname(ofArticleCompound: text) != nil {
        last = index
        index += 1
        continue
      }
      // "Ministry of Economy, Trade and Industry": a list inside an organization's name.
      // (A one-byte check first: comparing Strings that differ is not free.)
      if text.utf8.count == 1, text == ",", index > start, headThenOf(start..<index),
        let listEnd = nameListEnd(from: index)
      {
        last = listEnd - 1
        index = listEnd
        continue
      }
      // "Workers' Party", "People's Liberation Army": a plural possessive inside a name.
      if index > start, Self.isPossessiveMark(text),
        NameLexicon.possessiveNameWords.contains(tokens[index - 1].text.lowercased()),
        index + 1 < tokens.count, Self.isCapitalized(tokens[index + 1].text)
      {
        index += 1
        continue
      }
      if index > start, NameLexicon.asciiNameParticles.contains(text), let next = nameWord(afterParticlesAt: index) {
        index = next
        continue
      }
      if index > start, index + 1 < tokens.count {
        let lower = text.lowercased()
        let next = tokens[index + 1].text
        if NameLexicon.asciiConnectors.contains(lower), text == lower || text == "&" {
          if Self.isCapitalized(next), !isCalendarWord(at: index + 1) {
            index += 1
            continue
          }
          if lower == "of" || lower == "for" || lower == "on", next == "the", index + 2 < tokens.count,
            Self.isCapitalized(tokens[index + 2].text)
          {
            index += 2
            continue
          }
        }
        if text.utf8.count == 1, text == "-", tokens[index - 1].end == tokens[index].start,
          tokens[index].end == tokens[index + 1].start, Self.isCapitalized(next)
        {
          index += 1
          continue
        }
      }
      break
    }
    return last + 1
  }

  /// Whether a range has an organization head noun followed by "of".
  private func headThenOf(_ range: Range<Int>) -> Bool {
    var sawHead = false
    for token in tokens[range] {
      if NameLexicon.organizationHeads[token.text.lowercased()] != nil { sawHead = true }
      if sawHead, token.text == "of" { return true }
    }
    return false
  }

  /// The end of ", Trade and Industry" after "Ministry of Economy": comma-separated
  /// capitalised words closed by "and" and one more capitalised word or more.
  private func nameListEnd(from comma: Int) -> Int? {
    var position = comma
    while position < tokens.count, tokens[position].text == "," {
      var next = position + 1
      let closing = next < tokens.count && tokens[next].text == "and"
      if closing { next += 1 }
      let wordsStart = next
      while next < tokens.count, Self.isCapitalized(tokens[next].text),
        !isFunctionWord(at: next)
      {
        next += 1
      }
      guard next > wordsStart else { return nil }
      if closing { return next }
      if next < tokens.count, tokens[next].text == "and" {
        var end = next + 1
        let start = end
        while end < tokens.count, Self.isCapitalized(tokens[end].text),
          !isFunctionWord(at: end)
        {
          end += 1
        }
        return end > start ? end : nil
      }
      position = next
    }
    return nil
  }

  private func personAfterTitleFollows(_ index: Int) -> Bool {
    guard let (_, count) = titleMatch(at: index) else { return false }
    let next = index + count
    guard next < tokens.count else { return false }
    let text = tokens[next].text
    return Self.isCapitalized(text) && !isFunctionWord(at: next)
      && keywordKind(next..<(next + 1)) == nil
  }

  /// What a run's head noun makes it, if anything.
  private func keywordKind(_ range: Range<Int>) -> Entity.Kind? {
    guard range.count >= 2 else { return nil }
    let words = tokens[range].map { $0.text.lowercased() }
    var lastIndex = words.count - 1
    // "World War II": a numeral after the head.
    while lastIndex > 0, Self.isRomanNumeral(words[lastIndex]) || words[lastIndex].first?.isNumber == true {
      lastIndex -= 1
    }
    let last = words[lastIndex]
    // "Typhoon Haiyan", "Tropical Storm Erin": a named storm is an event, never a person
    // (a run of two or three words; a bare "Storm" only before a verb or a function word,
    // not in "Storm Shadow missiles").
    if words.count <= 3, NameLexicon.stormPrefixes.contains(words[0])
      || (words[0] == "tropical" && words[1] == "storm"),
      words[0] != "storm" || range.upperBound >= tokens.count
        || tokens[range.upperBound].text.unicodeScalars.first?.properties.isLowercase != true
        || Self.isFunctionWord(tokens[range.upperBound].text)
        || NameLexicon.speechVerbs.contains(tokens[range.upperBound].text)
        || ["hit", "hits", "struck", "strikes", "made", "makes", "was", "is", "has", "had",
          "killed", "left", "battered", "lashed", "slammed", "brought", "weakened",
          "dumped", "swept", "moved", "caused", "destroyed", "damaged", "ravaged", "could",
          "would", "will", "and", "in", "on", "of", "to", "last", "this", "that", "as"].contains(tokens[range.upperBound].text)
    {
      return .event
    }
    // "Lake Geneva", "Mount Kenya", "Cape Town": a place noun before the name.
    if NameLexicon.placePrefixes.contains(words[0]), words.count <= 4 { return .place }
    if NameLexicon.countryHeads.contains(last) { return .country }
    if NameLexicon.eventHeads[last] != nil { return .event }
    if NameLexicon.placeHeads[last] != nil { return .place }
    // "House of Commons" is a legislature; "Great Hall of the People", "Gulf of Mexico" are
    // places named by their head noun and what it is of.
    if let of = words.firstIndex(of: "of"), of > 0 {
      let head = words[of - 1]
      if head == "house" { return .organization }
      if NameLexicon.placeHeads[head] != nil,
        !words[..<of].contains(where: { NameLexicon.organizationHeads[$0] != nil })
      {
        return .place
      }
    }
    for (position, word) in words.enumerated() where NameLexicon.organizationHeads[word] != nil {
      // The head is not the first word, or the first of "Head of X" ("Bank of England").
      if position > 0 || (words.count > 2 && ["of", "for", "on"].contains(words[1])) {
        return .organization
      }
    }
    return nil
  }

  /// Whether any word of a range is the head noun of an organization, event, place or state.
  private func hasHead(_ range: Range<Int>) -> Bool {
    tokens[range].contains { token in
      let word = token.text.lowercased()
      return NameLexicon.organizationHeads[word] != nil || NameLexicon.eventHeads[word] != nil
        || NameLexicon.placeHeads[word] != nil || NameLexicon.countryHeads.contains(word)
    }
  }

  /// Whether a run names a law, award, document or concept rather than an entity.
  private func namesNoEntity(_ range: Range<Int>) -> Bool {
    guard range.count >= 2, let last = tokens[range.upperBound - 1].text.lowercased() as String?
    else { return false }
    // "Joint Declaration on Security Cooperation", "Act of Union": a titled document.
    for index in range.lowerBound..<(range.upperBound - 1)
    where NameLexicon.nonEntityHeads.contains(tokens[index].text.lowercased())
      && Self.isCapitalized(tokens[index].text)
      && ["on", "of", "for"].contains(tokens[index + 1].text)
    {
      return true
    }
    return NameLexicon.nonEntityHeads.contains(last)
  }

  private mutating func keywordCandidates(_ range: Range<Int>) -> [NameCandidate]? {
    if namesNoEntity(range), gazetteer.firstMatch(forWords: tokens[range].map(\.text)) == nil {
      notes.append("not an entity (law, award, document or concept): \(text(of: range))")
      return []
    }
    guard let kind = keywordKind(range) else { return nil }
    // A headline's capitals say nothing; only known names count there.
    if isHeadline { return nil }
    // "Olaf Scholz of the Social Democratic Party": a name, then the organization it is of.
    for index in range where tokens[index].text == "of" && index > range.lowerBound {
      let left = range.lowerBound..<index
      var rightStart = index + 1
      if rightStart < range.upperBound, tokens[rightStart].text == "the" { rightStart += 1 }
      let right = rightStart..<range.upperBound
      guard !right.isEmpty, !hasHead(left),
        gazetteer.firstMatch(forWords: tokens[left].map(\.text)) == nil
      else { break }
      let rightCandidates: [NameCandidate]
      if let match = gazetteer.firstMatch(forWords: tokens[right].map(\.text)) {
        rightCandidates = [gazetteerCandidate(match, range: right)]
      } else if let keyword = keywordCandidates(right) {
        rightCandidates = keyword
      } else {
        break
      }
      return unknownRun(left) + rightCandidates
    }
    // "the Chain Bridge and Buda Castle": two places joined by "and".
    if kind == .place, let and = range.first(where: { tokens[$0].text == "and" || tokens[$0].text == "&" }),
      keywordKind(range.lowerBound..<and) == .place, keywordKind((and + 1)..<range.upperBound) == .place
    {
      return [placeCandidate(range.lowerBound..<and), placeCandidate((and + 1)..<range.upperBound)]
    }
    if kind == .organization, let split = countryLedOrganization(range) { return split }
    if kind == .organization, let split = splitCoordination(range) { return split }
    // "Ontario Liberal Party Joe Dickson": a name right after the head noun is not part of it.
    if kind == .organization, let head = range.last(where: {
      NameLexicon.organizationHeads[tokens[$0].text.lowercased()] != nil
    }), head + 1 < range.upperBound, head > range.lowerBound {
      let tail = (head + 1)..<range.upperBound
      let tailWords = tokens[tail].map(\.text)
      // "National Association of Automotive Dealers": a plural after a head that is itself
      // inside the complement of an earlier "of" or "for" ends the name.
      let pluralInComplement = tailWords.count == 1 && Self.looksPlural(tailWords[0])
        && tokens[range.lowerBound..<head].contains { $0.text == "of" || $0.text == "for" }
      if !pluralInComplement,
        tailWords.allSatisfy({ Self.isCapitalized($0) && !Self.isFunctionWord($0) }),
        gazetteer.firstMatch(forWords: tailWords) == nil,
        !tailWords.contains(where: { NameLexicon.organizationHeads[$0.lowercased()] != nil })
      {
        return organizationCandidates(range.lowerBound..<(head + 1)) + unknownRun(tail)
      }
    }
    switch kind {
    case .event:
      return eventCandidates(range)
    case .place:
      return [placeCandidate(range)]
    case .organization:
      return organizationCandidates(range)
    case .country:
      var candidate = make(range, kind: .country, rule: "state-name")
      candidate.confidence = 0.7
      if let match = gazetteer.firstMatch(forWords: tokens[range].map(\.text)) {
        return [gazetteerCandidate(match, range: range)]
      }
      return [candidate]
    case .person:
      return nil
    }
  }

  /// "U.S. Federal Trade Commission", "British Competition and Markets Authority": a
  /// country before a government body's name is a mention of its own, and the body's name
  /// is the rest.
  private func countryLedOrganization(_ range: Range<Int>) -> [NameCandidate]? {
    guard let match = longestGazetteerMatch(at: range.lowerBound), match.match.entry.kind == .country
    else { return nil }
    let rest = (range.lowerBound + match.count)..<range.upperBound
    guard rest.count >= 2, Self.isCapitalized(tokens[rest.lowerBound].text),
      !isFunctionWord(at: rest.lowerBound)
    else { return nil }
    let country = gazetteerCandidate(match.match, range: range.lowerBound..<rest.lowerBound)
    let restWords = tokens[rest].map(\.text)
    if let known = gazetteer.firstMatch(forWords: restWords), known.entry.kind == .organization {
      return [country, gazetteerCandidate(known, range: rest)]
    }
    // "Japan Fair Trade Commission", "China Securities Regulatory Commission": a country's
    // plain name before a body's name no list knows is part of that name; only an adjective
    // or an abbreviation ("British", "U.S.") stands apart.
    let countryWords = tokens[range.lowerBound..<rest.lowerBound].map(\.text)
    guard match.match.isDemonym || match.match.isAcronym
      || countryWords.contains(where: { $0.contains(".") || Self.isAllCapitals($0) })
    else { return nil }
    // "Indian National Congress", "Korean Central News Agency" are whole names.
    guard keywordKind(rest) == .organization,
      // "Nigerian Armed Forces", "Israeli Air Force": a generic force is named by its nation.
      !["national", "central", "people's", "revolutionary", "royal", "armed", "air", "defence",
        "defense", "self-defense", "self-defence", "coast", "naval"].contains(restWords[0].lowercased()),
      Self.organizationType(of: restWords) == .government
    else { return nil }
    let body = makeOrganization(rest, rule: "organization-name", type: .government, confidence: 0.8)
    return [country, body]
  }

  /// "Renmin University and Tsinghua University": two names joined by "and".
  private mutating func splitCoordination(_ range: Range<Int>) -> [NameCandidate]? {
    if tokens[range].contains(where: { $0.text == "," }) { return nil }
    for index in range where tokens[index].text == "and" || tokens[index].text == "&" {
      let left = range.lowerBound..<index
      let right = (index + 1)..<range.upperBound
      guard !left.isEmpty, !right.isEmpty else { continue }
      // Both sides must be names on their own: "Renmin University and Tsinghua University",
      // but not "Institute of Allergy and Infectious Diseases" or "Science and Technology
      // Commission".
      let leftIsName = keywordKind(left) != nil
        || gazetteer.firstMatch(forWords: tokens[left].map(\.text)) != nil
        || tokens[left].filter({ Self.isCapitalized($0.text) }).count >= 2
      let rightHasHead = keywordKind(right) != nil
        || gazetteer.firstMatch(forWords: tokens[right].map(\.text)) != nil
      // After "of" or "for", "and" joins the complement ("Institute of Allergy and Infectious
      // Diseases"); otherwise two capitalised words are a name ("Tokyo Electron").
      let insideComplement = tokens[left].contains { $0.text == "of" || $0.text == "for" }
      let rightIsName = rightHasHead
        || (!insideComplement && tokens[right].contains { Self.isCapitalized($0.text) }
          && (keywordKind(left) != nil || tokens[right].filter({ Self.isCapitalized($0.text) }).count >= 2))
      // "National Flood Control and Relief Coordination Council": a left side with no head
      // and no list's name, opened by a generic adjective or made of common words, is the
      // start of the organization the right side's head names.
      let leftWords = tokens[left].map(\.text)
      let leftOpensName = keywordKind(left) == nil
        && gazetteer.firstMatch(forWords: leftWords) == nil
        && !NameLexicon.isGivenName(leftWords[0])
        && (NameLexicon.genericModifiers.contains(leftWords[0].lowercased())
          || leftWords.allSatisfy { lowercaseWords.contains($0.lowercased()) })
        && keywordKind(right) == .organization
      if leftIsName, rightIsName, !leftOpensName {
        var result: [NameCandidate] = []
        if let leftCandidates = keywordCandidates(left) {
          result += leftCandidates
        } else if let match = gazetteer.firstMatch(forWords: tokens[left].map(\.text)) {
          result.append(gazetteerCandidate(match, range: left))
        } else {
          result += unknownRun(left)
        }
        if let rightCandidates = keywordCandidates(right) {
          result += rightCandidates
        } else if let match = gazetteer.firstMatch(forWords: tokens[right].map(\.text)) {
          result.append(gazetteerCandidate(match, range: right))
        } else {
          result += unknownRun(right)
        }
        return result.isEmpty ? nil : result
      }
    }
    return nil
  }

  private func eventCandidates(_ range: Range<Int>) -> [NameCandidate] {
    var result: [NameCandidate] = []
    var start = range.lowerBound
    // "China-US Economic and Trade Meeting": the countries stay mentions of their own.
    var prefix: [NameCandidate] = []
    while start < range.upperBound,
      let match = gazetteer.firstMatch(forWords: [tokens[start].text]),
      match.entry.kind == .country,
      start + 1 < range.upperBound, tokens[start + 1].text == "-" || prefix.count > 0
    {
      prefix.append(gazetteerCandidate(match, range: start..<(start + 1)))
      if tokens[start + 1].text == "-" { start += 2 } else { start += 1; break }
    }
    if !prefix.isEmpty, start < range.upperBound {
      result += prefix
    } else {
      start = range.lowerBound
    }
    let eventRange = start..<range.upperBound
    guard eventRange.count >= 1 else { return result }
    // Calls, meetings, summits, talks, agreements, visits, wars and elections are dated and
    // joined to their participants by the event rules of relation extraction, which read the
    // name's words themselves; only the places and countries inside the name are mentions.
    let lastWord = tokens[eventRange.upperBound - 1].text.lowercased()
    if NameLexicon.datedEventHeads.contains(lastWord),
      gazetteer.matches(for: text(of: range)).first(where: { $0.entry.kind == .event }) == nil
    {
      return result + gazetteerNames(in: eventRange)
    }
    var candidate = make(eventRange, kind: .event, rule: "event-name")
    candidate.fullName = text(of: range)
    let words = tokens[eventRange].map { $0.text.lowercased() }
    let head = words.last(where: { NameLexicon.eventHeads[$0] != nil }) ?? ""
    candidate.eventType = NameLexicon.eventHeads[head] ?? .other
    candidate.confidence = 0.8
    if let match = gazetteer.matches(for: candidate.name).first, match.entry.kind == .event {
      candidate.entry = match.entry
    }
    result.append(candidate)
    return result
  }

  /// The gazetteer names inside a range, longest first, and nothing else.
  private func gazetteerNames(in range: Range<Int>) -> [NameCandidate] {
    var result: [NameCandidate] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let match = longestGazetteerMatch(at: index), index + match.count <= range.upperBound {
        result.append(gazetteerCandidate(match.match, range: index..<(index + match.count)))
        index += match.count
      } else {
        index += 1
      }
    }
    return result
  }

  private func placeCandidate(_ range: Range<Int>) -> NameCandidate {
    let words = tokens[range].map(\.text)
    // "Hubei Province": the region the gazetteer knows as "Hubei".
    if let last = words.last, NameLexicon.regionSuffixes.contains(last.lowercased()),
      let match = gazetteer.firstMatch(forWords: Array(words.dropLast())),
      match.entry.kind == .place
    {
      var candidate = gazetteerCandidate(match, range: range)
      candidate.rule = "gazetteer+suffix"
      return candidate
    }
    var candidate = make(range, kind: .place, rule: "place-name")
    candidate.placeType = NameLexicon.placeHeads[words.last?.lowercased() ?? ""] ?? .other
    candidate.confidence = 0.75
    return candidate
  }

  private func organizationCandidates(_ range: Range<Int>) -> [NameCandidate] {
    // "Research Department of the Kiel Institute for the World Economy": a unit
    // and the organization it belongs to.
    for index in range where tokens[index].text == "of" && index > range.lowerBound {
      let left = range.lowerBound..<index
      var rightStart = index + 1
      if rightStart < range.upperBound, tokens[rightStart].text == "the" { rightStart += 1 }
      let right = rightStart..<range.upperBound
      let leftWord = tokens[index - 1].text.lowercased()
      guard right.count >= 2, NameLexicon.unitHeads.contains(leftWord),
        let leftHead = NameLexicon.organizationHeads[leftWord],
        keywordKind(right) == .organization
      else { continue }
      var unit = make(left, kind: .organization, rule: "organization-unit")
      let parent = organizationCandidates(right)
      unit.organizationType = parent.last?.organizationType ?? leftHead
      unit.confidence = 0.75
      return [unit] + parent
    }
    let words = tokens[range].map(\.text)
    if let match = gazetteer.firstMatch(forWords: words), match.entry.kind == .organization {
      return [gazetteerCandidate(match, range: range)]
    }
    // "Toyota Motor Corporation": a known company with its legal ending.
    let base = Self.withoutCorporateSuffixes(words)
    if base.count < words.count, !base.isEmpty,
      let match = gazetteer.firstMatch(forWords: base), match.entry.kind == .organization
    {
      var candidate = gazetteerCandidate(match, range: range)
      candidate.rule = "gazetteer+legal-ending"
      return [candidate]
    }
    let candidate = makeOrganization(
      range, rule: "organization-name", type: Self.organizationType(of: words), confidence: 0.8)
    return [candidate]
  }

  /// A name without its legal and corporate endings: "Acme Holdings Ltd." → "Acme".
  static func withoutCorporateSuffixes(_ words: [String]) -> [String] {
    var result = words
    while result.count > 1, let last = result.last,
      NameLexicon.corporateSuffixes.contains(last.lowercased()) || last == "," || last == "."
    {
      result.removeLast()
    }
    return result
  }

  /// The organization type a name's head nouns suggest.
  static func organizationType(of words: [String]) -> Entity.OrganizationType {
    let lower = words.map { $0.lowercased() }
    if lower.contains("university") || lower.contains("college") { return .education }
    if lower.first == "united" && lower.dropFirst().first == "nations" { return .international }
    if lower.contains("international") || lower.first == "world",
      lower.contains("organization") || lower.contains("organisation")
    {
      return .international
    }
    if lower.contains("party") { return .party }
    if let house = lower.firstIndex(of: "house"), house + 1 < lower.count, lower[house + 1] == "of" {
      return .government
    }
    if lower.contains("studies") || lower.contains("research") || lower.contains("institute") {
      return .research
    }
    for word in lower.reversed() {
      if let type = NameLexicon.organizationHeads[word] { return type }
    }
    return .other
  }

  private func administration(_ range: Range<Int>) -> NameCandidate? {
    let next = range.upperBound
    guard next < tokens.count, NameLexicon.governmentNouns.contains(tokens[next].text),
      range.count <= 3
    else { return nil }
    let words = tokens[range].map(\.text)
    // "the Chinese government" is China; "the Obama administration" is an organization.
    if let match = gazetteer.firstMatch(forWords: words), match.entry.kind != .person {
      return nil
    }
    guard words.allSatisfy({ Self.isCapitalized($0) && !Self.isFunctionWord($0) }) else {
      return nil
    }
    // "a Labour-led government": a compound modifier, not the name of a government.
    if next >= 2, tokens[next - 1].text.first?.isLowercase == true
      || tokens[next - 1].text.split(separator: "-").last?.first?.isLowercase == true
    {
      return nil
    }
    let candidate = makeOrganization(
      range.lowerBound..<(next + 1), rule: "administration", type: .government, confidence: 0.8)
    return candidate
  }

  // MARK: - Unknown names

  private mutating func unknownRun(_ range: Range<Int>) -> [NameCandidate] {
    var result: [NameCandidate] = []
    var index = range.lowerBound
    var segmentStart: Int?
    func flush(_ end: Int, into result: inout [NameCandidate], scanner: inout SentenceScanner) {
      if let start = segmentStart, start < end {
        result += scanner.classifyUnknown(start..<end)
      }
      segmentStart = nil
    }
    while index < range.upperBound {
      let text = tokens[index].text
      // "Abdel Fattah al-Burhan": an article joined to the surname goes on the name.
      if segmentStart != nil, NameLexicon.surname(ofArticleCompound: text) != nil {
        index += 1
        continue
      }
      // Particles and hyphens inside a person's name: "Ursula von der Leyen", "Jean-Luc Picard".
      if segmentStart != nil, NameLexicon.asciiNameParticles.contains(text) || text == "-",
        continuesName(after: index, within: range, hyphen: text == "-", segmentStart: segmentStart)
      {
        index += 1
        continue
      }
      if let match = longestGazetteerMatch(at: index), index + match.count <= range.upperBound,
        !(match.count == 1 && segmentStart != nil && match.match.entry.kind == .place
          && !match.match.isDemonym && tokens[index - 1].end < tokens[index].start
          && Self.isCapitalized(tokens[index - 1].text))
      {
        let matchEnd = index + match.count
        let entry = match.match.entry
        // "TAP Air Portugal": a country after a company word closes the company's name.
        if let start = segmentStart, entry.kind == .country, !match.match.isDemonym,
          NameLexicon.companyWords.contains(tokens[index - 1].text.lowercased())
        {
          let company = makeOrganization(start..<matchEnd, rule: "company-word", confidence: 0.6)
          result.append(company)
          segmentStart = nil
          index = matchEnd
          continue
        }
        // "Norwegian Air Shuttle": a demonym before capitalised words with a company word.
        if segmentStart == nil, match.match.isDemonym, let end = companyTailEnd(from: matchEnd, within: range) {
          let company = makeOrganization(index..<end, rule: "company-word", confidence: 0.6)
          result.append(company)
          index = end
          continue
        }
        flush(index, into: &result, scanner: &self)
        let tail = nameTailEnd(from: matchEnd, within: range)
        // "Tokyo Electron", "Shanghai Electric": a place name that starts a company's name.
        if tail > matchEnd, !match.match.isDemonym, entry.kind == .country || entry.placeType == .city {
          let organization = makeOrganization(
            index..<tail, rule: "place-led-name",
            type: Self.organizationType(of: tokens[index..<tail].map(\.text)), confidence: 0.6)
          result.append(organization)
          index = tail
          continue
        }
        result.append(gazetteerCandidate(match.match, range: index..<matchEnd))
        index = matchEnd
        continue
      }
      // "Delta Nordic-SAS": a name of two words or more joined by a hyphen to an abbreviation
      // is one company ("Ana Serra-Vidal" is a person's double surname). In a line set in
      // capitals ("QUARTER PVS QTR YR-AGO") every word looks like an abbreviation, so the name
      // must have a word in lower case.
      if let start = segmentStart, index - start >= 2,
        text.utf8.count == 1, index + 1 < range.upperBound,
        Self.isAllCapitals(tokens[index + 1].text), tokens[index + 1].text.utf8.count >= 2,
        tokens[start..<index].contains(where: { $0.text.alphabeticProfile.hasLowercase }),
        let end = hyphenatedPartEnd(at: index), end <= range.upperBound,
        !NameLexicon.isGivenName(tokens[start].text)
      {
        let company = makeOrganization(
          start..<end, rule: "hyphenated-organization", confidence: 0.6)
        result.append(company)
        segmentStart = nil
        index = end
        continue
      }
      if !Self.isCapitalized(text) || isFunctionWord(at: index) || isCalendarWord(at: index)
        || text == "-"
      {
        flush(index, into: &result, scanner: &self)
        index += 1
        continue
      }
      if segmentStart == nil { segmentStart = index }
      index += 1
    }
    flush(range.upperBound, into: &result, scanner: &self)
    return result
  }

  /// A longer name that starts with a country or place the gazetteer knows ("Bharat
  /// Mandapam", "Jordan Peterson", "Georgia Tech"): the whole capitalised run is the name,
  /// not the country.
  private func placeLedName(_ match: (match: Gazetteer.Match, count: Int), at index: Int, run: Int) -> NameCandidate? {
    let entry = match.match.entry
    guard !isHeadline, entry.kind == .country || entry.kind == .place, !match.match.isDemonym,
      !match.match.isAcronym || entry.kind == .country, run > index + match.count
    else { return nil }
    let first = tokens[index..<(index + match.count)].map(\.text)
    let matchEnd = index + match.count
    // "Cleveland-Cliffs": a city joined by a hyphen to a word no list knows names a company.
    if entry.kind == .place, entry.placeType == .city, matchEnd + 2 <= run, tokens[matchEnd].text == "-",
      tokens[matchEnd - 1].end == tokens[matchEnd].start, tokens[matchEnd].end == tokens[matchEnd + 1].start,
      matchEnd + 2 == run || !Self.isCapitalized(tokens[matchEnd + 2].text),
      gazetteer.firstMatch(forWords: [tokens[matchEnd + 1].text]) == nil,
      !NameLexicon.isGivenName(tokens[matchEnd + 1].text), !Self.isAllCapitals(tokens[matchEnd + 1].text)
    {
      let company = makeOrganization(
        index..<(matchEnd + 2), rule: "city-hyphen-company", confidence: 0.65)
      return company
    }
    // "U.S. Steel", "U.K. Airways": an abbreviated country before an industry word is a company.
    if first.contains(where: { Self.isAllCapitals($0) || $0.contains(".") }) {
      guard entry.kind == .country, matchEnd + 1 == run || matchEnd + 2 == run,
        NameLexicon.industryWords.contains(tokens[run - 1].text.lowercased())
          || NameLexicon.organizationHeads[tokens[run - 1].text.lowercased()] == .company,
        tokens[matchEnd..<run].allSatisfy({ Self.isCapitalized($0.text) && !Self.isAllCapitals($0.text) })
      else { return nil }
      let company = makeOrganization(index..<run, rule: "country-led-company", confidence: 0.7)
      return company
    }
    let tail = nameTailEnd(from: matchEnd, within: index..<run)
    guard tail > matchEnd else { return nil }
    let range = index..<tail
    let tailWords = tokens[matchEnd..<tail].map { $0.text.lowercased() }
    if tailWords == ["tech"] {
      let university = makeOrganization(
        range, rule: "university-name", type: .education, confidence: 0.7)
      return university
    }
    // "Ohio Republicans", "Chicago Bulls": a plural after a place is a group, not a name.
    if let last = tailWords.last, Self.looksPlural(last) { return nil }
    // "Georgia Power, the utility,", "Georgia Power said in a statement": what the sentence
    // says of the name comes before a given name's guess.
    if let kind = contextKind(range, personEvidence: true), kind != .person {
      return contextCandidate(range, kind: kind)
    }
    if tail - matchEnd <= 2, match.count == 1 && NameLexicon.isGivenName(first[0]) || hasPersonEvidence(range) {
      var person = make(range, kind: .person, rule: "capitalised-name")
      person.confidence = 0.65
      return person
    }
    let previous = index > 0 ? tokens[index - 1].text.lowercased() : ""
    let next = tail < tokens.count ? tokens[tail].text.lowercased() : ""
    if NameLexicon.placePrepositions.contains(previous) || previous == "at"
      || NameLexicon.placeNounsAfter.contains(next)
    {
      var place = make(range, kind: .place, rule: "place-led-place")
      place.placeType = .facility
      place.confidence = 0.6
      return place
    }
    let organization = makeOrganization(
      range, rule: "place-led-name", type: Self.organizationType(of: tokens[range].map(\.text)),
      confidence: 0.6)
    return organization
  }

  /// The end of the capitalised words right after a gazetteer name that no list knows.
  /// "Air New Zealand", "ACT New Zealand": an organization whose name is an acronym or a
  /// word of ``NameLexicon/countryNamePrefixes`` before a country's name.
  private func countryNamedOrganization(at index: Int) -> NameCandidate? {
    let text = tokens[index].text
    guard index + 1 < tokens.count, !isHeadline,
      NameLexicon.countryNamePrefixes.contains(text.lowercased())
        || Self.isAllCapitals(text) && (2...5).contains(text.count) && !text.contains("."),
      gazetteer.firstMatch(forWords: [text]) == nil,
      tokens[index].end < tokens[index + 1].start,
      let country = longestGazetteerMatch(at: index + 1), country.match.entry.kind == .country,
      !country.match.isDemonym, !country.match.isAcronym
    else { return nil }
    var candidate = make(index..<(index + 1 + country.count), kind: .organization,
                         rule: "country-named-organization")
    candidate.organizationType = .other
    candidate.confidence = 0.65
    return candidate
  }

  private func nameTailEnd(from start: Int, within range: Range<Int>) -> Int {
    var end = start
    // "New Zealand First": an ordinal closing a name led by a country.
    if start < range.upperBound, tokens[start].text == "First", start + 1 == range.upperBound {
      return start + 1
    }
    while end < range.upperBound {
      let text = tokens[end].text
      guard Self.isCapitalized(text), !isFunctionWord(at: end), !isCalendarWord(at: end),
        !Self.isAllCapitals(text), tokens[end - 1].end < tokens[end].start,
        !lowercaseWords.contains(text.lowercased()),
        gazetteer.firstMatch(forWords: [text]) == nil,
        titleMatch(at: end) == nil
      else { break }
      end += 1
    }
    return end
  }

  /// Whether a title of an organization's office comes right before ("founder of") or right
  /// after ("CEO") a range.
  private func organizationTitleAround(_ range: Range<Int>) -> Bool {
    if range.lowerBound >= 2, ["of", "at"].contains(tokens[range.lowerBound - 1].text),
      let (title, _) = RoleTitle.longestMatch(in: tokens, endingAt: range.lowerBound - 2),
      title.scope == .organization
    {
      return true
    }
    if let (title, _) = titleMatch(at: range.upperBound),
      title.scope == .organization, title.predicate != nil,
      tokens[range.upperBound].text.unicodeScalars.first?.properties.isUppercase == true
    {
      return true
    }
    return false
  }

  /// Whether a particle or hyphen at `index` continues the name begun at `segmentStart`.
  private func continuesName(
    after index: Int, within range: Range<Int>, hyphen: Bool, segmentStart: Int?
  ) -> Bool {
    var next = index
    while next < range.upperBound, NameLexicon.asciiNameParticles.contains(tokens[next].text) { next += 1 }
    if hyphen { next = index + 1 }
    guard next < range.upperBound, Self.isCapitalized(tokens[next].text),
      !isFunctionWord(at: next)
    else { return false }
    if !hyphen { return true }
    // "Ngozi Okonjo-Iweala": a hyphenated surname after a given name and a first part.
    if let segmentStart, index - segmentStart >= 2, NameLexicon.isGivenName(tokens[segmentStart].text),
      tokens[index - 1].end == tokens[index].start, tokens[index].end == tokens[next].start
    {
      return true
    }
    // "Jean-Luc Picard": a one-word first part, then at least two words; "Trump-Xi" is two names.
    guard let segmentStart, index - segmentStart == 1 else { return false }
    var words = 0
    var position = next
    while position < range.upperBound, Self.isCapitalized(tokens[position].text),
      !isFunctionWord(at: position)
    {
      words += 1
      position += 1
    }
    return words >= 2
  }

  /// "the chairman of BASF", "the chief executive of KPMG": an abbreviation right after an
  /// organization's title and "of" names an organization even when the text never spells it out.
  private func isEmployerSlot(_ range: Range<Int>) -> Bool {
    guard range.lowerBound >= 2, tokens[range.lowerBound - 1].text == "of",
      let match = RoleTitle.longestMatch(in: tokens, endingAt: range.lowerBound - 2)
    else { return false }
    return match.title.scope != .country && match.title.holding != .honorific
      && match.title.holding != .occupation
  }

  /// Whether what is said around a lone abbreviation makes it an organization: "ACR, the
  /// party founded by", "statistics agency ACR", "the secretary-general of ACR".
  private func isDescribedAcronym(_ range: Range<Int>) -> Bool {
    let next = range.upperBound < tokens.count ? tokens[range.upperBound].text : ""
    if next == ",", range.upperBound + 1 < tokens.count,
      ["the", "a", "an"].contains(tokens[range.upperBound + 1].text.lowercased()),
      let head = appositiveHead(from: range.upperBound + 2),
      NameLexicon.organizationAppositiveNouns.contains(head) || NameLexicon.organizationHeads[head] != nil
    {
      return true
    }
    guard range.lowerBound >= 1 else { return false }
    let previous = tokens[range.lowerBound - 1].text
    if previous.first?.isLowercase == true,
      NameLexicon.organizationAppositiveNouns.contains(previous) || NameLexicon.organizationHeads[previous] != nil
    {
      return true
    }
    // "an economist at ACR", "global head of research at ACR": someone's post at it.
    if previous == "at" {
      for end in stride(from: range.lowerBound - 2, through: max(0, range.lowerBound - 5), by: -1) {
        let word = tokens[end].text.lowercased()
        if [",", ".", ";", "(", ")"].contains(word) { break }
        if let match = RoleTitle.longestMatch(in: tokens, endingAt: end), match.title.holding != .honorific {
          return true
        }
        if word.count > 5, word.hasSuffix("ist") || word.hasSuffix("yst") { return true }
      }
    }
    // "the secretary-general of ACR", "the leader of ACR": a title of an organization's office.
    if previous == "of", range.lowerBound >= 2 {
      let title = tokens[range.lowerBound - 2].text.lowercased()
      let officeWords: Set<String> = [
        "secretary-general", "leader", "chairman", "chairwoman", "chair", "founder", "spokesman",
        "spokeswoman", "spokesperson", "members", "head", "president",
      ]
      if officeWords.contains(title) || title.hasSuffix("-general") { return true }
    }
    return false
  }

  private mutating func classifyUnknown(_ range: Range<Int>) -> [NameCandidate] {
    let words = tokens[range].map(\.text)
    let phrase = words.joined(separator: " ")
    let allCaps = words.allSatisfy(Self.isAllCapitals)
    // A dateline: "LIVERMORE, Calif., Dec 5 (Wire) -", "WELLINGTON, Oct 15": the city first.
    if allCaps, range.lowerBound == 0, words.count <= 3, range.upperBound + 1 < tokens.count,
      tokens[range.upperBound].text == ",", Self.isCapitalized(tokens[range.upperBound + 1].text)
    {
      var candidate = make(range, kind: .place, rule: "dateline-city")
      candidate.placeType = .city
      candidate.confidence = 0.6
      return [candidate]
    }
    if allCaps {
      if words.count == 1, words[0].unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2 {
        var candidate = make(range, kind: .organization, rule: "acronym")
        candidate.status = isEmployerSlot(range) || isDescribedAcronym(range) ? .confirmed : .acronym
        candidate.form = .acronym
        candidate.confidence = 0.6
        return [candidate]
      }
      notes.append("shouting, not a name: \(phrase)")
      return []
    }
    // A quoted phrase in capitals names a concept or slogan, not an entity.
    if isQuoted(range) {
      notes.append("quoted phrase, not a name: \(phrase)")
      return []
    }
    let sentenceInitial = range.lowerBound == firstWordIndex
    var candidate = make(range, kind: .person, rule: "capitalised-name")
    // "in the city of Livermore", "the village of Batavia": a named town.
    if range.lowerBound >= 2, tokens[range.lowerBound - 1].text == "of", words.count <= 3,
      ["city", "town", "village", "municipality"].contains(tokens[range.lowerBound - 2].text)
    {
      candidate.kind = .place
      candidate.placeType = .city
      candidate.rule = "town-of-name"
      candidate.confidence = 0.7
      return [candidate]
    }
    if isHeadline {
      candidate.status = .needsConfirmation
      candidate.rule = "headline-word"
      return [candidate]
    }
    // "the founder of Spotify", "Spotify CEO Daniel Ek": a company next to a company title.
    if organizationTitleAround(range) {
      candidate.kind = .organization
      candidate.organizationType = .company
      candidate.rule = "title-of-organization"
      candidate.confidence = 0.6
      return [candidate]
    }
    // "in Tanjung Pelepas": a name after "in" is a place, unless it is a language or owns
    // something ("in Smith's view").
    let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].text : ""
    let following = range.upperBound < tokens.count ? tokens[range.upperBound].text : ""
    if NameLexicon.placePrepositions.contains(previous), following != "'s", following != "\u{2019}s",
      !NameLexicon.languages.contains(words[0].lowercased()),
      !words.contains(where: { NameLexicon.organizationHeads[$0.lowercased()] != nil }),
      words.allSatisfy({ !lowercaseWords.contains($0.lowercased()) })
    {
      candidate.kind = .place
      candidate.placeType = .other
      candidate.rule = "place-after-preposition"
      candidate.confidence = 0.55
      return [candidate]
    }
    if words.count >= 2 {
      let lower = words.map { $0.lowercased() }
      // "Lind Invest", "Baltic Air Shuttle": a company word after the first word.
      if !lowercaseWords.contains(lower[0]), !NameLexicon.isGivenName(words[0]),
        lower.dropFirst().contains(where: NameLexicon.companyWords.contains)
      {
        candidate.kind = .organization
        candidate.organizationType = .company
        candidate.rule = "company-word"
        candidate.confidence = 0.6
        return [candidate]
      }
      // "Durham West", "North Down": a compass word makes a multi-word name a place.
      if lower.contains(where: NameLexicon.compassWords.contains) {
        candidate.kind = .place
        candidate.placeType = .region
        candidate.rule = "compass-place"
        candidate.confidence = 0.55
        return [candidate]
      }
      // "Forza Italia", "Popular Front": words of civic and political names.
      let civic = lower.filter(NameLexicon.organizationWords.contains).count
      if civic > 0, !(civic == 1 && words.count >= 3 && NameLexicon.organizationWords.contains(lower[0])) {
        candidate.kind = .organization
        candidate.organizationType = lower.contains(where: { ["party", "partei", "partido", "parti", "partito"].contains($0) }) ? .party : .other
        candidate.rule = "civic-name"
        candidate.confidence = 0.55
        return [candidate]
      }
      // "Liberal Lyle Vanclief", "Democrat Joe Manchin": an affiliation before a name.
      if words.count >= 3, NameLexicon.organizationWords.contains(lower[0])
        || ["democrat", "republican", "tory"].contains(lower[0])
      {
        return classifyUnknown((range.lowerBound + 1)..<range.upperBound)
      }
      let nameWords = words.filter {
        Self.isCapitalized($0) && !NameLexicon.asciiNameParticles.contains($0.lowercased())
      }
      let common = nameWords.filter { lowercaseWords.contains($0.lowercased()) }.count
      if common * 2 >= nameWords.count {
        // "Art Basel, an art fair": an appositive says it is a name after all.
        if common < nameWords.count, let kind = contextKind(range, personEvidence: false),
          kind == .event || kind == .organization, tokens.indices.contains(range.upperBound),
          tokens[range.upperBound].text == ","
        {
          return [contextCandidate(range, kind: kind)]
        }
        notes.append("common words, not a name: \(phrase)")
        return []
      }
      // Two capitalised words are a person's name only with evidence: a given name, an
      // initial, a speech verb; what is said of the name around it may make it a company or
      // a place ("shares of Zeltron Dynamics", "the Filoli estate").
      let personEvidence = hasPersonEvidence(range)
      if let kind = contextKind(range, personEvidence: personEvidence) {
        return [contextCandidate(range, kind: kind)]
      }
      candidate.confidence = personEvidence ? 0.7 : 0.55
      if !personEvidence { candidate.rule = "unknown-name" }
      return [candidate]
    }
    if lowercaseWords.contains(words[0].lowercased())
      || NameLexicon.compassWords.contains(words[0].lowercased())
    {
      notes.append("common word, not a name: \(phrase)")
      return []
    }
    let next = range.upperBound < tokens.count ? tokens[range.upperBound].text.lowercased() : ""
    // "Smith said"; at a sentence's start, "Economists said" is a plural common noun, but
    // "Lexus said" is a name.
    if NameLexicon.speechVerbs.contains(next),
      !sentenceInitial || !Self.looksPlural(words[0]) || isSaidInAStatement(after: range)
    {
      if isSaidInAStatement(after: range) { return [contextCandidate(range, kind: .organization)] }
      candidate.confidence = 0.7
      candidate.rule = "speaker"
      return [candidate]
    }
    // "Lexus, the luxury arm of Toyota", "shares of Nortavia", "Nortavia unveiled a sedan":
    // what is said of a lone word makes it a company or a place; a surname of a person the
    // text names still joins that person.
    if !(sentenceInitial && Self.looksPlural(words[0])),
      let kind = contextKind(range, personEvidence: false)
        ?? (NameLexicon.businessVerbs.contains(next) ? .organization : nil)
    {
      var context = contextCandidate(range, kind: kind)
      context.status = .tagged
      return [context]
    }
    candidate.status = .needsConfirmation
    candidate.rule = sentenceInitial ? "sentence-initial-word" : "single-word"
    candidate.confidence = 0.5
    return [candidate]
  }

  /// Whether a word looks like a plural common noun ("Economists") rather than a name
  /// ending in s ("Lexus", "Tennis").
  static func looksPlural(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower.hasSuffix("s") && !lower.hasSuffix("us") && !lower.hasSuffix("ss")
      && !lower.hasSuffix("is") && !lower.hasSuffix("os")
  }

  /// Whether a given name, an initial, a particle, a speech verb or ", who" marks a range as
  /// a person's name.
  private func hasPersonEvidence(_ range: Range<Int>) -> Bool {
    let words = tokens[range].map(\.text)
    if NameLexicon.isGivenName(words[0]) { return true }
    if words.contains(where: { $0.count == 2 && $0.hasSuffix(".") }) { return true }
    if words.dropFirst().contains(where: { NameLexicon.asciiNameParticles.contains($0) }) { return true }
    let next = range.upperBound < tokens.count ? tokens[range.upperBound].text.lowercased() : ""
    if NameLexicon.speechVerbs.contains(next), !isSaidInAStatement(after: range) { return true }
    if next == ",", range.upperBound + 1 < tokens.count {
      let after = tokens[range.upperBound + 1].text.lowercased()
      // "Jane Roe, who", "Jane Roe, 45,".
      if after == "who" || after.first?.isNumber == true { return true }
      // "Jane Roe, the defence minister,".
      if ["the", "a", "an"].contains(after), let head = appositiveHead(from: range.upperBound + 2),
        NameLexicon.personAppositiveNouns.contains(head)
      {
        return true
      }
    }
    let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].text.lowercased() : ""
    switch previous {
    case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame": return true
    default: return false
    }
  }

  /// "Acme said in a statement": a statement is an organization's way of speaking.
  private func isSaidInAStatement(after range: Range<Int>) -> Bool {
    let end = min(tokens.count, range.upperBound + 5)
    guard range.upperBound < end else { return false }
    let words = tokens[range.upperBound..<end].map { $0.text.lowercased() }
    return NameLexicon.speechVerbs.contains(words[0]) && words.contains("statement")
  }

  /// The kind the words around an unknown name give it, if they say anything: an
  /// organization ("X's chief executive", "shares of X", "X, based in", "X, the Y maker",
  /// "X said in a statement") or a place ("the X estate").
  private func contextKind(_ range: Range<Int>, personEvidence: Bool) -> Entity.Kind? {
    let next = range.upperBound < tokens.count ? tokens[range.upperBound].text : ""
    let afterNext = range.upperBound + 1 < tokens.count ? tokens[range.upperBound + 1].text.lowercased() : ""
    if next == "'s" || next == "\u{2019}s" {
      return !personEvidence && NameLexicon.organizationPossessions.contains(afterNext) ? .organization : nil
    }
    if isSaidInAStatement(after: range) { return .organization }
    // "X, the luxury arm of Y", "X is a chip maker": an appositive or a copula naming what
    // X is.
    if next == "," || ["is", "was", "became", "remains"].contains(next.lowercased()) {
      if next == ",", afterNext == "based" || afterNext == "headquartered" { return .organization }
      // "Nortavia, which makes drones,": "which" refers to no person.
      if next == ",", afterNext == "which", !personEvidence { return .organization }
      if ["the", "a", "an"].contains(afterNext), let head = appositiveHead(from: range.upperBound + 2) {
        if NameLexicon.organizationAppositiveNouns.contains(head) { return .organization }
        if NameLexicon.eventAppositiveNouns.contains(head) { return .event }
      }
    }
    let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].text.lowercased() : ""
    if NameLexicon.placeNounsAfter.contains(next),
      previous == "the" || NameLexicon.placePrepositions.contains(previous) || previous == "at"
    {
      return .place
    }
    // "Nairobi-based Tundra Logistics": what is based somewhere is an organization.
    if previous == "based" || previous == "headquartered", range.lowerBound >= 2,
      tokens[range.lowerBound - 2].text == "-"
    {
      return .organization
    }
    if personEvidence { return nil }
    if previous == "of", range.lowerBound >= 2,
      NameLexicon.organizationOfNouns.contains(tokens[range.lowerBound - 2].text.lowercased())
    {
      return .organization
    }
    if NameLexicon.organizationLeadWords.contains(previous) { return .organization }
    if range.count >= 2, NameLexicon.businessVerbs.contains(next.lowercased()) { return .organization }
    // "the Zeltron Dynamics deal": a person's name rarely follows "the".
    if range.count >= 2, previous == "the", next.first?.isUppercase != true { return .organization }
    return nil
  }

  /// The head noun of an appositive starting at `start`: its last word before a comma, "of",
  /// a relative pronoun or the sentence's end, within eight words.
  private func appositiveHead(from start: Int) -> String? {
    let stops: Set<String> = [
      ",", ".", "of", "that", "which", "who", "based", "with", "in", "and", ";", ")", "for",
      "whose", "founded", "owned", "run", "known", "called", "headquartered", "created",
      "established", "since", "from", "to", "at", "on",
    ]
    var index = start
    var head: String?
    while index < tokens.count, index < start + 8 {
      let word = tokens[index].text.lowercased()
      if stops.contains(word) { return head }
      if word == "'s" || word == "\u{2019}s" { head = nil; index += 1; continue }
      // "the Tokyo-based energy company": a place joined to a participle modifies the head.
      if word == "-", index + 1 < tokens.count, Tokenizer.nameModifiers.contains(tokens[index + 1].text) {
        head = nil
        index += 2
        continue
      }
      head = word
      index += 1
    }
    return head
  }

  /// An unknown name typed by what the words around it say.
  private func contextCandidate(_ range: Range<Int>, kind: Entity.Kind) -> NameCandidate {
    var candidate = make(range, kind: kind, rule: kind == .place ? "place-context" : "organization-context")
    candidate.confidence = 0.6
    if kind == .event {
      candidate.rule = "event-context"
      candidate.eventType = .other
    } else if kind == .place {
      candidate.placeType = .other
    } else {
      let type = Self.organizationType(of: tokens[range].map(\.text))
      candidate.organizationType = type == .other ? .company : type
      // "Nairobi-based X" says X is an organization more surely than a tagger's guess.
      if range.lowerBound >= 2, tokens[range.lowerBound - 2].text == "-",
        ["based", "headquartered"].contains(tokens[range.lowerBound - 1].text)
      {
        candidate.rule = "based-organization"
      }
    }
    return candidate
  }

  /// The index of the sentence's first word: after a dateline ("NEW DELHI — Leaders of the
  /// Group …", "PERTH, Oct 22 (Wire) - Officials …"), else its first letter or digit.
  private static func firstWordIndex(of tokens: [Token]) -> Int {
    if let first = tokens.first, isAllCapitals(first.text),
      let dash = tokens.prefix(12).firstIndex(where: { ["\u{2014}", "\u{2013}", "-", "--"].contains($0.text) }),
      dash > 0, dash + 1 < tokens.count, isCapitalized(tokens[dash + 1].text)
    {
      return dash + 1
    }
    return tokens.firstIndex { token in
      // An ASCII first byte is alphabetic or numeric exactly when it is a letter or a digit.
      if let byte = token.text.utf8.first, byte < 0x80 {
        return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      }
      return token.text.unicodeScalars.first.map {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      } ?? false
    } ?? 0
  }

  private func isQuoted(_ range: Range<Int>) -> Bool {
    guard range.lowerBound > 0, range.upperBound < tokens.count else { return false }
    let before = tokens[range.lowerBound - 1].text
    var after = tokens[range.upperBound].text
    // The closing quote may follow a comma or period: "the 'Thucydides Trap,' they say".
    if after == "," || after == ".", range.upperBound + 1 < tokens.count {
      after = tokens[range.upperBound + 1].text
    }
    switch before {
    case "\"", "\u{201C}", "'", "\u{2018}": break
    default: return false
    }
    switch after {
    case "\"", "\u{201D}", "'", "\u{2019}": return true
    default: return false
    }
  }

  // MARK: - Helpers

  /// An organization made by a shape rule rather than a list: a company ("Air France-KLM",
  /// "Norwegian Air Shuttle") unless `type` says otherwise, at the rule's confidence.
  private func makeOrganization(
    _ range: Range<Int>, rule: String, type: Entity.OrganizationType? = .company,
    confidence: Double
  ) -> NameCandidate {
    var organization = make(range, kind: .organization, rule: rule)
    organization.organizationType = type
    organization.confidence = confidence
    return organization
  }

  private func make(_ range: Range<Int>, kind: Entity.Kind, rule: String) -> NameCandidate {
    NameCandidate(
      sentenceIndex: sentence.index, tokenRange: range, start: tokens[range.lowerBound].start,
      end: tokens[range.upperBound - 1].end, text: text(of: range),
      words: tokens[range].map(\.text), kind: kind, form: .name, status: .confirmed,
      confidence: 0.8, entry: nil, organizationType: nil, placeType: nil, eventType: nil,
      fullName: nil, rule: rule)
  }

  /// The text of a token range, with the spacing of the document.
  func text(of range: Range<Int>) -> String {
    tokens[range].spacedText
  }

  static func isCapitalized(_ text: String) -> Bool {
    // The first UTF-8 byte decides for ASCII, without decoding a scalar.
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    guard let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  static func startsWithDigitName(_ text: String) -> Bool {
    // "G20" is caught by capitals; this admits nothing that starts with a digit on its own.
    false
  }

  static func isAllCapitals(_ text: String) -> Bool {
    let profile = text.alphabeticProfile
    return profile.letters >= 2 && !profile.hasLowercase
  }

  static func isFunctionWord(_ text: String) -> Bool {
    // An ASCII word is looked up by its bytes, lower-cased as they are read.
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
      NameLexicon.asciiFunctionWords.containsLowercased(bytes[...], droppingDots: false)
    }
    if let ascii, let ascii { return ascii }
    return NameLexicon.capitalizedFunctionWords.contains(text.lowercased())
  }

  static func isCalendarWord(_ text: String) -> Bool {
    // An ASCII word is looked up by its bytes without the dots at its ends, lower-cased as
    // they are read.
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var start = 0
      var end = bytes.count
      while end > start, bytes[end - 1] == 0x2E { end -= 1 }
      while start < end, bytes[start] == 0x2E { start += 1 }
      return NameLexicon.asciiCalendarWords.containsLowercased(bytes[start..<end], droppingDots: false)
    }
    if let ascii, let ascii { return ascii }
    let lower = text.lowercased().trimmingCharacters(in: ".")
    return NameLexicon.months.contains(lower) || NameLexicon.weekdays.contains(lower)
  }

  /// Whether a token is a possessive ending: an apostrophe or "'s", straight or curly.
  static func isPossessiveMark(_ text: String) -> Bool {
    // Each starts with an apostrophe, straight (0x27) or curly (first byte 0xE2).
    guard let first = text.utf8.first, first == 0x27 || first == 0xE2 else { return false }
    switch text {
    case "'", "\u{2019}", "'s", "\u{2019}s": return true
    default: return false
    }
  }

  static func isRomanNumeral(_ text: String) -> Bool {
    switch text {
    case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x": true
    default: false
    }
  }
}

extension String {
  /// The string without leading and trailing occurrences of the given characters.
  func trimmingCharacters(in characters: String) -> String {
    guard let head = unicodeScalars.first, let tail = unicodeScalars.last else { return self }
    if !characters.unicodeScalars.contains(head), !characters.unicodeScalars.contains(tail) {
      return self
    }
    let set = Set(characters.unicodeScalars)
    var scalars = Array(unicodeScalars)
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    return String(String.UnicodeScalarView(scalars))
  }
}
