import Basics
import Executor
import Synchronization
import SystemIO

/// The real world as the commands see it: processes, files, time, terminal, environment.
struct SystemContext: Sendable {
    let runner: any ProcessRunner
    let fileSystem: any FileSystem
    let time: any TimeSource
    let environment: [String: String]
    let currentDirectory: String
    let console: Console

    static func live() -> SystemContext {
        SystemContext(runner: SystemProcessRunner(), fileSystem: LocalFileSystem(), time: SystemTimeSource(),
                      environment: Terminal.environment(), currentDirectory: LocalFileSystem.currentDirectory(), console: Console())
    }

    var stdoutIsTerminal: Bool { Terminal.isTerminal(fd: 1) }
    var terminalWidth: Int { Terminal.width(fd: 1) ?? 80 }
    var processorCount: Int { Terminal.processorCount }

    /// Runs a short helper command and returns its trimmed output, or nil if it failed.
    func capture(_ arguments: [String], in directory: String) async -> String? {
        let (succeeded, text) = await execute(arguments, in: directory)
        return succeeded ? text : nil
    }

    /// Runs a short helper command: whether it succeeded and its trimmed merged output.
    func execute(_ arguments: [String], in directory: String) async -> (succeeded: Bool, output: String) {
        let collected = Mutex<[UInt8]>([])
        let spec = ProcessSpec(arguments: arguments, environment: environment, workingDirectory: directory)
        let termination: ProcessTermination
        do {
            termination = try await runner.run(spec, output: { bytes in collected.withLock { $0.append(contentsOf: bytes) } })
        } catch {
            return (false, error.description)
        }
        let text = collected.withLock { String(decoding: $0, as: UTF8.self) }
        return (termination.succeeded, String(text.reversed().drop(while: \.isWhitespace).reversed()))
    }
}
