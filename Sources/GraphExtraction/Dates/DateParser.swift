public import KnowledgeGraphCore

/// A date expression found in a sentence, normalised to a ``KnowledgeGraphCore/PartialDate``.
public struct DateMention: Hashable, Sendable {
  /// The date the expression names.
  public var date: PartialDate
  /// The indices of the expression's tokens in the sentence.
  public var tokenRange: Range<Int>
  /// The offset of the expression's first Unicode scalar in the document.
  public var start: Int
  /// The offset one past the expression's last Unicode scalar in the document.
  public var end: Int
  /// Whether the year was written out ("June 5, 2025", "2018") rather than inferred.
  public var hasExplicitYear: Bool
  /// Whether the expression only names a vague stretch of time: "this year", "last year".
  public var isVague: Bool
  /// The lower-cased word just before the expression ("on", "since", "in"), if any.
  public var precedingWord: String?

  /// A date expression found at `tokenRange`, spanning `start..<end` in the document.
  public init(
    date: PartialDate, tokenRange: Range<Int>, start: Int, end: Int, hasExplicitYear: Bool,
    isVague: Bool = false, precedingWord: String? = nil
  ) {
    self.date = date
    self.tokenRange = tokenRange
    self.start = start
    self.end = end
    self.hasExplicitYear = hasExplicitYear
    self.isVague = isVague
    self.precedingWord = precedingWord
  }

  /// Whether the expression is a boundary ("since January", "until 2030") rather than the time
  /// something happened.
  public var isBoundary: Bool {
    guard let precedingWord else { return false }
    return DateParser.boundaryWords.contains(precedingWord)
  }
}

/// Finds date expressions in tokenized English text and normalises them.
///
/// Understands "June 5, 2025", "5 June 2025", "Thursday, June 5, 2025", "2025-06-05",
/// "June 2025", "in 2018", "Jan. 17", "a May 12 agreement", weekdays ("on Wednesday"),
/// "this year" and "last year". Expressions without a year take it from ``referenceDate``
/// (the document's date): when the result would fall more than about six months after the
/// reference date, the previous year is meant. A weekday is the nearest such day on or
/// before the reference date, or the day after it.
public struct DateParser: Sendable {
  /// The date the text was written, which resolves dates without a year and weekdays.
  public var referenceDate: PartialDate?
  /// The year the text last named, which "that year" and "the same year" refer back to.
  public var contextYear: Int?

  /// A parser resolving incomplete dates against `referenceDate` and "that year" against
  /// `contextYear`.
  public init(referenceDate: PartialDate? = nil, contextYear: Int? = nil) {
    self.referenceDate = referenceDate
    self.contextYear = contextYear
  }

  /// The date expressions among `tokens`, in order, never overlapping.
  ///
  /// - Complexity: O(n) in the number of tokens.
  public func dates(in tokens: [Token]) -> [DateMention] {
    dates(in: tokens, lowercased: nil)
  }

