#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// File and pipe I/O for `render`, with errors as one-line ``CLIError``s.
enum RenderIO {
  /// A failed system call's `errno`.
  struct SystemError: Error {
    var code: Int32
  }

  /// The text of `strerror(code)`, such as "No such file or directory".
  static func describe(errno code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  /// Reads `descriptor` to its end.
  ///
  /// - Returns: The bytes, or the `errno` of the failed `read`.
  static func readAll(from descriptor: Int32) -> Result<[UInt8], SystemError> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(SystemError(code: errno))
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Writes all of `bytes` to `descriptor`.
  ///
  /// - Returns: `nil`, or the `errno` of the failed `write` (`EPIPE` if the reader is gone).
  static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
    let failure: Int32? =
      bytes.withContiguousStorageIfAvailable { buffer in
        writeAll(UnsafeRawBufferPointer(buffer), to: descriptor)
      } ?? Array(bytes).withUnsafeBytes { writeAll($0, to: descriptor) }
    return failure
  }

  private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// The contents of the file at `path`, or of standard input for `-`.
  static func readFile(at path: String) -> Result<[UInt8], CLIError> {
    if path == "-" {
      return readAll(from: STDIN_FILENO).mapError {
        CLIError(
          code: .noInput, message: "cannot read standard input: \(describe(errno: $0.code))")
      }
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(
        CLIError(code: .noInput, message: "cannot read: \(describe(errno: errno))"))
    }
    defer { close(descriptor) }
    return readAll(from: descriptor).mapError {
      CLIError(code: .noInput, message: "cannot read: \(describe(errno: $0.code))")
    }
  }

  /// Writes `bytes` to `path` through a temporary file in the same directory, renamed into
  /// place once complete, so `path` never holds a partial file.
  static func writeFileAtomically(_ bytes: [UInt8], to path: String) -> CLIError? {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(directory).\(name).\(getpid()).tmp"
    func failure(_ code: Int32) -> CLIError {
      CLIError(code: .cannotCreate, message: "cannot write \(path): \(describe(errno: code))")
    }

    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { return failure(errno) }
    if let code = writeAll(bytes, to: descriptor) {
      close(descriptor)
      unlink(temporary)
      return failure(code)
    }
    guard close(descriptor) == 0 else {
      let code = errno
      unlink(temporary)
      return failure(code)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      return failure(code)
    }
    return nil
  }

  /// Whether `path` names an existing directory.
  static func isDirectory(_ path: String) -> Bool {
    var information = stat()
    return stat(path, &information) == 0 && (information.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates the directory `path` and its missing parents.
  static func createDirectory(_ path: String) -> CLIError? {
    if isDirectory(path) { return nil }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if !isDirectory(prefix) {
        let code = mkdir(prefix, 0o777) == 0 ? 0 : errno
        if !isDirectory(prefix) {
          return CLIError(
            code: .cannotCreate,
            message:
              "cannot create directory \(path): \(describe(errno: code == 0 ? ENOTDIR : code))")
        }
      }
      prefix += "/"
    }
    return nil
  }

  /// The device and inode of `path`, to tell whether two paths name the same file.
  static func fileIdentity(_ path: String) -> [UInt64]? {
    var information = stat()
    guard stat(path, &information) == 0 else { return nil }
    return [UInt64(information.st_dev), UInt64(information.st_ino)]
  }
}
