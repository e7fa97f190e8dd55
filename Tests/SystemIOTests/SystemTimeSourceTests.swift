import Glibc
import SystemIO
import Testing

/// The real clocks.
@Suite struct SystemTimeSourceTests {
    @Test func monotonicAdvances() async throws {
        let clock = SystemTimeSource()
        let before = clock.monotonicNanoseconds()
        try await Task.sleep(for: .milliseconds(20))
        let elapsed = clock.monotonicNanoseconds() - before
        #expect(elapsed >= 20_000_000)
    }

    @Test func wallClockIsNow() {
        let seconds = SystemTimeSource().wallNanoseconds() / 1_000_000_000
        #expect(abs(Int64(seconds) - Int64(time(nil))) <= 1)
    }
}
