public import Foundation

/// A destination for text that writers stream into, piece by piece.
///
/// Writers never build their whole output in memory: they hand each line or fragment to a
/// sink as soon as it is ready, so memory use does not grow with the size of the output.
public protocol TextSink {
  /// The error writing can fail with: `Never` for in-memory sinks.
  associatedtype Failure: Error = any Error

  /// Appends `text` to the output.
  ///
  /// - Throws: Whatever error the destination reports, such as a full disk.
  mutating func write(_ text: String) throws(Failure)

  /// Appends UTF-8 encoded text; the default implementation decodes it and calls
  /// ``write(_:)``. Writers use this for their buffered output.
  ///
  /// - Throws: Whatever error the destination reports.
  mutating func write(utf8 bytes: [UInt8]) throws(Failure)

  /// Appends UTF-8 encoded text the caller keeps ownership of; the default implementation
  /// copies it into an array and calls ``write(utf8:)``.
  ///
  /// - Throws: Whatever error the destination reports.
  mutating func write(utf8Buffer bytes: UnsafeBufferPointer<UInt8>) throws(Failure)
}

/// A sink that collects everything written to it in a string, for tests and small graphs.
public struct StringSink: TextSink, Sendable {
  /// Writing to memory cannot fail.
  public typealias Failure = Never

  /// Everything written so far.
  public private(set) var text = ""

  /// An empty sink.
  public init() {}

  /// Appends `text` to ``text``.
  public mutating func write(_ text: String) {
    self.text += text
  }
}

/// A sink that writes UTF-8 to a file handle through a fixed-size buffer.
///
/// Call ``flush()`` when done; the buffer is not flushed on deinitialization because errors
/// could not be reported there.
public final class FileSink: TextSink {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let capacity: Int

  /// A sink writing to `handle`, buffering up to `capacity` bytes between writes.
  public init(handle: FileHandle, capacity: Int = 1 << 16) {
    self.handle = handle
    self.capacity = capacity
    buffer.reserveCapacity(capacity)
  }

  /// Appends the UTF-8 bytes of `text`, writing the buffer out when it is full.
  ///
  /// - Throws: The file handle's error if writing fails.
  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= capacity { try flush() }
  }

  /// Appends UTF-8 bytes, writing them through when the buffer is empty and they fill it.
  ///
  /// - Throws: The file handle's error if writing fails.
  public func write(utf8 bytes: [UInt8]) throws {
    if buffer.isEmpty, bytes.count >= capacity {
      try handle.write(contentsOf: bytes)
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  /// Appends UTF-8 bytes, writing them through when the buffer is empty and they fill it.
  ///
  /// - Throws: The file handle's error if writing fails.
  public func write(utf8Buffer bytes: UnsafeBufferPointer<UInt8>) throws {
    if buffer.isEmpty, bytes.count >= capacity {
      try handle.write(contentsOf: UnsafeRawBufferPointer(bytes))
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  /// Writes out everything buffered so far.
  ///
  /// - Throws: The file handle's error if writing fails.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
