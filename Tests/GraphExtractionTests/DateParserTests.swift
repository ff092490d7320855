import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct DateParserTests {
  private let parser = DateParser(referenceDate: PartialDate(year: 2025, month: 6, day: 5))

  private func dates(_ text: String, parser: DateParser? = nil) -> [String] {
    (parser ?? self.parser).dates(in: Tokenizer().tokenize(text)).map(\.date.description)
  }

  @Test func parsesFullDatesInEveryCommonOrder() {
    #expect(dates("It happened on June 5, 2025.") == ["2025-06-05"])
    #expect(dates("It happened on 5 June 2025.") == ["2025-06-05"])
    #expect(dates("On Thursday, June 5, 2025, they spoke.") == ["2025-06-05"])
    #expect(dates("Filed 2024-02-29 in court.") == ["2024-02-29"])
    #expect(dates("The treaty of Jan. 17, 1961 held.") == ["1961-01-17"])
  }

  @Test func parsesMonthsAndYears() {
    #expect(dates("Talks resumed in June 2019 and ended in 2021.") == ["2019-06", "2021"])
    #expect(dates("The war began in 2018.") == ["2018"])
    #expect(dates("They met in March.") == ["2025-03"])
  }

  @Test func takesTheYearFromTheDocumentDate() {
    #expect(dates("On January 17, the leaders spoke.") == ["2025-01-17"])
    #expect(dates("a May 12 agreement") == ["2025-05-12"])
    #expect(dates("the June 5 call") == ["2025-06-05"])
    // More than six months after the document date: last year's.
    #expect(dates("the December 20 summit") == ["2024-12-20"])
    #expect(dates("the November 30 summit") == ["2025-11-30"])
  }

  @Test func resolvesWeekdaysToTheLastSuchDay() {
    // 2025-06-05 is a Thursday.
    #expect(dates("On Wednesday, he posted.") == ["2025-06-04"])
    #expect(dates("on Thursday") == ["2025-06-05"])
    #expect(dates("on Tuesday") == ["2025-06-03"])
    // The day after the document date is nearer than the same weekday six days before.
    #expect(dates("on Friday") == ["2025-06-06"])
    #expect(DateParser.weekday(of: PartialDate(year: 2025, month: 6, day: 5)) == 3)
  }

  @Test func readsThisYearAndLastYearAsVague() throws {
    let found = parser.dates(in: Tokenizer().tokenize("They spoke this year and last year."))
    #expect(found.map(\.date.description) == ["2025", "2024"])
    #expect(found.allSatisfy { $0.isVague })
  }

  @Test func ignoresNumbersThatAreNotDates() {
    #expect(dates("They may meet. It cost $2025 and 1999 people came, 2030 tons.").isEmpty)
    #expect(dates("a 31 February fake").isEmpty)
  }

  @Test func marksBoundaries() throws {
    let found = parser.dates(in: Tokenizer().tokenize("the second call since January"))
    let since = try #require(found.first)
    #expect(since.isBoundary)
    #expect(since.date.description == "2025-01")
  }

  @Test func withoutReferenceDateOnlyExplicitYearsResolve() {
    #expect(dates("On January 17, in 2018, on Monday.", parser: DateParser()) == ["2018"])
  }

  @Test func firstFullDateSkipsPartialDates() {
    let text = "In 2017 they met. The summit in Geneva, May 10, 2025, followed. On June 3, 2025, too."
    #expect(firstFullDate(in: text)?.description == "2025-05-10")
    #expect(firstFullDate(in: "No date here, only 2019.") == nil)
  }

  @Test func spansCoverTheExpression() throws {
    let text = "Signed on Thursday, June 5, 2025, in Geneva."
    let found = try #require(parser.dates(in: Tokenizer().tokenize(text)).first)
    let scalars = Array(text.unicodeScalars)[found.start..<found.end]
    #expect(String(String.UnicodeScalarView(scalars)) == "Thursday, June 5, 2025")
  }
}
