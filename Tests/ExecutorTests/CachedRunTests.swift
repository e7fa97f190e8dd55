import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// Runs against a cache in an in-memory project.
struct CachedHarness {
    let fileSystem = InMemoryFileSystem()
    let time = ManualTimeSource()
    let definition: PipelineDefinition

    init(_ json: String, environment: [String: String] = [:], files: [String: String] = [:]) throws {
        definition = try PipelineLoader.load(json, context: .init(file: "pipeline.json", environment: environment))
        try fileSystem.createDirectory("/project")
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try fileSystem.createDirectory(Paths.parent("/project/" + path))
        try fileSystem.writeFileAtomically("/project/" + path, Array(text.utf8))
    }

    /// One run; `produce` says what the fake command writes, by its argv.
    func run(_ runner: RecordingProcessRunner, policy: CachePolicy = CachePolicy(), reporter: CollectingReporter = CollectingReporter(),
             dockerSocket: (any UnixSocketTransport)? = nil) async throws -> RunResult {
        time.advance(by: 5_000_000_000)
        let plan = try Planner.plan(definition, names: [])
        // Read ahead as `pipeline build` reads them, while pipeline.json loads.
        let cache = try RunCache(root: "/project", fileSystem: fileSystem, time: time, secrets: definition.setSecrets,
                                 preloaded: RunCache.preloadIndex(root: "/project", fileSystem: fileSystem))
        let options = ExecutorOptions(jobs: 2, keepGoing: false, root: "/project", environment: [:], cachePolicy: policy)
        let executor = Executor(definition: definition, plan: plan, options: options, runner: runner, fileSystem: fileSystem,
                                time: time, reporter: reporter, cache: cache, dockerSocket: dockerSocket)
        return await executor.run()
    }

    /// A runner whose commands write `out/<argv[1]>` with the content of the file named by argv[2].
    func copier() -> RecordingProcessRunner {
        let fs = fileSystem
        return RecordingProcessRunner(fileSystem: fileSystem) { spec in
            guard spec.arguments.count == 3 else { return .init() }
            let text = fs.text("/project/" + spec.arguments[2]) ?? ""
            return .init(output: "copied\n", writes: ["/project/out/" + spec.arguments[1]: text])
        }
    }
}

@Suite struct CachedRunTests {
    static let chain = """
    {"version": 1, "stages": {
      "gen": {"kind": "exec", "run": ["copy", "gen.txt", "src/in.txt"], "inputs": ["src/**"], "outputs": ["out/gen.txt"]},
      "use": {"kind": "exec", "run": ["copy", "use.txt", "out/gen.txt"], "inputs": ["out/gen.txt"], "outputs": ["out/use.txt"], "needs": ["gen"]}
    }}
    """

