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
    var bytes = ByteOutput()
    print(value, indent: indent, into: &bytes)
    output += String(decoding: bytes.bytes, as: UTF8.self)
  }

  static func print(_ value: JSONValue, indent: Int, into output: inout ByteOutput) {
    switch value {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .number(let text): output.append(text)
    case .string(let text): output.appendJSONQuoted(text)
    case .array(let items):
      if items.isEmpty {
        output.append("[]")
      } else if items.allSatisfy(\.isScalar) {
        output.append(byte: UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
          if index > 0 { output.append(", ") }
          print(item, indent: indent, into: &output)
        }
        output.append(byte: UInt8(ascii: "]"))
      } else {
        output.append("[\n")
        for (index, item) in items.enumerated() {
          output.appendSpaces(indent + 2)
          print(item, indent: indent + 2, into: &output)
          output.append(index == items.count - 1 ? "\n" : ",\n")
        }
        output.appendSpaces(indent)
        output.append(byte: UInt8(ascii: "]"))
      }
    case .object(let members):
      if members.isEmpty {
        output.append("{}")
      } else if indent >= 6, members.count <= 3, members.allSatisfy({ $0.value.isScalar }) {
        output.append(byte: UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
          if index > 0 { output.append(", ") }
          output.appendJSONQuoted(member.key)
          output.append(": ")
          print(member.value, indent: indent, into: &output)
        }
        output.append(byte: UInt8(ascii: "}"))
      } else {
        output.append("{\n")
        for (index, member) in members.enumerated() {
          output.appendSpaces(indent + 2)
          output.appendJSONQuoted(member.key)
          output.append(": ")
          print(member.value, indent: indent + 2, into: &output)
          output.append(index == members.count - 1 ? "\n" : ",\n")
        }
        output.appendSpaces(indent)
        output.append(byte: UInt8(ascii: "}"))
      }
    }
  }

  /// Appends `text` as a JSON string literal: `"` and `\` escaped, controls as escapes.
  static func appendQuoted(_ text: String, to output: inout String) {
    var bytes = ByteOutput()
    bytes.appendJSONQuoted(text)
    output += String(decoding: bytes.bytes, as: UTF8.self)
  }

  static func quoted(_ text: String) -> String {
    var bytes = ByteOutput()
    bytes.appendJSONQuoted(text)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }
}
