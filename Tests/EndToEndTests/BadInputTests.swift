import Foundation
import Testing

/// Every bad input: one clear message on stderr, exit 2, and nothing runs.
@Suite struct BadInputTests {
    /// A stage that would leave a mark if anything ran.
    static let marker = #""mark": {"kind": "exec", "run": ["touch", "ran.txt"]}"#

    @Test(arguments: [
        ("malformed JSON", #"{"version": 1, "stages": {\#(marker),}}"#, "pipeline.json:1:81: invalid JSON: trailing comma before '}'"),
        ("wrong type", #"{"version": 1, "stages": {\#(marker), "b": {"kind": "exec", "run": ["x"], "env": []}}}"#, "stages.b.env: expected an object whose values are strings, found an array"),
        ("unknown kind", #"{"version": 1, "stages": {\#(marker), "b": {"kind": "dockerbuild"}}}"#, "stages.b.kind: unknown stage kind 'dockerbuild' (did you mean 'docker-build'?)"),
        ("unknown key", #"{"version": 1, "stages": {\#(marker), "b": {"kind": "exec", "run": ["x"], "need": ["mark"]}}}"#, "stages.b.need: unknown key 'need' in a exec stage (did you mean 'needs'?)"),
        ("cycle", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["x"], "needs": ["b"]}, "b": {"kind": "exec", "run": ["x"], "needs": ["a"]}}}"#, "dependency cycle: a -> b -> a"),
        ("self-dependency", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["x"], "needs": ["a"]}}}"#, "stage 'a' needs itself"),
        ("missing needs target", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["x"], "needs": ["marc"]}}}"#, "unknown stage or target 'marc' (did you mean 'mark'?)"),
        ("empty stages", #"{"version": 1, "stages": {}}"#, "stages: no stages defined; add at least one stage"),
        ("undefined variable", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["${NOPE}"]}}}"#, "undefined variable 'NOPE'"),
        ("output escaping the root", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["x"], "outputs": ["../x"]}}}"#, "'../x' is outside the project root"),
        ("absolute output", #"{"version": 1, "stages": {\#(marker), "a": {"kind": "exec", "run": ["x"], "outputs": ["/tmp/x"]}}}"#, "'/tmp/x' is an absolute path"),
        ("duplicate names", #"{"version": 1, "stages": {\#(marker), \#(marker)}}"#, "duplicate key 'mark'"),
        ("target naming nothing", #"{"version": 1, "stages": {\#(marker)}, "targets": {"t": []}}"#, "targets.t: expected a non-empty array of strings, found an empty array"),
    ])
    func badPipelineJSON(name: String, json: String, message: String) throws {
        let project = try Project(json)
        let result = try project.run("build")
        #expect(result.code == 2, "\(name)")
        #expect(result.stderr.hasPrefix("error: pipeline.json:"), "\(name): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(name): one message")
        #expect(result.stdout.isEmpty)
        #expect(!project.exists("ran.txt"), "\(name): nothing runs")
    }

    @Test(arguments: [
        (["biuld"], "error: unknown command 'biuld' (did you mean 'build'?)\nRun 'pipeline --help' for usage.\n"),
        (["build", "--jbos", "2"], "error: unknown option '--jbos' (did you mean '--jobs'?)\nRun 'pipeline build --help' for usage.\n"),
        (["-j", "0", "build"], "error: -j expects a whole number of parallel stages from 1 to 1024, got '0'\nRun 'pipeline --help' for usage.\n"),
        (["-j", "999999999999999999", "build"], "error: -j expects a whole number of parallel stages from 1 to 1024, got '999999999999999999'\nRun 'pipeline --help' for usage.\n"),
        (["--jobs=1025", "build"], "error: --jobs expects a whole number of parallel stages from 1 to 1024, got '1025'\nRun 'pipeline --help' for usage.\n"),
        (["cache", "prune", "--older-than", "999999999999d"], "error: --older-than expects a duration such as 90s, 5m, 1h30m, 30d or 2w (units ms, s, m, h, d, w), got '999999999999d'\nRun 'pipeline cache --help' for usage.\n"),
        (["cache", "prune", "--older-than", "300000w"], "error: --older-than expects a duration such as 90s, 5m, 1h30m, 30d or 2w (units ms, s, m, h, d, w), got '300000w'\nRun 'pipeline cache --help' for usage.\n"),
        (["cache", "prune", "--max-size", "99999999T"], "error: --max-size expects a size such as 500M or 2G (units k, M, G, T, powers of 1024), got '99999999T'\nRun 'pipeline cache --help' for usage.\n"),
        (["--set", "1X=2", "build"], "error: --set: '1X' is not a valid variable name (letters, digits and _, not starting with a digit)\nRun 'pipeline --help' for usage.\n"),
        (["run"], "error: 'pipeline run' needs at least one stage or target name ('pipeline list' shows them)\nRun 'pipeline run --help' for usage.\n"),
        (["run", "mrak"], "error: 'mrak' is not a stage or target in pipeline.json (did you mean 'mark'?); `pipeline list` shows them\n"),
        (["graph", "--format", "svg"], "error: --format expects dot, mermaid or json, got 'svg'\nRun 'pipeline graph --help' for usage.\n"),
        (["build", "--json"], "error: 'pipeline build' does not take --json\nRun 'pipeline build --help' for usage.\n"),
        (["--force", "nope", "build"], "error: --force nope: no such stage\nRun 'pipeline --help' for usage.\n"),
        ([], "error: no command given\nRun 'pipeline --help' for usage.\n"),
        (["lint", "--format", "xml"], "error: --format expects one of tty, json, sarif, checkstyle, gnu, github, codeclimate, got 'xml'\nRun 'pipeline lint --help' for usage.\n"),
        (["lint", "missing.sh"], "error: missing.sh: no such file or directory\n"),
        (["release"], "error: 'pipeline release' needs exactly one VERSION, such as 7.0.1\nRun 'pipeline release --help' for usage.\n"),
        (["explain", "mrak"], "error: 'mrak' is not a stage (did you mean 'mark'?)\nRun 'pipeline explain --help' for usage.\n"),
        (["cache", "stats", "--max-size", "1G"], "error: --max-size and --older-than go with 'cache prune'\nRun 'pipeline cache --help' for usage.\n"),
    ])
    func badCommandLine(arguments: [String], stderr: String) throws {
        let project = try Project(#"{"version": 1, "stages": {\#(Self.marker)}}"#)
        let result = try PipelineBinary.run(arguments, in: project.path)
        #expect(result.code == 2)
        #expect(result.stderr == stderr)
        #expect(!project.exists("ran.txt"))
    }

    @Test func helpIsExactForRun() throws {
        let project = try Project()
        let result = try project.run("run", "--help")
        #expect(result.code == 0)
        #expect(result.stdout == """
        Usage: pipeline [options] run NAME...

        Runs each named stage or target after everything it needs.

        Options:
          -C DIR               run as if started in DIR
          -f FILE              read FILE instead of pipeline.json
          -j N                 run up to N stages at once, 1 to 1024 (default: number of cores)
          -k, --keep-going     after a failure, run everything that does not depend on it
              --no-cache       run every selected stage, ignoring the cache
              --force STAGE    run STAGE even if cached; lets a push stage move release tags
              --set NAME=VALUE override a variable (repeatable)
          -v, --verbose        show every output line and skipped stages
          -q, --quiet          show only failures
              --color WHEN     auto, always or never (default: auto; NO_COLOR is honoured)
              --trace FILE     write a Chrome trace of the run (open in Perfetto)
              --junit FILE     write a JUnit XML report of the run
              --remote-cache URL  shared stage cache (Bazel HTTP cache) or off (default: PIPELINE_REMOTE_CACHE, then pipeline.json)
              --remote-upload B   false: read the remote cache but never write to it
          -h, --help           show help
              --version        show the version

        """)
    }

    /// A command's help lists only the global options that change what it does.
    @Test(arguments: [("tags", ["-C DIR", "--set"], ["--keep-going", "--trace", "--no-cache"]),
                      ("plan", ["--no-cache", "--force STAGE"], ["--junit", "--keep-going"]),
                      ("lint", ["-C DIR", "--color"], ["-f FILE", "--force", "--set"]),
                      ("cache", ["-C DIR"], ["-j N", "--trace"])])
    func helpShowsOnlyTheOptionsThatApply(_ command: String, _ shown: [String], _ hidden: [String]) throws {
        let result = try Project().run(command, "--help")
        #expect(result.code == 0)
        for option in shown { #expect(result.stdout.contains(option), "\(command) --help lists \(option)") }
        for option in hidden { #expect(!result.stdout.contains(option), "\(command) --help does not list \(option)") }
    }

    @Test func everyCommandHasHelpAndTheMainHelpListsThemAll() throws {
        let project = try Project()
        let main = try project.run("--help")
        #expect(main.code == 0)
        for command in ["build", "run", "ci", "plan", "graph", "list", "schema", "explain", "lint", "tags", "cache", "release"] {
            #expect(main.stdout.contains("\n  \(command) "), "\(command) listed")
            let help = try project.run(command, "--help")
            #expect(help.code == 0)
            #expect(help.stdout.hasPrefix("Usage: pipeline [options] \(command)"), "\(command): \(help.stdout)")
        }
        #expect(try project.run("--version").stdout.hasPrefix("pipeline "))
    }
}

/// Hostile pipeline.json files end quickly with a clear error instead of hanging or crashing.
@Suite struct HostileInputTests {
    @Test func doublingVariablesStopWithAnErrorNamingThem() throws {
        let vars = (0..<40).map { #""V\#($0)": "${V\#($0 + 1)}${V\#($0 + 1)}""# }.joined(separator: ", ")
        let project = try Project(#"{"version": 1, "default": "a", "vars": {\#(vars), "V40": "x"}, "stages": {"a": {"kind": "exec", "sh": "echo ${V0} > ran.txt"}}}"#)
        let result = try project.run("plan")
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("error: pipeline.json:1:47: vars.V0: expanding ${V20} makes a value longer than 1048576 characters; "), "\(result.stderr)")
        #expect(result.stderr.contains("stages.a.sh: expanding ${V20}"))
        #expect(!project.exists("ran.txt"))
    }
}

extension HostileInputTests {
    @Test func aDeviceGivenAsPipelineJSONIsReadWithABound() throws {
        let project = try Project()
        let result = try project.run("-f", "/dev/zero", "plan")
        #expect(result.code == 2)
        #expect(result.stderr == "error: /dev/zero: larger than 16 MiB; this is not a pipeline.json (check -f)\n")
    }

    @Test func invalidUTF8SaysWhere() throws {
        let project = try Project()
        let text = "{\"version\": 1,\n \"stages\": {\"s\": {\"kind\": \"exec\", \"sh\": \"echo é "
        try (Data(text.utf8) + Data([0xFF]) + Data("\"}}}".utf8)).write(to: URL(fileURLWithPath: project.path + "/pipeline.json"))
        let result = try project.run("plan")
        #expect(result.code == 2)
        #expect(result.stderr == "error: pipeline.json:2:49: not valid UTF-8 text (byte 0xFF); save the file as UTF-8\n")
    }

    /// The regex is refused before any engine is looked for (PIPELINE_DOCKER names nothing).
    @Test func anInvalidSmokeRegexIsRefusedBeforeAnythingRuns() throws {
        let project = try Project(#"{"version": 1, "stages": {"s": {"kind": "smoke", "image": "i", "checks": [{"exec": ["true"], "stdout": "([a-"}]}}}"#)
        let result = try project.run("build", environment: ["PIPELINE_DOCKER": "/nonexistent/docker"])
        #expect(result.code == 2)
        #expect(result.stderr == "error: pipeline.json:1:104: stages.s.checks[0].stdout: '([a-' is not a valid regular expression: expected ']'\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aStageNameThatCannotBeAFileNameIsRefused() throws {
        let project = try Project(#"{"version": 1, "stages": {"\#(String(repeating: "n", count: 5000))": {"kind": "exec", "sh": "touch ran.txt"}}}"#)
        let result = try project.run("build")
        #expect(result.code == 2)
        #expect(result.stderr.hasSuffix(": stage name of 5000 characters; names become log file names and may have at most 128\n"))
        #expect(!project.exists("ran.txt"))
    }
}