    /// Input directories are listed from the stat index while unchanged; a file added to one is
    /// seen all the same, because adding a name changes the directory's stat data.
    @Test func aFileAddedToAGlobbedDirectoryRunsTheStageAgain() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        #expect(try await harness.run(harness.copier()).succeeded)
        let cached = harness.copier()
        #expect(try await harness.run(cached).succeeded)
        #expect(cached.started.isEmpty)
        let index = StatIndex.read("/project/.pipeline/cache/stat-index", harness.fileSystem).contents
        #expect(index.directories["/project/src"]?.entries.map(\.name) == ["in.txt"])
        try harness.write("src/more.txt", "more")
        let reporter = CollectingReporter()
        let again = harness.copier()
        let result = try await harness.run(again, reporter: reporter)
        #expect(again.started.count == 1)
        #expect(result.outcomes.first { $0.name == "gen" }?.reason?.contains("src/more.txt: added") == true,
                "\(String(describing: result.outcomes.first?.reason))")
    }

    @Test func aSecondRunIsServedFromTheCache() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let first = harness.copier()
        #expect(try await harness.run(first).succeeded)
        #expect(first.started.count == 2)
        let second = harness.copier()
        let result = try await harness.run(second)
        #expect(second.started.isEmpty)
        #expect(result.outcomes.map(\.status) == [.cached, .cached])
        #expect(result.cacheCounts.hits == 2)
        #expect(harness.fileSystem.text("/project/.pipeline/logs/gen.log") == "$ copy gen.txt src/in.txt\ncopied\n", "the log is replayed")
    }

    @Test func aChangedInputRunsTheStageAgainWithTheReason() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try harness.write("src/in.txt", "HELLO")
        let runner = harness.copier()
        let result = try await harness.run(runner)
        #expect(runner.started.count == 2)
        #expect(result.outcomes[0].reason == "src/in.txt: content \(SHA256.hash("hello").short)…→\(SHA256.hash("HELLO").short)…")
        #expect(result.outcomes[1].reason == "out/gen.txt: content \(SHA256.hash("hello").short)…→\(SHA256.hash("HELLO").short)…; upstream gen: output changed")
        #expect(harness.fileSystem.text("/project/out/use.txt") == "HELLO")
    }

    @Test func earlyCutoffKeepsTheDownstreamStageCachedWhenTheUpstreamOutputIsIdentical() async throws {
        // gen's command line changes but it writes the same bytes: use stays cached.
        let json = Self.chain.replacing(#""run": ["copy", "gen.txt", "src/in.txt"]"#, with: #""run": ["copy", "gen.txt", "src/in.txt"], "env": {"MODE": "${MODE}"}"#)
        let first = try CachedHarness(json, environment: ["MODE": "a"], files: ["src/in.txt": "same"])
        _ = try await first.run(first.copier())
        let second = try CachedHarness(json, environment: ["MODE": "b"])
        try copyProject(from: first.fileSystem, to: second.fileSystem)
        let runner = second.copier()
        let result = try await second.run(runner)
        #expect(runner.started.map { $0.arguments[1] } == ["gen.txt"])
        #expect(result.outcomes.map(\.status) == [.succeeded, .cached])
    }

    @Test func deletedOrModifiedOutputsAreRestoredFromTheBlobStore() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try harness.fileSystem.removeItem("/project/out/gen.txt")
        try harness.write("out/use.txt", "tampered")
        let runner = harness.copier()
        let result = try await harness.run(runner)
        #expect(runner.started.isEmpty)
        #expect(result.outcomes.map(\.status) == [.cached, .cached])
        #expect(harness.fileSystem.text("/project/out/gen.txt") == "hello")
        #expect(harness.fileSystem.text("/project/out/use.txt") == "hello")
    }

    /// Rewrites every record file, and removes `stages`, so no copy of the last records is
    /// left to fall back on.
    static func rewriteRecords(_ harness: CachedHarness, _ transform: ([UInt8]) -> [UInt8]) throws {
        for path in harness.fileSystem.files where path.contains("/records/") {
            try harness.fileSystem.writeFileAtomically(path, transform(try harness.fileSystem.readFile(path)))
        }
        try harness.fileSystem.removeItem("/project/.pipeline/cache/stages")
    }

    @Test func aCorruptedRecordIsAMissWithAWarningNeverAHit() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try Self.rewriteRecords(harness) { bytes in
            var bytes = bytes
            bytes[bytes.count / 2] ^= 0x01
            return bytes
        }
        let reporter = CollectingReporter()
        let runner = harness.copier()
        let result = try await harness.run(runner, reporter: reporter)
        #expect(runner.started.count == 2)
        #expect(result.outcomes.allSatisfy { $0.status == .succeeded })
        #expect(reporter.all.contains { $0.hasPrefix("notice: ignoring a damaged cache record of 'gen'") && $0.hasSuffix("checksum mismatch") })
    }

    /// Records in the JSON format of earlier versions are not read, and not reported as
    /// damaged either: after an upgrade each stage runs once, quietly.
    @Test func aRecordOfAnEarlierFormatIsAQuietMiss() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try Self.rewriteRecords(harness) { _ in Array(#"{"format":1,"key":"00"}"#.utf8) + Array("\nsha256:00\n".utf8) }
        let reporter = CollectingReporter()
        let runner = harness.copier()
        let result = try await harness.run(runner, reporter: reporter)
        #expect(runner.started.count == 2)
        #expect(result.outcomes.allSatisfy { $0.status == .succeeded })
        #expect(!reporter.all.contains { $0.contains("damaged") }, "\(reporter.all)")
        let again = harness.copier()
        _ = try await harness.run(again)
        #expect(again.started.isEmpty, "recorded anew in the current format")
    }

    @Test func aTruncatedRecordIsAMiss() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try Self.rewriteRecords(harness) { Array($0.prefix($0.count - 30)) }
        let runner = harness.copier()
        _ = try await harness.run(runner)
        #expect(runner.started.count == 2)
    }

    @Test func aCorruptedBlobIsNeverRestoredAndTheStageRunsAgain() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        try harness.fileSystem.removeItem("/project/out/gen.txt")
        let blob = "/project/.pipeline/cache/blobs/" + String(SHA256.hash("hello").hex.prefix(2)) + "/" + SHA256.hash("hello").hex
        try harness.fileSystem.writeFileAtomically(blob, Array("evil!".utf8))
        let reporter = CollectingReporter()
        let runner = harness.copier()
        let result = try await harness.run(runner, reporter: reporter)
        #expect(runner.started.map { $0.arguments[1] } == ["gen.txt"])
        #expect(result.outcomes[0].status == .succeeded)
        #expect(harness.fileSystem.text("/project/out/gen.txt") == "hello")
        #expect(reporter.all.contains { $0.contains("'gen' was cached, but blob") && $0.contains("is corrupt") })
    }

    @Test func aCorruptedCopyInTheStagesFileFallsBackToTheRecordFile() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        let stages = "/project/.pipeline/cache/stages"
        var bytes = try harness.fileSystem.readFile(stages)
        // Flip a byte inside the first record copy (after the key and name on its line).
        let lineStart = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
        bytes[lineStart + 100] ^= 0x01
        try harness.fileSystem.writeFileAtomically(stages, bytes)
        let runner = harness.copier()
        let result = try await harness.run(runner)
        #expect(runner.started.isEmpty, "the intact record files still serve the hits")
        #expect(result.outcomes.map(\.status) == [.cached, .cached])
    }

    @Test func failedRunsAreNeverCached() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let failing = RecordingProcessRunner { _ in .init(termination: .exited(1)) }
        _ = try await harness.run(failing)
        #expect(!harness.fileSystem.files.contains { $0.contains("/records/") })
        let runner = harness.copier()
        _ = try await harness.run(runner)
        #expect(runner.started.count == 2)
    }

    @Test func forceAndNoCacheRunAgainButStillRecord() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        _ = try await harness.run(harness.copier())
        let forced = harness.copier()
        let result = try await harness.run(forced, policy: CachePolicy(forced: ["use"]))
        #expect(forced.started.map { $0.arguments[1] } == ["use.txt"])
        #expect(result.outcomes[1].reason == "forced with --force")
        let bypass = harness.copier()
        _ = try await harness.run(bypass, policy: CachePolicy(readCache: false))
        #expect(bypass.started.count == 2)
        let again = harness.copier()
        _ = try await harness.run(again)
        #expect(again.started.isEmpty)
    }

    @Test func aStageWithoutInputsOrOutputsAlwaysRuns() async throws {
        let harness = try CachedHarness(#"{"version": 1, "stages": {"test": {"kind": "exec", "run": ["check"]}}}"#)
        _ = try await harness.run(RecordingProcessRunner())
        let runner = RecordingProcessRunner()
        let result = try await harness.run(runner)
        #expect(runner.started.count == 1)
        #expect(result.outcomes[0].reason == "declares no inputs or outputs, so it always runs")
    }

    @Test func recordsHoldNoSecret() async throws {
        let json = #"{"version": 1, "secrets": ["TOKEN"], "stages": {"a": {"kind": "exec", "sh": "push --token ${TOKEN}", "outputs": ["out/a"], "env": {"T": "${TOKEN}"}}}}"#
        let harness = try CachedHarness(json, environment: ["TOKEN": "hunter2"])
        let runner = RecordingProcessRunner(fileSystem: harness.fileSystem) { _ in .init(output: "token hunter2\n", writes: ["/project/out/a": "x"]) }
        _ = try await harness.run(runner)
        for path in harness.fileSystem.files where path.hasPrefix("/project/.pipeline/") {
            #expect(!(harness.fileSystem.text(path) ?? "").contains("hunter2"), "\(path)")
        }
    }

    @Test func predictionsMatchWhatARunDoes() async throws {
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let cache = { try RunCache(root: "/project", fileSystem: harness.fileSystem, time: harness.time, secrets: [:]) }
        let plan = try Planner.plan(harness.definition, names: [])
        let world = PlanningWorld(root: "/project", environment: [:], runner: RecordingProcessRunner(), fileSystem: harness.fileSystem, time: harness.time)
        let before = try await CachePlanner.predict(plan, definition: harness.definition, cache: cache(), policy: CachePolicy(), world: world)
        #expect(before.map(\.step.action) == [.run, .run])
        #expect(before.map(\.step.reason) == ["never ran", "runs after 'gen', which runs; cached then if that produces the same outputs"])
        _ = try await harness.run(harness.copier())
        let after = try await CachePlanner.predict(plan, definition: harness.definition, cache: cache(), policy: CachePolicy(), world: world)
        #expect(after.map(\.step.action) == [.cached, .cached])
        let explanation = try await CachePlanner.explain("use", definition: harness.definition, cache: cache(), policy: CachePolicy(), world: world)
        #expect(explanation.contains("stage use (exec): cached — inputs unchanged"))
        #expect(explanation.contains("  input out/gen.txt \(SHA256.hash("hello").short)…"))
        #expect(explanation.contains("changes since then: none"))
    }
}

/// Copies every file of one in-memory project into another.
func copyProject(from source: InMemoryFileSystem, to destination: InMemoryFileSystem) throws {
    for path in source.files {
        try destination.createDirectory(Paths.parent(path))
        try destination.writeFileAtomically(path, try source.readFile(path))
    }
}
