import Basics

/// A simple command found in a RUN body, as the DL rules see it: a name and its arguments as text.
struct RunCommand: Sendable, Hashable {
    var name: String
    var arguments: [RunWord]
    /// Dockerfile span of the whole command.
    var span: SourceSpan
    /// Position in its pipeline and the pipeline's length (`a | b`: 0 and 1 of 2).
    var pipelineIndex: Int
    var pipelineCount: Int

    /// The argument texts.
    var args: [String] { arguments.map(\.text) }

    /// Arguments that are not options (`-y`, `--no-cache`).
    var nonFlagArgs: [String] { args.filter { !$0.hasPrefix("-") } }

    /// Every option name, long ones without dashes or value (`--no-cache=1` → `no-cache`), short
    /// ones one letter each (`-qy` → `q`, `y`).
    var flagNames: Set<String> {
        var result = Set<String>()
        for arg in args where arg.hasPrefix("-") && arg != "-" && arg != "--" {
            if arg.hasPrefix("--") {
                result.insert(String(arg.dropFirst(2).prefix { $0 != "=" }))
            } else {
                for character in arg.dropFirst() { result.insert(String(character)) }
            }
        }
        return result
    }

    /// Whether any of `names` is set (`"y"` for `-y`, `"yes"` for `--yes`).
    func hasFlag(_ names: String...) -> Bool {
        let flags = flagNames
        return names.contains { flags.contains($0) }
    }

    /// Whether an argument equals `value`.
    func hasArg(_ value: String) -> Bool { args.contains(value) }

    /// Whether this is `name sub` (`apt-get install`), the subcommand being the first non-flag.
    func isSubcommand(of names: [String], _ subcommands: [String]) -> Bool {
        guard names.contains(name) else { return false }
        return nonFlagArgs(droppingValuesOf: []).first.map(subcommands.contains) ?? false
    }

    /// Non-option arguments, skipping the value after each option in `valued` (`-t stable`).
    func nonFlagArgs(droppingValuesOf valued: Set<String>) -> [String] {
        var result: [String] = []
        var skipNext = false
        for arg in args {
            if skipNext { skipNext = false; continue }
            if arg.hasPrefix("-") {
                if valued.contains(arg) { skipNext = true }
                continue
            }
            result.append(arg)
        }
        return result
    }
}

/// An argument's text (quotes removed, expansions kept as written) and position.
struct RunWord: Sendable, Hashable {
    var text: String
    var span: SourceSpan
}

/// What the DL rules read from one RUN: its commands in order and whether it pipes.
struct RunFacts: Sendable, Hashable {
    var commands: [RunCommand] = []
    /// Whether the script itself turns pipefail on (`set -o pipefail`).
    var setsPipefail = false

    /// The commands named `name`.
    func commands(named names: String...) -> [RunCommand] {
        commands.filter { names.contains($0.name) }
    }

    /// Whether a pipeline of two or more commands occurs.
    var hasPipe: Bool { commands.contains { $0.pipelineCount > 1 } }
}
