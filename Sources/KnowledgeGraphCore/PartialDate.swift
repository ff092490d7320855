/// A calendar date that may lack its month or day: `2017`, `2025-05`, `2025-06-05`.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  /// A date; `day` is ignored when `month` is `nil`.
  ///
  /// - Precondition: `month` is 1...12 and `day` is 1...31 when given.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    precondition(month.map { (1...12).contains($0) } ?? true, "month out of range")
    precondition(day.map { (1...31).contains($0) } ?? true, "day out of range")
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Parses an ISO 8601 calendar date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else {
      return nil
    }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else {
        return nil
      }
      month = value
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let value = Int(parts[2]), let month,
        (1...PartialDate.daysIn(month: month, year: year)).contains(value)
      else { return nil }
      day = value
    }
    self.init(year: year, month: month, day: day)
  }

  /// How precise the date is.
  public enum Precision: Int, Comparable, Sendable {
    case year, month, day
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public var precision: Precision {
    day != nil ? .day : month != nil ? .month : .year
  }

  /// The ISO 8601 text: `2017`, `2025-05` or `2025-06-05`.
  public var description: String {
    var text = String(year).leftPadded(to: 4)
    if let month {
      text += "-" + String(month).leftPadded(to: 2)
      if let day { text += "-" + String(day).leftPadded(to: 2) }
    }
    return text
  }

  /// The XML Schema datatype that fits this precision: `gYear`, `gYearMonth` or `date`.
  public var xsdType: String {
    switch precision {
    case .year: "gYear"
    case .month: "gYearMonth"
    case .day: "date"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// Whether `other` names the same time, at this date's precision or finer.
  public func isCompatible(with other: PartialDate) -> Bool {
    guard year == other.year else { return false }
    if let month, let otherMonth = other.month, month != otherMonth { return false }
    if let day, let otherDay = other.day, day != otherDay { return false }
    return true
  }

  /// The number of days in `month` of `year`, leap years included.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
