import Foundation
import Testing

/// The real `docker/entrypoint.sh`, `docker/supervisord.conf` and `docker/wait-for-oned`,
/// unchanged, under Debian's real supervisord in a twin image whose OpenNebula daemons are
/// stand-ins (Fixtures/twin/README.md). Built and smoke-tested by pipeline itself, then driven
/// with docker for restarts, signals and bad configuration.
@Suite(.serialized) struct TwinTests {
    static let base = "pipeline-test/debian-base:bookworm"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardized.path
    static let conf = "/etc/supervisor/supervisord.conf"

    /// The base image comes from debootstrap + docker import, made by .ci/run.
    struct MissingBase: Error, CustomStringConvertible {
        var description: String {
            "no \(TwinTests.base) image: create it with `debootstrap --variant=minbase bookworm DIR` and "
                + "`tar -C DIR -c . | docker import - \(TwinTests.base)` (.ci/run does)"
        }
    }

    static var baseAvailable: Bool { DockerTestEngine.available && ((try? DockerTestEngine.docker(["image", "inspect", base]).code) == 0) }

    /// A project whose context holds copies of docker/ and the twin fixture, modes kept.
    func project(image: String) throws -> Project {
        let project = try Project()
        for (source, target) in [("docker", "docker"), ("Tests/EndToEndTests/Fixtures/twin", "twin")] {
            let copy = try DockerTestEngine.shell(["cp", "-a", Self.repository + "/" + source, project.path + "/" + target])
            #expect(copy.code == 0, "\(copy.output)")
        }
        let checks = ["oned", "fireedge", "oneflow", "onegate"].map {
            #"{"exec": ["supervisorctl", "-c", "\#(Self.conf)", "status", "\#($0)"], "stdout": "RUNNING"}"#
        } + [
            #"{"exec": ["stat", "-c", "%a %U", "/var/lib/one/.one/one_auth"], "stdout": "^600 oneadmin"}"#,
            #"{"exec": ["sh", "-c", "test -s /var/lib/one/.one/oneflow_auth && test -s /var/lib/one/.one/onegate_auth && test -s /var/lib/one/.one/sunstone_auth"]}"#,
            #"{"exec": ["grep", "-h", "^:host:", "/etc/one/oneflow-server.conf", "/etc/one/onegate-server.conf"], "stdout": "0\\.0\\.0\\.0\\n:host: 0\\.0\\.0\\.0"}"#,
            #"{"http": {"port": 2616, "path": "/fireedge/sunstone/", "status": 200}}"#,
            #"{"http": {"port": 2474, "path": "/service", "status": 200}}"#,
            #"{"log": "Bootstrap complete"}"#,
        ]
        try project.write("pipeline.json", """
        {"version": 1, "secrets": ["ONEADMIN_PASSWORD"], "stages": {
          "image": {"kind": "docker-build", "context": ".", "dockerfile": "twin/Dockerfile", "image": "\(image)", "network": "host"},
          "smoke": {"kind": "smoke", "needs": ["image"], "network": "host", "timeout": "120s",
                    "env": {"ONEADMIN_PASSWORD": "${ONEADMIN_PASSWORD}"}, "checks": [\(checks.joined(separator: ", "))]}
        }}
        """)
        return project
    }

    func run(_ arguments: [String]) throws -> (code: Int32, output: String) { try DockerTestEngine.docker(arguments) }

