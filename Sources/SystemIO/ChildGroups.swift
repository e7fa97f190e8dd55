import Basics
import Glibc
import Synchronization

/// The process groups of one runner's live children, and the only place they are reaped.
///
/// Reaping and signalling share one lock, and a child is reaped only after its group has been
/// killed while the zombie leader still pins the group id: so `signalAll` can never hit a
/// recycled process-group id.
final class ChildGroups: Sendable {
    private struct State {
        /// Leaders not yet reaped; each leads a group with its own pid as the id.
        var live: Set<pid_t> = []
        /// Every signal `signalAll` ever sent, in order. It grows by one per Ctrl-C or
        /// escalation, so it stays tiny; spawns use it to catch signals they raced with.
        var sent: [Int32] = []
    }

    private let state = Mutex(State())

    /// A position in the history of sent signals, taken before a spawn.
    func signalMark() -> Int {
        state.withLock { $0.sent.count }
    }

    /// Starts tracking a freshly spawned leader, and sends it the signals that `signalAll`
    /// delivered since `mark` while it was being spawned (else a Ctrl-C could miss it).
    func adopt(_ pid: pid_t, forwardingSignalsAfter mark: Int) {
        state.withLock { state in
            state.live.insert(pid)
            for signal in state.sent[mark...] {
                _ = kill(-pid, signal)
            }
        }
    }

    /// Sends `signal` to every live child's group.
    func signalAll(_ signal: Int32) {
        state.withLock { state in
            state.sent.append(signal)
            for pid in state.live {
                _ = kill(-pid, signal)
            }
        }
    }

    /// If `pid` has exited: kills what is left of its group, reaps it and returns how it ended;
    /// nil while it still runs. Never blocks.
    func reapIfExited(_ pid: pid_t) -> ProcessTermination? {
        var info = siginfo_t()
        // WNOWAIT leaves the zombie in place: it keeps the group id from being reused until
        // the group kill below is done.
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 {
            if errno == EINTR { continue }
            // ECHILD: code elsewhere in the process reaped our child (waitpid(-1) or SIGCHLD
            // set to SIG_IGN). The status is lost and the group id may already be reused, so
            // no group kill; report an exit code no real process can have.
            state.withLock { _ = $0.live.remove(pid) }
            return .exited(-1)
        }
        if info._sifields._sigchld.si_pid != pid { return nil }

        return state.withLock { state in
            // Unconditional: a group with only the zombie leader left takes the signal
            // harmlessly, and it saves probing with kill(-pid, 0) first.
            _ = kill(-pid, SIGKILL)
            var status: Int32 = 0
            var reaped: pid_t
            repeat {
                reaped = waitpid(pid, &status, 0)
            } while reaped < 0 && errno == EINTR
            state.live.remove(pid)
            return reaped == pid ? ProcessTermination(waitStatus: status) : .exited(-1)
        }
    }
}
