import Basics
import Pipeline

/// A mistake on the command line; exit code 2.
struct UsageError: UserFacingError {
    var exitCode: Int32 { 2 }

    var message: String
    /// The command whose help to point at, if any.
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    var description: String {
        message + "\n" + (command.map { "Run 'pipeline \($0) --help' for usage." } ?? "Run 'pipeline --help' for usage.")
    }
}

enum ColorChoice: String, CaseIterable {
    case auto, always, never
}

/// Options every command accepts.
struct GlobalOptions {
    var directory: String?
    var file: String?
    var jobs: Int?
    var keepGoing = false
    var noCache = false
    var force: [String] = []
    var overrides: [String: String] = [:]
    var verbose = false
    var quiet = false
    var color = ColorChoice.auto
    var trace: String?
    var junit: String?
    /// `--remote-cache URL` (or `off`); nil leaves it to PIPELINE_REMOTE_CACHE and pipeline.json.
    var remoteCache: String?
    /// `--remote-upload true|false`.
    var remoteUpload: Bool?
}

/// The parsed command line: global options, the command, its own flags and its arguments.
struct Invocation {
    var global = GlobalOptions()
    var command: String?
    var arguments: [String] = []
    /// Command-specific flags (`--json`, `--format dot`), checked by the command.
    var flags: [String: String] = [:]
    var help = false
    var version = false
}

/// Parses `pipeline [options] COMMAND [args]`. Options may come before or after the command;
/// `--` ends option parsing.
enum CommandLineParser {
    /// Options that take a value, by every spelling.
    private static let valued: [String: String] = [
        "-C": "directory", "--directory": "directory",
        "-f": "file", "--file": "file",
        "-j": "jobs", "--jobs": "jobs",
        "--force": "force", "--set": "set", "--color": "color",
        "--trace": "trace", "--junit": "junit",
        "--remote-cache": "remote-cache", "--remote-upload": "remote-upload",
    ]
    private static let switches: [String: String] = [
        "-k": "keep-going", "--keep-going": "keep-going", "--no-cache": "no-cache",
        "-v": "verbose", "--verbose": "verbose", "-q": "quiet", "--quiet": "quiet",
        "-h": "help", "--help": "help", "--version": "version",
    ]

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation()
        var i = 0
        var optionsEnded = false
        func value(for option: String, inline: String?) throws(UsageError) -> String {
            if let inline { return inline }
            i += 1
            guard i < arguments.count else { throw UsageError("option \(option) needs a value", command: invocation.command) }
            return arguments[i]
        }
        while i < arguments.count {
            let argument = arguments[i]
            defer { i += 1 }
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                if invocation.command == nil { invocation.command = argument } else { invocation.arguments.append(argument) }
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inline: String?
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                inline = String(argument[argument.index(after: eq)...])
            } else if !argument.hasPrefix("--"), argument.count > 2, valued[String(argument.prefix(2))] != nil {
                name = String(argument.prefix(2))
                inline = String(argument.dropFirst(2))
            }
            if let key = switches[name] {
                if inline != nil { throw UsageError("option \(name) takes no value", command: invocation.command) }
                switch key {
                case "keep-going": invocation.global.keepGoing = true
                case "no-cache": invocation.global.noCache = true
                case "verbose": invocation.global.verbose = true
                case "quiet": invocation.global.quiet = true
                case "help": invocation.help = true
                default: invocation.version = true
                }
            } else if let key = valued[name] {
                let text = try value(for: name, inline: inline)
                try apply(key, text, option: name, to: &invocation)
            } else if let flag = commandFlags[name] {
                invocation.flags[flag.key] = flag.takesValue ? try value(for: name, inline: inline) : ""
            } else {
                let known = Array(valued.keys) + Array(switches.keys) + Array(commandFlags.keys)
                throw UsageError("unknown option '\(name)'\(Suggestion.hint(for: name, in: known.filter { $0.hasPrefix("--") }))", command: invocation.command)
            }
        }
        if invocation.global.quiet && invocation.global.verbose {
            throw UsageError("-q and -v contradict each other; choose one")
        }
        return invocation
    }

    /// Flags that belong to one command; the command rejects those it does not take.
    static let commandFlags: [String: (key: String, takesValue: Bool)] = [
        "--json": ("json", false),
        "--format": ("format", true),
        "--dry-run": ("dry-run", false),
        "--max-size": ("max-size", true),
        "--older-than": ("older-than", true),
        "--failure-threshold": ("failure-threshold", true),
        "--no-fail": ("no-fail", false),
        "--config": ("config", true),
    ]

    private static func apply(_ key: String, _ text: String, option: String, to invocation: inout Invocation) throws(UsageError) {
        switch key {
        case "directory": invocation.global.directory = text
        case "file": invocation.global.file = text
        case "jobs":
            guard let jobs = JobCount.parse(text) else {
                throw UsageError("\(option) expects \(JobCount.expectation), got '\(text)'")
            }
            invocation.global.jobs = jobs
        case "force": invocation.global.force.append(text)
        case "set":
            guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
                throw UsageError("--set expects NAME=VALUE, got '\(text)'")
            }
            let name = String(text[..<eq])
            guard VariableExpander.isValidName(name) else {
                throw UsageError("--set: '\(name)' is not a valid variable name (letters, digits and _, not starting with a digit)")
            }
            invocation.global.overrides[name] = String(text[text.index(after: eq)...])
        case "color":
            guard let choice = ColorChoice(rawValue: text) else {
                throw UsageError("--color expects auto, always or never, got '\(text)'")
            }
            invocation.global.color = choice
        case "trace": invocation.global.trace = text
        case "remote-cache": invocation.global.remoteCache = text
        case "remote-upload":
            guard text == "true" || text == "false" else {
                throw UsageError("--remote-upload expects true or false, got '\(text)'")
            }
            invocation.global.remoteUpload = text == "true"
        default: invocation.global.junit = text
        }
    }
}
