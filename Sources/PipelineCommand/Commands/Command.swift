/// One `pipeline` subcommand: its help, the flags it takes, a `validate` step that turns the
/// invocation into the command's values, and `run`.
protocol Command {
    static var name: String { get }
    /// One line for `pipeline --help`.
    static var summary: String { get }
    /// The usage line(s) and details for `pipeline NAME --help`.
    static var usage: String { get }
    /// Command-specific flags it accepts (keys of `CommandLineParser.commandFlags`).
    static var flags: Set<String> { get }

    /// Checks the arguments; throws a usage error naming what is wrong.
    init(validating invocation: Invocation) throws

    /// Runs and returns the exit code.
    func run(_ system: SystemContext) async throws -> Int32
}

extension Command {
    static var flags: Set<String> { [] }

    /// Rejects flags that belong to other commands.
    static func checkFlags(_ invocation: Invocation) throws(UsageError) {
        for flag in invocation.flags.keys.sorted() where !flags.contains(flag) {
            throw UsageError("'pipeline \(name)' does not take --\(flag)", command: name)
        }
    }
}

/// Every command, in the order `--help` lists them.
enum Commands {
    static var all: [any Command.Type] { [
        BuildCommand.self, RunCommand.self, CICommand.self, PlanCommand.self, GraphCommand.self, ListCommand.self,
        SchemaCommand.self, ExplainCommand.self, LintCommand.self, TagsCommand.self, CacheCommand.self, ReleaseCommand.self,
    ] }

    static func named(_ name: String) -> (any Command.Type)? { all.first { $0.name == name } }
}
