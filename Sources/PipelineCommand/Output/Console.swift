import Synchronization
import SystemIO

/// Standard output and error, written whole-line and thread-safe, so parallel stages never
/// interleave inside a line. A stream whose reader has gone (`pipeline build | head -1`) goes
/// quiet, said once on standard error; the run carries on and ends its stages as usual.
final class Console: Sendable {
    private let stdout: StandardStream
    private let stderr: StandardStream
    /// Serialises both streams; holds whether the loss of standard output was reported.
    private let lock = Mutex(false)

    init(stdout: StandardStream = StandardStream(fd: 1), stderr: StandardStream = StandardStream(fd: 2)) {
        self.stdout = stdout
        self.stderr = stderr
    }

    func out(_ text: String) {
        lock.withLock { reported in
            guard !stdout.write(Array(text.utf8)), !reported, let failure = stdout.failure else { return }
            reported = true
            stderr.write(Array("pipeline: standard output is gone (\(failure)); carrying on without printing to it\n".utf8))
        }
    }

    func err(_ text: String) {
        lock.withLock { _ in _ = stderr.write(Array(text.utf8)) }
    }
}