  /// The date expressions among `tokens`, given their texts already lower-cased (as
  /// ``SentenceView/lower``), so that no word is lower-cased again.
  func dates(in tokens: [Token], lowercased: [String]?) -> [DateMention] {
    let words = Words(tokens: tokens, lowercased: lowercased)
    var found: [DateMention] = []
    var index = 0
    while index < tokens.count {
      if Self.mayStartDate(tokens[index].text), let mention = match(words, at: index) {
        found.append(mention)
        index = mention.tokenRange.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  /// The first date expression in `text`, if there is one.
  public func firstDate(in text: String) -> PartialDate? {
    dates(in: Tokenizer().tokenize(text)).first?.date
  }

  // MARK: - Matching

  static let boundaryWords: Set<String> = ["since", "until", "till", "before", "after", "by"]

  /// Words that start a relative date; all have four letters (``match(_:at:)`` relies on it).
  private static let relativeStarts: Set<String> = ["this", "last", "past", "next", "that", "same"]

  /// The tokens a parser reads, with their lower-cased texts when the caller has them.
  struct Words {
    let tokens: [Token]
    let lowercased: [String]?

    /// The lower-cased text of the token at `index`.
    func lower(_ index: Int) -> String {
      lowercased?[index] ?? tokens[index].text.lowercased()
    }
  }

  /// Month and weekday names by their lower-cased spellings, to look a word up once for both.
  private enum CalendarWord {
    case month(Int)
    case weekday(Int)
  }

  private static let calendarWords: [String: CalendarWord] = {
    var table: [String: CalendarWord] = [:]
    for (name, month) in months { table[name] = .month(month) }
    for (name, weekday) in weekdays { table[name] = .weekday(weekday) }
    return table
  }()

  /// Upper-case ASCII letters that start a month, a weekday or a relative start ("This"), as
  /// bits of a mask: a capitalized word starting with any other letter is no date.
  private static let calendarInitials: UInt32 = {
    var mask: UInt32 = 0
    for word in Array(months.keys) + Array(weekdays.keys) + Array(relativeStarts) {
      guard let first = word.utf8.first, first >= 0x61, first <= 0x7A else { continue }
      mask |= 1 << UInt32(first - 0x61)
    }
    return mask
  }()

  private static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
    "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
  ]

  /// Weekdays numbered as in ``weekday(of:)``: Monday is 0.
  private static let weekdays: [String: Int] = [
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
  ]

  /// Words after which a bare month name is a date ("in May") rather than a verb ("may").
  private static let monthIntroducers: Set<String> = [
    "in", "since", "until", "till", "by", "early", "late", "mid", "of", "last", "this", "next",
    "from", "to", "during", "before", "after", "through", "between", "and", "or", "on",
  ]

  /// Words after a four-digit number that show it is a quantity, not a year.
  private static let quantityWords: Set<String> = [
    "%", "percent", "per", "people", "troops", "tons", "tonnes", "units", "dollars", "yuan",
    "euros", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "barrels",
    "million", "billion", "trillion", "points", "jobs", "workers", "students", "cars",
  ]

  /// Whether a date may start at a token with this text, by the tests that open
  /// ``match(_:at:)``: most tokens are left without calling it.
  private static func mayStartDate(_ text: String) -> Bool {
    guard let firstByte = text.utf8.first else { return false }
    if firstByte >= 0x80 || (firstByte >= 0x30 && firstByte <= 0x39) { return true }
    if firstByte >= 0x41, firstByte <= 0x5A {
      return calendarInitials & (1 << UInt32(firstByte - 0x41)) != 0
    }
    return text.utf8.count == 4 && isRelativeStart(text)
  }

  /// Whether `text` is one of ``relativeStarts``, compared in turn rather than hashed.
  private static func isRelativeStart(_ text: String) -> Bool {
    switch text {
    case "this", "last", "past", "next", "that", "same": true
    default: false
    }
  }

  private func match(_ words: Words, at index: Int) -> DateMention? {
    let tokens = words.tokens
    let text = tokens[index].text
    // Most tokens are neither numbers nor capitalized nor "this"/"last": an ASCII first byte
    // leaves them at once. A capitalized ASCII word starts a month, a weekday or a relative
    // date only with one of their initials: "Trump", "China" and most names end here too.
    guard let firstByte = text.utf8.first else { return nil }
    if firstByte < 0x80 {
      if firstByte >= 0x41, firstByte <= 0x5A {
        guard Self.calendarInitials & (1 << UInt32(firstByte - 0x41)) != 0 else { return nil }
      } else if firstByte < 0x30 || firstByte > 0x39 {
        guard text.utf8.count == 4, Self.isRelativeStart(text) else { return nil }
      }
    }
    guard let first = text.unicodeScalars.first else { return nil }
    let isDigit = ("0"..."9").contains(first)
    // ASCII letters are told apart without the Unicode tables; only four-letter words can be
    // relative starts.
    let isUppercase =
      first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
    guard
      isDigit || isUppercase
        || (text.utf8.count == 4 && Self.isRelativeStart(text))
    else {
      return nil
    }
    // The word before, lower-cased, only for a date found.
    func preceding() -> String? { index > 0 ? words.lower(index - 1) : nil }
    if isDigit {
      if let iso = isoDate(text) {
        return make(iso, tokens, index..<(index + 1), explicitYear: true, preceding: preceding())
      }
      if let day = Self.dayNumber(text), index + 1 < tokens.count,
        case .month(let month) = Self.calendarWords[words.lower(index + 1)]
      {
        // "5 June 2025", "5 June"
        if index + 2 < tokens.count, let year = Self.year(tokens[index + 2].text),
          let date = Self.date(year, month, day)
        {
          return make(date, tokens, index..<(index + 3), explicitYear: true, preceding: preceding())
        }
        if let date = inferYear(month: month, day: day, future: Self.isFuture(tokens, before: index)) {
          return make(date, tokens, index..<(index + 2), explicitYear: false, preceding: preceding())
        }
        return nil
      }
      if let year = Self.year(text), isYear(words, at: index) {
        return make(
          PartialDate(year: year), tokens, index..<(index + 1), explicitYear: true,
          preceding: preceding())
      }
      return nil
    }
    let lower = words.lower(index)
    let calendarWord = Self.calendarWords[lower]
    if case .weekday(let weekday) = calendarWord, first.properties.isUppercase {
      // "Thursday, June 5, 2025" is the full date; a bare weekday is relative.
      var next = index + 1
      if next < tokens.count, tokens[next].text == "," { next += 1 }
      if next < tokens.count, first.properties.isUppercase,
        let full = match(words, at: next), full.date.precision == .day
      {
        var mention = full
        mention.tokenRange = index..<full.tokenRange.upperBound
        mention.start = tokens[index].start
        mention.precedingWord = preceding()
        return mention
      }
      let future = Self.isFuture(tokens, before: index)
      guard let date = future ? nextWeekday(weekday) : lastWeekday(weekday) else { return nil }
      return make(date, tokens, index..<(index + 1), explicitYear: false, preceding: preceding())
    }
    if case .month(let month) = calendarWord, first.properties.isUppercase {
      if index + 1 < tokens.count, let day = Self.dayNumber(tokens[index + 1].text) {
        // "June 5, 2025", "June 5 2025", "June 5"
        var yearIndex = index + 2
        if yearIndex < tokens.count, tokens[yearIndex].text == "," { yearIndex += 1 }
        if yearIndex < tokens.count, let year = Self.year(tokens[yearIndex].text),
          let date = Self.date(year, month, day)
        {
          return make(
            date, tokens, index..<(yearIndex + 1), explicitYear: true, preceding: preceding())
        }
        if let date = inferYear(month: month, day: day, future: Self.isFuture(tokens, before: index)) {
          return make(date, tokens, index..<(index + 2), explicitYear: false, preceding: preceding())
        }
        return nil
      }
      if index + 1 < tokens.count, let year = Self.year(tokens[index + 1].text) {
        return make(
          PartialDate(year: year, month: month), tokens, index..<(index + 2), explicitYear: true,
          preceding: preceding())
      }
      if let mention = monthOfRelativeYear(month, tokens, at: index, preceding: preceding()) {
        return mention
      }
      if let preceding = preceding(),
        Self.monthIntroducers.contains(preceding) || preceding.hasPrefix("mid")
      {
        if let date = inferYear(month: month, day: nil) {
          return make(date, tokens, index..<(index + 1), explicitYear: false, preceding: preceding)
        }
      }
      return nil
    }
    if lower == "that" || lower == "same", index + 1 < tokens.count,
      words.lower(index + 1) == "year", let year = contextYear
    {
      // "later that year", "the same year": the year named last.
      return make(
        PartialDate(year: year), tokens, index..<(index + 2), explicitYear: false,
        preceding: preceding())
    }
    if lower == "this" || lower == "last" || lower == "past" || lower == "next",
      index + 1 < tokens.count, words.lower(index + 1) == "year",
      let reference = referenceDate
    {
      let offset = lower == "last" || lower == "past" ? -1 : lower == "next" ? 1 : 0
      var mention = make(
        PartialDate(year: reference.year + offset), tokens, index..<(index + 2),
        explicitYear: false, preceding: preceding())
      mention.isVague = true
      return mention
    }
    if let mention = relativeMonth(lower, tokens, at: index, preceding: preceding()) {
      return mention
    }
    return nil
  }

  private func make(
    _ date: PartialDate, _ tokens: [Token], _ range: Range<Int>, explicitYear: Bool,
    preceding: String?
  ) -> DateMention {
    DateMention(
      date: date, tokenRange: range, start: tokens[range.lowerBound].start,
      end: tokens[range.upperBound - 1].end, hasExplicitYear: explicitYear,
      precedingWord: preceding)
  }

  /// Whether the four-digit number at `index` reads as a year rather than a quantity.
  private func isYear(_ words: Words, at index: Int) -> Bool {
    let tokens = words.tokens
    if index > 0 {
      let previous = tokens[index - 1].text
      if previous == "$" || previous == "€" || previous == "£" || previous == "#" { return false }
    }
    if index + 1 < tokens.count {
      let next = words.lower(index + 1)
      if Self.quantityWords.contains(next) { return false }
    }
    return true
  }

  private func isoDate(_ text: String) -> PartialDate? {
    guard text.utf8.count == 10, text.utf8.filter({ $0 == UInt8(ascii: "-") }).count == 2 else {
      return nil
    }
    return PartialDate(iso: text)
  }

  private static func dayNumber(_ text: String) -> Int? {
    // One or two ASCII digits, the usual case, are read without the suffix checks below.
    // Only one or two digits are a day: "2025" and "145" are not.
    let utf8 = text.utf8
    if !utf8.isEmpty, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      guard utf8.count <= 2 else { return nil }
      let value = utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return (1...31).contains(value) ? value : nil
    }
    var digits = Substring(text)
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
      digits = digits.dropLast(2)
    }
    guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else {
      return nil
    }
    return value
  }

