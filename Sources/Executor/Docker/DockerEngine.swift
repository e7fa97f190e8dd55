import Basics
import Pipeline
import Synchronization

/// The Docker engine as the docker kinds see it: one interface, two ways to reach it — the
/// engine's HTTP API on its Unix socket (`DockerAPIEngine`, the fast path: a call costs about
/// a third of a millisecond instead of a CLI process's fifteen) and the `docker` CLI
/// (`DockerCLIEngine`). `docker build` and `docker push` always go through the CLI (BuildKit
/// sessions, credential helpers), so both offer `run` and `capture` of CLI arguments.
protocol DockerEngine: Sendable {
    /// Where the engine is looked for, in words, for error messages.
    var target: String { get }
    /// The engine's version and platform (part of docker stages' cache keys), probed once per
    /// run however many stages ask; or one clear message saying what was tried.
    func probe() async throws(StageFailure) -> DockerEngineInfo
    /// `docker ARGS` as a command line to show.
    func commandLine(_ arguments: [String]) -> String
    /// The line a stage logs for a call this engine may make through its API: `$ docker …` on
    /// the CLI, `engine API: docker …` (what it amounts to) through the API.
    func callLine(_ arguments: [String]) async -> String
    /// Runs `docker ARGS` on the CLI, streaming its merged output; nil and the reason when it cannot start.
    func run(_ arguments: [String], environment: [String: String], output: @escaping @Sendable (ArraySlice<UInt8>) -> Void) async -> (ProcessTermination?, String)
    /// Runs `docker ARGS` on the CLI and returns its merged output, trimmed.
    func capture(_ arguments: [String], environment: [String: String]) async -> (ProcessTermination?, String)

    /// The ID of the image `reference` names, or the engine's words for why there is none.
    func imageID(_ reference: String) async -> Result<String, DockerEngineError>
    /// Points `reference` at `source` (`docker tag`).
    func tag(_ source: String, _ reference: String) async -> Result<Void, DockerEngineError>
    /// Creates and starts a smoke container (`docker run -d`); `environment` values reach the
    /// container without appearing on any command line.
    func startContainer(_ config: SmokeConfig, container: String, stage: String, image: String,
                        environment: [String: String]) async -> Result<Void, DockerEngineError>
    /// Health, state and exit code; nil when the container cannot be inspected.
    func containerState(_ container: String) async -> DockerContainerState?
    /// Runs `command` in the container (`docker exec`): how it ended and its merged output,
    /// trimmed. A wait for it ends when `stop` says so (on the CLI, the run's signals end it).
    func exec(_ container: String, _ command: [String], stop: @escaping @Sendable () -> Bool) async -> (ProcessTermination?, String)
    /// The container's log, stdout and stderr merged (the last `tail` lines); nil when unreadable.
    func logs(_ container: String, tail: Int?) async -> String?
    /// The 127.0.0.1 port a container port is published on.
    func publishedPort(_ container: String, _ port: Int) async -> Int?
    /// Removes the container with its anonymous volumes, running or not.
    func removeContainer(_ container: String) async -> Result<Void, DockerEngineError>
}

extension DockerEngine {
    func run(_ arguments: [String], output: @escaping @Sendable (ArraySlice<UInt8>) -> Void) async -> (ProcessTermination?, String) {
        await run(arguments, environment: [:], output: output)
    }

    func capture(_ arguments: [String]) async -> (ProcessTermination?, String) {
        await capture(arguments, environment: [:])
    }

    /// Whether the engine still has an image.
    func imageExists(_ reference: String) async -> Bool {
        if case .success = await imageID(reference) { return true }
        return false
    }
}

/// What the probe learnt; part of the cache key of docker stages.
struct DockerEngineInfo: Sendable, Hashable {
    var version: String
    var platform: String
}

/// A container's HEALTHCHECK status (`none` without one), state (`running`, `exited` …) and exit code.
struct DockerContainerState: Sendable, Hashable {
    var health: String
    var status: String
    var exitCode: String
}

