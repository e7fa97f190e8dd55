import Glibc
import Synchronization
import SystemIO
import Testing

/// Every signal that stops a run reaches the callback every time, and SIGPIPE stops being fatal.
@Suite struct SignalTrapTests {
    @Test func everyDeliveryReachesTheCallback() async throws {
        let received = Mutex<[Int32]>([])
        try SignalTrap.install { signal in received.withLock { $0.append(signal) } }

        // One at a time: a second standard signal sent before the first is handled merges
        // with it in the kernel, which is not what this test is about.
        let sent = [SIGINT, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2]
        for (index, signal) in sent.enumerated() {
            #expect(kill(getpid(), signal) == 0)
            #expect(await eventually { received.withLock { $0.count } == index + 1 })
        }
        #expect(received.withLock { $0 } == sent)

        var pipeAction = sigaction()
        #expect(sigaction(SIGPIPE, nil, &pipeAction) == 0)
        #expect(unsafeBitCast(pipeAction.__sigaction_handler, to: UInt.self) == 1)  // SIG_IGN
    }
}
