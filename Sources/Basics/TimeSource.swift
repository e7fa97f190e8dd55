/// Where the executor reads time from; tests move it by hand. (Not named `Clock`: that is a
/// standard-library protocol.)
public protocol TimeSource: Sendable {
    /// Monotonic nanoseconds since an arbitrary origin.
    func monotonicNanoseconds() -> UInt64
    /// Wall-clock nanoseconds since 1970.
    func wallNanoseconds() -> UInt64
    /// Waits `nanoseconds` (a test's clock just moves on); returns early if the task is cancelled.
    func sleep(nanoseconds: UInt64) async
}
