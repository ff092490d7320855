/// A JSON value whose objects keep their keys in the order written, so output is byte-stable.
enum JSONValue: Sendable {
  case null
  case bool(Bool)
  /// A number, kept as its literal text so nothing is lost to binary floating point.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  /// The value of `key` in an object, or `nil`.
  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}

/// Writes ``JSONValue``s as indented JSON text.
///
/// Objects go one member per line, except small all-scalar objects (such as typed values
/// `{"@value": "2017", "@type": "xsd:gYear"}`) below the top two levels, which stay on one
/// line; arrays of scalars stay on one line.
struct JSONPrinter {
  static func print(_ value: JSONValue, indent: Int, into output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): appendQuoted(text, to: &output)
    case .array(let items):
      if items.isEmpty {
        output += "[]"
      } else if items.allSatisfy(\.isScalar) {
        output += "["
        for (index, item) in items.enumerated() {
          if index > 0 { output += ", " }
          print(item, indent: indent, into: &output)
        }
        output += "]"
      } else {
        output += "[\n"
        for (index, item) in items.enumerated() {
          output += String(repeating: " ", count: indent + 2)
          print(item, indent: indent + 2, into: &output)
          output += index == items.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "]"
      }
    case .object(let members):
      if members.isEmpty {
        output += "{}"
      } else if indent >= 6, members.count <= 3, members.allSatisfy({ $0.value.isScalar }) {
        output += "{"
        for (index, member) in members.enumerated() {
          if index > 0 { output += ", " }
          appendQuoted(member.key, to: &output)
          output += ": "
          print(member.value, indent: indent, into: &output)
        }
        output += "}"
      } else {
        output += "{\n"
        for (index, member) in members.enumerated() {
          output += String(repeating: " ", count: indent + 2)
          appendQuoted(member.key, to: &output)
          output += ": "
          print(member.value, indent: indent + 2, into: &output)
          output += index == members.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "}"
      }
    }
  }

  /// Appends `text` as a JSON string literal: `"` and `\` escaped, controls as escapes.
  static func appendQuoted(_ text: String, to output: inout String) {
    output += "\""
    let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    if !needsEscaping {
      output += text
    } else {
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16, uppercase: false)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }

  static func quoted(_ text: String) -> String {
    var output = ""
    appendQuoted(text, to: &output)
    return output
  }
}
