/// The help texts. Kept in one place so they read as one document and tests can compare them
/// word for word.
enum Help {
    /// Each global option with its help line, in the order help lists them.
    static let optionLines: [(flag: String, line: String)] = [
        ("-C", "  -C DIR               run as if started in DIR"),
        ("-f", "  -f FILE              read FILE instead of pipeline.json"),
        ("-j", "  -j N                 run up to N stages at once, 1 to 1024 (default: number of cores)"),
        ("-k", "  -k, --keep-going     after a failure, run everything that does not depend on it"),
        ("--no-cache", "      --no-cache       run every selected stage, ignoring the cache"),
        ("--force", "      --force STAGE    run STAGE even if cached; lets a push stage move release tags"),
        ("--set", "      --set NAME=VALUE override a variable (repeatable)"),
        ("-v", "  -v, --verbose        show every output line and skipped stages"),
        ("-q", "  -q, --quiet          show only failures"),
        ("--color", "      --color WHEN     auto, always or never (default: auto; NO_COLOR is honoured)"),
        ("--trace", "      --trace FILE     write a Chrome trace of the run (open in Perfetto)"),
        ("--junit", "      --junit FILE     write a JUnit XML report of the run"),
        ("--remote-cache", "      --remote-cache URL  shared stage cache (Bazel HTTP cache) or off (default: PIPELINE_REMOTE_CACHE, then pipeline.json)"),
        ("--remote-upload", "      --remote-upload B   false: read the remote cache but never write to it"),
        ("-h", "  -h, --help           show help"),
        ("--version", "      --version        show the version"),
    ]

    /// The global options that change what a command does. Every command accepts all of them,
    /// but its help lists only these.
    static func appliesTo(_ command: String) -> Set<String> {
        let always: Set<String> = ["-h", "--version"]
        let project: Set<String> = ["-C", "-f", "--set"]
        let running: Set<String> = ["-j", "-k", "--no-cache", "--force", "-v", "-q", "--color", "--trace", "--junit", "--remote-cache", "--remote-upload"]
        switch command {
        case "build", "run", "ci", "release": return always.union(project).union(running)
        case "plan", "explain": return always.union(project).union(["--no-cache", "--force", "--remote-cache"])
        case "lint": return always.union(["-C", "-q", "--color"])
        case "schema": return always
        default: return always.union(project)
        }
    }

    /// The options section for `command`, or for all commands when nil.
    static func options(for command: String? = nil) -> String {
        let shown = command.map(appliesTo)
        return "Options:\n" + optionLines.filter { shown?.contains($0.flag) ?? true }.map(\.line).joined(separator: "\n")
    }

    static var main: String {
        var text = """
        pipeline: build, test and ship container images from pipeline.json.

        Usage: pipeline [options] COMMAND [ARGS]

        Commands:

        """
        let width = Commands.all.map { $0.name.count }.max() ?? 0
        for command in Commands.all {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 3) + command.summary + "\n"
        }
        text += "\n" + options() + "\n\nExit codes: 0 success, 1 a stage failed, 2 usage or pipeline.json error, 128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).\n"
        text += "Run 'pipeline COMMAND --help' for a command's own help.\n"
        return text
    }

    static func command(_ command: any Command.Type) -> String {
        "Usage: " + command.usage + "\n\n" + options(for: command.name) + "\n"
    }
}
