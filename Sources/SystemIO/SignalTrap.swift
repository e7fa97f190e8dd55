import Glibc
import Synchronization

/// Turns the signals that end a run into calls of an ordinary closure, once per delivery (a
/// second Ctrl-C is how a user escalates), on a dedicated thread rather than inside a signal
/// handler.
public enum SignalTrap {
    /// Every signal that can be caught and whose default action would end the tool while its
    /// stages keep running in their own process groups: Ctrl-C, SIGTERM, a closed terminal or
    /// dropped ssh session (SIGHUP), Ctrl-\ (SIGQUIT), the user signals, timers and resource
    /// limits. Each stops the run the same way. Left out: the signals of a crash (SIGSEGV,
    /// SIGILL, SIGABRT, …), which mean the tool itself is broken.
    public static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
                                              SIGXCPU, SIGXFSZ, SIGPWR]

    /// Ignores SIGPIPE process-wide, so a closed pipe shows up as EPIPE from write(2) instead
    /// of killing the tool; children still start with SIGPIPE at its default.
    public static func ignoreBrokenPipes() throws(SystemCallError) {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        guard sigaction(SIGPIPE, &ignore, nil) == 0 else {
            throw SystemCallError(call: "sigaction(SIGPIPE)", code: errno)
        }
    }

    /// Installs the handlers of `stopSignals` on first use, or swaps the callback on later
    /// calls. Also ignores SIGPIPE (see `ignoreBrokenPipes`).
    public static func install(_ onSignal: @escaping @Sendable (Int32) -> Void) throws(SystemCallError) {
        try trapState.withLock { state throws(SystemCallError) in
            state.onSignal = onSignal
            guard !state.installed else { return }
            try ignoreBrokenPipes()

            let pipe = try Descriptors.closeOnExecPipe()
            // The handler must never block; the reading thread should.
            try Descriptors.setNonBlocking(pipe.write)
            trapWakeFD.store(pipe.write, ordering: .releasing)
            try DetachedThread.start { deliverSignals(from: pipe.read) }

            var action = sigaction()
            action.__sigaction_handler.sa_handler = signalArrived
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            for signal in stopSignals where sigaction(signal, &action, nil) != 0 {
                throw SystemCallError(call: "sigaction(\(signal))", code: errno)
            }
            state.installed = true
        }
    }
}

private struct TrapState {
    var installed = false
    var onSignal: (@Sendable (Int32) -> Void)?
}

private let trapState = Mutex(TrapState())
/// Read by the signal handler, where locks are off limits.
private let trapWakeFD = Atomic<Int32>(-1)

private func signalArrived(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    // A full pipe drops the signal; 64 KiB of undelivered Ctrl-Cs lose nothing of value.
    _ = write(trapWakeFD.load(ordering: .acquiring), &byte, 1)
    errno = savedErrno
}

/// The trap thread: one byte per signal, each handed to the current callback in order.
private func deliverSignals(from fd: Int32) {
    var bytes = [UInt8](repeating: 0, count: 64)
    while true {
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        let onSignal = trapState.withLock { $0.onSignal }
        for byte in bytes[0..<count] {
            onSignal?(Int32(byte))
        }
    }
}
