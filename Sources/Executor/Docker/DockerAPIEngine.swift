import Basics
import Pipeline
import Synchronization

/// The engine through its HTTP API on a Unix socket, one connection per call. `docker build`,
/// `docker push` and `docker manifest inspect` still go through the CLI. When the socket
/// cannot be connected to at the probe, every call goes through the CLI instead, which then
/// behaves, and fails, exactly as without the API.
final class DockerAPIEngine: DockerEngine {
    let socketPath: String
    let transport: any UnixSocketTransport
    let cli: DockerCLIEngine
    /// Whether the API answered the probe; decided once.
    private let route = ProbeOnce<Bool>()
    private let probed = ProbeOnce<Result<DockerEngineInfo, StageFailure>>()
    /// The probe's answer, kept so `route` needs no second call.
    private let versionAnswer = Mutex<DockerEngineInfo?>(nil)
    /// Calls that only ask (inspect, tag, create …) get an answer fast or never.
    static let callTimeoutMilliseconds = 30_000

    init(socketPath: String, transport: any UnixSocketTransport, cli: DockerCLIEngine) {
        self.socketPath = socketPath
        self.transport = transport
        self.cli = cli
    }

    var target: String { cli.target }

    /// True when calls go to the API: its socket answered `GET /version` like an engine.
    private func usesAPI() async -> Bool {
        await route.value {
            guard case .success(let response) = await self.send(DockerAPI.version()), response.succeeded,
                  let (version, platform) = DockerAPIAnswers.version(response.body) else { return false }
            self.versionAnswer.withLock { $0 = DockerEngineInfo(version: version, platform: platform) }
            return true
        }
    }

    func probe() async throws(StageFailure) -> DockerEngineInfo {
        try await probed.value {
            if await self.usesAPI(), let info = self.versionAnswer.withLock({ $0 }) { return .success(info) }
            do throws(StageFailure) {
                return .success(try await self.cli.probe())
            } catch {
                return .failure(error)
            }
        }.get()
    }

    func commandLine(_ arguments: [String]) -> String { cli.commandLine(arguments) }

    func callLine(_ arguments: [String]) async -> String {
        guard await usesAPI() else { return await cli.callLine(arguments) }
        return "engine API: " + ShellQuoting.join(["docker"] + arguments)
    }

    func run(_ arguments: [String], environment: [String: String],
             output: @escaping @Sendable (ArraySlice<UInt8>) -> Void) async -> (ProcessTermination?, String) {
        await cli.run(arguments, environment: environment, output: output)
    }

    func capture(_ arguments: [String], environment: [String: String]) async -> (ProcessTermination?, String) {
        await cli.capture(arguments, environment: environment)
    }

    /// One exchange; a socket or HTTP failure becomes the words the CLI would print.
    private func send(_ request: DockerAPIRequest, timeout: Int? = callTimeoutMilliseconds,
                      stop: (@Sendable () -> Bool)? = nil) async -> Result<HTTPResponse, DockerEngineError> {
        switch await transport.exchange(socket: socketPath, request: request.bytes, timeoutMilliseconds: timeout, stop: stop) {
        case .failure(let error):
            return .failure(DockerEngineError(description: "cannot reach the Docker engine at unix://\(socketPath): \(error.description)"))
        case .success(let bytes):
            switch HTTPResponse.parse(bytes) {
            case .failure(let error): return .failure(DockerEngineError(description: "the Docker engine at unix://\(socketPath): \(error.description)"))
            case .success(let response): return .success(response)
            }
        }
    }

    /// A call that must answer 2xx; its body, or the engine's message.
    private func call(_ request: DockerAPIRequest, timeout: Int? = callTimeoutMilliseconds,
                      stop: (@Sendable () -> Bool)? = nil) async -> Result<[UInt8], DockerEngineError> {
        await send(request, timeout: timeout, stop: stop).flatMap { response in
            response.succeeded ? .success(response.body) : .failure(DockerEngineError(description: response.engineErrorText))
        }
    }

    func imageID(_ reference: String) async -> Result<String, DockerEngineError> {
        guard await usesAPI() else { return await cli.imageID(reference) }
        return await call(DockerAPI.inspectImage(reference)).flatMap { body in
            DockerAPIAnswers.id(body).map { .success($0) } ?? .failure(DockerEngineError(description: "the engine's answer names no image ID"))
        }
    }

    func tag(_ source: String, _ reference: String) async -> Result<Void, DockerEngineError> {
        guard await usesAPI() else { return await cli.tag(source, reference) }
        return await call(DockerAPI.tag(source, reference)).map { _ in }
    }

    func startContainer(_ config: SmokeConfig, container: String, stage: String, image: String,
                        environment: [String: String]) async -> Result<Void, DockerEngineError> {
        guard await usesAPI() else {
            return await cli.startContainer(config, container: container, stage: stage, image: image, environment: environment)
        }
        let created = await call(DockerAPI.createContainer(config, container: container, stage: stage, image: image, environment: environment))
        guard case .success = created else { return created.map { _ in } }
        return await call(DockerAPI.startContainer(container)).map { _ in }
    }

    func containerState(_ container: String) async -> DockerContainerState? {
        guard await usesAPI() else { return await cli.containerState(container) }
        guard case .success(let body) = await call(DockerAPI.inspectContainer(container)),
              let state = DockerAPIAnswers.containerState(body) else { return nil }
        return DockerContainerState(health: state.health, status: state.status, exitCode: state.exitCode)
    }

    func exec(_ container: String, _ command: [String], stop: @escaping @Sendable () -> Bool) async -> (ProcessTermination?, String) {
        guard await usesAPI() else { return await cli.exec(container, command, stop: stop) }
        // As the CLI: a refused exec (no such container, not running) ends with exit code 1.
        let created = await call(DockerAPI.createExec(container, command))
        guard case .success(let body) = created, let id = DockerAPIAnswers.id(body) else {
            if case .failure(let error) = created { return (.exited(1), error.description) }
            return (.exited(1), "the engine's answer names no exec ID")
        }
        let started = await call(DockerAPI.startExec(id), timeout: nil, stop: stop)
        guard case .success(let stream) = started else {
            if case .failure(let error) = started { return (.exited(1), error.description) }
            return (.exited(1), "")
        }
        let text = String(decoding: DockerStreamDemultiplexer.merged(stream), as: UTF8.self).trimmingWhitespace
        // The stream ends when the command does; its exit code may take a moment to be recorded.
        for _ in 0..<100 {
            guard case .success(let answer) = await call(DockerAPI.inspectExec(id)) else { break }
            if let code = DockerAPIAnswers.execExitCode(answer) { return (.exited(code), text) }
        }
        return (.exited(1), text.isEmpty ? "the engine did not report the exec's exit code" : text)
    }

    func logs(_ container: String, tail: Int?) async -> String? {
        guard await usesAPI() else { return await cli.logs(container, tail: tail) }
        guard case .success(let stream) = await call(DockerAPI.logs(container, tail: tail)) else { return nil }
        return String(decoding: DockerStreamDemultiplexer.merged(stream), as: UTF8.self).trimmingWhitespace
    }

    func publishedPort(_ container: String, _ port: Int) async -> Int? {
        guard await usesAPI() else { return await cli.publishedPort(container, port) }
        guard case .success(let body) = await call(DockerAPI.inspectContainer(container)) else { return nil }
        return DockerAPIAnswers.publishedPort(body, port)
    }

    func removeContainer(_ container: String) async -> Result<Void, DockerEngineError> {
        guard await usesAPI() else { return await cli.removeContainer(container) }
        return await call(DockerAPI.removeContainer(container)).map { _ in }
    }
}
