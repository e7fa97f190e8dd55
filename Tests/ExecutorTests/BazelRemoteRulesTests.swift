import Basics
import Synchronization
import Testing
import TestSupport
@testable import Executor
@testable import Pipeline

/// What bazel-remote (a Go server of Bazel's HTTP cache) accepts and serves with its default
/// HTTP action-cache validation, restated as our own checks so pipeline's records can be held
/// to them without running it. The rules, from reading its server:
/// - Every address is `[<anything>/](ac|cas)/<64 lower-case hex digits>`; anything else is 400.
/// - A PUT needs a `Content-Length` equal to the body's length. A CAS body must hash to its
///   address; an empty body is refused unless it is the empty blob's.
/// - An action-cache PUT is parsed as binary protobuf (JSON only with `Content-Type:
///   application/json`) and refused (400) unless: each output file, symlink and directory path
///   is not absolute, file and symlink paths are not empty, symlink targets are not empty; each
///   output file has a digest and each output directory a tree digest; every digest given
///   (those, `stdout_digest`, `stderr_digest`) has a size ≥ 0 and a hash of 64 lower-case hex
///   digits. Strings must be UTF-8, as for every proto3 reader. `..` in a path is not checked,
///   and whether the blobs exist is not checked on upload.
/// - An action-cache GET or HEAD answers 404 unless the record passes the same checks and every
///   blob it names (output files without inline contents, output directory trees,
///   `stdout_digest`, `stderr_digest`) is in the CAS with the size the record gives; the empty
///   blob always counts as present. A record uploaded before its blobs is therefore invisible
///   until they arrive.
/// - A record without `execution_metadata.worker` gets the client's address written there.
enum BazelRemoteRules {
    struct Rejection: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A digest as the server reads it: text and number, unchecked.
    struct RawDigest: Hashable {
        var hash = ""
        var size: Int64 = 0
    }

    static let emptyBlob = RawDigest(hash: SHA256.hash([UInt8]()).hex, size: 0)

    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// The area (`ac` or `cas`) and hash an address names, or nil when it is refused.
    static func route(_ path: String) -> (area: String, hash: String)? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, ["ac", "cas"].contains(segments[segments.count - 2]) else { return nil }
        let hash = String(segments[segments.count - 1])
        return isHash(hash) ? (String(segments[segments.count - 2]), hash) : nil
    }

    // MARK: Reading the message as a proto3 reader does

    /// The fields of `bytes`, each checked to have the wire type its number has in the message
    /// (`lengthDelimited` lists those; every other known number is a varint). Unknown numbers
    /// are skipped.
    private static func fields(_ bytes: [UInt8], lengthDelimited: Set<Int>, varint: Set<Int> = []) throws -> [(Int, ProtobufReader.Value)] {
        try ProtobufReader.fields(bytes).filter { field, value in
            switch value {
            case .bytes where lengthDelimited.contains(field), .varint where varint.contains(field): return true
            case _ where lengthDelimited.contains(field) || varint.contains(field):
                throw Rejection("field \(field) has the wrong wire type")
            default: return false
            }
        }
    }

    private static func text(_ value: ProtobufReader.Value) throws -> String {
        guard let text = String(validating: try value.payload(), as: UTF8.self) else { throw Rejection("a string is not UTF-8") }
        return text
    }

    private static func digest(_ value: ProtobufReader.Value) throws -> RawDigest {
        var digest = RawDigest()
        for (field, inner) in try fields(value.payload(), lengthDelimited: [1], varint: [2]) {
            if field == 1 { digest.hash = try text(inner) } else { digest.size = try inner.integer() }
        }
        return digest
    }

    private static func check(_ digest: RawDigest?, _ what: String) throws {
        guard let digest else { return }
        guard digest.size >= 0 else { throw Rejection("\(what): negative size") }
        guard isHash(digest.hash) else { throw Rejection("\(what): invalid hash '\(digest.hash)'") }
    }

    /// What a valid record makes the server look for in its CAS before serving it.
    struct Dependencies {
        var blobs: [RawDigest] = []
        var worker = ""
    }

    /// Checks an uploaded or stored action-cache entry; throws what the server would answer 400
    /// (upload) or 404 (download) for.
    static func validate(_ bytes: [UInt8]) throws -> Dependencies {
        var dependencies = Dependencies()
        for (field, value) in try fields(bytes, lengthDelimited: [2, 3, 5, 6, 7, 8, 9, 10, 11, 12], varint: [4]) {
            switch field {
            case 2:
                var path = "", digest: RawDigest?, inline = false
                for (inner, item) in try fields(value.payload(), lengthDelimited: [1, 2, 5, 7], varint: [4]) {
                    switch inner {
                    case 1: path = try text(item)
                    case 2: digest = try Self.digest(item)
                    case 5: inline = try !item.payload().isEmpty
                    default: continue
                    }
                }
                guard !path.isEmpty else { throw Rejection("output file with an empty path") }
                guard !path.hasPrefix("/") else { throw Rejection("absolute output file path '\(path)'") }
                guard let digest else { throw Rejection("output file '\(path)' without a digest") }
                try check(digest, "output file '\(path)'")
                if !inline { dependencies.blobs.append(digest) }
            case 3:
                var path = "", tree: RawDigest?
                for (inner, item) in try fields(value.payload(), lengthDelimited: [1, 3, 5], varint: [4]) {
                    if inner == 1 { path = try text(item) }
                    if inner == 3 { tree = try Self.digest(item) }
                }
                guard !path.hasPrefix("/") else { throw Rejection("absolute output directory path '\(path)'") }
                guard let tree else { throw Rejection("output directory '\(path)' without a tree digest") }
                try check(tree, "output directory '\(path)'")
                // The server also reads the tree and looks for every file in it; pipeline
                // writes no directories, so the tree alone stands for them here.
                dependencies.blobs.append(tree)
            case 10, 11, 12:
                var path = "", target = ""
                for (inner, item) in try fields(value.payload(), lengthDelimited: [1, 2, 4]) {
                    if inner == 1 { path = try text(item) }
                    if inner == 2 { target = try text(item) }
                }
                guard !path.isEmpty, !target.isEmpty, !path.hasPrefix("/") else { throw Rejection("invalid output symlink '\(path)' -> '\(target)'") }
            case 6, 8:
                let digest = try Self.digest(value)
                try check(digest, field == 6 ? "stdout_digest" : "stderr_digest")
                dependencies.blobs.append(digest)
            case 9:
                for (inner, item) in try fields(value.payload(), lengthDelimited: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) where inner == 1 {
                    dependencies.worker = try text(item)
                }
            default:
                _ = try value.payload()  // stdout_raw / stderr_raw: any bytes
            }
        }
        return dependencies
    }
}

