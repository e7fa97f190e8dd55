import Basics
import Glibc
import Synchronization

/// A spawned child the reactor looks after until it is reaped.
struct WatchedChild: Sendable {
    let pid: pid_t
    /// The non-blocking read end of the child's stdout+stderr pipe; -1 once it reached EOF.
    var outputFD: Int32
    let output: @Sendable (ArraySlice<UInt8>) -> Void
    let groups: ChildGroups
    let completion: CheckedContinuation<ProcessTermination, Never>
}

/// The one thread, shared by every run in the process, that reads all children's output and
/// notices their exits: `poll(2)` over the output pipes plus a wake pipe written by the SIGCHLD
/// handler and by new registrations. No timeouts, no sleeping: it blocks until something
/// happens.
final class ProcessReactor: Sendable {
    /// Started on first use; the failure (no fds, no threads) is kept so every run reports it.
    static let shared: Result<ProcessReactor, SystemCallError> = Result { () throws(SystemCallError) in
        try ProcessReactor()
    }

    private let wakeWrite: Int32
    /// Children handed over by `watch` and not yet picked up by the reactor thread.
    private let pending = Mutex<[WatchedChild]>([])

    private init() throws(SystemCallError) {
        let wake = try Descriptors.closeOnExecPipe()
        try Descriptors.setNonBlocking(wake.read)
        // The signal handler must never block on a full pipe.
        try Descriptors.setNonBlocking(wake.write)
        wakeWrite = wake.write
        try ChildExitSignal.route(to: wake.write)
        try DetachedThread.start { [self] in
            ReactorLoop(wakeRead: wake.read, reactor: self).run()
        }
    }

    /// Hands `child` to the reactor thread. Its exit may already have happened: the wake this
    /// sends makes the reactor check every child, so an early SIGCHLD is never lost.
    func watch(_ child: WatchedChild) {
        pending.withLock { $0.append(child) }
        wake()
    }

    fileprivate func takePending() -> [WatchedChild] {
        pending.withLock { pending in
            var taken: [WatchedChild] = []
            swap(&taken, &pending)
            return taken
        }
    }

    private func wake() {
        var byte: UInt8 = 1
        // EAGAIN: the pipe is full, so a wake is already pending.
        _ = write(wakeWrite, &byte, 1)
    }
}

/// The reactor thread's own state; it never leaves that thread, so it needs no lock.
private final class ReactorLoop {
    /// Bytes per read(2); a chatty child gets at most `readsPerRound` of these per round, so
    /// it cannot starve the others.
    private static let chunkSize = 64 * 1024
    private static let readsPerRound = 16

    private let wakeRead: Int32
    private let reactor: ProcessReactor
    private var children: [WatchedChild] = []
    private var pollFDs: [pollfd] = []
    /// `pollFDs[i + 1]` watches `children[pollOwners[i]]`.
    private var pollOwners: [Int] = []
    private var buffer = [UInt8](repeating: 0, count: chunkSize)
    /// How often exits are re-checked without a SIGCHLD.
    static let exitRecheckMilliseconds: Int32 = 50

    init(wakeRead: Int32, reactor: ProcessReactor) {
        self.wakeRead = wakeRead
        self.reactor = reactor
    }

    func run() -> Never {
        while true {
            // A timeout as well as SIGCHLD: code elsewhere in the process (Foundation's
            // `Process`, a library) may replace the SIGCHLD handler without chaining to ours,
            // and then only this re-check notices exits.
            let timedOut = waitForEvents() == 0
            var checkExits = timedOut && !children.isEmpty
            if pollFDs[0].revents != 0 {
                drainWakePipe()
                children.append(contentsOf: reactor.takePending())
                checkExits = true
            }
            for slot in 1..<pollFDs.count where pollFDs[slot].revents != 0 {
                readOutput(of: pollOwners[slot - 1], untilEmpty: false)
            }
            if checkExits { completeExitedChildren() }
        }
    }

    /// Polls; returns what poll(2) returned (0 on timeout).
    private func waitForEvents() -> Int32 {
        pollFDs.removeAll(keepingCapacity: true)
        pollOwners.removeAll(keepingCapacity: true)
        pollFDs.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0))
        for (index, child) in children.enumerated() where child.outputFD >= 0 {
            pollFDs.append(pollfd(fd: child.outputFD, events: Int16(POLLIN), revents: 0))
            pollOwners.append(index)
        }
        // EINTR (a signal landed on this thread) and ENOMEM leave revents at 0: just go round.
        return poll(&pollFDs, nfds_t(pollFDs.count), children.isEmpty ? -1 : Self.exitRecheckMilliseconds)
    }

    private func drainWakePipe() {
        while buffer.withUnsafeMutableBytes({ read(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Hands available output to the child's closure. A short read means the pipe is empty for
    /// now, which ends a normal round; `untilEmpty` reads on until EAGAIN or EOF.
    private func readOutput(of index: Int, untilEmpty: Bool) {
        var reads = 0
        while children[index].outputFD >= 0 && reads < Self.readsPerRound {
            let fd = children[index].outputFD
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                reads += 1
                // A closure that keeps the slice makes the next read copy the buffer first
                // (copy-on-write), so what it kept stays intact.
                children[index].output(buffer[0..<count])
                if count < Self.chunkSize && !untilEmpty { return }
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && errno == EAGAIN {
                return
            } else {
                // EOF, or an error a pipe does not recover from.
                Descriptors.close(fd)
                children[index].outputFD = -1
            }
        }
    }

    private func completeExitedChildren() {
        var index = 0
        while index < children.count {
            guard let termination = children[index].groups.reapIfExited(children[index].pid) else {
                index += 1
                continue
            }
            // Whatever is still in the pipe (at most its 64 KiB–1 MiB capacity), without
            // waiting for EOF: a background grandchild could hold the write end forever.
            readOutput(of: index, untilEmpty: true)
            if children[index].outputFD >= 0 {
                Descriptors.close(children[index].outputFD)
            }
            children.swapAt(index, children.count - 1)
            let child = children.removeLast()
            child.completion.resume(returning: termination)
        }
    }
}
