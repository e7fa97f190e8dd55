import Basics
import Pipeline
import Synchronization

/// The Docker engine as the `docker` CLI reaches it: `PIPELINE_DOCKER` or `docker` from PATH,
/// with the caller's `DOCKER_HOST`. Probed once per run, however many stages ask.
final class DockerEngine: Sendable {
    /// What the probe learnt; part of the cache key of docker stages.
    struct Info: Sendable, Hashable {
        var version: String
        var platform: String
    }

    let executable: String
    let environment: [String: String]
    let runner: any ProcessRunner
    let workingDirectory: String
    private let probeTask = Mutex<Task<Result<Info, StageFailure>, Never>?>(nil)

    init(environment: [String: String], runner: any ProcessRunner, workingDirectory: String) {
        executable = environment["PIPELINE_DOCKER"].flatMap { $0.isEmpty ? nil : $0 } ?? "docker"
        self.environment = environment
        self.runner = runner
        self.workingDirectory = workingDirectory
    }

    /// Where the engine is looked for, in words, for error messages.
    var target: String {
        if let host = environment["DOCKER_HOST"], !host.isEmpty { return "DOCKER_HOST=\(host)" }
        return "the default socket unix:///var/run/docker.sock (DOCKER_HOST is not set)"
    }

    /// The engine's version and platform, or one clear message saying what was tried.
    func probe() async throws(StageFailure) -> Info {
        let task = probeTask.withLock { current -> Task<Result<Info, StageFailure>, Never> in
            if let current { return current }
            let created = Task { await self.runProbe() }
            current = created
            return created
        }
        return try await task.value.get()
    }

    private func runProbe() async -> Result<Info, StageFailure> {
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
        return .success(Info(version: String(parts[0]), platform: String(parts[1])))
    }

    /// `docker ARGS` as a command line to show (the client as configured, arguments quoted).
    func commandLine(_ arguments: [String]) -> String {
        ShellQuoting.join([executable] + arguments)
    }

    /// Runs `docker ARGS`, streaming its merged output; nil and the reason when it cannot start.
    func run(_ arguments: [String], environment extra: [String: String] = [:],
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

    /// Runs `docker ARGS` and returns its merged output, trimmed.
    func capture(_ arguments: [String], environment extra: [String: String] = [:]) async -> (ProcessTermination?, String) {
        var environment = self.environment
        environment.merge(extra) { _, new in new }
        return await runner.capture(ProcessSpec(arguments: [executable] + arguments, environment: environment, workingDirectory: workingDirectory))
    }

    /// Whether the engine still has an image (`docker image inspect`).
    func imageExists(_ reference: String) async -> Bool {
        let (termination, _) = await capture(DockerCommands.imageID(reference))
        return termination?.succeeded ?? false
    }
}

