/// Where the executor reads time from; tests move it by hand. (Not named `Clock`: that is a
/// standard-library protocol.)
public protocol TimeSource: Sendable {
    /// Monotonic nanoseconds since an arbitrary origin.
    func monotonicNanoseconds() -> UInt64
    /// Wall-clock nanoseconds since 1970.
    func wallNanoseconds() -> UInt64
}
