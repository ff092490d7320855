/// An error reading a serialized knowledge graph.
///
/// New failure reasons can be added without breaking clients: the cases are static members.
public struct SerializationError: Error, Hashable, Sendable, CustomStringConvertible {
  private enum Code: Hashable, Sendable {
    case malformedDocument(String)
    case unknownEntityType(String)
    case danglingReference(String)
    case unsupportedFormat(String)
  }

  private var code: Code

  /// Where reading stopped, such as `@graph[3].memberOf` or `line 4`; empty when unknown.
  public var path: String

  private init(code: Code, path: String) {
    self.code = code
    self.path = path
  }

  /// The input is not the kind of document expected; `reason` says how.
  public static func malformedDocument(_ reason: String, at path: String = "") -> Self {
    Self(code: .malformedDocument(reason), path: path)
  }

  /// A node has a type kg-export does not know.
  public static func unknownEntityType(_ type: String, at path: String = "") -> Self {
    Self(code: .unknownEntityType(type), path: path)
  }

  /// A relation points at an `@id` that no node declares.
  public static func danglingReference(_ id: String, at path: String = "") -> Self {
    Self(code: .danglingReference(id), path: path)
  }

  /// The format asked for does not exist or cannot be read.
  public static func unsupportedFormat(_ name: String) -> Self {
    Self(code: .unsupportedFormat(name), path: "")
  }

  public var description: String {
    let location = path.isEmpty ? "" : " at \(path)"
    switch code {
    case .malformedDocument(let reason): return "malformed document\(location): \(reason)"
    case .unknownEntityType(let type): return "unknown entity type '\(type)'\(location)"
    case .danglingReference(let id): return "reference to undeclared node '\(id)'\(location)"
    case .unsupportedFormat(let name): return "unsupported format '\(name)'"
    }
  }
}
