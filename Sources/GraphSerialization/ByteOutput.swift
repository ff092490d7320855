import KnowledgeGraphCore

/// A growable UTF-8 byte buffer that writers fill and periodically hand to a ``TextSink``.
///
/// Writing bytes straight into one buffer, with escaping done byte by byte, avoids building a
/// `String` per fragment; writers call ``flush(to:)`` at node boundaries, so memory stays
/// bounded by one chunk whatever the size of the output.
///
/// The bytes live in memory the buffer allocates itself, so an append is a capacity check
/// and a copy (an `Array` append also checks uniqueness and goes through generic code). A
/// copy of a `ByteOutput` shares the memory until either is appended to, then gets its own.
struct ByteOutput {
  /// The allocation, freed with the last buffer that uses it.
  private final class Storage {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
      base = .allocate(capacity: capacity)
      self.capacity = capacity
    }

    deinit { base.deallocate() }
  }

  private var storage: Storage
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes buffered.
  private(set) var count = 0
  static let chunkSize = 1 << 16

  init(capacity: Int = 256) {
    storage = Storage(capacity: max(capacity, 16))
    base = storage.base
    self.capacity = storage.capacity
  }

  /// The bytes buffered, as an array.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Makes room for `extra` more bytes, in memory this buffer alone uses.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if _slowPath(count + extra > capacity || !isKnownUniquelyReferenced(&storage)) { grow(extra) }
  }

  @inline(never)
  private mutating func grow(_ extra: Int) {
    var newCapacity = max(capacity, 16)
    while newCapacity < count + extra { newCapacity *= 2 }
    let grown = Storage(capacity: newCapacity)
    grown.base.update(from: base, count: count)
    storage = grown
    base = grown.base
    capacity = newCapacity
  }

  /// Empties the buffer, keeping its memory.
  mutating func removeAll() {
    count = 0
  }

  /// Appends the bytes of `other`.
  @inline(__always)
  mutating func append(_ other: ByteOutput) {
    append(other, from: 0, to: other.count)
  }

  /// Appends the bytes of `other` from offset `start` up to `end`.
  @inline(__always)
  mutating func append(_ other: ByteOutput, from start: Int, to end: Int) {
    precondition(0 <= start && start <= end && end <= other.count, "range outside the buffer")
    append(UnsafeBufferPointer(start: other.base + start, count: end - start))
  }

  /// Appends a copy of this buffer's bytes from offset `start` up to `end`.
  @inline(__always)
  mutating func appendCopy(from start: Int, to end: Int) {
    precondition(0 <= start && start <= end && end <= count, "range outside the buffer")
    reserve(end - start)
    // After `reserve`: the bytes may have moved. The copy lands past `end`, so they don't overlap.
    (base + count).update(from: base + start, count: end - start)
    count += end - start
  }

  /// Appends the bytes of `buffer`.
  @inline(__always)
  mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let source = buffer.baseAddress else { return }
    reserve(buffer.count)
    (base + count).update(from: source, count: buffer.count)
    count += buffer.count
  }

  /// Hands the buffer to `sink` once it holds a chunk.
  @inline(__always)
  mutating func flushIfFull<Sink: TextSink>(to sink: inout Sink) throws(Sink.Failure) {
    if count >= Self.chunkSize { try flush(to: &sink) }
  }

  /// Hands everything buffered to `sink`.
  mutating func flush<Sink: TextSink>(to sink: inout Sink) throws(Sink.Failure) {
    guard count > 0 else { return }
    try sink.write(utf8Buffer: UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  // Disfavoured so that a string literal picks the `StaticString` overload above: its bytes
  // are known without asking the string for contiguous storage.
  @inline(__always) @_disfavoredOverload
  mutating func append(_ text: String) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
    if done == nil {
      var text = text
      text.withUTF8 { append($0) }
    }
  }

  @inline(__always)
  mutating func append(bytes more: [UInt8]) {
    more.withUnsafeBufferPointer { append($0) }
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends `value` in decimal.
  mutating func append(_ value: Int) {
    reserve(20)
    var magnitude = value.magnitude
    if value < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    // Offsets and indices are small: count their digits by comparing, not dividing.
    var digitCount = 1
    var limit: UInt = 10
    while magnitude >= limit, digitCount < 19 {
      digitCount += 1
      limit &*= 10
    }
    if magnitude >= limit { digitCount += 1 }
    var position = count + digitCount - 1
    repeat {
      base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
      position -= 1
    } while magnitude > 0
    count += digitCount
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
    reserve(digits + 1)
    base[count] = UInt8(ascii: ".")
    var fraction = scaled % unit
    for position in stride(from: count + digits, to: count, by: -1) {
      base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
      fraction /= 10
    }
    count += digits + 1
  }

  /// The statement path of a relation, `rel/` and 16 hex digits, without building a string.
  mutating func appendStatementPath(_ relation: Relation) {
    append("rel/")
    let value = IRIScheme.statementHash(
      subject: relation.subject, predicate: relation.predicate, object: relation.object
    ).value
    appendHex(value)
  }

  /// `value` as 16 lower-case hexadecimal digits.
  mutating func appendHex(_ value: UInt64) {
    reserve(16)
    for index in 0..<16 {
      let digit = UInt8(truncatingIfNeeded: (value >> UInt64(60 - 4 * index)) & 0xF)
      base[count + index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }
    count += 16
  }

  mutating func appendSpaces(_ spaces: Int) {
    guard spaces > 0 else { return }
    reserve(spaces)
    (base + count).update(repeating: 0x20, count: spaces)
    count += spaces
  }

  /// Appends `text`, replacing each byte in `special` with what `escape` appends instead.
  ///
  /// Runs of ordinary bytes are copied at once; the check per byte is a bit test.
  @inline(__always)
  mutating func appendEscaped(_ text: String, special: ByteSet, escape: (UInt8, inout ByteOutput) -> Void) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { source in
      appendEscaped(source, special: special, escape: escape)
    }
    if done == nil {
      var text = text
      text.withUTF8 { appendEscaped($0, special: special, escape: escape) }
    }
  }

  @inline(__always)
  mutating func appendEscaped(
    _ source: UnsafeBufferPointer<UInt8>, special: ByteSet, escape: (UInt8, inout ByteOutput) -> Void
  ) {
    var runStart = 0
    let count = source.count
    var index = special.firstMember(in: source, from: 0)
    while index < count {
      if index > runStart { append(UnsafeBufferPointer(rebasing: source[runStart..<index])) }
      escape(source[index], &self)
      runStart = index + 1
      index = special.firstMember(in: source, from: runStart)
    }
    if runStart < count {
      append(UnsafeBufferPointer(rebasing: source[runStart..<count]))
    }
  }

  /// Appends two bytes.
  @inline(__always)
  mutating func append(_ first: UInt8, _ second: UInt8) {
    reserve(2)
    base[count] = first
    base[count + 1] = second
    count += 2
  }

  /// Appends `byte` as two hexadecimal digits from `digits`.
  @inline(__always)
  mutating func appendHexByte(_ byte: UInt8, digits: StaticString) {
    digits.withUTF8Buffer { hex in append(hex[Int(byte >> 4)], hex[Int(byte & 0xF)]) }
  }

  /// `text` escaped for XML content or a double-quoted attribute (see ``XMLText``).
  mutating func appendXML(_ text: String) {
    let clean = text.utf8.withContiguousStorageIfAvailable { source in
      for byte in source where ByteSet.xmlSpecial.contains(byte) { return false }
      append(source)
      return true
    }
    switch clean {
    case true?: return
    case false?: append(XMLText.escaped(text))
    case nil: append(ByteSet.isXMLClean(text) ? text : XMLText.escaped(text))
    }
  }

  /// The sorted `items` as a one-line JSON array escaped for XML, as
  /// `appendXML(PropertyGraph.Value.list(items.sorted()).text)` writes them; items with no
  /// byte JSON or XML escapes are written directly.
  mutating func appendXMLJSONList(_ items: Set<String>) {
    func isPlain(_ item: String) -> Bool {
      !item.utf8.contains { ByteSet.xmlSpecial.contains($0) || $0 == 0x5C }
    }
    if items.count == 1, let item = items.first, isPlain(item) {
      append("[&quot;")
      append(item)
      append("&quot;]")
      return
    }
    let sorted = items.sorted()
    guard sorted.allSatisfy(isPlain) else {
      return appendXML(PropertyGraph.Value.list(sorted).text)
    }
    append("[")
    for (index, item) in sorted.enumerated() {
      append(index == 0 ? "&quot;" : ", &quot;")
      append(item)
      append("&quot;")
    }
    append("]")
  }

  /// `text` as a JSON string literal.
  mutating func appendJSONQuoted(_ text: String) {
    append(byte: UInt8(ascii: "\""))
    appendJSONEscaped(text)
    append(byte: UInt8(ascii: "\""))
  }

  /// Appends the inside of `text` as a JSON string literal, without the quotes.
  mutating func appendJSONEscaped(_ text: String) {
    appendEscaped(text, special: ByteSet.json, escape: { byte, out in out.appendBackslashEscape(byte, json: true) })
  }

  /// `text` as an N-Triples/Turtle string literal (see ``RDFText/quoted(_:)``).
  mutating func appendRDFQuoted(_ text: String) {
    append(byte: UInt8(ascii: "\""))
    appendEscaped(text, special: ByteSet.rdfString, escape: { byte, out in out.appendBackslashEscape(byte, json: false) })
    append(byte: UInt8(ascii: "\""))
  }

  /// One special byte of a JSON (`json`) or N-Triples string: `\"`, `\\`, `\n`, `\r`, `\t`,
  /// in JSON also `\b` and `\f`; any other control character as `\u00XX` (lower-case hex in
  /// JSON, upper-case in N-Triples, as each format's usual writers do).
  @inline(__always)
  private mutating func appendBackslashEscape(_ byte: UInt8, json: Bool) {
    switch byte {
    case 0x22: append(0x5C, 0x22)
    case 0x5C: append(0x5C, 0x5C)
    case 0x0A: append(0x5C, UInt8(ascii: "n"))
    case 0x0D: append(0x5C, UInt8(ascii: "r"))
    case 0x09: append(0x5C, UInt8(ascii: "t"))
    case 0x08 where json: append(0x5C, UInt8(ascii: "b"))
    case 0x0C where json: append(0x5C, UInt8(ascii: "f"))
    default:
      append("\\u00")
      appendHexByte(byte, digits: json ? "0123456789abcdef" : "0123456789ABCDEF")
    }
  }

  /// `iri` in angle brackets, with the characters IRIREF forbids percent-encoded.
  mutating func appendIRIRef(_ iri: String) {
    append(byte: UInt8(ascii: "<"))
    appendEscaped(
      iri, special: ByteSet.iriForbidden,
      escape: { byte, out in
        out.append(byte: UInt8(ascii: "%"))
        out.appendHexByte(byte, digits: "0123456789ABCDEF")
      })
    append(byte: UInt8(ascii: ">"))
  }

  /// `iri` with the characters IRIREF forbids percent-encoded, without angle brackets.
  mutating func appendIRIContent(_ iri: String) {
    appendEscaped(
      iri, special: ByteSet.iriForbidden,
      escape: { byte, out in
        out.append(byte: UInt8(ascii: "%"))
        out.appendHexByte(byte, digits: "0123456789ABCDEF")
      })
  }

  /// `IRIScheme.encode(text, keepSlash:)` as IRIREF content: ASCII text is encoded byte by
  /// byte without building a string; other text goes through `IRIScheme.encode`.
  mutating func appendIRIPath(_ text: String, keepSlash: Bool) {
    let special = keepSlash ? ByteSet.iriPath : ByteSet.iriSegment
    let done = text.utf8.withContiguousStorageIfAvailable { source -> Bool in
      for byte in source where byte >= 0x80 { return false }
      appendEscaped(
        source, special: special,
        escape: { byte, out in
          out.append(byte: UInt8(ascii: "%"))
          out.appendHexByte(byte, digits: "0123456789ABCDEF")
        })
      return true
    }
    if done != true { appendIRIContent(IRIScheme.encode(text, keepSlash: keepSlash)) }
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
    let quoting = text.withUTF8 { source -> Bool in
      source.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        || source.first == 0x20 || source.last == 0x20 || source.first == 0x09 || source.last == 0x09
    }
    guard quoting else { return append(text) }
    append(byte: 0x22)
    appendEscaped(text, special: ByteSet.quote, escape: { _, out in out.append(0x22, 0x22) })
    append(byte: 0x22)
  }

  /// Whether `text` has an `&`, which DOT labels may need to escape.
  static func containsAmpersand(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { ByteSet.ampersand.firstMember(in: $0, from: 0) < $0.count }
      ?? text.utf8.contains(UInt8(ascii: "&"))
  }

  /// `text` as a quoted DOT label (see `String.dotLabel`).
  mutating func appendDOTLabel(_ text: String) {
    if Self.containsAmpersand(text) {
      append(text.dotLabel)
    } else {
      appendDOTQuoted(text)
    }
  }

  /// `text` as the inside of a quoted DOT label, without the quotes (see `String.dotLabel`).
  mutating func appendDOTLabelText(_ text: String) {
    if Self.containsAmpersand(text) {
      appendDOTEscaped(text.dotAmpersandsEscaped)
    } else {
      appendDOTEscaped(text)
    }
  }

  /// `text` as a quoted DOT string (see `String.dotQuoted`).
  mutating func appendDOTQuoted(_ text: String) {
    append(byte: 0x22)
    appendDOTEscaped(text)
    append(byte: 0x22)
  }

  /// `text` escaped as inside a quoted DOT string, without the quotes.
  mutating func appendDOTEscaped(_ text: String) {
    appendEscaped(
      text, special: ByteSet.dot,
      escape: { byte, out in
        switch byte {
        case 0x5C: out.append(0x5C, 0x5C)
        case 0x22: out.append(0x5C, 0x22)
        case 0x0A: out.append(0x5C, UInt8(ascii: "n"))
        default: out.append(0x5C, UInt8(ascii: "r"))
        }
      })
  }
}

extension TextSink {
  /// Decodes the bytes and calls ``write(_:)``.
  public mutating func write(utf8 bytes: [UInt8]) throws(Failure) {
    try write(String(decoding: bytes, as: UTF8.self))
  }

  /// Copies the bytes into an array and calls ``write(utf8:)``.
  public mutating func write(utf8Buffer bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
    try write(utf8: Array(bytes))
  }
}

/// A set of bytes as a 256-bit mask, for escaping loops.
///
/// A set made of the bytes below some bound and at most four others (JSON's, DOT's, N-Triples')
/// is also searched eight bytes at a time (see ``firstMember(in:from:)``): most text has nothing
/// to escape, and one test per word finds that out.
struct ByteSet {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// The word-at-a-time test, for sets it can describe exactly.
  private var wordTest: WordTest?

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
    wordTest = WordTest(self)
  }

  /// Tells which of eight bytes loaded as a little-endian word are in a set that is every byte
  /// below `bound` (at most 128) and up to four others, with the bit tricks of "Bit Twiddling
  /// Hacks" (`hasless`, `haszero`).
  private struct WordTest {
    /// `bound` in every byte.
    let below: UInt64
    /// The other bytes, each repeated in every byte of its word (repeated when fewer than four).
    let others: (UInt64, UInt64, UInt64, UInt64)
    /// How many of `others` differ, at least one.
    let otherCount: Int

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The test for `set`, or `nil` if it is not of that shape.
    init?(_ set: ByteSet) {
      var bound = 0
      while bound < 128, set.contains(UInt8(bound)) { bound += 1 }
      var others: [UInt64] = []
      for byte in bound...255 where set.contains(UInt8(byte)) {
        guard others.count < 4 else { return nil }
        others.append(Self.ones &* UInt64(byte))
      }
      // A repeated byte tests the same thing twice; an empty list repeats a byte below the bound.
      if others.isEmpty { others.append(0) }
      otherCount = others.count
      while others.count < 4 { others.append(others[0]) }
      below = Self.ones &* UInt64(bound)
      self.others = (others[0], others[1], others[2], others[3])
    }

    /// The high bit of each byte of `word` in the set, and perhaps of bytes after the first such
    /// byte (a borrow runs on to the higher bytes), never before it: the lowest bit set marks
    /// the first byte of the set exactly, and zero means none is in it.
    @inline(__always)
    func matches(_ word: UInt64) -> UInt64 {
      func zeroBytes(_ value: UInt64) -> UInt64 { (value &- Self.ones) & ~value & Self.highBits }
      var found = (word &- below) & ~word & Self.highBits | zeroBytes(word ^ others.0)
      // The same branches for every word of a text: they cost next to nothing.
      if otherCount > 1 { found |= zeroBytes(word ^ others.1) }
      if otherCount > 2 { found |= zeroBytes(word ^ others.2) }
      if otherCount > 3 { found |= zeroBytes(word ^ others.3) }
      return found
    }
  }

  /// The position of the first byte of `source` from `start` on that is in the set, or
  /// `source.count` if there is none.
  @inline(__always)
  func firstMember(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = source.count
    if let wordTest, let base = source.baseAddress, count - index >= 8 {
      // Eight bytes at a time, unaligned loads from inside the buffer.
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let found = wordTest.matches(word)
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
      guard index < count else { return count }
      // The last eight bytes, less the ones just read.
      let seen = index - (count - 8)
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      let found = wordTest.matches(word) & (~0 << UInt64(8 * seen))
      return found == 0 ? count : count - 8 + found.trailingZeroBitCount >> 3
    }
    while index < count, !contains(source[index]) { index += 1 }
    return index
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    // Selects rather than a switch: no jump per byte.
    let word = byte < 0x80 ? (byte < 0x40 ? words.0 : words.1) : (byte < 0xC0 ? words.2 : words.3)
    return word & (UInt64(1) << UInt64(byte & 63)) != 0
  }

  static let controls = Array(UInt8(0)..<0x20)
  /// Bytes IRIREF forbids: controls, space, `"<>\^`{|}`.
  static let iriForbidden = ByteSet(controls + [0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D])
  static let json = ByteSet(controls + [0x22, 0x5C])
  /// ASCII bytes `IRIScheme.encode(_:keepSlash:)` percent-encodes with `keepSlash` set.
  static let iriPath = ByteSet(controls + [0x20, 0x7F, 0x22, 0x23, 0x25, 0x3C, 0x3E, 0x3F, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D])
  /// ASCII bytes `IRIScheme.encode(_:keepSlash:)` percent-encodes without `keepSlash`.
  static let iriSegment = ByteSet(controls + [0x20, 0x7F, 0x22, 0x23, 0x25, 0x3C, 0x3E, 0x3F, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D, 0x2F])
  static let rdfString = ByteSet(controls + [0x22, 0x5C, 0x7F])
  static let dot = ByteSet([0x5C, 0x22, 0x0A, 0x0D])
  static let quote = ByteSet([0x22])
  static let ampersand = ByteSet([0x26])
  /// Bytes that send XML text to the careful path: controls, `&<>"`, and 0xEF, the lead byte
  /// of U+FFFE and U+FFFF, which XML forbids.
  static let xmlSpecial = ByteSet(controls + [0x26, 0x3C, 0x3E, 0x22, 0xEF])

  /// Whether `text` has no byte of ``xmlSpecial``.
  static func isXMLClean(_ text: String) -> Bool {
    !text.utf8.contains { xmlSpecial.contains($0) }
  }
}