/// A docker call the engine refused or that could not be made, in the CLI's words
/// (`Error response from daemon: No such image: app:1`).
struct DockerEngineError: Error, Sendable, Hashable, CustomStringConvertible {
    var description: String
}

/// Picks how to reach the engine. The API on its Unix socket when `DOCKER_HOST` is unset (the
/// default socket) or `unix://…`, unless `PIPELINE_DOCKER_API=0`; the CLI for `tcp://` and
/// `ssh://` hosts (TLS and SSH set-ups are the CLI's business), a `DOCKER_CONTEXT` other than
/// the default, or when no socket transport is given. A socket that refuses falls back to the
/// CLI at the probe, so every message about an unreachable engine is the CLI's.
enum DockerEngines {
    static let defaultSocket = "/var/run/docker.sock"

    /// The socket path the API would use, or nil when the CLI must be used.
    static func socketPath(environment: [String: String]) -> String? {
        if environment["PIPELINE_DOCKER_API"] == "0" { return nil }
        if let context = environment["DOCKER_CONTEXT"], !context.isEmpty, context != "default" { return nil }
        guard let host = environment["DOCKER_HOST"], !host.isEmpty else { return defaultSocket }
        guard host.hasPrefix("unix://") else { return nil }
        let path = String(host.dropFirst("unix://".count))
        return path.isEmpty ? nil : path
    }

    static func make(environment: [String: String], runner: any ProcessRunner, workingDirectory: String,
                     socket: (any UnixSocketTransport)?) -> any DockerEngine {
        let cli = DockerCLIEngine(environment: environment, runner: runner, workingDirectory: workingDirectory)
        guard let socket, let path = socketPath(environment: environment) else { return cli }
        return DockerAPIEngine(socketPath: path, transport: socket, cli: cli)
    }
}

/// Memoises one asynchronous probe, so concurrent stages share a single one.
final class ProbeOnce<Value: Sendable>: Sendable {
    private let task = Mutex<Task<Value, Never>?>(nil)

    func value(_ make: @escaping @Sendable () async -> Value) async -> Value {
        let task = task.withLock { current -> Task<Value, Never> in
            if let current { return current }
            let created = Task { await make() }
            current = created
            return created
        }
        return await task.value
    }
}

/// The engine through the `docker` CLI: `PIPELINE_DOCKER` or `docker` from PATH, with the
/// caller's `DOCKER_HOST`.
final class DockerCLIEngine: DockerEngine {
    let executable: String
    let environment: [String: String]
    let runner: any ProcessRunner
    let workingDirectory: String
    private let probed = ProbeOnce<Result<DockerEngineInfo, StageFailure>>()

    init(environment: [String: String], runner: any ProcessRunner, workingDirectory: String) {
        executable = environment["PIPELINE_DOCKER"].flatMap { $0.isEmpty ? nil : $0 } ?? "docker"
        self.environment = environment
        self.runner = runner
        self.workingDirectory = workingDirectory
    }

    var target: String {
        if let host = environment["DOCKER_HOST"], !host.isEmpty { return "DOCKER_HOST=\(host)" }
        return "the default socket unix://\(DockerEngines.defaultSocket) (DOCKER_HOST is not set)"
    }

    func probe() async throws(StageFailure) -> DockerEngineInfo {
        try await probed.value { await self.runProbe() }.get()
    }

    private func runProbe() async -> Result<DockerEngineInfo, StageFailure> {
        let (termination, text) = await capture(["version", "--format", "{{.Server.Version}} {{.Server.Os}}/{{.Server.Arch}}"])
        guard let termination else {
            return .failure(StageFailure(reason: "no docker client: \(text); install Docker's CLI or set PIPELINE_DOCKER to its path"))
        }
        let lines = text.split(separator: "\n").map(String.init)
        guard termination.succeeded, let last = lines.last, last.split(separator: " ").count == 2 else {
            let said = lines.last { !$0.isEmpty } ?? "no output"
            let sentence = said.hasSuffix(".") || said.hasSuffix("?") || said.hasSuffix("!") ? said : said + "."
            return .failure(StageFailure(reason: "cannot reach the Docker engine through \(executable) at \(target): \(sentence) "
                + "Start the daemon (dockerd, or `systemctl start docker`) or set DOCKER_HOST to a reachable engine"))
        }
        let parts = last.split(separator: " ")
        return .success(DockerEngineInfo(version: String(parts[0]), platform: String(parts[1])))
    }

