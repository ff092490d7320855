import ArgumentParser
import GraphvizRendering

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension KGExport {
  /// `kg-export render-worker`: draws DOT from standard input to standard output.
  ///
  /// `render` starts these to draw in parallel and to stop a layout that takes too long (a
  /// layout inside the process cannot be interrupted). Hidden from help.
  struct RenderWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render-worker",
      abstract: "Draw one DOT graph from standard input to standard output.",
      discussion: """
        With --framed, read any number of requests from standard input and answer each on \
        standard output, as `kg-export render` does with its workers: a request is the DOT \
        text's length in bytes and a newline, then the text; an answer is \
        "<exit code> <payload length> <notes length>" and a newline, then the payload (the \
        drawing, or the error message) and the notes (lines for standard error).
        """,
      shouldDisplay: false)

    @OptionGroup var rendering: RenderingOptions

    @Flag(
      help: ArgumentHelp(
        "Serve length-prefixed requests until standard input ends.", visibility: .hidden))
    var framed = false

    func run() throws {
      let (renderer, format) = try rendering.makeRenderer()
      if framed {
        try serveFrames(renderer: renderer, format: format)
        return
      }
      let result = RenderIO.readFile(at: "-").flatMap { Self.decode($0) }
        .flatMap { rendering.draw($0, with: renderer, as: format) }
      switch result {
      case .success(let output):
        for note in output.notes { printError("kg-export render-worker: \(note)") }
        if let code = RenderIO.writeAll(output.bytes, to: STDOUT_FILENO) {
          let reason = RenderIO.describe(errno: code)
          printError("kg-export render-worker: cannot write standard output: \(reason)")
          throw ExitCode(CLIError.Code.cannotCreate.rawValue)
        }
      case .failure(let failure):
        printError("kg-export render-worker: \(oneLine(failure.message))")
        throw ExitCode(failure.code.rawValue)
      }
    }

    private func serveFrames(
      renderer: GraphvizRenderer, format: GraphvizRenderer.Format
    ) throws {
      var reader = FrameReader(descriptor: STDIN_FILENO)
      while let request = try reader.nextRequest() {
        let result = Self.decode(request).flatMap { rendering.draw($0, with: renderer, as: format) }
        let answer: WorkerAnswer
        switch result {
        case .success(let output):
          answer = WorkerAnswer(code: 0, payload: output.bytes, notes: output.notes)
        case .failure(let failure):
          answer = WorkerAnswer(
            code: failure.code.rawValue, payload: Array(failure.message.utf8), notes: [])
        }
        if RenderIO.writeAll(answer.encoded(), to: STDOUT_FILENO) != nil {
          throw ExitCode(CLIError.Code.cannotCreate.rawValue)
        }
      }
    }

    /// `bytes` as UTF-8 text, or a bad-data failure.
    static func decode(_ bytes: [UInt8]) -> Result<String, CLIError> {
      guard let text = String(validating: bytes, as: UTF8.self) else {
        return .failure(CLIError(code: .badData, message: "the input is not UTF-8 text"))
      }
      return .success(text)
    }
  }
}

/// A worker's answer to one request; see ``KGExport/RenderWorker``.
struct WorkerAnswer: Hashable, Sendable {
  /// 0 for a drawing, otherwise the ``CLIError/Code`` raw value.
  var code: Int32
  /// The drawing, or the UTF-8 error message.
  var payload: [UInt8]
  /// Notes for standard error, one per line.
  var notes: [String]

  /// The answer as sent on the pipe.
  func encoded() -> [UInt8] {
    let noteBytes = Array(notes.joined(separator: "\n").utf8)
    return Array("\(code) \(payload.count) \(noteBytes.count)\n".utf8) + payload + noteBytes
  }

  /// Decodes one answer from the front of `buffer`.
  ///
  /// - Returns: The answer and the number of bytes it used, `nil` if `buffer` doesn't hold a
  ///   whole answer yet.
  /// - Throws: ``CLIError`` if the header is malformed.
  static func decode(from buffer: ArraySlice<UInt8>) throws(CLIError) -> (WorkerAnswer, Int)? {
    guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else {
      if buffer.count > 64 { throw malformed }
      return nil
    }
    let fields = buffer[buffer.startIndex..<newline].split(separator: UInt8(ascii: " "))
      .map { Int(String(decoding: $0, as: UTF8.self)) }
    guard fields.count == 3, let code = fields[0], let payloadCount = fields[1],
      let noteCount = fields[2], payloadCount >= 0, noteCount >= 0,
      let status = Int32(exactly: code)
    else { throw malformed }
    let bodyStart = newline + 1
    guard buffer.endIndex - bodyStart >= payloadCount + noteCount else { return nil }
    let payload = Array(buffer[bodyStart..<bodyStart + payloadCount])
    let noteText = String(
      decoding: buffer[bodyStart + payloadCount..<bodyStart + payloadCount + noteCount],
      as: UTF8.self)
    let notes = noteText.isEmpty ? [] : noteText.split(separator: "\n").map(String.init)
    let answer = WorkerAnswer(code: status, payload: payload, notes: notes)
    return (answer, bodyStart + payloadCount + noteCount - buffer.startIndex)
  }

  private static var malformed: CLIError {
    CLIError(code: .internalFailure, message: "the render worker sent a malformed answer")
  }
}

/// Reads length-prefixed requests from a file descriptor.
struct FrameReader {
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// The next request's bytes, or `nil` at the end of input between requests.
  mutating func nextRequest() throws -> [UInt8]? {
    var header: Int?
    while true {
      if header == nil, let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        guard let length = Int(String(decoding: buffer[start..<newline], as: UTF8.self)),
          length >= 0
        else { throw ExitCode(CLIError.Code.usage.rawValue) }
        header = length
        start = newline + 1
      }
      if let length = header, buffer.count - start >= length {
        let request = Array(buffer[start..<start + length])
        start += length
        buffer.removeFirst(start)
        start = 0
        return request
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 {
        if header == nil && start == buffer.count { return nil }
        throw ExitCode(CLIError.Code.usage.rawValue)
      }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }
}

/// Writes `line` and a newline to standard error.
func printError(_ line: String) {
  _ = RenderIO.writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
}

/// `text` on one line: line breaks become spaces.
func oneLine(_ text: String) -> String {
  text.split(whereSeparator: \.isNewline).joined(separator: " ")
}
