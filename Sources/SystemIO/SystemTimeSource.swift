import Basics
import Glibc

/// The real clocks: `CLOCK_MONOTONIC` for durations, `CLOCK_REALTIME` for timestamps.
public struct SystemTimeSource: TimeSource {
    /// The process's clocks.
    public init() {}

    /// Nanoseconds on a clock that never jumps (not even with the wall clock).
    public func monotonicNanoseconds() -> UInt64 {
        nanoseconds(CLOCK_MONOTONIC)
    }

    /// Nanoseconds since 1970 on the wall clock.
    public func wallNanoseconds() -> UInt64 {
        nanoseconds(CLOCK_REALTIME)
    }

    public func sleep(nanoseconds: UInt64) async {
        try? await Task.sleep(nanoseconds: nanoseconds)
    }

    private func nanoseconds(_ clock: clockid_t) -> UInt64 {
        var now = timespec()
        // Cannot fail for these two clocks on Linux; a zeroed timespec would read as 0 anyway.
        _ = clock_gettime(clock, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
