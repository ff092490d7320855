#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws graphs in `kg-export render-worker --framed` processes: several at once to use every
/// core, each under an optional time limit.
///
/// A Graphviz layout inside a process cannot be interrupted and Graphviz is not thread-safe, so
/// both parallelism and time limits need processes. Workers are started with `posix_spawn`
/// and each one draws many graphs, so the start-up cost is paid once per worker. A worker that
/// runs past the limit is killed with `SIGKILL` and replaced; one that crashes costs only the
/// graph it was drawing. The pool runs on the calling thread, waiting with `poll`.
struct RenderWorkerPool {
  /// The `kg-export` executable to start.
  var executable: String
  /// The arguments after the executable, starting with `render-worker`.
  var arguments: [String]
  /// The most workers to run at once.
  var size: Int
  /// The time limit per graph, in seconds; `nil` for none.
  var timeout: Double?

  /// Draws `count` graphs.
  ///
  /// - Parameters:
  ///   - count: The number of graphs.
  ///   - source: The DOT text of graph `index`, read when a worker is free for it.
  ///   - finish: Called on this thread with each graph's outcome, in completion order.
  func run(
    count: Int,
    source: (Int) -> Result<String, CLIError>,
    finish: (Int, Result<RenderedOutput, CLIError>) -> Void
  ) {
    signal(SIGPIPE, SIG_IGN)  // a dead worker must not kill us when we write its request
    var workers: [Worker?] = Array(repeating: nil, count: max(1, size))
    var next = 0

    // Hands graphs to free slots until all slots are busy or no graph is left.
    func dispatch() {
      for slot in workers.indices where workers[slot]?.job == nil {
        while next < count {
          let index = next
          next += 1
          let dot: String
          switch source(index) {
          case .failure(let failure):
            finish(index, .failure(failure))
            continue
          case .success(let text): dot = text
          }
          if workers[slot] == nil {
            switch Worker.spawn(executable: executable, arguments: arguments) {
            case .failure(let failure):
              finish(index, .failure(failure))
              continue
            case .success(let worker): workers[slot] = worker
            }
          }
          guard let worker = workers[slot] else { continue }
          let request = Array("\(dot.utf8.count)\n".utf8) + Array(dot.utf8)
          if RenderIO.writeAll(request, to: worker.requests) != nil {
            finish(index, .failure(worker.crashed()))
            workers[slot] = nil
            continue
          }
          worker.job = index
          worker.deadline = timeout.map { Self.now() + $0 }
          break
        }
      }
    }

    dispatch()
    while true {
      let busy = workers.indices.filter { workers[$0]?.job != nil }
      if busy.isEmpty { break }
      let now = Self.now()
      let nearest = busy.compactMap { workers[$0]?.deadline }.min()
      let waitMilliseconds = nearest.map { Int32(max(0, min(($0 - now) * 1000 + 1, 60_000))) } ?? -1
      var descriptors = busy.map {
        pollfd(fd: workers[$0]?.answers ?? -1, events: Int16(POLLIN), revents: 0)
      }
      let ready = poll(&descriptors, nfds_t(descriptors.count), waitMilliseconds)
      if ready < 0 && errno != EINTR { break }

      for (position, slot) in busy.enumerated() {
        guard let worker = workers[slot], let job = worker.job else { continue }
        if descriptors[position].revents != 0 {
          switch worker.readAnswer() {
          case .pending: break
          case .answered(let answer):
            worker.job = nil
            worker.deadline = nil
            if answer.code == 0 {
              finish(job, .success(RenderedOutput(bytes: answer.payload, notes: answer.notes)))
            } else {
              let code = CLIError.Code(rawValue: answer.code) ?? .internalFailure
              let message = String(decoding: answer.payload, as: UTF8.self)
              finish(job, .failure(CLIError(code: code, message: message)))
            }
            continue
          case .failed(let failure):
            worker.terminate()
            worker.reap()
            finish(job, .failure(failure))
            workers[slot] = nil
            continue
          case .ended:
            finish(job, .failure(worker.crashed()))
            workers[slot] = nil
            continue
          }
        }
        if let deadline = worker.deadline, Self.now() >= deadline, let timeout {
          worker.terminate()
          worker.reap()
          workers[slot] = nil
          finish(
            job,
            .failure(
              CLIError(
                code: .internalFailure,
                message: "gave up after \(Self.seconds(timeout)) (--timeout); the layout was "
                  + "still running — try --layout sfdp or --max-nodes")))
        }
      }
      dispatch()
    }
    // Closing a worker's standard input ends its request loop; then collect its status.
    for worker in workers.compactMap({ $0 }) {
      worker.reap()
    }
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// The path of the running `kg-export` executable, to start workers from.
  ///
  /// When the code runs inside the test runner, the `kg-export` built next to it.
  static func currentExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let own =
      length > 0
      ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : CommandLine.arguments[0]
    guard !own.hasSuffix("/kg-export"), let slash = own.lastIndex(of: "/") else { return own }
    let sibling = String(own[...slash]) + "kg-export"
    return access(sibling, X_OK) == 0 ? sibling : own
  }
}