/// A Bazel HTTP cache in memory that answers as bazel-remote does under the rules above, and
/// remembers every refusal.
final class BazelRemoteLikeServer: HTTPTransport, Sendable {
    let files = Mutex<[String: [UInt8]]>([:])
    let refusals = Mutex<[String]>([])
    /// Action-cache uploads that arrived before some blob they name: accepted, but not served
    /// until the blob arrives.
    let earlyRecords = Mutex<[String]>([])

    private func refuse(_ status: Int, _ why: String) -> Result<HTTPResponse, HTTPError> {
        refusals.withLock { $0.append("\(status) \(why)") }
        return .success(HTTPResponse(status: status, body: Array(why.utf8)))
    }

    /// Whether an action-cache entry may be served: valid, and all its blobs in the CAS.
    private func servable(_ bytes: [UInt8]) -> Bool {
        guard let dependencies = try? BazelRemoteRules.validate(bytes) else { return false }
        return dependencies.blobs.allSatisfy { blob in
            blob == BazelRemoteRules.emptyBlob || files.withLock { $0["cas/" + blob.hash] }.map { Int64($0.count) == blob.size } == true
        }
    }

    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, HTTPError> {
        guard let route = BazelRemoteRules.route(request.path) else {
            return refuse(400, "not an (ac|cas)/sha256 address: \(request.path)")
        }
        let (area, hash) = route
        let key = "\(area)/\(hash)"
        switch request.method {
        case "PUT":
            let wire = request.serialized(host: "127.0.0.1")
            guard let head = String(validating: wire.prefix(wire.count - request.body.count), as: UTF8.self),
                  head.split(separator: "\r\n").contains("Content-Length: \(request.body.count)") else {
                return refuse(400, "PUT without a matching Content-Length")
            }
            if area == "cas" {
                guard !request.body.isEmpty || hash == BazelRemoteRules.emptyBlob.hash else { return refuse(400, "empty body for \(hash)") }
                guard SHA256.hash(request.body).hex == hash else { return refuse(400, "body does not hash to \(hash)") }
            } else {
                guard !request.headers.contains(where: { $0.name.lowercased() == "content-type" && $0.value == "application/json" }) else {
                    return refuse(400, "this test server reads binary records only")
                }
                do {
                    _ = try BazelRemoteRules.validate(request.body)
                } catch {
                    return refuse(400, "invalid ActionResult: \(error)")
                }
                if !servable(request.body) { earlyRecords.withLock { $0.append(hash) } }
            }
            files.withLock { $0[key] = request.body }
            return .success(HTTPResponse(status: 200, body: []))
        case "GET", "HEAD":
            guard let body = files.withLock({ $0[key] }), area == "cas" || servable(body) else { return .success(HTTPResponse(status: 404, body: [])) }
            return .success(HTTPResponse(status: 200, body: request.method == "GET" ? body : []))
        default:
            return refuse(405, request.method)
        }
    }

