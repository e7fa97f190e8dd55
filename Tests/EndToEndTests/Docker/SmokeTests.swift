import Foundation
import Testing

@Suite(.serialized) struct SmokeTests {
    /// A project whose `image` stage builds `dockerfile` and whose `smoke` stage has `smoke`'s keys.
    func project(_ dockerfile: String, smoke: String) throws -> (Project, String) {
        let project = try Project()
        let image = DockerTestEngine.uniqueRepository("smoke") + ":t"
        try project.busyboxContext("ctx", dockerfile: dockerfile)
        try project.write("pipeline.json", #"{"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)"}, "smoke": {"kind": "smoke", "needs": ["image"], \#(smoke)}}}"#)
        return (project, image)
    }

    static let healthyHTTP = """
    FROM scratch
    COPY bin/busybox /bin/busybox
    COPY www /www
    HEALTHCHECK --interval=1s --timeout=2s --start-period=1s CMD ["/bin/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:18471/"]
    CMD ["/bin/busybox", "sh", "-c", "echo service starting; /bin/busybox httpd -f -p 127.0.0.1:18471 -h /www"]
    """

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func aHealthyServicePassesExecHTTPAndLogChecksAndIsRemoved(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let (project, image) = try project(Self.healthyHTTP, smoke: #""network": "host", "timeout": "30s", "env": {"GREETING": "hi"}, "checks": [{"exec": ["/bin/busybox", "sh", "-c", "echo $GREETING"], "stdout": "^hi"}, {"http": {"port": 18471, "path": "/index.html", "status": 200, "body": "hello"}}, {"log": "service start"}]"#)
        try project.write("ctx/www/index.html", "<p>hello</p>\n")
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        let result = try project.runWithDocker("build", path: path)
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        #expect(project.read(".pipeline/logs/smoke.log")?.contains("check 2 passed") == true)
        #expect(project.read(".pipeline/logs/smoke.log")?.contains(path.runLine) == true, "\(project.read(".pipeline/logs/smoke.log") ?? "")")
        #expect(try DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty)
        let again = try project.runWithDocker("build", path: path)
        #expect(again.stdout.contains("smoke  cached"), "cached by image ID and checks: \(again.stdout)")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: [
        ("never healthy", "HEALTHCHECK --interval=1s --timeout=1s CMD [\"/bin/busybox\", \"false\"]\nCMD [\"/bin/busybox\", \"sleep\", \"300\"]",
         #""network": "none", "timeout": "4s""#, "the container's HEALTHCHECK reports unhealthy"),
        ("exits at once", "CMD [\"/bin/busybox\", \"sh\", \"-c\", \"echo bye; exit 3\"]",
         #""network": "none", "timeout": "10s""#, "the container exited at once (exit code 3)"),
        ("unhealthy after a while", "HEALTHCHECK --interval=1s --timeout=1s CMD [\"/bin/busybox\", \"test\", \"-e\", \"/tmp/ok\"]\nCMD [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox mkdir -p /tmp; /bin/busybox touch /tmp/ok; /bin/busybox sleep 3; /bin/busybox rm /tmp/ok; /bin/busybox sleep 300\"]",
         #""network": "none", "timeout": "60s", "checks": [{"log": "never printed"}]"#, "turned unhealthy before check 1 passed"),
        ("check timeout", "CMD [\"/bin/busybox\", \"sh\", \"-c\", \"echo line one; /bin/busybox sleep 300\"]",
         #""network": "none", "timeout": "3s", "checks": [{"exec": ["/bin/busybox", "false"]}]"#, "check 1 (exec /bin/busybox false → exit 0) did not pass within 3s"),
        ("missing command", "CMD [\"/bin/busybox\", \"sh\", \"-c\", \"echo up; /bin/busybox sleep 300\"]",
         #""network": "none", "timeout": "2s", "checks": [{"exec": ["/no/such/program"]}]"#, "/no/such/program ended with exit code 126, expected exit code 0"),
    ], DockerPath.allCases)
    func failuresSayWhyShowTheLogAndLeaveNothingRunning(failure: (name: String, tail: String, smoke: String, message: String), path: DockerPath) throws {
        let (name, tail, smoke, message) = failure
        try DockerTestEngine.requireEngine()
        let (project, image) = try project("FROM scratch\nCOPY bin/busybox /bin/busybox\n" + tail, smoke: smoke)
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        let result = try project.runWithDocker("build", path: path)
        #expect(result.code == 1, "\(name)")
        #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
        #expect(project.read(".pipeline/logs/smoke.log")?.contains("last 100 lines of the container's log") == true, "\(name)")
        #expect(try DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty, "\(name)")
        #expect(!(project.read(".pipeline/cache/stages") ?? "").contains(" smoke"), "\(name): failed stages are not recorded")
    }

    /// Interrupted while polling the log, or while an exec check hangs inside the container.
    static let interruptedChecks = [#"{"log": "never printed"}"#, #"{"exec": ["/bin/busybox", "sleep", "300"]}"#]

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason),
          arguments: [SIGINT, SIGTERM].flatMap { signal in interruptedChecks.map { (signal, $0) } }, DockerPath.allCases)
    func anInterruptedSmokeRunRemovesItsContainer(interruption: (signal: Int32, check: String), path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let signal = interruption.signal
        let (project, image) = try project("FROM scratch\nCOPY bin/busybox /bin/busybox\nCMD [\"/bin/busybox\", \"sleep\", \"300\"]",
                                           smoke: #""network": "none", "timeout": "120s", "checks": [\#(interruption.check)]"#)
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        var env = DockerTestEngine.pipelineEnvironment.merging(path.environment) { _, new in new }
        env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        let (process, out, err) = try PipelineBinary.start(["build"], in: project.path, environment: env)
        for _ in 0..<600 where !(project.read(".pipeline/logs/smoke.log") ?? "").contains("check 1:") { usleep(50_000) }
        usleep(300_000)  // into the check: the log poll or the exec under way
        #expect(try !DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty, "the smoke container was running")
        kill(process.processIdentifier, signal)
        let result = PipelineBinary.finish(process, out, err)
        #expect(result.code == 128 + signal)
        #expect(try DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty)
    }

    /// A failing exec check whose argv holds a secret: its failure reason, the terminal, the
    /// trace, the JUnit report and the log all show `***`.
    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aFailingCheckHoldingASecretIsRedactedEverywhere() throws {
        try DockerTestEngine.requireEngine()
        let token = "S3cr3tVALUEzz9"
        let project = try Project()
        let image = DockerTestEngine.uniqueRepository("smoke-secret") + ":t"
        try project.busyboxContext("ctx", dockerfile: "FROM scratch\nCOPY bin/busybox /bin/busybox\nCMD [\"/bin/busybox\", \"sleep\", \"300\"]\n")
        try project.write("pipeline.json", #"{"version": 1, "secrets": ["TOKEN"], "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)"}, "smoke": {"kind": "smoke", "needs": ["image"], "network": "none", "timeout": "2s", "checks": [{"exec": ["/bin/busybox", "sh", "-c", "test x = ${TOKEN}"]}]}}}"#)
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        let result = try project.runWithDocker("--trace", "t.json", "--junit", "j.xml", "build", environment: ["TOKEN": token])
        #expect(result.code == 1)
        #expect(result.stderr.contains("test x = ***"), "\(result.stderr)")
        for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr), ("trace", project.read("t.json") ?? ""),
                             ("junit", project.read("j.xml") ?? ""), ("log", project.read(".pipeline/logs/smoke.log") ?? "")] {
            #expect(!text.contains(token), "\(name) holds the secret")
        }
        #expect(try DockerTestEngine.leftoverSmokeContainers(of: image).isEmpty)
    }
}