  private static func year(_ text: String) -> Int? {
    guard text.utf8.count == 4, let value = Int(text), (1800...2199).contains(value) else {
      return nil
    }
    return value
  }

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> PartialDate? {
    guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
    return PartialDate(year: year, month: month, day: day)
  }

  /// The date for a month (and day) written without a year: the reference year, or the one
  /// before when that would put the date more than about six months after the reference date.
  private func inferYear(month: Int, day: Int?) -> PartialDate? {
    guard let reference = referenceDate else { return nil }
    let referenceMonth = reference.month ?? 6
    let referenceDay = reference.day ?? 15
    let referenceNumber = Self.dayNumber(year: reference.year, month: referenceMonth, day: referenceDay)
    var year = reference.year
    let candidateNumber = Self.dayNumber(year: year, month: month, day: day ?? 1)
    if candidateNumber - referenceNumber > 183 { year -= 1 }
    if let day {
      return Self.date(year, month, day)
    }
    return PartialDate(year: year, month: month)
  }

  /// Words that put what the clause tells after the time of writing: "will meet on December 2".
  private static let futureMarkers: Set<String> = [
    "will", "'ll", "shall", "scheduled", "due", "upcoming", "planned", "plans",
  ]

  /// Whether the clause before `index` speaks of the future (a few words back, not past a
  /// sentence or clause break).
  private static func isFuture(_ tokens: [Token], before index: Int) -> Bool {
    var position = index - 1
    while position >= 0, position >= index - 8 {
      let word = tokens[position].text.lowercased()
      if [".", ";", ":", "\"", "said", "says"].contains(word) { return false }
      if futureMarkers.contains(word) { return true }
      position -= 1
    }
    return false
  }

