import KnowledgeGraphCore

/// A growable UTF-8 byte buffer that writers fill and periodically hand to a ``TextSink``.
///
/// Writing bytes straight into one buffer, with escaping done byte by byte, avoids building a
/// `String` per fragment; writers call ``flush(to:)`` at node boundaries, so memory stays
/// bounded by one chunk whatever the size of the output.
struct ByteOutput {
  private(set) var bytes: [UInt8] = []
  static let chunkSize = 1 << 16

  init() {
    bytes.reserveCapacity(Self.chunkSize + 4096)
  }

  /// Hands the buffer to `sink` once it holds a chunk.
  @inline(__always)
  mutating func flushIfFull<Sink: TextSink>(to sink: inout Sink) throws(Sink.Failure) {
    if bytes.count >= Self.chunkSize { try flush(to: &sink) }
  }

  /// Hands everything buffered to `sink`.
  mutating func flush<Sink: TextSink>(to sink: inout Sink) throws(Sink.Failure) {
    guard !bytes.isEmpty else { return }
    try sink.write(utf8: bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(bytes more: [UInt8]) {
    bytes.append(contentsOf: more)
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  mutating func append(_ value: Int) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  /// `value` with exactly `digits` decimal digits, as ``JSONLDWriter`` formats confidences.
  mutating func appendDecimal(_ value: Double, digits: Int) {
    guard value.isFinite, value >= 0, value < 1e12, (0...9).contains(digits) else {
      return append(JSONLDWriter.decimal(value, digits: digits))
    }
    var unit = 1
    for _ in 0..<digits { unit *= 10 }
    let scaled = Int((value * Double(unit)).rounded(.toNearestOrAwayFromZero))
    append(scaled / unit)
    guard digits > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    var fraction = scaled % unit
    var divisor = unit / 10
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
      fraction %= divisor
      divisor /= 10
    }
  }

  /// The statement path of a relation, `rel/` and 16 hex digits, without building a string.
  mutating func appendStatementPath(_ relation: Relation) {
    append("rel/")
    let value = IRIScheme.statementHash(
      subject: relation.subject, predicate: relation.predicate, object: relation.object
    ).value
    for shift in stride(from: 60, through: 0, by: -4) {
      let digit = UInt8((value >> UInt64(shift)) & 0xF)
      bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
    }
  }

  mutating func appendSpaces(_ count: Int) {
    for _ in 0..<count { bytes.append(0x20) }
  }

  /// Appends `text`, replacing each byte in `special` with what `escape` appends instead.
  ///
  /// Runs of ordinary bytes are copied at once; the check per byte is a bit test.
  @inline(__always)
  mutating func appendEscaped(_ text: String, special: ByteSet, escape: (UInt8, inout [UInt8]) -> Void) {
    var text = text
    text.withUTF8 { source in
      var runStart = 0
      var index = 0
      let count = source.count
      while index < count {
        if special.contains(source[index]) {
          if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
          escape(source[index], &bytes)
          runStart = index + 1
        }
        index += 1
      }
      if runStart < count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
      }
    }
  }

  /// `text` escaped for XML content or a double-quoted attribute (see ``XMLText``).
  mutating func appendXML(_ text: String) {
    var text = text
    let clean = text.withUTF8 { source in
      var index = 0
      while index < source.count {
        if ByteSet.xmlSpecial.contains(source[index]) { return false }
        index += 1
      }
      return true
    }
    if clean {
      append(text)
    } else {
      append(XMLText.escaped(text))
    }
  }

  /// `text` as a JSON string literal.
  mutating func appendJSONQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    appendJSONEscaped(text)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends the inside of `text` as a JSON string literal, without the quotes.
  mutating func appendJSONEscaped(_ text: String) {
    appendEscaped(
      text, special: ByteSet.json,
      escape: { byte, out in
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
      })
  }

  /// `text` as an N-Triples/Turtle string literal (see ``RDFText/quoted(_:)``).
  mutating func appendRDFQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    appendEscaped(
      text, special: ByteSet.rdfString,
      escape: { byte, out in
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
      })
    bytes.append(UInt8(ascii: "\""))
  }

  /// `iri` in angle brackets, with the characters IRIREF forbids percent-encoded.
  mutating func appendIRIRef(_ iri: String) {
    bytes.append(UInt8(ascii: "<"))
    appendEscaped(
      iri, special: ByteSet.iriForbidden,
      escape: { byte, out in
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      })
    bytes.append(UInt8(ascii: ">"))
  }

  /// An RDF object: an IRI reference or a literal with its datatype.
  mutating func appendRDFObject(_ object: RDFObject) {
    switch object {
    case .iri(let iri): appendIRIRef(iri)
    case .literal(let text, let datatype):
      appendRDFQuoted(text)
      if let datatype {
        append("^^")
        appendIRIRef(datatype)
      }
    }
  }

  /// `text` as an RFC 4180 CSV field.
  mutating func appendCSV(_ text: String) {
    var text = text
    let quoting = text.withUTF8 { source in
      source.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        || source.first == 0x20 || source.last == 0x20 || source.first == 0x09 || source.last == 0x09
    }
    guard quoting else { return append(text) }
    bytes.append(0x22)
    appendEscaped(text, special: ByteSet.quote, escape: { _, out in out.append(contentsOf: [0x22, 0x22]) })
    bytes.append(0x22)
  }

  /// `text` as a quoted DOT label (see `String.dotLabel`).
  mutating func appendDOTLabel(_ text: String) {
    var text = text
    let hasAmpersand = text.withUTF8 { $0.contains(UInt8(ascii: "&")) }
    if hasAmpersand {
      append(text.dotLabel)
    } else {
      appendDOTQuoted(text)
    }
  }

  /// `text` as a quoted DOT string (see `String.dotQuoted`).
  mutating func appendDOTQuoted(_ text: String) {
    bytes.append(0x22)
    appendEscaped(
      text, special: ByteSet.dot,
      escape: { byte, out in
        switch byte {
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        default: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        }
      })
    bytes.append(0x22)
  }
}

extension TextSink {
  /// Decodes the bytes and calls ``write(_:)``.
  public mutating func write(utf8 bytes: [UInt8]) throws(Failure) {
    try write(String(decoding: bytes, as: UTF8.self))
  }
}

/// A set of bytes as a 256-bit mask, for escaping loops.
struct ByteSet {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  init() {}

  init(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { insert(byte) }
  }

  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return word & (UInt64(1) << UInt64(byte & 63)) != 0
  }

  static let controls = Array(UInt8(0)..<0x20)
  /// Bytes IRIREF forbids: controls, space, `"<>\^`{|}`.
  static let iriForbidden = ByteSet(controls + [0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D])
  static let json = ByteSet(controls + [0x22, 0x5C])
  static let rdfString = ByteSet(controls + [0x22, 0x5C, 0x7F])
  static let dot = ByteSet([0x5C, 0x22, 0x0A, 0x0D])
  static let quote = ByteSet([0x22])
  /// Bytes that send XML text to the careful path: controls, `&<>"`, and 0xEF, the lead byte
  /// of U+FFFE and U+FFFF, which XML forbids.
  static let xmlSpecial = ByteSet(controls + [0x26, 0x3C, 0x3E, 0x22, 0xEF])
}
