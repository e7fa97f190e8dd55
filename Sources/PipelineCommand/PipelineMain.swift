import Basics
import Executor
import Pipeline
import SystemIO

/// Entry point: parse, dispatch, and turn every error into a message and an exit code — the
/// one place that does.
@main
enum PipelineMain {
    static let version = "0.1.0"

    static func main() async {
        CurrentProcess.growHeapsInLargeSteps()
        // The commands run on the concurrency runtime's worker threads; starting the first one
        // now lets it come up while this thread reads the environment and the arguments.
        Task.detached {}
        // `pipeline plan | head -1` must not die of SIGPIPE halfway; the console goes quiet instead.
        try? SignalTrap.ignoreBrokenPipes()
        let system = SystemContext.live()
        let code = await run(Array(CommandLine.arguments.dropFirst()), system: system)
        CurrentProcess.exit(code)
    }

    static func run(_ arguments: [String], system: SystemContext) async -> Int32 {
        do {
            let invocation = try CommandLineParser.parse(arguments)
            if invocation.version {
                system.console.out("pipeline \(version)\n")
                return 0
            }
            guard let name = invocation.command else {
                if invocation.help {
                    system.console.out(Help.main)
                    return 0
                }
                throw UsageError("no command given")
            }
            guard let type = Commands.named(name) else {
                throw UsageError("unknown command '\(name)'\(Suggestion.hint(for: name, in: Commands.all.map { $0.name }))")
            }
            if invocation.help {
                system.console.out(Help.command(type))
                return 0
            }
            let command = try type.init(validating: invocation)
            return try await command.run(system)
        } catch let error as ConfigErrors {
            system.console.err(error.errors.map { "error: \($0)\n" }.joined())
            return error.exitCode
        } catch let error as any UserFacingError {
            system.console.err("error: \(error)\n")
            return error.exitCode
        } catch {
            // Not one of ours: say it as it is; nothing the user asked for was wrong.
            system.console.err("error: \(error)\n")
            return 1
        }
    }
}
