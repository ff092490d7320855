import ArgumentParser
import Foundation
import GraphExtraction

/// Exit codes of the entity-tagger commands (the BSD `sysexits.h` values).
enum NERExit {
  /// The command line was wrong.
  static let usage = ExitCode(64)
  /// An input file had malformed data.
  static let dataError = ExitCode(65)
  /// An input file could not be opened or read.
  static let unreadableInput = ExitCode(66)
  /// An output file could not be written.
  static let cannotCreate = ExitCode(73)
}

/// Input, output and error reporting shared by `train-ner`, `tag` and `evaluate-ner`.
enum NERIO {
  /// Writes `message` as one line on standard error, prefixed with the tool's name.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("kg-export: \(message)\n".utf8))
  }

  /// The bytes of a file, or of standard input for `nil` or `-`.
  ///
  /// - Throws: ``NERExit/unreadableInput`` after printing why, if the file can't be read.
  static func read(_ path: String?) throws -> (bytes: [UInt8], name: String) {
    guard let path, path != "-" else {
      return ([UInt8](FileHandle.standardInput.readDataToEndOfFile()), "-")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      printError("cannot read '\(path)': no such file")
      throw NERExit.unreadableInput
    }
    guard !isDirectory.boolValue else {
      printError("cannot read '\(path)': it is a directory")
      throw NERExit.unreadableInput
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      printError("cannot read '\(path)': permission denied or I/O error")
      throw NERExit.unreadableInput
    }
    return ([UInt8](data), path)
  }

  /// Runs `body`, turning a ``TaggerError`` about data into a one-line message and exit 65.
  static func reportingDataErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as TaggerError {
      printError(error.description)
      throw NERExit.dataError
    }
  }

  /// The tagger of a model file, or the built-in one for `nil`.
  static func tagger(model path: String?) throws -> EntityTagger {
    guard let path else {
      return try reportingDataErrors { try EntityTagger.builtIn() }
    }
    let (bytes, name) = try read(path)
    return try reportingDataErrors {
      do {
        return try EntityTagger(modelData: bytes)
      } catch let error as TaggerError {
        throw error.found(in: name)
      }
    }
  }

  /// Writes bytes to standard output.
  static func writeStandardOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }
}
