/// An error laying out or drawing a graph with Graphviz, with Graphviz's own message.
public struct RenderingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The step that failed.
  public enum Stage: String, Hashable, Sendable {
    /// Creating the Graphviz context or loading its plugins.
    case setup
    /// Reading the DOT text.
    case parsing
    /// Computing the layout.
    case layout
    /// Producing the output bytes.
    case drawing
  }

  public var stage: Stage
  /// What Graphviz (or the renderer) said went wrong.
  public var message: String

  public init(stage: Stage, message: String) {
    self.stage = stage
    self.message = message
  }

  public var description: String { "Graphviz \(stage.rawValue) failed: \(message)" }
}
