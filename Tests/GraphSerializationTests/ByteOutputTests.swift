import Testing

@testable import GraphSerialization

/// The byte buffer's escaping helpers against their byte-by-byte definitions.
@Suite struct ByteOutputTests {
  static let sets: [(name: String, set: ByteSet)] = [
    ("json", .json), ("dot", .dot), ("rdfString", .rdfString), ("quote", .quote),
    ("iriForbidden", .iriForbidden), ("iriPath", .iriPath), ("xmlSpecial", .xmlSpecial),
  ]

  /// Every length up to 24 and every position of one or two special bytes among plain,
  /// multi-byte and high bytes: the word-at-a-time search finds what a byte loop finds.
  @Test func firstMemberFindsWhatAByteLoopFinds() {
    let fillers: [UInt8] = [0x61, 0x20, 0xC3, 0x7F, 0xFF]
    let specials: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x22, 0x26, 0x3C, 0x5C, 0x7F, 0xEF, 0x20, 0x2F]
    for (name, set) in Self.sets {
      for length in 0...24 {
        for filler in fillers {
          var bytes = [UInt8](repeating: filler, count: length)
          check(bytes, set, name)
          for special in specials {
            for position in 0..<length {
              bytes[position] = special
              check(bytes, set, name)
              if position + 3 < length {
                bytes[position + 3] = specials[(position + Int(special)) % specials.count]
                check(bytes, set, name)
                bytes[position + 3] = filler
              }
              bytes[position] = filler
            }
          }
        }
      }
    }
  }

  private func check(_ bytes: [UInt8], _ set: ByteSet, _ name: String) {
    bytes.withUnsafeBufferPointer { buffer in
      for start in [0, 1, 5, 9].filter({ $0 <= bytes.count }) {
        let expected = bytes[start...].firstIndex(where: set.contains) ?? bytes.count
        #expect(set.firstMember(in: buffer, from: start) == expected, "\(name) \(bytes) from \(start)")
      }
    }
  }

  /// JSON escaping of text with and without specials, short and long.
  @Test func jsonEscapingMatchesTheCharacterRules() {
    let texts = [
      "", "plain", "a \"quoted\" word", "back\\slash", "tab\tand\nnewline", "\u{1}\u{1F}",
      String(repeating: "long plain text ", count: 9), String(repeating: "x", count: 23) + "\"",
      "Zürich «Nord» 習近平 \u{7F}",
    ]
    for text in texts {
      var out = ByteOutput()
      out.appendJSONEscaped(text)
      var expected = ""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": expected += "\\\""
        case "\\": expected += "\\\\"
        case "\n": expected += "\\n"
        case "\r": expected += "\\r"
        case "\t": expected += "\\t"
        case "\u{8}": expected += "\\b"
        case "\u{C}": expected += "\\f"
        case _ where scalar.value < 0x20:
          expected += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
        default: expected.unicodeScalars.append(scalar)
        }
      }
      #expect(String(decoding: out.bytes, as: UTF8.self) == expected)
    }
  }
}
