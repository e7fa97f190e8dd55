import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// A Bazel HTTP cache in memory, with the faults the remote cache must survive.
final class InMemoryCacheServer: HTTPTransport, Sendable {
    enum Fault: Sendable {
        case none
        /// Every request fails as if nothing listened.
        case down
        /// PUT answers 500.
        case failingPuts
        /// Every request without this Authorization header answers 401.
        case requireAuthorization(String)
        /// PUT answers 403: a read-only mirror.
        case readOnly
    }

    let files = Mutex<[String: [UInt8]]>([:])
    let requests = Mutex<[HTTPRequest]>([])
    let fault: Mutex<Fault>

    init(_ fault: Fault = .none) {
        self.fault = Mutex(fault)
    }

    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, HTTPError> {
        requests.withLock { $0.append(request) }
        switch fault.withLock({ $0 }) {
        case .down: return .failure(HTTPError("cannot connect to 127.0.0.1:9: Connection refused"))
        case .failingPuts where request.method == "PUT": return .success(HTTPResponse(status: 500, body: []))
        case .readOnly where request.method == "PUT": return .success(HTTPResponse(status: 403, body: []))
        case .requireAuthorization(let expected) where !request.headers.contains(HTTPHeader("Authorization", expected)):
            return .success(HTTPResponse(status: 401, body: []))
        default: break
        }
        switch request.method {
        case "PUT":
            files.withLock { $0[request.path] = request.body }
            return .success(HTTPResponse(status: 201, body: []))
        case "GET", "HEAD":
            guard let body = files.withLock({ $0[request.path] }) else { return .success(HTTPResponse(status: 404, body: [])) }
            return .success(HTTPResponse(status: 200, body: request.method == "GET" ? body : []))
        default:
            return .success(HTTPResponse(status: 405, body: []))
        }
    }

    func paths(under area: String) -> [String] { files.withLock { $0.keys.filter { $0.hasPrefix("/c/\(area)/") }.sorted() } }
    var methods: [String] { requests.withLock { $0.map(\.method) } }
}

extension CachedHarness {
    /// A run with the remote cache `server` behind the local one.
    func run(_ runner: RecordingProcessRunner, server: any HTTPTransport, upload: Bool = true, credential: RemoteCacheSettings.Credential? = nil,
             reporter: CollectingReporter = CollectingReporter()) async throws -> RunResult {
        time.advance(by: 5_000_000_000)
        let plan = try Planner.plan(definition, names: [])
        let cache = try RunCache(root: "/project", fileSystem: fileSystem, time: time, secrets: definition.setSecrets,
                                 remote: remote(server, upload: upload, credential: credential))
        let options = ExecutorOptions(jobs: 2, keepGoing: false, root: "/project", environment: [:])
        let executor = Executor(definition: definition, plan: plan, options: options, runner: runner, fileSystem: fileSystem,
                                time: time, reporter: reporter, cache: cache)
        return await executor.run()
    }

    func remote(_ server: any HTTPTransport, upload: Bool = true, credential: RemoteCacheSettings.Credential? = nil) throws -> RemoteStageCache {
        let settings = RemoteCacheSettings(address: try RemoteCacheAddress(parsing: "http://127.0.0.1:9/c"), upload: upload, credential: credential)
        return RemoteStageCache(settings: settings, transport: server, secrets: definition.setSecrets)
    }
}

@Suite struct RemoteCacheTests {
    static let chain = CachedRunTests.chain

    /// Machine A runs and uploads; returns the server.
    static func machineA(_ server: InMemoryCacheServer = InMemoryCacheServer(), json: String = chain,
                         environment: [String: String] = [:], stages: Int = 2) async throws -> CachedHarness {
        let harness = try CachedHarness(json, environment: environment, files: ["src/in.txt": "hello"])
        let runner = harness.copier()
        #expect(try await harness.run(runner, server: server).succeeded)
        #expect(runner.started.count == stages)
        return harness
    }

    @Test func aSecondMachineGetsEveryStageFromTheRemoteWithIdenticalOutputs() async throws {
        let server = InMemoryCacheServer()
        let a = try await Self.machineA(server)
        #expect(server.paths(under: "ac").count == 2, "one record per stage")
        let b = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let runner = b.copier()
        let reporter = CollectingReporter()
        let result = try await b.run(runner, server: server, reporter: reporter)
        #expect(runner.started.isEmpty, "no command runs")
        #expect(result.outcomes.map(\.status) == [.cached, .cached])
        #expect(result.outcomes.allSatisfy { $0.reason?.hasPrefix("remote hit: ") == true })
        for path in ["out/gen.txt", "out/use.txt", ".pipeline/logs/gen.log"] {
            #expect(b.fileSystem.text("/project/" + path) == a.fileSystem.text("/project/" + path), "\(path) is byte-identical")
        }
        #expect(!reporter.all.contains { $0.hasPrefix("notice") })
        // Now local: a third run asks the server nothing.
        let before = server.requests.withLock { $0.count }
        #expect(try await b.run(b.copier(), server: server).outcomes.map(\.status) == [.cached, .cached])
        #expect(server.requests.withLock { $0.count } == before)
    }

