import Glibc
import Synchronization

/// Routes SIGCHLD into the process reactor's wake pipe. A signal handler may only make
/// async-signal-safe calls, so it writes one byte and the reactor does the real work; several
/// exits can coalesce into one signal, which is why the reactor then polls every live child.
enum ChildExitSignal {
    /// Makes every SIGCHLD write a byte to `wakeFD` (which must be non-blocking) and then call
    /// whatever handler was installed before, so other owners of children still hear about them.
    static func route(to wakeFD: Int32) throws(SystemCallError) {
        childExitWakeFD.store(wakeFD, ordering: .releasing)

        // Read the old disposition before installing ours, so a SIGCHLD arriving in between
        // can already be chained.
        var previous = sigaction()
        guard sigaction(SIGCHLD, nil, &previous) == 0 else {
            throw SystemCallError(call: "sigaction(SIGCHLD)", code: errno)
        }
        previousHandlerTakesInfo.store(previous.sa_flags & SA_SIGINFO != 0, ordering: .relaxed)
        previousHandler.store(unsafeBitCast(previous.__sigaction_handler, to: UInt.self), ordering: .releasing)

        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = childExited
        // SA_RESTART: other threads' blocking calls must not fail with EINTR because of us.
        // SA_NOCLDSTOP: a stopped child is not an exit.
        action.sa_flags = SA_SIGINFO | SA_RESTART | SA_NOCLDSTOP
        sigemptyset(&action.sa_mask)
        guard sigaction(SIGCHLD, &action, nil) == 0 else {
            throw SystemCallError(call: "sigaction(SIGCHLD)", code: errno)
        }
    }
}

// Globals rather than state behind a lock: the handler may run on any thread at any moment,
// and locks are not async-signal-safe. They are initialised before the handler is installed.
private let childExitWakeFD = Atomic<Int32>(-1)
private let previousHandler = Atomic<UInt>(0)
private let previousHandlerTakesInfo = Atomic<Bool>(false)

private typealias InfoHandler = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void
private typealias PlainHandler = @convention(c) (Int32) -> Void

private func childExited(
    _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    // The interrupted code may be between a failing call and its read of errno.
    let savedErrno = errno
    var byte: UInt8 = 0
    // EAGAIN means the pipe is full, so the reactor is going to wake anyway.
    _ = write(childExitWakeFD.load(ordering: .acquiring), &byte, 1)

    let bits = previousHandler.load(ordering: .acquiring)
    // 0 is SIG_DFL, 1 is SIG_IGN, all ones is SIG_ERR: nothing to call.
    if bits > 1 && bits != UInt.max {
        if previousHandlerTakesInfo.load(ordering: .relaxed) {
            unsafeBitCast(bits, to: InfoHandler.self)(signal, info, context)
        } else {
            unsafeBitCast(bits, to: PlainHandler.self)(signal)
        }
    }
    errno = savedErrno
}
