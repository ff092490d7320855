/// An error laying out or drawing a graph with Graphviz, with Graphviz's own message.
public struct RenderingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The step that failed.
  public enum Stage: String, Hashable, Sendable {
    /// The caller asked for something the renderer refuses or doesn't have: an unknown or
    /// unsafe format, an unknown layout engine, or an invalid option value.
    case options
    /// Creating the Graphviz context or loading its plugins.
    case setup
    /// Reading the DOT text, including its HTML-like labels, which Graphviz only parses while
    /// it computes the layout: the input is at fault.
    case parsing
    /// Computing the layout: Graphviz failed on input it had accepted.
    case layout
    /// Producing the output bytes.
    case drawing
  }

  /// The step that failed.
  public var stage: Stage
  /// What Graphviz (or the renderer) said went wrong.
  public var message: String

  /// Creates an error for `stage` with a one-line or multi-line `message`.
  public init(stage: Stage, message: String) {
    self.stage = stage
    self.message = message
  }

  /// `Graphviz <stage> failed: <message>`.
  public var description: String { "Graphviz \(stage.rawValue) failed: \(message)" }
}
