import Foundation
import Testing

/// nginx from Debian with WebDAV PUT, started by the test on 127.0.0.1 with a free port, as
/// the Bazel HTTP cache server. Without nginx the tests are skipped with a reason, unless
/// `PIPELINE_TEST_DOCKER=required` (CI), where they fail.
final class NginxCacheServer {
    static let binary = "/usr/sbin/nginx"
    static let available = FileManager.default.isExecutableFile(atPath: binary)
    static var enabled: Bool { available || DockerTestEngine.required }
    static let skipReason: Comment = "nginx is not installed (apt-get install nginx-light, or PIPELINE_TEST_DOCKER=required to fail instead)"

    let directory: String
    let port: Int
    private var process: Process?

    /// `password`: HTTP basic authentication with this user and password. `failingPuts`:
    /// every PUT answers 500. `tls`: https with a self-signed certificate for `localhost` and
    /// 127.0.0.1 (`certificate`), made with the openssl command.
    init(password: (user: String, password: String)? = nil, failingPuts: Bool = false, tls: Bool = false) throws {
        guard Self.available else { throw Missing() }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-nginx-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory + "/store", withIntermediateDirectories: true)
        port = try FreePort.find()
        var location = """
              root \(directory)/store;
              dav_methods PUT;
              create_full_put_path on;
              dav_access user:rw;
        """
        if failingPuts { location += "\n      if ($request_method = PUT) { return 500; }" }
        if let password {
            try "\(password.user):{PLAIN}\(password.password)\n".write(toFile: directory + "/htpasswd", atomically: true, encoding: .utf8)
            location += "\n      auth_basic cache;\n      auth_basic_user_file \(directory)/htpasswd;"
        }
        var listen = "listen 127.0.0.1:\(port);"
        if tls {
            let made = try DockerTestEngine.shell(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                                   "-keyout", directory + "/key.pem", "-out", directory + "/cert.pem", "-subj", "/CN=localhost",
                                                   "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
            guard made.code == 0 else { throw Missing(description: "openssl req failed: \(made.output)") }
            listen = "listen 127.0.0.1:\(port) ssl;\n    ssl_certificate \(directory)/cert.pem;\n    ssl_certificate_key \(directory)/key.pem;"
        }
        self.tls = tls
        let config = """
        daemon off;
        master_process on;
        worker_processes 1;
        user root;
        pid \(directory)/nginx.pid;
        error_log \(directory)/error.log;
        events { worker_connections 64; }
        http {
          access_log \(directory)/access.log;
          client_body_temp_path \(directory)/body;
          proxy_temp_path \(directory)/proxy;
          fastcgi_temp_path \(directory)/fastcgi;
          uwsgi_temp_path \(directory)/uwsgi;
          scgi_temp_path \(directory)/scgi;
          server {
            \(listen)
            client_max_body_size 0;
            location /pipeline/ {
        \(location)
            }
          }
        }
        """
        try config.write(toFile: directory + "/nginx.conf", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["-p", directory, "-c", directory + "/nginx.conf", "-e", directory + "/error.log"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        for _ in 0..<200 {
            if FreePort.accepts(port) { return }
            usleep(25_000)
        }
        throw Missing(description: "nginx did not start: " + ((try? String(contentsOfFile: directory + "/error.log", encoding: .utf8)) ?? ""))
    }

    private let tls: Bool
    var url: String { (tls ? "https" : "http") + "://127.0.0.1:\(port)/pipeline" }
    /// The self-signed certificate of a `tls` server.
    var certificate: String { directory + "/cert.pem" }
    var pid: Int32 { process?.processIdentifier ?? 0 }

    /// Every file the server stores, relative to its folder (`cas/…`, `ac/…`).
    func storedFiles() -> [String] {
        let root = directory + "/store/pipeline"
        return (FileManager.default.subpaths(atPath: root) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    func storedPath(_ relative: String) -> String { directory + "/store/pipeline/" + relative }

    func stop() {
        guard let process else { return }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        self.process = nil
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    struct Missing: Error, CustomStringConvertible {
        var description = "nginx is required (PIPELINE_TEST_DOCKER=required) but \(NginxCacheServer.binary) is missing"
    }
}

/// Ports on 127.0.0.1 for test servers.
enum FreePort {
    /// A port nothing listens on right now (the kernel's choice for a bind to port 0).
    static func find() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        return address
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A listening socket on a free port; with `answer`, each connection gets those bytes and
    /// is closed, else connections wait in the backlog and are never answered.
    final class Listener: @unchecked Sendable {
        let fd: Int32
        let port: Int

        init(answer: [UInt8]? = nil) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = FreePort.loopback(0)
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let fd = self.fd
            let ready = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
            }
            guard ready, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
            port = Int(UInt16(bigEndian: address.sin_port))
            guard let answer else { return }
            Thread.detachNewThread {
                while true {
                    let client = accept(fd, nil, nil)
                    guard client >= 0 else { return }
                    var request = [UInt8](repeating: 0, count: 65536)
                    _ = read(client, &request, request.count)
                    _ = answer.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
                    close(client)
                }
            }
        }

        deinit {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }
}

@Suite(.serialized) struct RemoteCacheEndToEndTests {
    /// Three exec stages, one output executable; each command leaves a mark in `$MARKS`.
    static func pipeline(_ cache: String, secrets: String = "[]", extraStage: String = "") -> String {
        """
        {
          "version": 1,
          "secrets": \(secrets),
          "cache": \(cache),
          "stages": {
            "gen": {"kind": "exec", "sh": "echo gen >> \\"$MARKS/ran\\"; mkdir -p out && tr a-z A-Z < src/in.txt > out/gen.txt && printf '#!/bin/sh\\\\necho hi\\\\n' > out/tool && chmod 750 out/tool",
                    "inputs": ["src/**"], "outputs": ["out/gen.txt", "out/tool"]},
            "use": {"kind": "exec", "sh": "echo use >> \\"$MARKS/ran\\"; cat out/gen.txt out/gen.txt > out/use.txt; echo used", "needs": ["gen"],
                    "inputs": ["out/gen.txt"], "outputs": ["out/use.txt"]},
            "last": {"kind": "exec", "sh": "echo last >> \\"$MARKS/ran\\"; wc -c < out/use.txt > out/last.txt", "needs": ["use"\(extraStage.isEmpty ? "" : ", \"extra\"")],
                     "inputs": ["out/use.txt"], "outputs": ["out/last.txt"]}\(extraStage.isEmpty ? "" : ",\n    \"extra\": " + extraStage)
          }
        }
        """
    }

    /// A project with the pipeline and its source, and a folder for the marks its commands leave.
    static func machine(_ json: String) throws -> (project: Project, marks: Project) {
        let project = try Project(json)
        try project.write("src/in.txt", "hello remote cache\n")
        return (project, try Project())
    }

    static func run(_ machine: (project: Project, marks: Project), _ arguments: String..., environment: [String: String] = [:]) throws -> PipelineBinary.Result {
        var env = environment
        env["MARKS"] = machine.marks.path
        return try PipelineBinary.run(arguments, in: machine.project.path, environment: env)
    }

    static func ran(_ machine: (project: Project, marks: Project)) -> [String] {
        (machine.marks.read("ran") ?? "").split(separator: "\n").map(String.init)
    }

    /// Lines of the run's output that speak of the remote cache.
    static func remoteNotices(_ result: PipelineBinary.Result) -> [String] {
        (result.stdout + result.stderr).split(separator: "\n").map(String.init).filter { $0.contains("remote cache") }
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aSecondMachineWithAnEmptyCacheGetsEveryStageFromTheServerAndRunsNothing() throws {
        let server = try NginxCacheServer()
        let json = Self.pipeline(#"{"remote": "\#(server.url)"}"#)
        let a = try Self.machine(json), b = try Self.machine(json)
        let first = try Self.run(a, "build")
        #expect(first.code == 0, "\(first.stderr)")
        #expect(Self.ran(a) == ["gen", "use", "last"])
        #expect(server.storedFiles().filter { $0.hasPrefix("ac/") }.count == 3)

        let plan = try Self.run(b, "plan")
        #expect(plan.stdout.contains("gen   exec  cached  remote hit: inputs unchanged"), "\(plan.stdout)")
        let second = try Self.run(b, "build")
        #expect(second.code == 0, "\(second.stderr)")
        #expect(Self.ran(b).isEmpty, "no command ran on the second machine")
        #expect(Self.remoteNotices(second).isEmpty, "\(second.stderr)")
        for output in ["out/gen.txt", "out/tool", "out/use.txt", "out/last.txt", ".pipeline/logs/use.log"] {
            let bytesA = FileManager.default.contents(atPath: a.project.path + "/" + output)
            #expect(bytesA != nil)
            #expect(FileManager.default.contents(atPath: b.project.path + "/" + output) == bytesA, "\(output) is byte-identical")
        }
        #expect(try Self.mode(b.project.path + "/out/tool") == 0o750)
        #expect(b.project.read("out/use.txt") == "HELLO REMOTE CACHE\nHELLO REMOTE CACHE\n")
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func readOnlyUseTakesHitsAndWritesNothing() throws {
        let server = try NginxCacheServer()
        let json = Self.pipeline(#"{"remote": "\#(server.url)"}"#)
        let a = try Self.machine(json)
        #expect(try Self.run(a, "build", "--remote-upload", "false").code == 0)
        #expect(server.storedFiles().isEmpty)
        // The environment names the server when pipeline.json does not.
        let b = try Self.machine(Self.pipeline("{}"))
        #expect(try Self.run(b, "build", environment: ["PIPELINE_REMOTE_CACHE": server.url]).code == 0)
        #expect(server.storedFiles().filter { $0.hasPrefix("ac/") }.count == 3)
        let c = try Self.machine(Self.pipeline("{}"))
        let result = try Self.run(c, "build", "--remote-cache", server.url, "--remote-upload=false")
        #expect(result.code == 0)
        #expect(Self.ran(c).isEmpty)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aServerThatIsDownBeforeTheRunIsSaidOnce() throws {
        let port = try FreePort.find()
        let a = try Self.machine(Self.pipeline(#"{"remote": "http://127.0.0.1:\#(port)/pipeline"}"#))
        let result = try Self.run(a, "build")
        #expect(result.code == 0)
        #expect(Self.ran(a) == ["gen", "use", "last"])
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("Connection refused") == true)
        #expect(notices.first?.contains("stages run locally") == true)
        // The local cache was kept: the next run is all cached.
        let again = try Self.run(a, "build")
        #expect(again.code == 0)
        #expect(Self.ran(a).count == 3)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aServerThatGoesDownDuringTheRunIsSaidOnceAndTheRunFinishes() throws {
        let server = try NginxCacheServer()
        // `extra` stops the server in the middle of the run; `last` needs it.
        let extra = #"{"kind": "exec", "sh": "kill $NGINX_PID; while kill -0 $NGINX_PID 2>/dev/null; do sleep 0.05; done", "needs": ["use"]}"#
        let a = try Self.machine(Self.pipeline(#"{"remote": "\#(server.url)"}"#, extraStage: extra))
        let result = try Self.run(a, "build", "-j", "1", environment: ["NGINX_PID": "\(server.pid)"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(Self.ran(a) == ["gen", "use", "last"])
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(a.project.read("out/last.txt")?.trimmingCharacters(in: .whitespaces) == "38\n")
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func failingUploadsAreSaidOnceAndLeaveNoRecord() throws {
        let server = try NginxCacheServer(failingPuts: true)
        let a = try Self.machine(Self.pipeline(#"{"remote": "\#(server.url)"}"#))
        let result = try Self.run(a, "build")
        #expect(result.code == 0)
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("HTTP 500 on PUT") == true)
        #expect(server.storedFiles().isEmpty)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aBlobAlteredOnTheServerIsNeverUsed() throws {
        let server = try NginxCacheServer()
        let json = Self.pipeline(#"{"remote": "\#(server.url)"}"#)
        let a = try Self.machine(json), b = try Self.machine(json)
        #expect(try Self.run(a, "build").code == 0)
        // Alter the blob of out/gen.txt on the server, keeping its name.
        let genBytes = try #require(FileManager.default.contents(atPath: a.project.path + "/out/gen.txt"))
        let altered = try #require(server.storedFiles().first { path in
            path.hasPrefix("cas/") && FileManager.default.contents(atPath: server.storedPath(path)) == genBytes
        })
        try "HELLO REMOTE CACHX\n".write(toFile: server.storedPath(altered), atomically: true, encoding: .utf8)
        let result = try Self.run(b, "build")
        #expect(result.code == 0)
        #expect(Self.ran(b).first == "gen", "gen runs: its remote blob does not match")
        #expect(b.project.read("out/gen.txt") == "HELLO REMOTE CACHE\n")
        #expect(b.project.read("out/use.txt") == "HELLO REMOTE CACHE\nHELLO REMOTE CACHE\n")
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("does not match its SHA-256") == true)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aWrongPasswordIsSaidOnceAndTheRightOneWorks() throws {
        let server = try NginxCacheServer(password: ("ci", "right-horse-battery"))
        let json = Self.pipeline(#"{"remote": "\#(server.url)", "basicAuth": "CACHE_AUTH"}"#, secrets: #"["CACHE_AUTH"]"#)
        let a = try Self.machine(json)
        let wrong = try Self.run(a, "build", environment: ["CACHE_AUTH": "ci:wrong-staple"])
        #expect(wrong.code == 0)
        let notices = Self.remoteNotices(wrong)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("refused the credentials (HTTP 401 on GET)") == true)
        #expect(!(wrong.stdout + wrong.stderr).contains("wrong-staple"))
        #expect(server.storedFiles().isEmpty)
        let b = try Self.machine(json)
        let right = try Self.run(b, "build", environment: ["CACHE_AUTH": "ci:right-horse-battery"])
        #expect(right.code == 0)
        #expect(Self.remoteNotices(right).isEmpty, "\(right.stderr)")
        #expect(server.storedFiles().filter { $0.hasPrefix("ac/") }.count == 3)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aTruncatedAnswerIsSaidOnceAndNothingOfItIsUsed() throws {
        let listener = try FreePort.Listener(answer: Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n\u{0A}\u{05}hello".utf8))
        let a = try Self.machine(Self.pipeline(#"{"remote": "http://127.0.0.1:\#(listener.port)/pipeline"}"#))
        let result = try Self.run(a, "build")
        #expect(result.code == 0)
        #expect(Self.ran(a) == ["gen", "use", "last"])
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("cut off") == true)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func aServerThatNeverAnswersCostsOneTimeout() throws {
        let listener = try FreePort.Listener()
        let a = try Self.machine(Self.pipeline(#"{"remote": "http://127.0.0.1:\#(listener.port)/pipeline", "timeout": "300ms"}"#))
        let result = try Self.run(a, "build")
        #expect(result.code == 0)
        #expect(Self.ran(a) == ["gen", "use", "last"])
        let notices = Self.remoteNotices(result)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("no answer within 300 ms") == true)
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func httpsGoesThroughTheSystemsTLSAndRefusesAnUntrustedCertificate() throws {
        let server = try NginxCacheServer(tls: true)
        let json = Self.pipeline(#"{"remote": "\#(server.url)"}"#)
        let a = try Self.machine(json), b = try Self.machine(json)
        let untrusted = try Self.run(a, "build")
        #expect(untrusted.code == 0)
        let notices = Self.remoteNotices(untrusted)
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("TLS handshake with 127.0.0.1 failed: self-signed certificate") == true, "\(notices)")
        #expect(server.storedFiles().isEmpty)
        // Trusted (OpenSSL reads SSL_CERT_FILE), and by name: the certificate is checked for it.
        let trusted = ["SSL_CERT_FILE": server.certificate]
        let byName = "https://localhost:\(server.port)/pipeline"
        let upload = try Self.run(a, "build", "--force", "gen", "--force", "use", "--force", "last", "--remote-cache", byName, environment: trusted)
        #expect(upload.code == 0)
        #expect(Self.remoteNotices(upload).isEmpty, "\(upload.stderr)")
        #expect(server.storedFiles().filter { $0.hasPrefix("ac/") }.count == 3)
        let second = try Self.run(b, "build", environment: trusted)
        #expect(second.code == 0)
        #expect(Self.ran(b).isEmpty, "every stage came over TLS")
        #expect(b.project.read("out/use.txt") == a.project.read("out/use.txt"))
    }

    @Test(.enabled(if: NginxCacheServer.enabled, NginxCacheServer.skipReason))
    func secretsNeverReachTheServer() throws {
        let server = try NginxCacheServer()
        let secret = "tk-9f8e7d6c5b4a"
        let json = """
        {"version": 1, "secrets": ["API_TOKEN"], "cache": {"remote": "\(server.url)"},
         "stages": {"call": {"kind": "exec", "sh": "echo \\"calling with $TOKEN\\"; mkdir -p out; echo done > out/call.txt",
                             "env": {"TOKEN": "${API_TOKEN}"}, "inputs": ["src/**"], "outputs": ["out/call.txt"]}}}
        """
        let a = try Self.machine(json)
        let result = try Self.run(a, "run", "call", environment: ["API_TOKEN": secret])
        #expect(result.code == 0, "\(result.stderr)")
        let stored = server.storedFiles()
        #expect(stored.filter { $0.hasPrefix("ac/") }.count == 1)
        // Uploaded under the local key, in which the secret is an HMAC.
        let stages = try #require(a.project.read(".pipeline/cache/stages"))
        let key = try #require(stages.split(separator: "\n").dropFirst().first?.prefix(64))
        #expect(stored.contains("ac/" + key))
        for path in stored {
            let bytes = try #require(FileManager.default.contents(atPath: server.storedPath(path)))
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(path) holds the secret")
        }
        #expect(stored.contains { path in FileManager.default.contents(atPath: server.storedPath(path)).map { String(decoding: $0, as: UTF8.self).contains("calling with ***") } ?? false },
                "the log went up, redacted")
    }
}
