import Basics
import Pipeline

/// How a stage ended in a run.
public enum StageStatus: Sendable, Hashable {
    case succeeded
    /// Its result was taken from the cache.
    case cached
    case failed(reason: String)
    /// Never started; the reason says why (a dependency failed, the run stopped, interrupted).
    case skipped(reason: String)
    /// Running when the run was interrupted.
    case interrupted

    /// The word in the summary table and the trace.
    public var label: String {
        switch self {
        case .succeeded: "ran"
        case .cached: "cached"
        case .failed: "failed"
        case .skipped: "skipped"
        case .interrupted: "interrupted"
        }
    }

    public var isSuccess: Bool { self == .succeeded || self == .cached }
}

/// What happened to one stage: status, timing, and the end of its output.
public struct StageOutcome: Sendable, Hashable {
    public var stage: Int
    public var name: String
    public var status: StageStatus
    /// Monotonic nanoseconds; nil when it never started.
    public var started: UInt64?
    public var finished: UInt64?
    /// The parallel slot it ran in (0 ..< jobs), for traces.
    public var lane: Int?
    /// The last lines of its output, redacted.
    public var tail: [String]
    /// Absolute path of its full log, when it ran.
    public var logPath: String?
    /// Why it ran (`never ran`, `docker/x.sh: content 3f1a…→9b2c…`) or why it was cached.
    public var reason: String?
    /// Whether the cache was asked about it (cacheable, and a cache in use).
    public var consultedCache = false

    public var durationNanoseconds: UInt64 {
        guard let started, let finished, finished >= started else { return 0 }
        return finished - started
    }
}

/// The result of a whole run.
public struct RunResult: Sendable {
    /// In plan order.
    public var outcomes: [StageOutcome]
    /// The signal that interrupted the run, if one did.
    public var interruptedBy: Int32?
    public var started: UInt64
    public var finished: UInt64

    public var succeeded: Bool { interruptedBy == nil && outcomes.allSatisfy(\.status.isSuccess) }

    /// Stages taken from the cache and stages that ran, among those that consulted it.
    public var cacheCounts: (hits: Int, misses: Int) {
        let hits = outcomes.filter { $0.status == .cached }.count
        let misses = outcomes.filter { $0.consultedCache && $0.status != .cached }.count
        return (hits, misses)
    }
}
