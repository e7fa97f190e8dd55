import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// Records what the executor reports.
final class CollectingReporter: RunReporter, Sendable {
    let events = Mutex<[String]>([])

    func stageStarted(_ name: String, command: String?, reason: String?) { events.withLock { $0.append("start \(name): \(command ?? "-")") } }
    func stageOutput(_ name: String, line: String) { events.withLock { $0.append("[\(name)] \(line)") } }
    func stageFinished(_ outcome: StageOutcome) { events.withLock { $0.append("end \(outcome.name): \(outcome.status.label)") } }
    func notice(_ message: String) { events.withLock { $0.append("notice: \(message)") } }

    var all: [String] { events.withLock { $0 } }
}

/// One executor run against the in-memory world.
struct Harness {
    let fileSystem = InMemoryFileSystem()
    let reporter = CollectingReporter()
    let definition: PipelineDefinition

    init(_ json: String, environment: [String: String] = [:]) throws {
        definition = try PipelineLoader.load(json, context: .init(file: "pipeline.json", environment: environment))
        try fileSystem.createDirectory("/project")
    }

    func run(_ names: [String] = [], jobs: Int = 1, keepGoing: Bool = false, runner: RecordingProcessRunner,
             environment: [String: String] = ["PATH": "/bin"]) async throws -> RunResult {
        let plan = try Planner.plan(definition, names: names)
        let options = ExecutorOptions(jobs: jobs, keepGoing: keepGoing, root: "/project", environment: environment)
        let executor = Executor(definition: definition, plan: plan, options: options, runner: runner,
                                fileSystem: fileSystem, time: ManualTimeSource(), reporter: reporter)
        return await executor.run()
    }

    func executor(runner: RecordingProcessRunner, names: [String] = []) throws -> Executor {
        let plan = try Planner.plan(definition, names: names)
        let options = ExecutorOptions(jobs: 1, keepGoing: false, root: "/project", environment: [:])
        return Executor(definition: definition, plan: plan, options: options, runner: runner,
                        fileSystem: fileSystem, time: ManualTimeSource(), reporter: reporter)
    }
}

func statuses(_ result: RunResult) -> [String: StageStatus] {
    Dictionary(uniqueKeysWithValues: result.outcomes.map { ($0.name, $0.status) })
}

@Suite struct ExecutorTests {
    static let chain = """
    {"version": 1, "stages": {
      "a": {"kind": "exec", "run": ["gen", "--out", "x y"], "env": {"MODE": "fast"}},
      "b": {"kind": "exec", "sh": "echo $MODE > out/b.txt", "needs": ["a"], "cwd": "sub", "outputs": ["out/b.txt"]},
      "c": {"kind": "exec", "run": ["check"], "needs": ["b"]}
    }}
    """

