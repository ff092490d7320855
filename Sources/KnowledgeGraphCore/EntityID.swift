/// A stable, readable identifier for an entity, such as `person/xi-jinping`.
///
/// Identifiers are derived from an entity's kind and canonical name, never from counters or
/// random numbers, so the same input always yields the same identifiers.
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// The identifier of an entity of `kind` whose canonical name is `name`.
  public init(kind: Entity.Kind, name: String) {
    self.rawValue = Slug.makeASCII(name, after: kind.rawValue) ?? "\(kind.rawValue)/\(Slug.make(name))"
  }

  /// The identifier of an event of `kind`, on `date` when known, named `name`.
  ///
  /// Dated events start with their date, so `event/2025-06-05-trump-xi-phone-call`.
  public init(eventNamed name: String, date: PartialDate?) {
    if let date {
      self.rawValue = "event/\(date.description)-\(Slug.make(name))"
    } else {
      self.rawValue = "event/\(Slug.make(name))"
    }
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Turns names into URL- and file-safe slugs.
public enum Slug {
  /// `name` lower-cased, Latin letters folded to ASCII, and every run of other characters
  /// replaced by one hyphen: "Xi Jinping" → `xi-jinping`, "São Paulo" → `sao-paulo`.
  ///
  /// Letters of other scripts are kept as they are (IRIs allow them), so 习近平 stays 习近平.
  public static func make(_ name: String) -> String {
    if let ascii = makeASCII(name) { return ascii }
    var result = ""
    var pendingHyphen = false
    for scalar in name.unicodeScalars {
      let folded = fold(scalar)
      if let folded {
        if pendingHyphen && !result.isEmpty { result.append("-") }
        pendingHyphen = false
        result.append(folded)
      } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
        continue  // "Xi's", "U.S." → no hyphen inside the word
      } else {
        pendingHyphen = true
      }
    }
    return result.isEmpty ? "unnamed" : result
  }

  /// ``make(_:)`` for an ASCII name, byte by byte; `nil` if `name` is not ASCII.
  private static func makeASCII(_ name: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var pendingHyphen = false
    for byte in name.utf8 {
      switch byte {
      case 0x80...: return nil
      case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
        if pendingHyphen && !bytes.isEmpty { bytes.append(0x2D) }
        pendingHyphen = false
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      case 0x27, 0x2E:
        continue  // "Xi's", "U.S." → no hyphen inside the word
      default:
        pendingHyphen = true
      }
    }
    return bytes.isEmpty ? "unnamed" : String(decoding: bytes, as: UTF8.self)
  }

  /// `prefix`, a slash and ``make(_:)`` of an ASCII name, written into one string; `nil` if
  /// `name` is not ASCII.
  static func makeASCII(_ name: String, after prefix: String) -> String? {
    // Reading a buffer of bytes: iterating over a `String`'s UTF-8 view is several times slower.
    name.utf8.withContiguousStorageIfAvailable { makeASCII(bytes: $0, after: prefix) }
      ?? makeASCII(bytes: Array(name.utf8), after: prefix)
  }

  private static func makeASCII(bytes name: some Collection<UInt8>, after prefix: String) -> String? {
    // The slug has at most one byte per byte of the name, or is "unnamed".
    let capacity = prefix.utf8.count + 1 + max(name.count, 7)
    var isASCII = true
    let result = String(unsafeUninitializedCapacity: capacity) { buffer in
      var count = 0
      func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
      }
      for byte in prefix.utf8 { append(byte) }
      append(0x2F)
      let start = count
      var pendingHyphen = false
      for byte in name {
        switch byte {
        case 0x80...:
          isASCII = false
          return 0
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
          if pendingHyphen && count > start { append(0x2D) }
          pendingHyphen = false
          append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        case 0x27, 0x2E:
          continue  // "Xi's", "U.S." → no hyphen inside the word
        default:
          pendingHyphen = true
        }
      }
      if count == start {
        for byte in "unnamed".utf8 { append(byte) }
      }
      return count
    }
    return isASCII ? result : nil
  }

  private static func fold(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x30...0x39, 0x61...0x7A: return String(scalar)
    case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32) ?? scalar)
    default: break
    }
    if let latin = latinFolding[scalar] { return latin }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil {
      return properties.lowercaseMapping
    }
    return nil
  }

  private static let latinFolding: [Unicode.Scalar: String] = {
    let table: [(String, String)] = [
      ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÆæǼǽ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐðđ", "d"),
      ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
      ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
      ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"),
      ("ŚśŜŝŞşŠšȘș", "s"), ("ß", "ss"), ("ŢţŤťŦŧȚț", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
      ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Þþ", "th"),
    ]
    var map: [Unicode.Scalar: String] = [:]
    for (letters, ascii) in table {
      for scalar in letters.unicodeScalars { map[scalar] = ascii }
    }
    return map
  }()
}