/// One worker process and its two pipes.
private final class Worker {
  /// What reading from a worker gave.
  enum Reading {
    case pending
    case answered(WorkerAnswer)
    case failed(CLIError)
    case ended
  }

  let pid: pid_t
  /// Our end of the worker's standard input.
  let requests: Int32
  /// Our end of the worker's standard output.
  let answers: Int32
  /// The graph being drawn, if any.
  var job: Int?
  /// When the current graph's time runs out, in ``RenderWorkerPool/now()`` seconds.
  var deadline: Double?
  private var buffer: [UInt8] = []
  private var ending: String?

  private init(pid: pid_t, requests: Int32, answers: Int32) {
    self.pid = pid
    self.requests = requests
    self.answers = answers
  }

  /// Starts `executable arguments…` with pipes for its standard input and output.
  static func spawn(executable: String, arguments: [String]) -> Result<Worker, CLIError> {
    func failure(_ code: Int32) -> Result<Worker, CLIError> {
      .failure(
        CLIError(
          code: .internalFailure,
          message: "cannot start the render worker \(executable): \(RenderIO.describe(errno: code))"
        ))
    }
    var toWorker: [Int32] = [-1, -1]
    guard makePipe(&toWorker) else { return failure(errno) }
    var fromWorker: [Int32] = [-1, -1]
    guard makePipe(&fromWorker) else {
      let code = errno
      close(toWorker[0])
      close(toWorker[1])
      return failure(code)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toWorker[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, fromWorker[1], STDOUT_FILENO)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(toWorker[0])
    close(fromWorker[1])
    guard status == 0 else {
      close(toWorker[1])
      close(fromWorker[0])
      return failure(status)
    }
    return .success(Worker(pid: pid, requests: toWorker[1], answers: fromWorker[0]))
  }

  /// Reads what the worker has written and decodes an answer if one is complete.
  func readAnswer() -> Reading {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
    if count < 0 {
      return errno == EINTR || errno == EAGAIN ? .pending : .ended
    }
    if count == 0 { return .ended }
    buffer.append(contentsOf: chunk[0..<count])
    do {
      guard let (answer, used) = try WorkerAnswer.decode(from: buffer[...]) else { return .pending }
      buffer.removeFirst(used)
      return .answered(answer)
    } catch {
      return .failed(error)
    }
  }

  /// Sends `SIGKILL`; the process ends at once, even inside a layout.
  func terminate() {
    _ = kill(pid, SIGKILL)
  }

  /// Closes the pipes and waits for the process to end (once), describing how it ended.
  @discardableResult
  func reap() -> String {
    if let ending { return ending }
    close(requests)
    close(answers)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signalNumber = status & 0x7F
    let signalName = strsignal(signalNumber).map { String(cString: $0) } ?? "unknown signal"
    let description =
      signalNumber == 0
      ? "exited with status \((status >> 8) & 0xFF)"
      : "was killed by signal \(signalNumber) (\(signalName))"
    ending = description
    return description
  }

  /// A failure for the graph this worker was drawing when it ended on its own.
  func crashed() -> CLIError {
    CLIError(
      code: .internalFailure, message: "the render worker stopped unexpectedly: it \(reap())")
  }
}

/// `pipe` with both ends marked close-on-exec, so workers inherit only their own stdio.
private func makePipe(_ descriptors: inout [Int32]) -> Bool {
  guard pipe(&descriptors) == 0 else { return false }
  for descriptor in descriptors {
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
  }
  return true
}