    func commandLine(_ arguments: [String]) -> String {
        ShellQuoting.join([executable] + arguments)
    }

    func callLine(_ arguments: [String]) async -> String { "$ " + commandLine(arguments) }

    func run(_ arguments: [String], environment extra: [String: String],
             output: @escaping @Sendable (ArraySlice<UInt8>) -> Void) async -> (ProcessTermination?, String) {
        var environment = self.environment
        environment.merge(extra) { _, new in new }
        let spec = ProcessSpec(arguments: [executable] + arguments, environment: environment, workingDirectory: workingDirectory)
        do {
            return (try await runner.run(spec, output: output), "")
        } catch {
            return (nil, error.reason)
        }
    }

    func capture(_ arguments: [String], environment extra: [String: String]) async -> (ProcessTermination?, String) {
        var environment = self.environment
        environment.merge(extra) { _, new in new }
        return await runner.capture(ProcessSpec(arguments: [executable] + arguments, environment: environment, workingDirectory: workingDirectory))
    }

    /// Runs a call whose only answer is success or the client's last line of complaint.
    private func call(_ arguments: [String], environment: [String: String] = [:]) async -> Result<String, DockerEngineError> {
        let (termination, text) = await capture(arguments, environment: environment)
        guard let termination else { return .failure(DockerEngineError(description: "cannot start \(executable): \(text)")) }
        guard termination.succeeded else {
            return .failure(DockerEngineError(description: text.split(separator: "\n").last.map(String.init) ?? "\(termination)"))
        }
        return .success(text)
    }

    func imageID(_ reference: String) async -> Result<String, DockerEngineError> {
        await call(DockerCommands.imageID(reference))
    }

    func tag(_ source: String, _ reference: String) async -> Result<Void, DockerEngineError> {
        await call(DockerCommands.tag(source, reference)).map { _ in }
    }

    func startContainer(_ config: SmokeConfig, container: String, stage: String, image: String,
                        environment: [String: String]) async -> Result<Void, DockerEngineError> {
        // `-e KEY` takes the value from the client's environment: nothing secret on argv.
        await call(DockerCommands.run(config, container: container, stage: stage, image: image, environmentNames: Array(environment.keys)),
                   environment: environment).map { _ in }
    }

    func containerState(_ container: String) async -> DockerContainerState? {
        guard case .success(let text) = await call(DockerCommands.containerState(container)) else { return nil }
        let parts = text.split(separator: " ")
        guard parts.count == 3 else { return nil }
        return DockerContainerState(health: String(parts[0]), status: String(parts[1]), exitCode: String(parts[2]))
    }

    func exec(_ container: String, _ command: [String], stop: @escaping @Sendable () -> Bool) async -> (ProcessTermination?, String) {
        await capture(DockerCommands.exec(container, command))
    }

    func logs(_ container: String, tail: Int?) async -> String? {
        let (termination, text) = await capture(DockerCommands.logs(container, tail: tail))
        return termination?.succeeded == true ? text : nil
    }

    func publishedPort(_ container: String, _ port: Int) async -> Int? {
        guard case .success(let text) = await call(DockerCommands.port(container, port)), let line = text.split(separator: "\n").first,
              let colon = line.lastIndex(of: ":") else { return nil }
        return Int(line[line.index(after: colon)...])
    }

    func removeContainer(_ container: String) async -> Result<Void, DockerEngineError> {
        await call(DockerCommands.remove(container)).map { _ in }
    }
}
