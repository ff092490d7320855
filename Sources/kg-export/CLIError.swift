import ArgumentParser
import GraphvizRendering

/// A failure the command line reports as one line on standard error, with its own exit code.
///
/// Every command reports failures this way, so scripts can tell a usage mistake from a
/// missing file from bad data by the exit status alone.
struct CLIError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Exit codes from BSD's `sysexits.h`.
  enum Code: Int32, Sendable {
    /// The command line itself is wrong (`EX_USAGE`).
    case usage = 64
    /// An input was read but its content is unusable: not UTF-8, empty, bad JSON, bad DOT
    /// (`EX_DATAERR`).
    case badData = 65
    /// An input does not exist or cannot be read (`EX_NOINPUT`).
    case noInput = 66
    /// Graphviz failed, a worker crashed or a time limit passed (`EX_SOFTWARE`).
    case internalFailure = 70
    /// An output file or folder cannot be written (`EX_CANTCREAT`).
    case cannotCreate = 73
  }

  var code: Code
  var message: String

  init(code: Code, message: String) {
    self.code = code
    self.message = message
  }

  /// The failure for a renderer error: bad options → 64, bad DOT → 65, the rest → 70.
  init(_ error: RenderingError) {
    switch error.stage {
    case .options: code = .usage
    case .parsing: code = .badData
    case .setup, .layout, .drawing: code = .internalFailure
    }
    message = error.message
  }

  var description: String { message }

  var exitCode: ExitCode { ExitCode(code.rawValue) }
}

/// Runs `body`, turning a ``CLIError`` into its one-line message on standard error and its
/// exit code, so no failure ever prints a stack dump.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as CLIError {
    StandardError.writeLine("kg-export: \(error.message)")
    throw error.exitCode
  }
}
