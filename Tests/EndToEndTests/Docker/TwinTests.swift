import Foundation
import Testing

/// The real `docker/entrypoint.sh`, `docker/supervisord.conf`, `docker/wait-for-oned` and
/// `docker/supervisor-fatal-exit`, unchanged, under Debian's real supervisord in a twin image whose OpenNebula daemons are
/// stand-ins (Fixtures/twin/README.md). Built and smoke-tested by pipeline itself, then driven
/// with docker for restarts, signals and bad configuration.
@Suite(.serialized) struct TwinTests {
    static let base = "pipeline-test/debian-base:bookworm"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardized.path
    static let conf = "/etc/supervisor/supervisord.conf"
    /// Every program the image runs, the FATAL listener included.
    static let programs = ["oned", "fireedge", "oneflow", "onegate", "onehem", "onehem-log", "guacd", "fatal-exit"]

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
        let checks = ["oned", "fireedge", "oneflow", "onegate", "onehem", "guacd"].map {
            #"{"exec": ["supervisorctl", "-c", "\#(Self.conf)", "status", "\#($0)"], "stdout": "RUNNING"}"#
        } + [
            #"{"exec": ["stat", "-c", "%a %U", "/var/lib/one/.one/one_auth"], "stdout": "^600 oneadmin"}"#,
            #"{"exec": ["sh", "-c", "test -s /var/lib/one/.one/oneflow_auth && test -s /var/lib/one/.one/onegate_auth && test -s /var/lib/one/.one/sunstone_auth"]}"#,
            #"{"exec": ["grep", "-h", "^:host:", "/etc/one/oneflow-server.conf", "/etc/one/onegate-server.conf"], "stdout": "0\\.0\\.0\\.0\\n:host: 0\\.0\\.0\\.0"}"#,
            #"{"http": {"port": 2616, "path": "/fireedge/sunstone/", "status": 200}}"#,
            #"{"http": {"port": 2474, "path": "/service", "status": 200}}"#,
            #"{"exec": ["grep", "-c", "Hooks successfully loaded", "/var/log/one/onehem.log"]}"#,
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

    /// The supervisord state of each program in container `name` (empty when it is not up).
    func states(_ name: String) throws -> [String: String] {
        var states: [String: String] = [:]
        for line in try run(["exec", name, "supervisorctl", "-c", Self.conf, "status"]).output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2 { states[String(fields[0])] = String(fields[1]) }
        }
        return states
    }

    /// Waits until every program in `programs` is RUNNING in container `name`.
    func waitUntilRunning(_ name: String, _ programs: [String] = TwinTests.programs) throws -> Bool {
        for _ in 0..<120 {
            let states = try states(name)
            if programs.allSatisfy({ states[$0] == "RUNNING" }) { return true }
            usleep(500_000)
        }
        return false
    }

    /// Waits until container `name` has exited on its own; false if it still runs after `seconds`.
    func waitUntilExited(_ name: String, seconds: Int) throws -> Bool {
        for _ in 0..<(seconds * 2) {
            if try run(["inspect", "--format", "{{.State.Running}}", name]).output == "false" { return true }
            usleep(500_000)
        }
        return false
    }

    /// A fresh container name for this suite.
    func containerName(_ label: String) -> String { "pipeline-twin-\(label)-\(UUID().uuidString.prefix(8).lowercased())" }

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
        #expect(try DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty)

