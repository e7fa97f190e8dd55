import Foundation

/// Standard output and error, written whole-line and thread-safe, so parallel stages never
/// interleave inside a line.
final class Console: @unchecked Sendable {
    // @unchecked: every access to the handles goes through `lock`.
    private let lock = NSLock()
    private let stdout = FileHandle.standardOutput
    private let stderr = FileHandle.standardError

    func out(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        stdout.write(Data(text.utf8))
    }

    func err(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        stderr.write(Data(text.utf8))
    }
}