    @Test func recordsAreBazelActionResultsWithBlobsUploadedFirst() async throws {
        let server = InMemoryCacheServer()
        _ = try await Self.machineA(server)
        let methods = server.requests.withLock { $0.map { "\($0.method) \($0.path.split(separator: "/")[1])" } }
        #expect(methods.firstIndex(of: "PUT ac")! > methods.firstIndex(of: "PUT cas")!)
        for path in server.paths(under: "ac") {
            let result = try ActionResult.decode(server.files.withLock { $0[path] ?? [] })
            for blob in result.blobs {
                let bytes = try #require(server.files.withLock { $0["/c/cas/" + blob.hash.hex] }, "every blob of a record is on the server")
                #expect(SHA256.hash(bytes) == blob.hash)
                #expect(Int64(bytes.count) == blob.size)
            }
            #expect(result.outputFiles.contains { $0.path == RemoteRecord.metadataPath })
            #expect(result.worker == "pipeline")
        }
    }

    @Test func anAlteredBlobOnTheServerIsAMissAndAWarningNeverAWrongOutput() async throws {
        let server = InMemoryCacheServer()
        _ = try await Self.machineA(server)
        let altered = "/c/cas/" + SHA256.hash("hello").hex
        #expect(server.files.withLock { $0[altered] } != nil)
        server.files.withLock { $0[altered] = Array("HELLO".utf8) }
        let b = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let reporter = CollectingReporter()
        let runner = b.copier()
        let result = try await b.run(runner, server: server, reporter: reporter)
        #expect(result.succeeded)
        // gen runs; use is still a remote hit: its one blob, "hello", is now in the local store,
        // made by gen itself.
        #expect(runner.started.map(\.arguments) == [["copy", "gen.txt", "src/in.txt"]])
        #expect(result.outcomes[1].reason?.hasPrefix("remote hit") == true)
        #expect(b.fileSystem.text("/project/out/gen.txt") == "hello")
        #expect(b.fileSystem.text("/project/out/use.txt") == "hello")
        let notices = reporter.all.filter { $0.hasPrefix("notice") }
        #expect(notices.count == 1)
        #expect(notices.first?.contains("does not match its SHA-256") == true)
    }