        // A long-lived container for restart, lock and signal behaviour.
        let name = "pipeline-twin-\(UUID().uuidString.prefix(8).lowercased())"
        containers.append(name)
        // A password with the characters one_auth can carry but a quoted config value cannot.
        let password = #"s3"cr\et:x"#
        #expect(try run(["run", "-d", "--name", name, "--network", "host", "-e", "ONEADMIN_PASSWORD=\(password)",
                         "-e", "ONEGATE_ENDPOINT=http://gate.example.com:5030", "-e", "MONITOR_ADDRESS=192.0.2.10", image]).code == 0)
        #expect(try waitUntilRunning(name), "every program RUNNING, onehem and guacd included")
        #expect(try run(["exec", name, "cat", "/var/lib/one/.one/one_auth"]).output == "oneadmin:" + password)
        #expect(try run(["exec", name, "oneuser", "show", "0"]).output.contains("NAME            : oneadmin"), "the CLI logs in with it")
        #expect(try run(["exec", name, "grep", "-c", #"^ONEGATE_ENDPOINT = "http://gate.example.com:5030"$"#, "/etc/one/oned.conf"]).output == "1")
        #expect(try run(["exec", name, "grep", "-c", #"MONITOR_ADDRESS = "192.0.2.10","#, "/etc/one/monitord.conf"]).output == "1")
        #expect(try run(["exec", name, "cat", "/var/lib/one/.opennebula-version"]).output == "7.0.0")
        #expect(try run(["exec", name, "grep", "-c", "Hooks successfully loaded", "/var/log/one/onehem.log"]).output == "1")
        #expect(try run(["logs", name]).output.contains("Hooks successfully loaded"), "onehem's log reaches the container's stdout")
        #expect(try run(["logs", name]).output.contains("[guacd][I]: Listening on 127.0.0.1:4822"), "guacd on the loopback")

        // supervisord restarts onehem when it dies, as it does the others.
        let hemPID = try run(["exec", name, "supervisorctl", "-c", Self.conf, "pid", "onehem"]).output
        #expect(try run(["exec", name, "supervisorctl", "-c", Self.conf, "signal", "KILL", "onehem"]).code == 0)
        var restarted = false
        for _ in 0..<60 where !restarted {
            usleep(500_000)
            let pid = try run(["exec", name, "supervisorctl", "-c", Self.conf, "pid", "onehem"]).output
            restarted = try pid != hemPID && pid != "0" && states(name)["onehem"] == "RUNNING"
        }
        #expect(restarted, "onehem restarted after SIGKILL")

        let fingerprint = ["exec", name, "sh", "-c", "md5sum /etc/one/* /var/lib/one/.one/* /var/lib/one/one.db /var/lib/one/.opennebula-version"]
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
            (["ONEADMIN_PASSWORD=x", "ONEGATE_ENDPOINT=gate.example.com:5030"], "entrypoint: ONEGATE_ENDPOINT must be an http:// or https:// URL"),
            (["ONEADMIN_PASSWORD=x", "ONEGATE_ENDPOINT=http://gate.example.com:70000"], "entrypoint: ONEGATE_ENDPOINT port must be between 1 and 65535"),
            (["ONEADMIN_PASSWORD=x", #"ONEGATE_ENDPOINT=http://gate"x"#], "entrypoint: ONEGATE_ENDPOINT may only contain"),
            (["ONEADMIN_PASSWORD=x", "ONE_DB_UPGRADE=maybe"], "entrypoint: ONE_DB_UPGRADE must be true or false, got 'maybe'"),
            (["ONEADMIN_PASSWORD=x", "MONITOR_ADDRESS=a b"], "entrypoint: MONITOR_ADDRESS must be a host name or IP address"),
            (["ONEADMIN_PASSWORD=x "], "entrypoint: ONEADMIN_PASSWORD must not end with white space"),
            (["ONEADMIN_PASSWORD=x", "DB_BACKEND=mysql", "DB_HOST=db.example", #"DB_PASSWORD=a"b"#],
             "entrypoint: DB_PASSWORD must not contain double quotes, backslashes or newlines: oned.conf's DB block"),
            // --network none: Docker writes no entry for the container's name, so it does not resolve.
            (["ONEADMIN_PASSWORD=x"], "does not resolve, and oned exits when it cannot look itself up: set ONE_HOSTNAME"),
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

    /// Builds the twin image directly (the first test builds it through pipeline).
    func buildImage(_ image: String) throws -> Project {
        let project = try project(image: image)
        // The Dockerfile uses COPY --chmod, which needs BuildKit whatever the environment says.
        let build = try DockerTestEngine.shell([DockerTestEngine.client, "build", "-q", "--network", "host", "-f", project.path + "/twin/Dockerfile", "-t", image, project.path],
                                               environment: ["DOCKER_BUILDKIT": "1"])
        #expect(build.code == 0, "\(build.output)")
        return project
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func anOlderVolumeIsRefusedWithoutOptInAndUpgradedWithIt() throws {
        try DockerTestEngine.requireEngine()
        guard Self.baseAvailable else { throw MissingBase() }
        let image = DockerTestEngine.uniqueRepository("twin") + ":u"
        let volume = containerName("volume")
        let mysqlVolume = containerName("mysql-volume")
        var containers: [String] = []
        defer {
            for name in containers { _ = try? run(["rm", "-f", "-v", name]) }
            _ = try? run(["volume", "rm", "-f", volume, mysqlVolume])
            _ = try? run(["rmi", "-f", image])
        }
        _ = try buildImage(image)

        // A volume bootstrapped by this image, then marked as left by OpenNebula 6.10: an older
        // database schema, remotes/ of 6.10 with a driver of the user's own.
        let first = containerName("first")
        containers.append(first)
        #expect(try run(["run", "-d", "--name", first, "--network", "host", "-v", volume + ":/var/lib/one", "-e", "ONEADMIN_PASSWORD=s3cret", image]).code == 0)
        #expect(try waitUntilRunning(first))
        #expect(try run(["stop", "-t", "30", first]).code == 0)
        let mark = try run(["run", "--rm", "-v", volume + ":/var/lib/one", "--entrypoint", "/bin/sh", image, "-c",
                            "sed -i 's/^version:.*/version:6.10.0/' /var/lib/one/one.db && echo 6.10.0 > /var/lib/one/remotes/VERSION"
                                + " && echo mine > /var/lib/one/remotes/custom-driver && echo 6.10.0 > /var/lib/one/.opennebula-version"])
        #expect(mark.code == 0, "\(mark.output)")
        let inspect = ["run", "--rm", "-v", volume + ":/var/lib/one", "--entrypoint", "/bin/sh", image, "-c"]

        // Without the opt-in: refused with one clear line, nothing touched.
        let refusedName = containerName("refused")
        containers.append(refusedName)
        let refused = try run(["run", "--name", refusedName, "--network", "host", "-v", volume + ":/var/lib/one", image])
        #expect(refused.code != 0)
        #expect(refused.output.contains("entrypoint: this volume was last used by OpenNebula 6.10.0 and this image is 7.0.0"), "\(refused.output)")
        #expect(refused.output.contains("Set ONE_DB_UPGRADE=true to upgrade"))
        #expect(try run(inspect + ["head -n 1 /var/lib/one/one.db; cat /var/lib/one/remotes/VERSION; ls -d /var/lib/one/backups /var/lib/one/remotes.* 2>/dev/null | wc -l"]).output
            == "version:6.10.0\n6.10.0\n0", "a refused start changes nothing")

        // With it: backed up, upgraded, remotes refreshed with the old copy kept, version recorded.
        let upgraded = containerName("upgraded")
        containers.append(upgraded)
        #expect(try run(["run", "-d", "--name", upgraded, "--network", "host", "-v", volume + ":/var/lib/one", "-e", "ONE_DB_UPGRADE=true", image]).code == 0)
        #expect(try waitUntilRunning(upgraded), "the upgraded database starts")
        let log = try run(["logs", upgraded]).output
        #expect(log.contains("entrypoint: backed up the sqlite database to /var/lib/one/backups/sqlite-before-7.0.0-"), "\(log)")
        #expect(log.contains("entrypoint: upgraded the sqlite database to OpenNebula 7.0.0"))
        #expect(log.contains("Database /var/lib/one/one.db found (version 7.0.0)"), "oned accepts the upgraded database")
        #expect(try run(["exec", upgraded, "sh", "-c", "head -n 1 /var/lib/one/one.db"]).output == "version:7.0.0")
        #expect(try run(["exec", upgraded, "sh", "-c", "grep -h '^version:' /var/lib/one/backups/*.sql; stat -c '%a %U' /var/lib/one/backups/*.sql"]).output
            == "version:6.10.0\n600 oneadmin", "the backup holds the database as it was")
        #expect(try run(["exec", upgraded, "cat", "/var/lib/one/remotes/VERSION"]).output == "7.0.0")
        #expect(try run(["exec", upgraded, "sh", "-c", "test ! -e /var/lib/one/remotes/custom-driver && cat /var/lib/one/remotes.6.10.0.*/custom-driver /var/lib/one/remotes.6.10.0.*/VERSION"]).output
            == "mine\n6.10.0", "the old remotes/ is kept beside the new one")
        #expect(try run(["exec", upgraded, "cat", "/var/lib/one/.opennebula-version"]).output == "7.0.0")

        // Once upgraded, a start without the opt-in is an ordinary restart.
        #expect(try run(["rm", "-f", upgraded]).code == 0)
        let again = containerName("again")
        containers.append(again)
        #expect(try run(["run", "-d", "--name", again, "--network", "host", "-v", volume + ":/var/lib/one", image]).code == 0)
        #expect(try waitUntilRunning(again))
        #expect(try run(["exec", again, "sh", "-c", "ls -d /var/lib/one/remotes.* /var/lib/one/backups/* | wc -l"]).output == "2", "no second backup or copy")

        // The same with MySQL: the backup is taken with mysqldump through the client file and
        // the DB password shows up nowhere. A busybox listener answers the stand-in's ping.
        #expect(try run(["rm", "-f", again]).code == 0, "frees the host ports")
        let port = String(Int.random(in: 40000...59999))
        let secret = "db-S3cret-Twin"
        let mysql = ["--network", "host", "-v", mysqlVolume + ":/var/lib/one", "-e", "DB_BACKEND=mysql", "-e", "DB_HOST=127.0.0.1",
                     "-e", "DB_PORT=" + port, "-e", "DB_PASSWORD=" + secret, "--entrypoint", "/bin/sh", image, "-c",
                     "busybox httpd -p 127.0.0.1:\(port) -h /tmp && exec /entrypoint.sh /usr/bin/supervisord -n -c \(Self.conf)"]
        let mysqlFirst = containerName("mysql-first")
        containers.append(mysqlFirst)
        #expect(try run(["run", "-d", "--name", mysqlFirst, "-e", "ONEADMIN_PASSWORD=s3cret"] + mysql).code == 0)
        #expect(try waitUntilRunning(mysqlFirst))
        #expect(try run(["stop", "-t", "30", mysqlFirst]).code == 0)
        #expect(try run(["run", "--rm", "-v", mysqlVolume + ":/var/lib/one", "--entrypoint", "/bin/sh", image, "-c",
                         "sed -i 's/^version:.*/version:6.10.0/' /var/lib/one/one.db"]).code == 0)
        let mysqlUpgraded = containerName("mysql-upgraded")
        containers.append(mysqlUpgraded)
        #expect(try run(["run", "-d", "--name", mysqlUpgraded, "-e", "ONE_DB_UPGRADE=true"] + mysql).code == 0)
        #expect(try waitUntilRunning(mysqlUpgraded), "the upgraded MySQL database starts")
        let mysqlLog = try run(["logs", mysqlUpgraded]).output
        #expect(mysqlLog.contains("entrypoint: backed up the mysql database to /var/lib/one/backups/mysql-before-7.0.0-"), "\(mysqlLog)")
        #expect(mysqlLog.contains("entrypoint: upgraded the mysql database to OpenNebula 7.0.0"))
        let firstLog = try run(["logs", mysqlFirst]).output
        #expect(!mysqlLog.contains(secret) && !firstLog.contains(secret), "the DB password is never printed")
        #expect(try run(["exec", mysqlUpgraded, "sh", "-c", "sed -n 2p /var/lib/one/backups/mysql-*.sql; head -n 1 /var/lib/one/one.db"]).output
            == "version:6.10.0\nversion:7.0.0")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aFatalServiceEndsTheContainerAndHostnameAndGuacdAreHandled() throws {
        try DockerTestEngine.requireEngine()
        guard Self.baseAvailable else { throw MissingBase() }
        let image = DockerTestEngine.uniqueRepository("twin") + ":f"
        var containers: [String] = []
        defer {
            for name in containers { _ = try? run(["rm", "-f", "-v", name]) }
            _ = try? run(["rmi", "-f", image])
        }
        _ = try buildImage(image)

        // oned keeps failing to start (the stand-in's test hook): supervisord gives up (FATAL)
        // and the listener stops it, so the container exits instead of running unhealthy.
        let fatal = containerName("fatal")
        containers.append(fatal)
        #expect(try run(["run", "-d", "--name", fatal, "--network", "host", "-e", "ONEADMIN_PASSWORD=x", "-e", "TWIN_ONED_FAIL=1", image]).code == 0)
        #expect(try waitUntilExited(fatal, seconds: 90), "the container exits by itself")
        let fatalLog = try run(["logs", fatal]).output
        #expect(fatalLog.contains("gave up: oned entered FATAL state"), "\(fatalLog)")
        #expect(fatalLog.contains("supervisor-fatal-exit: oned entered FATAL"))
        #expect(fatalLog.contains("stopped: onehem") && fatalLog.contains("stopped: fireedge"), "every program is stopped")

        // ONE_HOSTNAME makes an unresolvable container name harmless: written for oned.
        let named = containerName("named")
        containers.append(named)
        #expect(try run(["run", "-d", "--name", named, "--network", "none", "-e", "ONEADMIN_PASSWORD=x", "-e", "ONE_HOSTNAME=front.example.com", image]).code == 0)
        #expect(try waitUntilRunning(named, ["oned", "onehem"]))
        #expect(try run(["exec", named, "grep", "-c", #"^HOSTNAME = "front.example.com"$"#, "/etc/one/oned.conf"]).output == "1")
        #expect(try run(["logs", named]).output.contains("[ONE][I]: Hostname: front.example.com"))

        // Without opennebula-guacd installed, guacd is simply not started; the rest runs.
        let noGuacd = containerName("noguacd")
        containers.append(noGuacd)
        #expect(try run(["run", "-d", "--name", noGuacd, "--network", "host", "-e", "ONEADMIN_PASSWORD=x", "--entrypoint", "/bin/sh", image, "-c",
                         "rm /usr/share/one/guacd/sbin/guacd && exec /entrypoint.sh /usr/bin/supervisord -n -c \(Self.conf)"]).code == 0)
        #expect(try waitUntilRunning(noGuacd, Self.programs.filter { $0 != "guacd" }))
        #expect(try states(noGuacd)["guacd"] == "STOPPED")
    }
}