  /// A month and day without a year in a clause about the future: on or after the reference
  /// date ("will meet on December 2" in a story of March is this December, written in
  /// December about January it is next January).
  private func inferYear(month: Int, day: Int, future: Bool) -> PartialDate? {
    guard future, let reference = referenceDate, let referenceMonth = reference.month else {
      return inferYear(month: month, day: day)
    }
    let referenceNumber = Self.dayNumber(
      year: reference.year, month: referenceMonth, day: reference.day ?? 1)
    let candidateNumber = Self.dayNumber(year: reference.year, month: month, day: day)
    return Self.date(candidateNumber < referenceNumber ? reference.year + 1 : reference.year, month, day)
  }

  /// The nearest day with the given weekday after the reference date: "will vote on Sunday".
  private func nextWeekday(_ weekday: Int) -> PartialDate? {
    guard let reference = referenceDate, let month = reference.month, let day = reference.day
    else { return nil }
    let number = Self.dayNumber(year: reference.year, month: month, day: day)
    let ahead = (weekday - Self.weekday(ofDayNumber: number) + 7) % 7
    return Self.civilDate(dayNumber: number + (ahead == 0 ? 7 : ahead))
  }

  /// The nearest day with the given weekday on or before the reference date.
  private func lastWeekday(_ weekday: Int) -> PartialDate? {
    guard let reference = referenceDate, let month = reference.month, let day = reference.day
    else { return nil }
    let number = Self.dayNumber(year: reference.year, month: month, day: day)
    let back = (Self.weekday(ofDayNumber: number) - weekday + 7) % 7
    // The day after the reference date is nearer than the same weekday six days before: an
    // article dated on the first day of a summit tells what happened on its second.
    return Self.civilDate(dayNumber: back == 6 ? number + 1 : number - back)
  }