    @Test func aServerThatIsDownIsSaidOnceAndTheRunGoesOnLocally() async throws {
        let server = InMemoryCacheServer(.down)
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let reporter = CollectingReporter()
        let runner = harness.copier()
        let result = try await harness.run(runner, server: server, reporter: reporter)
        #expect(result.succeeded)
        #expect(runner.started.count == 2)
        #expect(reporter.all.filter { $0.hasPrefix("notice") }
            == ["notice: remote cache http://127.0.0.1:9/c: cannot connect to 127.0.0.1:9: Connection refused; not used for the rest of this run; stages run locally"])
        #expect(server.requests.withLock { $0.count } == 1, "asked once, then left alone")
        // The local cache still works.
        #expect(try await harness.run(harness.copier(), server: server).outcomes.map(\.status) == [.cached, .cached])
    }

    @Test func failingUploadsAreSaidOnceAndLeaveNoRecord() async throws {
        let server = InMemoryCacheServer(.failingPuts)
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let reporter = CollectingReporter()
        #expect(try await harness.run(harness.copier(), server: server, reporter: reporter).succeeded)
        #expect(reporter.all.filter { $0.hasPrefix("notice") }
            == ["notice: remote cache http://127.0.0.1:9/c: the server failed (HTTP 500 on PUT); results of this run are not uploaded"])
        #expect(server.methods.filter { $0 == "PUT" }.count == 1)
        #expect(server.paths(under: "ac").isEmpty)
    }

    @Test func aReadOnlyMirrorRefusingUploadsStillServesHits() async throws {
        let server = InMemoryCacheServer()
        _ = try await Self.machineA(server)
        server.fault.withLock { $0 = .readOnly }
        let b = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let remote = try b.remote(server)
        let record = CacheRecord(key: SHA256.hash("other"), stage: "x", outputs: [], durationMilliseconds: 1, log: nil, created: 0)
        remote.upload(record, store: CacheStore(root: "/project", fileSystem: b.fileSystem))
        #expect(await remote.finishUploads() == ["remote cache http://127.0.0.1:9/c: the server forbids it (HTTP 403 on PUT); results of this run are not uploaded"])
        let cache = try RunCache(root: "/project", fileSystem: b.fileSystem, time: b.time, secrets: [:], remote: remote)
        let runner = b.copier()
        let result = await Executor(definition: b.definition, plan: try Planner.plan(b.definition, names: []),
                                    options: ExecutorOptions(jobs: 1, keepGoing: false, root: "/project", environment: [:]), runner: runner,
                                    fileSystem: b.fileSystem, time: b.time, reporter: CollectingReporter(), cache: cache).run()
        #expect(result.outcomes.map(\.status) == [.cached, .cached], "reads go on after a refused upload")
        #expect(runner.started.isEmpty)
    }

    @Test func readOnlyUseNeverWrites() async throws {
        let server = InMemoryCacheServer()
        let harness = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        #expect(try await harness.run(harness.copier(), server: server, upload: false).succeeded)
        #expect(!server.methods.contains("PUT"))
        #expect(!server.methods.contains("HEAD"))
        #expect(server.methods.filter { $0 == "GET" }.count == 2, "it still reads")
    }

    @Test func aWrongPasswordIsSaidOnceAndNothingMoreIsAsked() async throws {
        let json = """
        {"version": 1, "secrets": ["CACHE_AUTH"], "stages": {
          "gen": {"kind": "exec", "run": ["copy", "gen.txt", "src/in.txt"], "inputs": ["src/**"], "outputs": ["out/gen.txt"]}
        }}
        """
        let server = InMemoryCacheServer(.requireAuthorization("Basic " + Base64.encode(Array("ci:right-password".utf8))))
        let harness = try CachedHarness(json, environment: ["CACHE_AUTH": "ci:wrong-password"], files: ["src/in.txt": "hello"])
        let reporter = CollectingReporter()
        let result = try await harness.run(harness.copier(), server: server, credential: .basic(secret: "CACHE_AUTH"), reporter: reporter)
        #expect(result.succeeded)
        #expect(reporter.all.filter { $0.hasPrefix("notice") }
            == ["notice: remote cache http://127.0.0.1:9/c: the server refused the credentials (HTTP 401 on GET); not used for the rest of this run; stages run locally"])
        #expect(server.requests.withLock { $0.count } == 1)
        #expect(server.requests.withLock { $0[0].headers.contains(HTTPHeader("Authorization", "Basic " + Base64.encode(Array("ci:wrong-password".utf8)))) })
    }

    @Test func aStageWhoseKeyHoldsASecretIsStoredUnderItsMaskedKeyAndTheValueNeverLeaves() async throws {
        let json = """
        {"version": 1, "secrets": ["API_TOKEN"], "stages": {
          "gen": {"kind": "exec", "run": ["copy", "gen.txt", "src/in.txt"], "inputs": ["src/**"], "outputs": ["out/gen.txt"],
                  "env": {"TOKEN": "${API_TOKEN}"}}
        }}
        """
        let secret = "s3cr3t-value-42"
        let server = InMemoryCacheServer()
        let harness = try await Self.machineA(server, json: json, environment: ["API_TOKEN": secret], stages: 1)
        let local = try #require(CacheStore(root: "/project", fileSystem: harness.fileSystem).lastKey(of: "gen"))
        #expect(server.paths(under: "ac") == ["/c/ac/" + local.hex], "uploaded under the local key, in which the secret is an HMAC")
        let ingredients = String(decoding: try harness.fileSystem.readFile(CacheStore(root: "/project", fileSystem: harness.fileSystem).blobPath(local)), as: UTF8.self)
        #expect(ingredients.contains("«secret API_TOKEN hmac:"))
        for request in server.requests.withLock({ $0 }) {
            let wire = String(decoding: request.serialized(host: "h"), as: UTF8.self)
            #expect(!wire.contains(secret))
        }
    }

    @Test func planSaysRemoteHitAndRemoteMissAndWritesNothing() async throws {
        let server = InMemoryCacheServer()
        _ = try await Self.machineA(server)
        let b = try CachedHarness(Self.chain + "", files: ["src/in.txt": "hello", "src/other.txt": "x"])
        try b.write("src/in.txt", "hello")
        let cache = try RunCache(root: "/project", fileSystem: b.fileSystem, time: b.time, secrets: [:], query: true, remote: b.remote(server))
        let world = PlanningWorld(root: "/project", environment: [:], runner: b.copier(), fileSystem: b.fileSystem, time: b.time)
        let predictions = try await CachePlanner.predict(try Planner.plan(b.definition, names: []), definition: b.definition, cache: cache,
                                                         policy: CachePolicy(), world: world)
        // src/other.txt changes gen's key: a miss everywhere.
        #expect(predictions.map(\.step.reason) == ["never ran; remote miss",
                                                   "runs after 'gen', which runs; cached then if that produces the same outputs"])
        let c = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let cCache = try RunCache(root: "/project", fileSystem: c.fileSystem, time: c.time, secrets: [:], query: true, remote: c.remote(server))
        let cWorld = PlanningWorld(root: "/project", environment: [:], runner: c.copier(), fileSystem: c.fileSystem, time: c.time)
        let hit = try await CachePlanner.predict(try Planner.plan(c.definition, names: []), definition: c.definition, cache: cCache,
                                                 policy: CachePolicy(), world: cWorld)
        #expect(hit.first?.step.reason == "remote hit: inputs unchanged")
        #expect(hit.first?.step.action == .cached)
        #expect(c.fileSystem.kind(of: "/project/.pipeline") == nil, "plan writes nothing")
    }

    @Test func forcedAndNoCacheRunsDoNotAskTheRemote() async throws {
        let server = InMemoryCacheServer()
        _ = try await Self.machineA(server)
        let b = try CachedHarness(Self.chain, files: ["src/in.txt": "hello"])
        let before = server.methods.filter { $0 == "GET" }.count
        let cache = try RunCache(root: "/project", fileSystem: b.fileSystem, time: b.time, secrets: [:], remote: b.remote(server, upload: false))
        let options = ExecutorOptions(jobs: 1, keepGoing: false, root: "/project", environment: [:], cachePolicy: CachePolicy(readCache: false))
        let runner = b.copier()
        let result = await Executor(definition: b.definition, plan: try Planner.plan(b.definition, names: []), options: options, runner: runner,
                                    fileSystem: b.fileSystem, time: b.time, reporter: CollectingReporter(), cache: cache).run()
        #expect(result.succeeded)
        #expect(runner.started.count == 2)
        #expect(server.methods.filter { $0 == "GET" }.count == before)
    }
}