    var records: [[UInt8]] { files.withLock { $0.filter { $0.key.hasPrefix("ac/") }.map(\.value) } }
}

@Suite struct BazelRemoteRulesTests {
    static let blob = SHA256.hash("hello").hex

    static func outputFile(path: String?, hash: String? = blob, size: Int64 = 5) -> ProtobufWriter {
        var file = ProtobufWriter()
        if let path { file.string(1, path) }
        if let hash {
            var digest = ProtobufWriter()
            digest.string(1, hash)
            digest.integer(2, size)
            file.message(2, digest)
        }
        return file
    }

    static func record(_ files: [ProtobufWriter], extra: (inout ProtobufWriter) -> Void = { _ in }) -> [UInt8] {
        var result = ProtobufWriter()
        for file in files { result.message(2, file) }
        extra(&result)
        return result.bytes
    }

    @Test func aWellFormedRecordPassesAndNamesItsBlobs() throws {
        let dependencies = try BazelRemoteRules.validate(Self.record([Self.outputFile(path: "out/a")]) { result in
            var log = ProtobufWriter()
            log.string(1, BazelRemoteRules.emptyBlob.hash)
            result.message(6, log)
        })
        #expect(dependencies.blobs == [BazelRemoteRules.RawDigest(hash: Self.blob, size: 5), BazelRemoteRules.emptyBlob])
    }

