import Synchronization

/// What to start: an argv, the complete environment and the directory to start in.
public struct ProcessSpec: Sendable, Hashable {
    /// `arguments[0]` is looked up in the `PATH` of `environment` unless it contains a `/`.
    public var arguments: [String]
    /// The child's whole environment; nothing is inherited implicitly.
    public var environment: [String: String]
    public var workingDirectory: String

    public init(arguments: [String], environment: [String: String], workingDirectory: String) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
    }
}

/// How a process ended.
public enum ProcessTermination: Sendable, Hashable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public var succeeded: Bool { self == .exited(0) }

    public var description: String {
        switch self {
        case .exited(let code): "exit code \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        }
    }
}

/// A process that could not be started at all.
public struct ProcessLaunchError: Error, Sendable, Hashable, CustomStringConvertible {
    public var arguments: [String]
    public var reason: String

    public init(arguments: [String], reason: String) {
        self.arguments = arguments
        self.reason = reason
    }

    public var description: String { "cannot start '\(arguments.first ?? "")': \(reason)" }
}

/// Starts processes. The real one (SystemIO) puts every child in its own process group, merges
/// its stdout and stderr into one stream, and kills what the child left behind when it exits.
public protocol ProcessRunner: Sendable {
    /// Runs `spec` to completion, handing its merged stdout/stderr to `output` chunk by chunk.
    func run(
        _ spec: ProcessSpec,
        output: @escaping @Sendable (ArraySlice<UInt8>) -> Void
    ) async throws(ProcessLaunchError) -> ProcessTermination

    /// Sends `signal` to the process group of every running child (Ctrl-C, SIGTERM forwarding).
    func signalAll(_ signal: Int32)
}

/// POSIX signal numbers the core needs, identical on Linux and macOS.
public enum SignalNumber {
    public static let interrupt: Int32 = 2
    public static let kill: Int32 = 9
    public static let terminate: Int32 = 15
}

extension ProcessRunner {
    /// Runs `spec` to the end and returns its merged output, trimmed of surrounding white space:
    /// the one way short helper commands (git, docker queries) are run. A process that cannot
    /// start gives a nil termination and the reason as its output.
    public func capture(_ spec: ProcessSpec) async -> (termination: ProcessTermination?, output: String) {
        let collected = Mutex<[UInt8]>([])
        do {
            let termination = try await run(spec) { bytes in collected.withLock { $0.append(contentsOf: bytes) } }
            return (termination, collected.withLock { String(decoding: $0, as: UTF8.self) }.trimmingWhitespace)
        } catch {
            return (nil, error.reason)
        }
    }
}

extension String {
    /// Without leading and trailing white space and line breaks.
    public var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
