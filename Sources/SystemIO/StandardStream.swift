import Glibc
import Synchronization

/// Standard output or standard error, written with write(2). A reader that went away (EPIPE
/// from `pipeline build | head -1`, EIO from a terminal that was closed) makes the stream
/// silent instead of ending the tool in the middle of a run with its stages still running.
public final class StandardStream: Sendable {
    /// The descriptor written to (1 or 2).
    public let fd: Int32
    private let failureCode = Atomic<Int32>(0)

    public init(fd: Int32) {
        self.fd = fd
    }

    /// Writes all of `bytes` unless the stream has failed before. Returns false when nothing
    /// more will be written (see `failure`).
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        guard failureCode.load(ordering: .acquiring) == 0 else { return false }
        let code = bytes.withUnsafeBytes { Descriptors.writeAll(fd, $0) }
        guard code != 0 else { return true }
        failureCode.store(code, ordering: .releasing)
        return false
    }

    /// Why the stream went silent ("Broken pipe"), or nil while it works.
    public var failure: String? {
        let code = failureCode.load(ordering: .acquiring)
        return code == 0 ? nil : errorText(code)
    }
}
