/// Reads and writes the entity tagger's model file.
///
/// Layout (little-endian): the magic `KGNER\0\0\1`; `UInt32` template version, tag count,
/// table bits and seen-word bits; `Float32` scale and temperature; `(tags + 1) * tags`
/// `Float32` transitions; the seen-word bitset as `UInt64`s; a bitmap of the non-zero weight
/// rows as `UInt64`s; `tags` `Int16`s for each non-zero row; an FNV-1a 32-bit checksum of all
/// bytes before it.
enum ModelFile {
  static let magic: [UInt8] = [0x4B, 0x47, 0x4E, 0x45, 0x52, 0, 0, 1]

  static func encode(_ model: TaggerModel) -> [UInt8] {
    let tags = TaggerModel.tagCount
    let stride = TaggerModel.rowStride
    var out = magic
    func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    func put64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    put32(FeatureExtractor.templateVersion)
    put32(UInt32(tags))
    put32(UInt32(model.extractor.tableBits))
    put32(UInt32(model.extractor.lowercaseSeen.bits))
    put32(model.scale.bitPattern)
    put32(model.temperature.bitPattern)
    for value in model.transitions { put32(value.bitPattern) }
    for word in model.extractor.lowercaseSeen.words { put64(word) }
    let rows = 1 << model.extractor.tableBits
    var bitmap = [UInt64](repeating: 0, count: max(1, rows / 64))
    var values: [Int16] = []
    model.weights.withUnsafeBufferPointer { weights in
      for row in 0..<rows {
        let base = row * stride
        var present = false
        for tag in 0..<tags where weights[base + tag] != 0 { present = true }
        guard present else { continue }
        bitmap[row >> 6] |= 1 << UInt64(row & 63)
        for tag in 0..<tags { values.append(weights[base + tag]) }
      }
    }
    for word in bitmap { put64(word) }
    out.reserveCapacity(out.count + values.count * 2 + 4)
    for value in values {
      let bits = UInt16(bitPattern: value)
      out.append(UInt8(truncatingIfNeeded: bits))
      out.append(UInt8(truncatingIfNeeded: bits >> 8))
    }
    put32(checksum(out[...]))
    return out
  }

  static func decode(_ bytes: [UInt8]) throws(TaggerError) -> TaggerModel {
    guard bytes.count >= magic.count + 4, Array(bytes.prefix(magic.count)) == magic else {
      throw .malformedModel("not an entity-tagger model (bad magic number)")
    }
    let body = bytes[..<(bytes.count - 4)]
    var reader = Reader(bytes: bytes, position: bytes.count - 4)
    let stored = try reader.u32()
    guard stored == checksum(body) else { throw .malformedModel("checksum mismatch") }
    reader = Reader(bytes: bytes, position: magic.count, end: bytes.count - 4)
    let version = try reader.u32()
    guard version == FeatureExtractor.templateVersion else {
      throw .malformedModel(
        "feature templates v\(version), this tagger reads v\(FeatureExtractor.templateVersion)")
    }
    let tags = Int(try reader.u32())
    guard tags == TaggerModel.tagCount else { throw .malformedModel("\(tags) tags") }
    let tableBits = Int(try reader.u32())
    let seenBits = Int(try reader.u32())
    guard (8...24).contains(tableBits), (6...26).contains(seenBits) else {
      throw .malformedModel("table sizes out of range")
    }
    let scale = Float(bitPattern: try reader.u32())
    let temperature = Float(bitPattern: try reader.u32())
    var transitions: [Float] = []
    for _ in 0..<((tags + 1) * tags) { transitions.append(Float(bitPattern: try reader.u32())) }
    var seenWords: [UInt64] = []
    for _ in 0..<max(1, (1 << seenBits) / 64) { seenWords.append(try reader.u64()) }
    let rows = 1 << tableBits
    var bitmap: [UInt64] = []
    bitmap.reserveCapacity(rows / 64)
    for _ in 0..<max(1, rows / 64) { bitmap.append(try reader.u64()) }
    let presentRows = bitmap.reduce(0) { $0 + $1.nonzeroBitCount }
    let stride = TaggerModel.rowStride
    guard reader.position + presentRows * tags * 2 <= reader.end else {
      throw .malformedModel("truncated")
    }
    // The present rows are the bulk of the file, in the order the tagger keeps them: copy
    // them with one pass over raw bytes.
    let start = reader.position
    let present = [Int16](unsafeUninitializedCapacity: presentRows * stride) { out, count in
      bytes.withUnsafeBytes { raw in
        #if _endian(little)
          // The file's byte order is the machine's: one copy.
          UnsafeMutableRawBufferPointer(out).copyMemory(
            from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + presentRows * stride * 2)]))
        #else
          for index in 0..<(presentRows * stride) {
            out[index] = Int16(
              littleEndian: raw.loadUnaligned(fromByteOffset: start + index * 2, as: Int16.self))
          }
        #endif
      }
      count = presentRows * stride
    }
    reader.position += presentRows * tags * 2
    guard reader.position == reader.end else {
      throw .malformedModel("\(reader.end - reader.position) unexpected trailing bytes")
    }
    let extractor = FeatureExtractor(
      tableBits: tableBits, lowercaseSeen: HashBitset(bits: seenBits, words: seenWords))
    return TaggerModel(
      extractor: extractor,
      compactWeights: CompactWeights(rowCount: rows, bitmap: bitmap, presentRows: present),
      scale: scale, transitions: transitions, temperature: temperature)
  }

  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      var hash: UInt32 = 0x811C_9DC5
      for byte in buffer { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
      return hash
    }
  }

  private struct Reader {
    let bytes: [UInt8]
    var position: Int
    var end: Int

    init(bytes: [UInt8], position: Int, end: Int? = nil) {
      self.bytes = bytes
      self.position = position
      self.end = end ?? bytes.count
    }

    mutating func u16() throws(TaggerError) -> UInt16 {
      guard position + 2 <= end else { throw .malformedModel("truncated") }
      let value = UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
      position += 2
      return value
    }

    mutating func u32() throws(TaggerError) -> UInt32 {
      guard position + 4 <= end else { throw .malformedModel("truncated") }
      var value: UInt32 = 0
      for k in 0..<4 { value |= UInt32(bytes[position + k]) << UInt32(8 * k) }
      position += 4
      return value
    }

    mutating func u64() throws(TaggerError) -> UInt64 {
      guard position + 8 <= end else { throw .malformedModel("truncated") }
      var value: UInt64 = 0
      for k in 0..<8 { value |= UInt64(bytes[position + k]) << UInt64(8 * k) }
      position += 8
      return value
    }
  }
}
