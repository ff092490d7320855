/// A data error of the entity tagger: a model file or a token-per-line file it can't read.
///
/// New failure reasons can be added without breaking clients, because the cases are static
/// members rather than enum cases.
public struct TaggerError: Error, Hashable, Sendable {
  private enum Code: Hashable, Sendable {
    case malformedModel(String)
    case malformedData(String)
    case missingModel
  }

  private var code: Code

  /// The file (or `-` for standard input) the error was found in, if known.
  public var source: String?
  /// The one-based line the error was found on, if it concerns a line.
  public var line: Int?

  /// A model file that is truncated, corrupt or of another version.
  public static func malformedModel(_ reason: String, source: String? = nil) -> Self {
    Self(code: .malformedModel(reason), source: source, line: nil)
  }

  /// A token-per-line file with a line that breaks the format.
  public static func malformedData(_ reason: String, source: String, line: Int?) -> Self {
    Self(code: .malformedData(reason), source: source, line: line)
  }

  /// The shipped model is not among the module's resources.
  public static var missingModel: Self { Self(code: .missingModel, source: nil, line: nil) }

  /// The same error, found in `source`.
  public func found(in source: String) -> Self {
    var copy = self
    copy.source = source
    return copy
  }

  /// Whether the error is about a data file rather than a model.
  public var isDataError: Bool {
    if case .malformedData = code { return true }
    return false
  }
}

extension TaggerError: CustomStringConvertible {
  /// One line: the file and line, if known, then the reason.
  public var description: String {
    var place = source ?? ""
    if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
    let prefix = place.isEmpty ? "" : "\(place): "
    switch code {
    case .malformedModel(let reason): return "\(prefix)malformed entity-tagger model: \(reason)"
    case .malformedData(let reason): return "\(prefix)\(reason)"
    case .missingModel: return "the built-in entity-tagger model is missing from the resources"
    }
  }
}
