import Basics
import Glibc
import Synchronization
import SystemIO

/// Collects a run's output chunks, which arrive on the reactor thread.
final class OutputCollector: Sendable {
    private let bytes = Mutex<[UInt8]>([])

    var data: [UInt8] { bytes.withLock { $0 } }
    var text: String { String(decoding: data, as: UTF8.self) }

    func append(_ chunk: ArraySlice<UInt8>) {
        bytes.withLock { $0.append(contentsOf: chunk) }
    }
}

let testPath = "/usr/bin:/bin"

/// Runs `arguments` with a minimal environment and returns how it ended and what it printed.
func run(
    _ arguments: [String],
    in directory: String = "/",
    environment: [String: String] = ["PATH": testPath],
    runner: SystemProcessRunner = SystemProcessRunner()
) async throws -> (termination: ProcessTermination, output: String) {
    let collector = OutputCollector()
    let spec = ProcessSpec(arguments: arguments, environment: environment, workingDirectory: directory)
    let termination = try await runner.run(spec) { collector.append($0) }
    return (termination, collector.text)
}

/// A fresh directory under /tmp, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    var template = Array("/tmp/systemio-tests.XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw SystemCallError(call: "mkdtemp", code: errno) }
    let path = String(cString: made)
    defer { try? LocalFileSystem().removeItem(path) }
    return try await body(path)
}

/// Whether `pid` no longer runs. PID 1 in some containers does not reap orphans, so a killed
/// grandchild may linger as a zombie: that counts as dead.
func isDead(_ pid: pid_t) -> Bool {
    if kill(pid, 0) != 0 && errno == ESRCH { return true }
    guard let stat = try? LocalFileSystem().readFile("/proc/\(pid)/stat") else { return true }
    let text = String(decoding: stat, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return false }
    let state = text[close...].dropFirst(2).first
    return state == "Z" || state == "X"
}

/// Polls `condition` for up to `seconds`; for the kernel's asynchronous parts only.
func eventually(within seconds: Double = 5, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
