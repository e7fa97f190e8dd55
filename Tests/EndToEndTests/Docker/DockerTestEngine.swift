import Foundation
import Testing

/// The Docker engine the integration tests drive: `DOCKER_HOST` or the default
/// socket, Debian's BuildKit-capable client unless `PIPELINE_DOCKER` says otherwise. Without an
/// engine the tests are skipped with a reason, unless `PIPELINE_TEST_DOCKER=required`, where
/// they fail.
enum DockerTestEngine {
    static let environment = ProcessInfo.processInfo.environment
    static let required = environment["PIPELINE_TEST_DOCKER"] == "required"
    static let client = environment["PIPELINE_DOCKER"] ?? (FileManager.default.isExecutableFile(atPath: "/usr/bin/docker") ? "/usr/bin/docker" : "docker")
    static let registry = environment["PIPELINE_TEST_REGISTRY"] ?? "127.0.0.1:5000"
    static let available: Bool = (try? docker(["version", "--format", "{{.Server.Version}}"]).code) == 0
    /// Run the test: there is an engine, or its absence must fail.
    static var enabled: Bool { available || required }
    static let skipReason: Comment = "no Docker engine reachable (set DOCKER_HOST, or PIPELINE_TEST_DOCKER=required to fail instead)"

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "PIPELINE_TEST_DOCKER=required but no Docker engine answers through \(client) at \(environment["DOCKER_HOST"] ?? "the default socket")"
        }
    }

    /// Throws when the engine is required and missing.
    static func requireEngine() throws {
        if !available { throw Missing() }
    }

    /// What `pipeline` needs in its environment to reach the same engine.
    static var pipelineEnvironment: [String: String] {
        var result = ["PIPELINE_DOCKER": client]
        if let host = environment["DOCKER_HOST"] { result["DOCKER_HOST"] = host }
        return result
    }

    /// Runs the docker client; merged output.
    @discardableResult
    static func docker(_ arguments: [String]) throws -> (code: Int32, output: String) {
        try shell([client] + arguments)
    }

    @discardableResult
    static func shell(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (code: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var env = environment
        env.merge(extra) { _, new in new }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Debian's static busybox, the only binary in the fixture images.
    static var busybox: String {
        ["/bin/busybox", "/usr/bin/busybox"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/bin/busybox"
    }

    /// A unique repository name for one test's images.
    static func uniqueRepository(_ label: String) -> String {
        "pipeline-test/\(label)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Containers a smoke stage of ours left behind (there must be none); of `image` only,
    /// when given, so suites running at the same time on the same engine do not count.
    static func leftoverSmokeContainers(of image: String? = nil) throws -> [String] {
        try docker(["ps", "-a", "--filter", "label=pipeline.smoke"] + (image.map { ["--filter", "ancestor=\($0)"] } ?? [])
                   + ["--format", "{{.Names}}"]).output
            .split(separator: "\n").map(String.init)
    }
}

/// The two ways `pipeline` reaches the engine; the docker kinds' tests run on both.
enum DockerPath: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// The engine's HTTP API on its Unix socket (build and push still on the CLI).
    case api
    /// The `docker` CLI for every call.
    case cli

    var testDescription: String { rawValue }

    var environment: [String: String] { ["PIPELINE_DOCKER_API": self == .api ? "1" : "0"] }

    /// How a smoke stage's log shows the container start on this path.
    var runLine: String { self == .api ? "engine API: docker run -d" : "$ \(DockerTestEngine.client) run -d" }
}

extension Project {
    /// Writes a context with busybox at `bin/busybox` and the given Dockerfile.
    func busyboxContext(_ directory: String, dockerfile: String) throws {
        try write(directory + "/Dockerfile", dockerfile)
        try FileManager.default.createDirectory(atPath: path + "/" + directory + "/bin", withIntermediateDirectories: true)
        let target = path + "/" + directory + "/bin/busybox"
        if !FileManager.default.fileExists(atPath: target) {
            try FileManager.default.copyItem(atPath: DockerTestEngine.busybox, toPath: target)
        }
    }

    /// `pipeline` against the test engine, through its API or the CLI.
    func runWithDocker(_ arguments: String..., path route: DockerPath = .api, environment: [String: String] = [:]) throws -> PipelineBinary.Result {
        try runWithDocker(arguments, path: route, environment: environment)
    }

    func runWithDocker(_ arguments: [String], path route: DockerPath = .api, environment: [String: String] = [:]) throws -> PipelineBinary.Result {
        var env = DockerTestEngine.pipelineEnvironment.merging(route.environment) { _, new in new }
        env.merge(environment) { _, new in new }
        return try PipelineBinary.run(arguments, in: path, environment: env)
    }
}
