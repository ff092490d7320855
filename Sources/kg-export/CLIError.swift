import ArgumentParser

/// A failure the command line reports as one line on standard error, with its own exit code.
///
/// The codes follow BSD `sysexits.h`, so scripts can tell a usage mistake from a missing file
/// from bad data.
struct CLIError: Error, CustomStringConvertible {
  /// What kind of failure, and so which exit code.
  enum Kind: Int32 {
    /// The command line itself is wrong (`EX_USAGE`).
    case usage = 64
    /// An input was read but its content is unusable (`EX_DATAERR`).
    case badData = 65
    /// An input does not exist or cannot be read (`EX_NOINPUT`).
    case unreadableInput = 66
    /// Something went wrong inside kg-export or Graphviz (`EX_SOFTWARE`).
    case internalFailure = 70
    /// An output file or folder cannot be written (`EX_CANTCREAT`).
    case cannotCreateOutput = 73
  }

  var kind: Kind
  var message: String

  init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  var description: String { message }

  var exitCode: ExitCode { ExitCode(kind.rawValue) }
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
