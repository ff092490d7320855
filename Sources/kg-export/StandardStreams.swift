import Foundation

/// Writes to standard error without buffering surprises.
enum StandardError {
  static func writeLine(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}

/// Writes to standard output.
enum StandardOutput {
  static func write(_ bytes: some DataProtocol) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