    /// Each is something bazel-remote refuses; the checks must refuse it too, or passing them
    /// would prove nothing.
    @Test(arguments: [
        ("absolute path", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "/etc/passwd")])),
        ("empty path", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: nil)])),
        ("no digest", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "a", hash: nil)])),
        ("upper-case hash", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "a", hash: BazelRemoteRulesTests.blob.uppercased())])),
        ("short hash", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "a", hash: String(BazelRemoteRulesTests.blob.dropLast()))])),
        ("prefixed hash", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "a", hash: "sha256:" + BazelRemoteRulesTests.blob)])),
        ("negative size", BazelRemoteRulesTests.record([BazelRemoteRulesTests.outputFile(path: "a", size: -1)])),
        ("bad stdout digest", BazelRemoteRulesTests.record([]) { result in
            var log = ProtobufWriter()
            log.string(1, "x")
            result.message(6, log)
        }),
        ("symlink without target", BazelRemoteRulesTests.record([]) { result in
            var link = ProtobufWriter()
            link.string(1, "a")
            result.message(12, link)
        }),
        ("directory without tree", BazelRemoteRulesTests.record([]) { result in
            var directory = ProtobufWriter()
            directory.string(1, "d")
            result.message(3, directory)
        }),
        ("exit code as a string", BazelRemoteRulesTests.record([]) { $0.string(4, "0") }),
        ("path not UTF-8", BazelRemoteRulesTests.record([]) { result in
            var file = BazelRemoteRulesTests.outputFile(path: nil)
            file.bytes(1, [0xFF, 0xFE])
            result.message(2, file)
        }),
    ] as [(String, [UInt8])])
    func whatBazelRemoteRefusesIsRefused(why: String, bytes: [UInt8]) {
        #expect(throws: BazelRemoteRules.Rejection.self, "\(why)") { try BazelRemoteRules.validate(bytes) }
    }

    @Test func ourEncoderWritesWhatBazelRemoteAccepts() throws {
        let empty = ActionResult.BlobDigest(hash: SHA256.hash([UInt8]()), size: 0)
        let result = ActionResult(
            outputFiles: [ActionResult.OutputFile(path: "out/a b/ü.txt", digest: ActionResult.BlobDigest(hash: SHA256.hash("hello"), size: 5),
                                                  isExecutable: true, unixMode: 0o755),
                          ActionResult.OutputFile(path: "empty", digest: empty, isExecutable: false, unixMode: 0)],
            exitCode: 0, stdoutDigest: empty, worker: "pipeline", startedNanoseconds: -1, completedNanoseconds: 1_700_000_000_000_000_000)
        let dependencies = try BazelRemoteRules.validate(result.encoded())
        #expect(Set(dependencies.blobs) == Set(result.blobs.map { BazelRemoteRules.RawDigest(hash: $0.hash.hex, size: $0.size) }))
        #expect(dependencies.worker == "pipeline", "a worker of our own, so the server does not put the client's address there")
        // A size the encoder was given wrongly would pass the upload checks but hide the record.
        let negative = ActionResult(outputFiles: [ActionResult.OutputFile(path: "a", digest: ActionResult.BlobDigest(hash: SHA256.hash("a"), size: -1), isExecutable: false)])
        #expect(throws: BazelRemoteRules.Rejection.self) { try BazelRemoteRules.validate(negative.encoded()) }
    }

    @Test func aRecordIsServedOnlyOnceEveryBlobIsThereWithItsSize() async throws {
        let server = BazelRemoteLikeServer()
        let key = SHA256.hash("key").hex
        let body = Self.record([Self.outputFile(path: "a")])
        let put = await server.send(HTTPRequest(method: "PUT", path: "/c/ac/" + key, body: body))
        #expect(try put.get().status == 200, "existence is not checked on upload")
        #expect(server.earlyRecords.withLock { $0 } == [key])
        #expect(try await server.send(HTTPRequest(method: "GET", path: "/c/ac/" + key)).get().status == 404)
        #expect(try await server.send(HTTPRequest(method: "PUT", path: "/c/cas/" + Self.blob, body: Array("hellx".utf8))).get().status == 400)
        #expect(try await server.send(HTTPRequest(method: "PUT", path: "/c/cas/" + Self.blob, body: Array("hello".utf8))).get().status == 200)
        #expect(try await server.send(HTTPRequest(method: "GET", path: "/c/ac/" + key)).get().body == body)
        let wrongSize = Self.record([Self.outputFile(path: "a", size: 4)])
        #expect(try await server.send(HTTPRequest(method: "PUT", path: "/c/ac/" + key, body: wrongSize)).get().status == 200)
        #expect(try await server.send(HTTPRequest(method: "HEAD", path: "/c/ac/" + key)).get().status == 404)
        #expect(try await server.send(HTTPRequest(method: "GET", path: "/c/ac/NOTAHASH")).get().status == 400)
    }

    /// A run's records and blobs go through the server's checks untouched, in an order that
    /// never leaves a record waiting for its blobs, and a second machine hits all of them —
    /// outputs with content and empty ones (the empty blob has rules of its own).
    @Test(arguments: ["hello", ""])
    func aRealRunUploadsWhatBazelRemoteAcceptsAndServes(content: String) async throws {
        let server = BazelRemoteLikeServer()
        let a = try CachedHarness(RemoteCacheTests.chain, files: ["src/in.txt": content])
        #expect(try await a.run(a.copier(), server: server).succeeded)
        #expect(server.refusals.withLock { $0 } == [])
        #expect(server.earlyRecords.withLock { $0 } == [], "blobs go first, so a record is served from the moment it is stored")
        #expect(server.records.count == 2)
        for record in server.records {
            let dependencies = try BazelRemoteRules.validate(record)
            #expect(dependencies.blobs.count == 3, "the output, the metadata blob and the log")
            #expect(dependencies.worker == "pipeline")
        }
        let b = try CachedHarness(RemoteCacheTests.chain, files: ["src/in.txt": content])
        let runner = b.copier()
        let result = try await b.run(runner, server: server)
        #expect(runner.started.isEmpty)
        #expect(result.outcomes.allSatisfy { $0.reason?.hasPrefix("remote hit: ") == true })
        #expect(b.fileSystem.text("/project/out/use.txt") == content)
    }

    @Test func aLogOfUnknownSizeGivesNoRecordRatherThanAWrongSize() {
        let record = RemoteRecordTests.record(outputs: [])
        let metadata = ActionResult.BlobDigest(hash: SHA256.hash("m"), size: 1)
        #expect(RemoteRecord.actionResult(record, metadata: metadata, logSize: nil) == nil)
        #expect(RemoteRecord.actionResult(record, metadata: metadata, logSize: 3)?.stdoutDigest?.size == 3)
    }
}
