import Glibc

/// A system call that failed during setup (pipes, threads, signal handlers), with the C
/// library's text for its `errno`.
public struct SystemCallError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call that failed, e.g. `pipe2` or `sigaction(SIGINT)`.
    public var call: String
    /// The `errno` value it reported.
    public var code: Int32

    /// Records that `call` failed with `code`.
    public init(call: String, code: Int32) {
        self.call = call
        self.code = code
    }

    /// `pipe2: Too many open files`.
    public var description: String { "\(call): \(errorText(code))" }
}

/// The C library's message for an `errno` value. glibc ≥ 2.32 keeps `strerror` thread-safe
/// (unknown codes are formatted into a thread-local buffer), so no `strerror_r` dance.
func errorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}