@Suite struct RemoteRecordTests {
    static func record(outputs: [OutputEntry]) -> CacheRecord {
        CacheRecord(key: SHA256.hash("key"), stage: "gen", outputs: outputs, facts: StageFacts(smokedImage: "sha256:abc"),
                    durationMilliseconds: 42, log: SHA256.hash("log"), created: 1_700_000_000_000_000_000)
    }

    @Test func aRecordSurvivesTheRoundTripThroughAnActionResult() throws {
        let original = Self.record(outputs: [OutputEntry(path: "out/a", digest: SHA256.hash("a"), size: 1, permissions: 0o600),
                                             OutputEntry(path: "bin/x", digest: SHA256.hash("x"), size: 1, permissions: 0o755)])
        let metadata = RemoteRecord.metadata(of: original)
        let result = try #require(RemoteRecord.actionResult(original, metadata: ActionResult.BlobDigest(hash: SHA256.hash(metadata), size: Int64(metadata.count)), logSize: 3))
        let decoded = try ActionResult.decode(result.encoded())
        #expect(try RemoteRecord.metadataDigest(of: decoded).hash == SHA256.hash(metadata))
        let back = try RemoteRecord.record(decoded, metadata: metadata, key: original.key, stage: "gen")
        #expect(back == original)
        #expect(back.outputDigest == original.outputDigest)
    }

    @Test(arguments: ["../escape", "/etc/passwd", ".pipeline/cache/x", ".git/config", "a//b", "a/./b", ""])
    func outputPathsFromTheServerMustStayInTheProject(path: String) throws {
        let metadata = RemoteRecord.metadata(of: Self.record(outputs: []))
        let result = ActionResult(outputFiles: [
            ActionResult.OutputFile(path: path.isEmpty ? "x" : path, digest: ActionResult.BlobDigest(hash: SHA256.hash("a"), size: 1), isExecutable: false),
            ActionResult.OutputFile(path: RemoteRecord.metadataPath, digest: ActionResult.BlobDigest(hash: SHA256.hash(metadata), size: Int64(metadata.count)), isExecutable: false),
        ])
        if path.isEmpty {
            #expect(!RemoteRecord.isSafeRelativePath(path))
        } else {
            #expect(throws: RemoteRecord.Unusable.self) { try RemoteRecord.record(result, metadata: metadata, key: SHA256.hash("k"), stage: "gen") }
        }
    }

    @Test func resultsNotWrittenByPipelineOrOfFailedRunsAreRefused() {
        #expect(throws: RemoteRecord.Unusable.self) { try RemoteRecord.metadataDigest(of: ActionResult(outputFiles: [])) }
        #expect(throws: RemoteRecord.Unusable.self) { try RemoteRecord.metadataDigest(of: ActionResult(outputFiles: [], exitCode: 1)) }
    }
}
