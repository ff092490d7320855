public import KnowledgeGraphCore

/// A writer that streams a whole graph in one format into a ``TextSink``.
///
/// Writers never build their whole output in memory; ``write(_:)`` is the convenience for
/// tests and small graphs that collects the output in a string.
public protocol GraphWriter: Sendable {
  /// Streams `graph` into `sink`.
  ///
  /// - Throws: Whatever `sink` throws.
  func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws(Sink.Failure)
}

extension GraphWriter {
  /// Returns `graph` written in this writer's format.
  public func write(_ graph: KnowledgeGraph) -> String {
    var sink = StringSink()
    write(graph, to: &sink)
    return sink.text
  }
}
