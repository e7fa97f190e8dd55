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
        let (termination, text) = await runner.capture(ProcessSpec(arguments: arguments, environment: environment, workingDirectory: directory))
        return (termination?.succeeded ?? false, termination == nil ? "cannot start '\(arguments.first ?? "")': \(text)" : text)
    }
}