  // MARK: - Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

  /// Days since 1970-01-01 of a calendar date.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date of a day number.
  static func civilDate(dayNumber: Int) -> PartialDate {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return PartialDate(year: year, month: month, day: day)
  }

  /// The weekday of a day number, Monday being 0 (1970-01-01 was a Thursday).
  static func weekday(ofDayNumber number: Int) -> Int {
    ((number % 7) + 7 + 3) % 7
  }

  /// The weekday of a full date, Monday being 0; `nil` when the date lacks its day.
  public static func weekday(of date: PartialDate) -> Int? {
    guard let month = date.month, let day = date.day else { return nil }
    return weekday(ofDayNumber: dayNumber(year: date.year, month: month, day: day))
  }
}

/// The first date in `text` written with its day, month and year ("June 5, 2025",
/// "5 June 2025", "2025-06-05"), used as a document's date when none is given.
///
/// Reads the text a line at a time and stops at the first such date, so a dated article costs
/// only its first lines.
public func firstFullDate(in text: String) -> PartialDate? {
  let parser = DateParser()
  let tokenizer = Tokenizer()
  // Lines are found one at a time, so an early date spares splitting the rest of the text.
  var found: PartialDate?
  forEachLine(of: text) { line in
    for mention in parser.dates(in: tokenizer.tokenize(String(line)))
    where mention.hasExplicitYear && mention.date.precision == .day {
      found = mention.date
      return false
    }
    return true
  }
  return found
}

/// Calls `body` with each non-empty line of `text`, split at line feeds and carriage returns,
/// until it returns `false`. Lines are found byte by byte (both separators are ASCII), one at a
/// time: a caller that stops early spares splitting the rest of the text.
private func forEachLine(of text: String, _ body: (Substring) -> Bool) {
  let bytes = text.utf8
  var start = bytes.startIndex
  var index = start
  while index < bytes.endIndex {
    let byte = bytes[index]
    if byte == 0x0A || byte == 0x0D {
      if start < index, !body(text[start..<index]) { return }
      start = bytes.index(after: index)
    }
    index = bytes.index(after: index)
  }
  if start < bytes.endIndex { _ = body(text[start...]) }
}

