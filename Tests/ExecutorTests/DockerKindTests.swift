import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// A scripted Docker engine behind the recording runner: each docker argv gets an answer.
final class FakeEngine: Sendable {
    struct State {
        /// Image name → ID the engine knows.
        var names: [String: String] = [:]
        var ids: Set<String> = []
        var pushFailures = 0
        var registry: [String: String] = [:]
        var health = "none"
        /// Inspections that still see the container running before it has exited (code 3).
        var runningInspections: Int? = nil
        /// Answers git as a clean checkout of `main` tagged v1.2.3; else git fails.
        var git = false
    }

    let state = Mutex(State())
    let fileSystem: InMemoryFileSystem

    init(fileSystem: InMemoryFileSystem) {
        self.fileSystem = fileSystem
    }

    func runner() -> RecordingProcessRunner {
        RecordingProcessRunner(fileSystem: fileSystem) { [self] spec in answer(spec.arguments) }
    }

    /// The docker arguments of every call, without the client's name.
    static func calls(_ runner: RecordingProcessRunner) -> [[String]] {
        runner.started.filter { $0.arguments.first == "docker" }.map { Array($0.arguments.dropFirst()) }
    }

    private func answer(_ argv: [String]) -> RecordingProcessRunner.Behaviour {
        let arguments = Array(argv.dropFirst())
        guard argv.first == "docker" else { return gitAnswer(arguments) }
        return state.withLock { state -> RecordingProcessRunner.Behaviour in
            switch arguments.first {
            case "version": return .init(output: "20.10.24 linux/amd64\n")
            case "build":
                let image = arguments[arguments.firstIndex(of: "-t")! + 1]
                let iidFile = arguments[arguments.firstIndex(of: "--iidfile")! + 1]
                let id = "sha256:" + String(repeating: "a", count: 64)
                state.names[image] = id
                state.ids.insert(id)
                return .init(output: "#1 naming to \(image)\n", writes: [iidFile: id])
            case "image":
                let reference = arguments.last ?? ""
                if let id = state.names[reference] ?? (state.ids.contains(reference) ? reference : nil) { return .init(output: id + "\n") }
                return .init(output: "Error: No such image: \(reference)\n", termination: .exited(1))
            case "tag":
                state.names[arguments[2]] = state.names[arguments[1]] ?? arguments[1]
                return .init()
            case "run": return .init(output: "c0ffee\n")
            case "inspect":
                let status = state.nextStatus()
                return .init(output: "\(state.health) \(status.status) \(status.exitCode)\n")
            case "exec": return .init(output: "ok\n")
            case "logs": return .init(output: "booted\n")
            case "rm": return .init()
            case "push":
                if state.pushFailures > 0 {
                    state.pushFailures -= 1
                    return .init(output: "denied: requested access to the resource is denied\n", termination: .exited(1))
                }
                state.registry[arguments[1]] = state.names[arguments[1]]
                return .init(output: "pushed\n")
            case "manifest":
                guard let id = state.registry[arguments.last ?? ""] else { return .init(output: "no such manifest\n", termination: .exited(1)) }
                return .init(output: #"{"config": {"digest": "\#(id)"}}"#)
            default: return .init(termination: .exited(2))
            }
        }
    }

    private func gitAnswer(_ arguments: [String]) -> RecordingProcessRunner.Behaviour {
        guard state.withLock({ $0.git }) else { return .init(output: "fatal: not a git repository\n", termination: .exited(128)) }
        switch arguments.prefix(2) {
        case ["rev-parse", "--verify"], ["rev-parse", "HEAD"]: return .init(output: String(repeating: "c", count: 40) + "\n")
        case ["symbolic-ref", "-q"]: return .init(output: "main\n")
        case ["tag", "--points-at"], ["tag", "--list"]: return .init(output: "v1.2.3\n")
        case ["status", "--porcelain"]: return .init()
        default: return .init(termination: .exited(1))
        }
    }
}

extension FakeEngine.State {
    /// What one inspection sees: running, or exited with code 3 once `runningInspections` ran out.
    mutating func nextStatus() -> (status: String, exitCode: Int) {
        guard let left = runningInspections else { return ("running", 0) }
        if left == 0 { return ("exited", 3) }
        runningInspections = left - 1
        return ("running", 0)
    }
}

/// Every docker kind against the scripted engine: the exact argv and the reaction to each answer.
@Suite struct DockerKindTests {
    static let image = "127.0.0.1:5000/team/app:dev"
    static let id = "sha256:" + String(repeating: "a", count: 64)

