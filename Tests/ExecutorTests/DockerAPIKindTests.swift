import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// A scripted Docker engine API behind a fake Unix socket, sharing `FakeEngine`'s images: each
/// request gets the answer the real engine would give.
final class FakeEngineSocket: UnixSocketTransport {
    struct State {
        /// `METHOD path` of every request, and the bodies of those that had one.
        var requests: [String] = []
        var bodies: [String: String] = [:]
        var sockets: Set<String> = []
    }

    let engine: FakeEngine
    /// Nothing listens: every connect fails, as on a stopped daemon.
    let refusing: Bool
    let state = Mutex(State())

    init(engine: FakeEngine, refusing: Bool = false) {
        self.engine = engine
        self.refusing = refusing
    }

    var requests: [String] { state.withLock { $0.requests } }

    func exchange(socket path: String, request: [UInt8], timeoutMilliseconds: Int?,
                  stop: (@Sendable () -> Bool)?) async -> Result<[UInt8], UnixSocketError> {
        if refusing { return .failure(UnixSocketError("cannot connect to \(path): Connection refused", notConnected: true)) }
        let text = String(decoding: request, as: UTF8.self)
        let head = text.prefix { $0 != "\r" }.split(separator: " ")
        let line = "\(head[0]) \(head[1])"
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        state.withLock {
            $0.requests.append(line)
            $0.sockets.insert(path)
            if !body.isEmpty { $0.bodies[line] = body }
        }
        return .success(answer(String(head[0]), String(head[1])))
    }

