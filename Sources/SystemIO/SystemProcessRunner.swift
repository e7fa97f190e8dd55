import Basics
import Glibc

/// The real `ProcessRunner`: `posix_spawn` plus one shared reactor thread that reads output and
/// reaps exits without polling on a timer.
///
/// Each child runs in its own process group with stdin from /dev/null and stdout+stderr merged
/// into one pipe. A run ends when the child is reaped, not when its pipe closes; whatever it
/// left running in its group is then killed with SIGKILL. Children that moved to another
/// session or group (`setsid`) are out of reach.
///
/// `output` is called on the reactor thread, which serves every run in the process: keep it
/// short and never block in it. All of a run's output is delivered before `run` returns.
/// If other code in the process reaps one of these children (`waitpid(-1)`), its status is
/// lost and the run reports `.exited(-1)`.
public struct SystemProcessRunner: ProcessRunner {
    private let groups = ChildGroups()

    /// A runner whose `signalAll` reaches the children it started (copies share them).
    public init() {}

    /// Spawns `spec`, streams its merged output to `output` and returns when it has been reaped.
    public func run(
        _ spec: ProcessSpec,
        output: @escaping @Sendable (ArraySlice<UInt8>) -> Void
    ) async throws(ProcessLaunchError) -> ProcessTermination {
        let reactor: ProcessReactor
        switch ProcessReactor.shared {
        case .success(let shared): reactor = shared
        case .failure(let error):
            throw ProcessLaunchError(arguments: spec.arguments, reason: "cannot start the process reactor: \(error)")
        }

        let mark = groups.signalMark()
        let child = try ProcessSpawner.spawn(spec)
        groups.adopt(child.pid, forwardingSignalsAfter: mark)
        return await withCheckedContinuation { continuation in
            reactor.watch(WatchedChild(
                pid: child.pid, outputFD: child.outputFD, output: output,
                groups: groups, completion: continuation))
        }
    }

    /// Sends `signal` to the process group of every child this runner has running, including
    /// one being spawned at this moment.
    public func signalAll(_ signal: Int32) {
        groups.signalAll(signal)
    }
}