    /// Waits until all four programs are RUNNING in container `name`.
    func waitUntilRunning(_ name: String) throws -> Bool {
        for _ in 0..<120 {
            let status = try run(["exec", name, "supervisorctl", "-c", Self.conf, "status"]).output
            if status.split(separator: "\n").filter({ $0.contains("RUNNING") }).count == 4 { return true }
            usleep(500_000)
        }
        return false
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func theRealPayloadBootsUnderSupervisordAndBehavesOnRestartSignalsAndBadInput() throws {
        try DockerTestEngine.requireEngine()
        guard Self.baseAvailable else { throw MissingBase() }
        let image = DockerTestEngine.uniqueRepository("twin") + ":t"
        let project = try project(image: image)
        var containers: [String] = []
        defer {
            for name in containers { _ = try? run(["rm", "-f", "-v", name]) }
            _ = try? run(["rmi", "-f", image])
        }

        // pipeline builds the twin and smoke-tests first boot.
        let build = try project.runWithDocker("build", environment: ["ONEADMIN_PASSWORD": "s3cret-Twin"])
        #expect(build.code == 0, "\(build.stdout)\(build.stderr)")
        #expect(!build.stdout.contains("s3cret-Twin") && !(project.read(".pipeline/logs/smoke.log") ?? "").contains("s3cret-Twin"))
        #expect(try DockerTestEngine.leftoverSmokeContainers().isEmpty)

        // A long-lived container for restart, lock and signal behaviour.
        let name = "pipeline-twin-\(UUID().uuidString.prefix(8).lowercased())"
        containers.append(name)
        #expect(try run(["run", "-d", "--name", name, "--network", "host", "-e", "ONEADMIN_PASSWORD=s3cret", image]).code == 0)
        #expect(try waitUntilRunning(name), "all four programs RUNNING")
        let fingerprint = ["exec", name, "sh", "-c", "md5sum /etc/one/* /var/lib/one/.one/* /var/lib/one/one.db"]
        let before = try run(fingerprint).output
        #expect(try run(["restart", "-t", "30", name]).code == 0)
        #expect(try waitUntilRunning(name))
        #expect(try run(fingerprint).output == before, "a restart with the same environment changes no file")

        #expect(try run(["kill", "-s", "KILL", name]).code == 0)
        #expect(try run(["start", name]).code == 0)
        #expect(try waitUntilRunning(name), "running again after a stale lock")
        #expect(try run(["logs", name]).output.contains("removed stale oned lock"))

        let start = Date()
        #expect(try run(["stop", "-t", "30", name]).code == 0)
        #expect(Date().timeIntervalSince(start) < 30, "SIGTERM stops it within the stop timeout")
        #expect(try run(["inspect", "--format", "{{.State.ExitCode}}", name]).output == "0")

        // Bad configuration stops the container with one clear message.
        for (environment, message) in [
            (["DB_BACKEND=postgres", "ONEADMIN_PASSWORD=x"], "entrypoint: DB_BACKEND must be sqlite or mysql, got 'postgres'"),
            ([], "entrypoint: ONEADMIN_PASSWORD or ONEADMIN_PASSWORD_FILE is required on first start"),
        ] {
            let bad = "pipeline-twin-bad-\(UUID().uuidString.prefix(8).lowercased())"
            containers.append(bad)
            let result = try run(["run", "--name", bad, "--network", "none"] + environment.flatMap { ["-e", $0] } + [image])
            #expect(result.code != 0, "\(environment)")
            #expect(result.output.contains(message), "\(environment): \(result.output)")
            #expect(!result.output.contains("ONEADMIN_PASSWORD=x"))
        }

        // An entrypoint must never create the serveradmin files: one planted before the first
        // bootstrap is refused.
        let planted = "pipeline-twin-planted-\(UUID().uuidString.prefix(8).lowercased())"
        containers.append(planted)
        let refused = try run(["run", "--name", planted, "--network", "none", "-e", "ONEADMIN_PASSWORD=x", "--entrypoint", "/bin/sh", image, "-c",
                               "mkdir -p /var/lib/one/.one && echo serveradmin:x > /var/lib/one/.one/oneflow_auth && exec /entrypoint.sh /usr/bin/supervisord -n -c \(Self.conf)"])
        #expect(refused.code != 0)
        #expect(refused.output.contains("oneflow_auth exists"), "\(refused.output)")
    }
}