/// The date of a dateline without a year ("NAIROBI, March 3 -", "LONDON, 3 March -"), with the year of a date the
/// text writes out in the dateline's month or the one before ("March 1, 2024", "February
/// 2024"), or `nil` if the text has no such dateline or no such date.
///
/// Wire stories often date only their dateline; a year written with a month close to it is
/// the story's, where a year alone ("the 2021 election") is usually an earlier one.
public func datelineDate(in text: String) -> PartialDate? {
  let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  let tokenizer = Tokenizer()
  var firstLine: Substring?
  forEachLine(of: text) { line in
    guard line.trimmingSpaces.isEmpty else {
      firstLine = line
      return false
    }
    return true
  }
  guard let first = firstLine else { return nil }
  let tokens = tokenizer.tokenize(String(first))
  guard let dash = tokens.prefix(14).firstIndex(where: { ["-", "—", "–", "--"].contains($0.text) }),
    dash >= 3
  else { return nil }
  var dayOfDateline: (month: Int, day: Int)?
  for index in 1..<dash where index + 1 < dash {
    let word = tokens[index].text.lowercased().trimmingCharacters(in: ".")
    // "March 3" or "3 March".
    let next = tokens[index + 1].text.lowercased().trimmingCharacters(in: ".")
    guard let (month, day) = months[word].flatMap({ month in Int(tokens[index + 1].text).map { (month, $0) } })
      ?? months[next].flatMap({ month in Int(tokens[index].text).map { (month, $0) } }),
      (1...31).contains(day)
    else { continue }
    dayOfDateline = (month, day)
    break
  }
  guard let dayOfDateline else { return nil }
  let parser = DateParser()
  var year: Int?
  forEachLine(of: text) { line in
    for mention in parser.dates(in: tokenizer.tokenize(String(line)))
    where mention.hasExplicitYear && !mention.isVague && !mention.isBoundary {
      guard let month = mention.date.month else { continue }
      let before = (dayOfDateline.month + 10) % 12 + 1
      if month == dayOfDateline.month || month == before {
        year = month > dayOfDateline.month ? mention.date.year + 1 : mention.date.year
        return false
      }
    }
    return true
  }
  guard let year else { return nil }
  return PartialDate(year: year, month: dayOfDateline.month, day: dayOfDateline.day)
}

// MARK: - Months relative to the document's date

extension DateParser {
  /// "in March last year", "in May this year", "in June next year": the month in the year
  /// named relative to the document's; "last April", the latest April before the document's
  /// month. `nil` without a document date: a year is never guessed.
  fileprivate func monthOfRelativeYear(
    _ month: Int, _ tokens: [Token], at index: Int, preceding: String?
  ) -> DateMention? {
    guard let reference = referenceDate else { return nil }
    // "last April" in a March story is April of the year before; in a May story, this April.
    if preceding == "last", let referenceMonth = reference.month,
      !(index + 1 < tokens.count && Self.dayNumber(tokens[index + 1].text) != nil)
    {
      let year = month < referenceMonth ? reference.year : reference.year - 1
      return make(
        PartialDate(year: year, month: month), tokens, index..<(index + 1), explicitYear: false,
        preceding: preceding)
    }
    guard index + 2 < tokens.count, tokens[index + 2].text.lowercased() == "year" else {
      return nil
    }
    let offsets = ["last": -1, "past": -1, "this": 0, "next": 1]
    guard let offset = offsets[tokens[index + 1].text.lowercased()] else { return nil }
    return make(
      PartialDate(year: reference.year + offset, month: month), tokens, index..<(index + 3),
      explicitYear: false, preceding: preceding)
  }

  /// "earlier this month", "last month", "next month": the month of the document's date, or
  /// the one before or after it. A month is precise enough to date an event, unlike "this
  /// year".
  fileprivate func relativeMonth(
    _ lower: String, _ tokens: [Token], at index: Int, preceding: String?
  ) -> DateMention? {
    let offset: Int
    switch lower {
    case "last", "past": offset = -1
    case "this": offset = 0
    case "next": offset = 1
    default: return nil
    }
    guard index + 1 < tokens.count,
      tokens[index + 1].text.lowercased() == "month", let reference = referenceDate,
      let referenceMonth = reference.month
    else { return nil }
    // "the past month" is a stretch of time up to now, not a month.
    if lower == "past" { return nil }
    var month = referenceMonth + offset
    var year = reference.year
    if month < 1 {
      month += 12
      year -= 1
    } else if month > 12 {
      month -= 12
      year += 1
    }
    return make(
      PartialDate(year: year, month: month), tokens, index..<(index + 2), explicitYear: false,
      preceding: preceding)
  }
}
