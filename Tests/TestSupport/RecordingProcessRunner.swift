import Basics
import Synchronization

/// A process runner that starts nothing: it records every spec it is asked to run and answers
/// with a scripted result, so executor tests can assert the exact commands.
public final class RecordingProcessRunner: ProcessRunner, Sendable {
    /// What a fake process does: print `output`, optionally write files, then end.
    public struct Behaviour: Sendable {
        public var output: String
        public var termination: ProcessTermination
        public var writes: [String: String]
        /// Nanoseconds of simulated work (real sleep), to exercise parallelism.
        public var delay: UInt64

        public init(output: String = "", termination: ProcessTermination = .exited(0), writes: [String: String] = [:], delay: UInt64 = 0) {
            self.output = output
            self.termination = termination
            self.writes = writes
            self.delay = delay
        }
    }

    private struct State {
        var started: [ProcessSpec] = []
        var running = 0
        var maximumRunning = 0
        var signals: [Int32] = []
    }

    private let state = Mutex(State())
    private let behaviour: @Sendable (ProcessSpec) -> Behaviour
    private let fileSystem: InMemoryFileSystem?

    /// `behaviour` decides what each spec does; `fileSystem` receives its writes.
    public init(fileSystem: InMemoryFileSystem? = nil, behaviour: @escaping @Sendable (ProcessSpec) -> Behaviour = { _ in Behaviour() }) {
        self.behaviour = behaviour
        self.fileSystem = fileSystem
    }

    /// Every spec run so far, in start order.
    public var started: [ProcessSpec] { state.withLock { $0.started } }
    /// The most processes that ran at the same time.
    public var maximumRunning: Int { state.withLock { $0.maximumRunning } }
    public var signals: [Int32] { state.withLock { $0.signals } }

    public func run(_ spec: ProcessSpec, output: @escaping @Sendable (ArraySlice<UInt8>) -> Void) async throws(ProcessLaunchError) -> ProcessTermination {
        state.withLock { state in
            state.started.append(spec)
            state.running += 1
            state.maximumRunning = max(state.maximumRunning, state.running)
        }
        let plan = behaviour(spec)
        if plan.delay > 0 { try? await Task.sleep(nanoseconds: plan.delay) }
        output(ArraySlice(Array(plan.output.utf8)))
        for (path, text) in plan.writes {
            try? fileSystem?.createDirectory(Paths.parent(path))
            try? fileSystem?.writeFileAtomically(path, Array(text.utf8))
        }
        state.withLock { $0.running -= 1 }
        return plan.termination
    }

    public func signalAll(_ signal: Int32) {
        state.withLock { $0.signals.append(signal) }
    }
}

/// Time that moves only when a test moves it.
public final class ManualTimeSource: TimeSource, Sendable {
    private let now: Mutex<UInt64>

    /// Starts at `wall` nanoseconds since 1970 (by default a little after `InMemoryFileSystem`'s clock).
    public init(wall: UInt64 = 1_700_000_100_000_000_000) {
        now = Mutex(wall)
    }

    public func advance(by nanoseconds: UInt64) { now.withLock { $0 += nanoseconds } }
    public func monotonicNanoseconds() -> UInt64 { now.withLock { $0 } }
    public func wallNanoseconds() -> UInt64 { now.withLock { $0 } }
    /// No real wait: the clock moves on by the time asked for.
    public func sleep(nanoseconds: UInt64) async { advance(by: nanoseconds) }
}