    @Test func runsTheExactCommandsInDependencyOrder() async throws {
        let harness = try Harness(Self.chain)
        let runner = RecordingProcessRunner(fileSystem: harness.fileSystem) { spec in
            spec.arguments[0] == "/bin/sh" ? .init(writes: ["/project/out/b.txt": "fast\n"]) : .init()
        }
        let result = try await harness.run(runner: runner, environment: ["PATH": "/bin", "MODE": "slow"])
        #expect(result.succeeded)
        #expect(runner.started == [
            ProcessSpec(arguments: ["gen", "--out", "x y"], environment: ["PATH": "/bin", "MODE": "fast"], workingDirectory: "/project"),
            ProcessSpec(arguments: ["/bin/sh", "-c", "echo $MODE > out/b.txt"], environment: ["PATH": "/bin", "MODE": "slow"], workingDirectory: "/project/sub"),
            ProcessSpec(arguments: ["check"], environment: ["PATH": "/bin", "MODE": "slow"], workingDirectory: "/project"),
        ])
        #expect(harness.reporter.all.contains("start a: gen --out 'x y'"))
    }

    @Test func writesEachStagesLogWithItsCommand() async throws {
        let harness = try Harness(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "make all"}}}"#)
        let runner = RecordingProcessRunner { _ in .init(output: "line one\nline two\npartial") }
        let result = try await harness.run(runner: runner)
        #expect(result.outcomes[0].logPath == "/project/.pipeline/logs/a.log")
        #expect(harness.fileSystem.text("/project/.pipeline/logs/a.log") == "$ make all\nline one\nline two\npartial\n")
        #expect(harness.reporter.all.filter { $0.hasPrefix("[a]") } == ["[a] line one", "[a] line two", "[a] partial"])
    }

    @Test func neverRunsMoreThanJobsAtOnce() async throws {
        var stages: [String] = []
        for i in 0..<8 { stages.append(#""s\#(i)": {"kind": "exec", "run": ["w"]}"#) }
        let harness = try Harness(#"{"version": 1, "stages": {"# + stages.joined(separator: ",") + "}}")
        let runner = RecordingProcessRunner { _ in .init(delay: 20_000_000) }
        let result = try await harness.run(jobs: 3, runner: runner)
        #expect(result.succeeded)
        #expect(runner.started.count == 8)
        #expect(runner.maximumRunning == 3)
        #expect(Set(result.outcomes.compactMap(\.lane)).isSubset(of: [0, 1, 2]))
    }

    @Test func independentStagesOverlapWhenJobsAllow() async throws {
        let harness = try Harness(#"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["w"]}, "b": {"kind": "exec", "run": ["w"]}}}"#)
        let runner = RecordingProcessRunner { _ in .init(delay: 50_000_000) }
        _ = try await harness.run(jobs: 2, runner: runner)
        #expect(runner.maximumRunning == 2)
    }

    static let diamond = """
    {"version": 1, "stages": {
      "fails": {"kind": "exec", "run": ["false"]},
      "after": {"kind": "exec", "run": ["x"], "needs": ["fails"]},
      "later": {"kind": "exec", "run": ["x"], "needs": ["after"]},
      "other": {"kind": "exec", "run": ["y"]}
    }}
    """

    @Test func failFastStopsStartingStages() async throws {
        let harness = try Harness(Self.diamond)
        let runner = RecordingProcessRunner { spec in spec.arguments == ["false"] ? .init(output: "boom", termination: .exited(3)) : .init() }
        let result = try await harness.run(runner: runner)
        #expect(!result.succeeded)
        let status = statuses(result)
        #expect(status["fails"] == .failed(reason: "command failed with exit code 3"))
        #expect(status["after"] == .skipped(reason: "needs 'fails', which did not succeed"))
        #expect(status["later"] == .skipped(reason: "needs 'fails', which did not succeed"))
        #expect(status["other"] == .skipped(reason: "not started: the run stopped after 'fails' failed (-k runs the rest)"))
        #expect(runner.started.map(\.arguments) == [["false"]])
        #expect(result.outcomes[0].tail == ["boom"])
        #expect(harness.fileSystem.text("/project/.pipeline/logs/fails.log") == "$ false\nboom\npipeline: stage 'fails' failed: command failed with exit code 3\n")
    }

    @Test func keepGoingRunsEverythingNotDownstreamOfAFailure() async throws {
        let harness = try Harness(Self.diamond)
        let runner = RecordingProcessRunner { spec in spec.arguments == ["false"] ? .init(termination: .exited(1)) : .init() }
        let result = try await harness.run(keepGoing: true, runner: runner)
        let status = statuses(result)
        #expect(status["other"] == .succeeded)
        #expect(status["after"] == .skipped(reason: "needs 'fails', which did not succeed"))
        #expect(runner.started.map(\.arguments) == [["false"], ["y"]])
    }

    @Test func aMissingDeclaredOutputFailsTheStageNamingIt() async throws {
        let harness = try Harness(#"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": ["dist/app", "dist/*.map", "made"]}}}"#)
        let runner = RecordingProcessRunner(fileSystem: harness.fileSystem) { _ in .init(writes: ["/project/made": "ok"]) }
        let result = try await harness.run(runner: runner)
        #expect(statuses(result)["a"] == .failed(reason: "the command succeeded but did not produce the declared outputs 'dist/app', 'dist/*.map'"))
    }

    /// A file the stage never recorded is kept (it may be the user's), but it does not pass for
    /// one the command produced.
    @Test func aStaleOutputIsKeptButNotTakenForAProducedOne() async throws {
        let harness = try Harness(#"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": ["out/result.txt", "gen/*.c"]}}}"#)
        try harness.fileSystem.createDirectory("/project/out")
        try harness.fileSystem.createDirectory("/project/gen")
        try harness.fileSystem.writeFileAtomically("/project/out/result.txt", Array("old".utf8))
        try harness.fileSystem.writeFileAtomically("/project/gen/old.c", Array("old".utf8))
        let runner = RecordingProcessRunner(fileSystem: harness.fileSystem) { _ in .init(writes: ["/project/gen/new.c": "new"]) }
        let result = try await harness.run(runner: runner)
        #expect(statuses(result)["a"] == .failed(reason: "the command succeeded but did not produce the declared output 'out/result.txt' ('out/result.txt' predates this run and was not written again)"))
        #expect(harness.fileSystem.text("/project/out/result.txt") == "old")
        #expect(harness.fileSystem.text("/project/gen/old.c") == "old")
    }

    @Test func secretsAreRedactedInLogsLinesAndCommands() async throws {
        let json = #"{"version": 1, "secrets": ["TOKEN"], "stages": {"a": {"kind": "exec", "sh": "login --token ${TOKEN}", "env": {"T": "${TOKEN}"}}}}"#
        let harness = try Harness(json, environment: ["TOKEN": "hunter2"])
        let runner = RecordingProcessRunner { _ in .init(output: "using hunter2 now\nhunter2hunter2\n", termination: .exited(1)) }
        let result = try await harness.run(runner: runner, environment: ["TOKEN": "hunter2"])
        #expect(runner.started[0].arguments == ["/bin/sh", "-c", "login --token hunter2"])
        #expect(runner.started[0].environment["T"] == "hunter2")
        let log = try #require(harness.fileSystem.text("/project/.pipeline/logs/a.log"))
        #expect(!log.contains("hunter2"))
        #expect(log.hasPrefix("$ login --token ***\nusing *** now\n******\n"))
        #expect(!harness.reporter.all.joined().contains("hunter2"))
        #expect(!result.outcomes[0].tail.joined().contains("hunter2"))
    }

    @Test func checkRefusesMissingSecretsOfSelectedStagesOnly() throws {
        let secret = try PipelineLoader.load(#"{"version": 1, "secrets": ["S"], "stages": {"a": {"kind": "exec", "sh": "use ${S}"}, "b": {"kind": "exec", "sh": "x"}}}"#,
                                             context: .init(file: "pipeline.json"))
        #expect(throws: MissingSecretsError.self) { try Executor.check(Planner.plan(secret, names: ["a"]), of: secret) }
        try Executor.check(Planner.plan(secret, names: ["b"]), of: secret)
    }

    /// Ctrl-C reaches the stages as SIGINT; SIGHUP, SIGTERM and the rest as SIGTERM, which stops
    /// any program (SIGHUP or SIGUSR1 may mean "reload" to it). The run reports the signal it got.
    @Test(arguments: [(SignalNumber.interrupt, SignalNumber.interrupt), (Int32(1), SignalNumber.terminate),
                      (SignalNumber.terminate, SignalNumber.terminate), (Int32(10), SignalNumber.terminate)])
    func interruptionStopsTheStagesAndStartsNothingMore(received: Int32, forwarded: Int32) async throws {
        let harness = try Harness(#"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["long"]}, "b": {"kind": "exec", "run": ["x"], "needs": ["a"]}, "c": {"kind": "exec", "run": ["y"]}}}"#)
        let box = Mutex<Executor?>(nil)
        let runner = RecordingProcessRunner { spec in
            if spec.arguments == ["long"] { box.withLock { $0 }?.interrupt(signal: received) }
            return spec.arguments == ["long"] ? .init(termination: .signaled(forwarded)) : .init()
        }
        let executor = try harness.executor(runner: runner)
        box.withLock { $0 = executor }
        let result = await executor.run()
        #expect(result.interruptedBy == received)
        #expect(runner.signals.first == forwarded)
        let status = statuses(result)
        #expect(status["a"] == .interrupted)
        #expect(status["b"] == .skipped(reason: "needs 'a', which did not succeed"))
        #expect(status["c"] == .skipped(reason: "not started: the run was interrupted"))
        #expect(runner.started.count == 1)
    }

    @Test func traceHasOneCompleteEventPerStageThatRan() async throws {
        let harness = try Harness(Self.diamond)
        let runner = RecordingProcessRunner { spec in spec.arguments == ["false"] ? .init(termination: .exited(1)) : .init() }
        let result = try await harness.run(keepGoing: true, runner: runner)
        let text = JSONWriter.write(RunTrace.json(result, definition: harness.definition))
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.value, case .array(let events)? = members.first?.value.value else {
            Issue.record("no traceEvents"); return
        }
        let complete = events.filter { event in
            guard case .object(let fields) = event.value else { return false }
            return fields.contains { $0.key == "ph" && $0.value.value == .string("X") }
        }
        #expect(complete.count == 2)
        #expect(text.contains(#""name":"fails","cat":"exec","ph":"X""#))
        #expect(text.contains(#""args":{"status":"failed","reason":"command failed with exit code 1"}"#))
        #expect(text.contains(#""args":{"status":"ran"}"#))
    }

    @Test func highestCriticalPathStartsFirst() async throws {
        let harness = try Harness("""
        {"version": 1, "stages": {
          "leaf": {"kind": "exec", "run": ["leaf"]},
          "root": {"kind": "exec", "run": ["root"]},
          "mid": {"kind": "exec", "run": ["mid"], "needs": ["root"]},
          "top": {"kind": "exec", "run": ["top"], "needs": ["mid"]}
        }}
        """)
        let runner = RecordingProcessRunner()
        _ = try await harness.run(runner: runner)
        // "leaf" is declared first, but "root" gates a chain of three.
        #expect(runner.started.map { $0.arguments[0] } == ["root", "mid", "leaf", "top"])
    }
}