    private func json(_ status: Int, _ body: String) -> [UInt8] {
        Array("HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    private func stream(_ text: String) -> [UInt8] {
        Array("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n".utf8) + DockerAPITestFrames.frame(1, text)
    }

    private func answer(_ method: String, _ path: String) -> [UInt8] {
        let parts = path.split(separator: "?")[0].split(separator: "/").map { $0.removingPercentEncoding }
        return engine.state.withLock { state -> [UInt8] in
            switch (method, parts.first ?? "") {
            case ("GET", "version"): return json(200, #"{"Version":"20.10.24","Os":"linux","Arch":"amd64"}"#)
            case ("GET", "images"), ("POST", "images"):
                let reference = parts.dropFirst().dropLast().joined(separator: "/")
                guard let id = state.names[reference] ?? (state.ids.contains(reference) ? reference : nil) else {
                    return json(404, #"{"message":"No such image: \#(reference)"}"#)
                }
                if method == "GET" { return json(200, #"{"Id":"\#(id)"}"#) }
                let query = path.split(separator: "?")[1].split(separator: "&").map { $0.split(separator: "=").map { $0.removingPercentEncoding } }
                state.names[query[0][1] + ":" + query[1][1]] = id
                return json(201, "")
            case ("POST", "containers") where parts.count == 2 && parts[1] == "create": return json(201, #"{"Id":"c0ffee"}"#)
            case ("POST", "containers") where parts.last == "start": return json(204, "")
            case ("POST", "containers") where parts.last == "exec": return json(201, #"{"Id":"e1"}"#)
            case ("GET", "containers") where parts.last == "logs": return stream("booted\n")
            case ("GET", "containers"):
                let health = state.health == "none" ? "" : #","Health":{"Status":"\#(state.health)"}"#
                let status = state.nextStatus()
                return json(200, #"{"State":{"Status":"\#(status.status)","ExitCode":\#(status.exitCode)\#(health)}}"#)
            case ("DELETE", "containers"): return json(204, "")
            case ("POST", "exec"): return stream("ok\n")
            case ("GET", "exec"): return json(200, #"{"Running":false,"ExitCode":0}"#)
            default: return json(404, #"{"message":"page not found"}"#)
            }
        }
    }
}

enum DockerAPITestFrames {
    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let size = UInt32(payload.count)
        return [stream, 0, 0, 0, UInt8(size >> 24), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)] + payload
    }
}

extension Substring {
    /// `%XX` sequences decoded (the fake engine's routes).
    var removingPercentEncoding: String {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The docker kinds through the engine's API: the exact requests, CLI calls only for build and
/// push, errors in the CLI's words, and the fall back to the CLI when the socket refuses.
@Suite struct DockerAPIKindTests {
    func harness(_ stages: String) throws -> CachedHarness {
        try DockerKindTests().harness(stages)
    }

    @Test func smokeGoesThroughTheAPIAndOnlyTheBuildRunsTheCLI() async throws {
        let harness = try harness(DockerKindTests.build + ", " + DockerKindTests.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let socket = FakeEngineSocket(engine: engine)
        let runner = engine.runner()
        let result = try await harness.run(runner, dockerSocket: socket)
        #expect(statuses(result)["smoke"] == .succeeded, "\(result.outcomes)")
        #expect(FakeEngine.calls(runner).map { $0[0] } == ["build"])
        let requests = socket.requests
        let name = try #require(requests.first { $0.hasPrefix("POST /containers/create?name=") }).dropFirst("POST /containers/create?name=".count)
        let id = DockerKindTests.id
        #expect(requests == [
            "GET /version",
            "GET /images/\(id)/json",
            "POST /containers/create?name=\(name)",
            "POST /containers/\(name)/start",
            "GET /containers/\(name)/json", "GET /containers/\(name)/json",  // running, and still running a poll later
            "GET /containers/\(name)/json",
            "POST /containers/\(name)/exec", "POST /exec/e1/start", "GET /exec/e1/json",
            "GET /containers/\(name)/json",
            "GET /containers/\(name)/logs?stdout=1&stderr=1",
            "DELETE /containers/\(name)?force=1&v=1",
        ])
        let create = socket.state.withLock { $0.bodies["POST /containers/create?name=\(name)"] }
        #expect(create?.contains(#""Env":["MODE=test"]"#) == true, "the environment reaches the container")
        #expect(create?.contains(#""PortBindings":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":""}]}"#) == true)
        #expect(socket.state.withLock { $0.sockets } == ["/var/run/docker.sock"])
        let log = harness.fileSystem.text("/project/.pipeline/logs/smoke.log") ?? ""
        #expect(log.contains("engine API: docker run -d --name \(name) --label pipeline.smoke=smoke --network bridge -e MODE -p 127.0.0.1::8080 \(id)"))
        #expect(!log.contains("test"), "values are never shown")
    }

    @Test func aCachedBuildWhoseNameMovedIsTaggedBackThroughTheAPI() async throws {
        let harness = try harness(DockerKindTests.build)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        _ = try await harness.run(engine.runner(), dockerSocket: FakeEngineSocket(engine: engine))
        engine.state.withLock { $0.names[DockerKindTests.image] = "sha256:" + String(repeating: "b", count: 64) }
        let socket = FakeEngineSocket(engine: engine)
        let runner = engine.runner()
        let result = try await harness.run(runner, dockerSocket: socket)
        #expect(statuses(result)["image"] == .cached)
        #expect(FakeEngine.calls(runner).isEmpty, "a cached docker pipeline starts no process")
        #expect(socket.requests.contains("POST /images/\(DockerKindTests.id)/tag?repo=127.0.0.1%3A5000%2Fteam%2Fapp&tag=dev"))
        #expect(engine.state.withLock { $0.names[DockerKindTests.image] } == DockerKindTests.id)
    }

    @Test func aTagTheEngineRefusesFailsInTheCLIsWords() async throws {
        let harness = try harness(DockerKindTests.build + #", "tag": {"kind": "tag", "needs": ["image"]}"#)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.git = true }
        let socket = FakeEngineSocket(engine: engine)
        _ = try await harness.run(engine.runner(), dockerSocket: socket)
        // The image leaves the engine between the build and a second run's tag stage.
        engine.state.withLock { $0.names = [DockerKindTests.image: DockerKindTests.id]; $0.ids = [] }
        let result = try await harness.run(engine.runner(), dockerSocket: socket)
        let id = DockerKindTests.id
        #expect(statuses(result)["tag"] == .failed(reason: "docker tag \(id) 127.0.0.1:5000/team/app:1.2.3 failed: Error response from daemon: No such image: \(id)"))
    }

    @Test func aContainerThatExitsJustAfterStartingFailsAndIsRemoved() async throws {
        let harness = try harness(DockerKindTests.build + ", " + DockerKindTests.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        engine.state.withLock { $0.runningInspections = 1 }
        let socket = FakeEngineSocket(engine: engine)
        let result = try await harness.run(engine.runner(), dockerSocket: socket)
        #expect(statuses(result)["smoke"] == .failed(reason: "the container exited at once (exit code 3)"))
        #expect(socket.requests.last?.hasPrefix("DELETE /containers/pipeline-smoke-smoke-") == true)
        #expect(socket.requests.contains { $0.contains("/logs?stdout=1&stderr=1&tail=100") }, "its log is shown")
    }

    @Test func aSocketThatRefusesLeavesEveryCallToTheCLI() async throws {
        let harness = try harness(DockerKindTests.build + ", " + DockerKindTests.smoke)
        let engine = FakeEngine(fileSystem: harness.fileSystem)
        let socket = FakeEngineSocket(engine: engine, refusing: true)
        let runner = engine.runner()
        let result = try await harness.run(runner, dockerSocket: socket)
        #expect(statuses(result)["smoke"] == .succeeded)
        #expect(Set(FakeEngine.calls(runner).map { $0[0] }) == ["version", "build", "image", "run", "inspect", "exec", "logs", "rm"])
        #expect(socket.requests.isEmpty)
    }

    @Test(arguments: [
        ([:], "/var/run/docker.sock"),
        (["DOCKER_HOST": "unix:///tmp/d.sock"], "/tmp/d.sock"),
        (["DOCKER_HOST": "unix:///tmp/d.sock", "PIPELINE_DOCKER_API": "0"], nil),
        (["PIPELINE_DOCKER_API": "1"], "/var/run/docker.sock"),
        (["DOCKER_HOST": "tcp://127.0.0.1:2375"], nil),
        (["DOCKER_HOST": "ssh://me@host"], nil),
        (["DOCKER_CONTEXT": "remote"], nil),
        (["DOCKER_CONTEXT": "default"], "/var/run/docker.sock"),
    ] as [([String: String], String?)])
    func whichHostsUseTheAPI(environment: [String: String], socket: String?) {
        #expect(DockerEngines.socketPath(environment: environment) == socket)
    }
}