    func harness(_ stages: String) throws -> CachedHarness {
        try CachedHarness(#"{"version": 1, "name": "demo", "stages": {\#(stages)}}"#, files: ["ctx/Dockerfile": "FROM scratch\n"])
    }

    static let build = #""image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)", "args": {"B": "2", "A": "1"}, "network": "host", "labels": {"team": "core"}}"#

    @Test func buildRunsTheExactArgvAndRecordsTheImage() async throws {
        let harness = try harness(Self.build)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["image"] == .succeeded)
        let build = try #require(FakeEngine.calls(runner).first { $0.first == "build" })
        #expect(build == ["build", "--progress", "plain", "--iidfile", "/project/.pipeline/tmp/image.iid", "-f", "/project/ctx/Dockerfile",
                          "-t", Self.image, "--build-arg", "A=1", "--build-arg", "B=2", "--network", "host",
                          "--label", "org.opencontainers.image.created=2023-11-14T22:15:05Z", "--label", "org.opencontainers.image.title=demo",
                          "--label", "org.opencontainers.image.version=dev", "--label", "team=core", "/project/ctx"])
        #expect(harness.fileSystem.text("/project/.pipeline/logs/image.log")?.contains("$ docker " + build.joined(separator: " ")) == true)
    }

    @Test func aCachedBuildWhoseNameMovedIsTaggedBackAsAPlannedRepair() async throws {
        let harness = try harness(Self.build)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        _ = try await harness.run(engine.runner())

        engine.state.withLock { $0.names[Self.image] = "sha256:" + String(repeating: "b", count: 64) }
        let runner = engine.runner()
        let reporter = CollectingReporter()
        let result = try await harness.run(runner, reporter: reporter)
        #expect(statuses(result)["image"] == .cached)
        #expect(FakeEngine.calls(runner).filter { $0.first == "tag" } == [["tag", Self.id, Self.image]])
        #expect(result.outcomes[0].reason?.contains("tag \(Self.image) again") == true, "\(String(describing: result.outcomes[0].reason))")
        #expect(!FakeEngine.calls(runner).contains { $0.first == "build" })
    }

    @Test func aCachedBuildWhoseImageIsGoneBuildsAgain() async throws {
        let harness = try harness(Self.build)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        _ = try await harness.run(engine.runner())
        engine.state.withLock { $0.names = [:]; $0.ids = [] }
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["image"] == .succeeded)
        #expect(result.outcomes[0].reason == "its image sha256:aaaaaaaaaaaa… is no longer in the engine")
        #expect(FakeEngine.calls(runner).contains { $0.first == "build" })
    }

    static let smoke = #""smoke": {"kind": "smoke", "needs": ["image"], "network": "bridge", "ports": [8080], "env": {"MODE": "test"}, "timeout": "1s", "checks": [{"exec": ["check"], "stdout": "ok"}, {"log": "boot"}]}"#

    @Test func smokeRunsTheContainerChecksAndAlwaysRemovesIt() async throws {
        let harness = try harness(Self.build + ", " + Self.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["smoke"] == .succeeded)
        let calls = FakeEngine.calls(runner)
        let run = try #require(calls.first { $0.first == "run" })
        let name = run[3]
        #expect(name.hasPrefix("pipeline-smoke-smoke-"))
        #expect(run == ["run", "-d", "--name", name, "--label", "pipeline.smoke=smoke", "--network", "bridge", "-e", "MODE",
                        "-p", "127.0.0.1::8080", Self.id])
        #expect(calls.contains(["exec", name, "check"]))
        #expect(calls.contains(["logs", name]))
        #expect(calls.last == ["rm", "-f", "-v", name])
        let spec = try #require(runner.started.first { $0.arguments.dropFirst().first == "run" })
        #expect(spec.environment["MODE"] == "test", "values travel in the client's environment, not on argv")
    }

    /// Running at the first look means little without a HEALTHCHECK: a command that fails at
    /// once is still running for a few milliseconds.
    @Test func aContainerThatExitsJustAfterStartingFailsTheSmokeStage() async throws {
        let harness = try harness(Self.build + ", " + Self.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.runningInspections = 1 }
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["smoke"] == .failed(reason: "the container exited at once (exit code 3)"))
        #expect(!FakeEngine.calls(runner).contains { $0.first == "exec" })
        #expect(FakeEngine.calls(runner).last?.prefix(3) == ["rm", "-f", "-v"])
    }

    @Test func anUnhealthyContainerFailsTheSmokeStageAndIsStillRemoved() async throws {
        let harness = try harness(Self.build + ", " + Self.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.health = "unhealthy" }
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["smoke"] == .failed(reason: "the container's HEALTHCHECK reports unhealthy"))
        let calls = FakeEngine.calls(runner)
        #expect(calls.contains { $0.first == "logs" && $0.contains("--tail") })
        #expect(calls.last?.prefix(3) == ["rm", "-f", "-v"])
    }

    static let tagPush = #", "tag": {"kind": "tag", "needs": ["image"]}, "push": {"kind": "push", "needs": ["tag"], "retries": 0}"#

    @Test func outsideGitTheTagStageSaysSoAndNothingIsPushed() async throws {
        let harness = try harness(Self.build + Self.tagPush)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["tag"] == .failed(reason: "/project is not a git repository with a commit; tags are computed from git (release tags, the branch and the commit)"))
        #expect(!FakeEngine.calls(runner).contains { $0.first == "push" })
    }

    @Test func tagKeepsTheRegistryAndPushConfirmsEachTag() async throws {
        let harness = try harness(Self.build + Self.tagPush)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.git = true }
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["push"] == .succeeded, "\(result.outcomes)")
        let repository = "127.0.0.1:5000/team/app"
        let tags = ["1.2.3", "1.2", "1", "latest"]
        let calls = FakeEngine.calls(runner)
        #expect(calls.filter { $0.first == "tag" } == tags.map { ["tag", Self.id, repository + ":" + $0] })
        #expect(calls.filter { $0.first == "push" } == tags.map { ["push", repository + ":" + $0] })
        #expect(calls.filter { $0.first == "manifest" }.first == ["manifest", "inspect", "--insecure", repository + ":1.2.3"])
        // The logs show the real command lines, not a stand-in.
        #expect(harness.fileSystem.text("/project/.pipeline/logs/tag.log")?.contains("$ docker tag \(Self.id) \(repository):1.2.3\n") == true)
        #expect(harness.fileSystem.text("/project/.pipeline/logs/push.log")?.contains("$ docker push \(repository):latest\n") == true)
    }

    @Test func aFailingPushFailsTheStageAndStopsThere() async throws {
        let harness = try harness(Self.build + Self.tagPush)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.git = true; $0.pushFailures = 1 }
        let runner = engine.runner()
        let result = try await harness.run(runner)
        #expect(statuses(result)["push"] == .failed(reason: "docker push 127.0.0.1:5000/team/app:1.2.3 failed with exit code 1"))
        #expect(FakeEngine.calls(runner).filter { $0.first == "push" }.count == 1, "denied is not transient: no retry")
    }

    @Test func pushWithoutATagStageSaysWhatIsMissing() async throws {
        let harness = try harness(Self.build + #", "push": {"kind": "push", "needs": ["image"], "retries": 0}"#)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let result = try await harness.run(engine.runner())
        #expect(statuses(result)["push"] == .failed(reason: "no tags to push: make the stage need a tag stage"))
    }
}
