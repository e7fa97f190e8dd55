import Glibc
import Synchronization
import SystemIO
import Testing

/// SIGINT and SIGTERM reach the callback every time, and SIGPIPE stops being fatal.
@Suite struct SignalTrapTests {
    @Test func everyDeliveryReachesTheCallback() async throws {
        let received = Mutex<[Int32]>([])
        try SignalTrap.install { signal in received.withLock { $0.append(signal) } }

        // One at a time: a second standard signal sent before the first is handled merges
        // with it in the kernel, which is not what this test is about.
        for (index, signal) in [SIGINT, SIGINT, SIGTERM].enumerated() {
            #expect(kill(getpid(), signal) == 0)
            #expect(await eventually { received.withLock { $0.count } == index + 1 })
        }
        #expect(received.withLock { $0 } == [SIGINT, SIGINT, SIGTERM])

        var pipeAction = sigaction()
        #expect(sigaction(SIGPIPE, nil, &pipeAction) == 0)
        #expect(unsafeBitCast(pipeAction.__sigaction_handler, to: UInt.self) == 1)  // SIG_IGN
    }
}
