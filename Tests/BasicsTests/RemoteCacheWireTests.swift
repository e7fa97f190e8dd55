import Testing
@testable import Basics

@Suite struct ProtobufWireTests {
    @Test func varintsAndLengthDelimitedFieldsUseTheWireFormat() {
        var writer = ProtobufWriter()
        writer.integer(1, 150)
        writer.string(2, "testing")
        writer.integer(3, 0)
        writer.bool(4, true)
        // 150 is the protobuf documentation's own example: 08 96 01.
        #expect(writer.bytes == [0x08, 0x96, 0x01, 0x12, 0x07] + Array("testing".utf8) + [0x20, 0x01])
    }

    @Test func negativeIntegersTakeTenBytesAndReadBack() throws {
        var writer = ProtobufWriter()
        writer.integer(4, -1)
        #expect(writer.bytes.count == 11)
        let fields = try ProtobufReader.fields(writer.bytes)
        #expect(fields.count == 1)
        #expect(try fields[0].value.integer() == -1)
    }

    @Test(arguments: [
        ([0x08], "truncated varint"),
        ([0x12, 0x05, 0x61], "length-delimited field runs past the end"),
        ([0x0B], "unsupported wire type 3"),
        ([0x00, 0x01], "invalid field number"),
        ([0x09, 0x01, 0x02], "truncated fixed-width field"),
    ] as [([UInt8], String)])
    func malformedBytesAreErrorsNotCrashes(bytes: [UInt8], message: String) {
        #expect(throws: ProtobufError(message)) { try ProtobufReader.fields(bytes) }
    }
}

@Suite struct ActionResultTests {
    static let blob = ActionResult.BlobDigest(hash: SHA256.hash("hello"), size: 5)

    @Test func encodesTheFieldsBazelDefines() throws {
        let result = ActionResult(outputFiles: [ActionResult.OutputFile(path: "a", digest: Self.blob, isExecutable: true, unixMode: 0o755)])
        let fields = try ProtobufReader.fields(result.encoded())
        #expect(fields.map(\.field) == [2], "output_files is field 2; exit code 0 is not written")
        let file = try ProtobufReader.fields(fields[0].value.payload())
        #expect(file.map(\.field) == [1, 2, 4, 7], "path, digest, is_executable, node_properties")
        #expect(try file[0].value.text() == "a")
        let digest = try ProtobufReader.fields(file[1].value.payload())
        #expect(try digest[0].value.text() == SHA256.hash("hello").hex)
        #expect(try digest[1].value.integer() == 5)
        let properties = try ProtobufReader.fields(file[3].value.payload())
        #expect(properties.map(\.field) == [3], "unix_mode")
        #expect(try ProtobufReader.fields(properties[0].value.payload())[0].value.integer() == 0o755)
    }

    @Test func roundTripsEverythingARecordUses() throws {
        let result = ActionResult(
            outputFiles: [ActionResult.OutputFile(path: "out/a", digest: Self.blob, isExecutable: false, unixMode: 0o600),
                          ActionResult.OutputFile(path: "bin/x", digest: ActionResult.BlobDigest(hash: SHA256.hash(""), size: 0), isExecutable: true)],
            exitCode: 0, stdoutDigest: Self.blob, worker: "pipeline", startedNanoseconds: 1_700_000_000_123_456_789,
            completedNanoseconds: 1_700_000_001_000_000_000)
        #expect(try ActionResult.decode(result.encoded()) == result)
        #expect(result.blobs.count == 3)
    }

    @Test func unknownFieldsAreSkippedAndUnsupportedOnesRefused() throws {
        var writer = ProtobufWriter()
        writer.string(99, "from a newer writer")
        writer.integer(4, 3)
        #expect(try ActionResult.decode(writer.bytes).exitCode == 3)
        var directories = ProtobufWriter()
        directories.message(3, ProtobufWriter())
        #expect(throws: ProtobufError("output directories and symlinks are not supported")) { try ActionResult.decode(directories.bytes) }
        var badDigest = ProtobufWriter()
        var digest = ProtobufWriter()
        digest.string(1, "not-hex")
        var file = ProtobufWriter()
        file.string(1, "a")
        file.message(2, digest)
        badDigest.message(2, file)
        #expect(throws: ProtobufError.self) { try ActionResult.decode(badDigest.bytes) }
    }
}

@Suite struct HTTPResponseFramingTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func contentLengthFramesTheBodyAndKeepsTheConnection() throws {
        let wire = Self.bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServer: x\r\n\r\nhelloHTTP/1.1")
        let framed = try #require(try HTTPResponseFraming.frame(wire, method: "GET", closed: false))
        #expect(framed.response == HTTPResponse(status: 200, body: Self.bytes("hello")))
        #expect(framed.consumed == wire.count - 8)
        #expect(framed.reusable)
    }

    @Test func incompleteIsAWaitUntilTheServerClosesThenAnError() throws {
        let wire = Self.bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello")
        #expect(try HTTPResponseFraming.frame(wire, method: "GET", closed: false) == nil)
        #expect(throws: HTTPError("the response was cut off: 5 of 10 bytes")) {
            try HTTPResponseFraming.frame(wire, method: "GET", closed: true)
        }
        #expect(throws: HTTPError("the server closed the connection without answering")) {
            try HTTPResponseFraming.frame([], method: "GET", closed: true)
        }
    }

    @Test func chunkedBodiesAreDecoded() throws {
        let wire = Self.bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: x\r\n\r\n")
        let framed = try #require(try HTTPResponseFraming.frame(wire, method: "GET", closed: false))
        #expect(framed.response.body == Self.bytes("hello!"))
        #expect(framed.consumed == wire.count)
        let cut = Array(wire.dropLast(7))
        #expect(try HTTPResponseFraming.frame(cut, method: "GET", closed: false) == nil)
        #expect(throws: HTTPError("the response was cut off in its chunked body")) { try HTTPResponseFraming.frame(cut, method: "GET", closed: true) }
    }

    @Test func headAnswersHaveNoBodyWhateverTheirLength() throws {
        let wire = Self.bytes("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
        let framed = try #require(try HTTPResponseFraming.frame(wire, method: "HEAD", closed: false))
        #expect(framed.response == HTTPResponse(status: 200, body: []))
    }

    @Test func connectionCloseAndHTTP10AreNotReused() throws {
        let close = try #require(try HTTPResponseFraming.frame(Self.bytes("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), method: "GET", closed: false))
        #expect(close.response.status == 404)
        #expect(!close.reusable)
        let old = try #require(try HTTPResponseFraming.frame(Self.bytes("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"), method: "GET", closed: false))
        #expect(!old.reusable)
        let toClose = try #require(try HTTPResponseFraming.frame(Self.bytes("HTTP/1.1 200 OK\r\n\r\nrest of it"), method: "GET", closed: true))
        #expect(toClose.response.body == Self.bytes("rest of it"))
        #expect(!toClose.reusable)
    }

    @Test func garbageIsNotHTTP() {
        #expect(throws: HTTPError("the answer is not HTTP: SSH-2.0-OpenSSH")) {
            try HTTPResponseFraming.frame(Self.bytes("SSH-2.0-OpenSSH\r\n\r\n"), method: "GET", closed: false)
        }
        #expect(throws: HTTPError("invalid Content-Length '-1'")) {
            try HTTPResponseFraming.frame(Self.bytes("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"), method: "GET", closed: false)
        }
    }

    @Test func requestsCarryHostLengthAndHeaders() {
        let request = HTTPRequest(method: "PUT", path: "/c/cas/ab", headers: [HTTPHeader("Authorization", "Bearer t")], body: Self.bytes("xy"))
        #expect(String(decoding: request.serialized(host: "h:1"), as: UTF8.self)
            == "PUT /c/cas/ab HTTP/1.1\r\nHost: h:1\r\nUser-Agent: pipeline\r\nAuthorization: Bearer t\r\nContent-Length: 2\r\n\r\nxy")
        #expect(String(decoding: HTTPRequest(method: "GET", path: "/x").serialized(host: "h:1"), as: UTF8.self)
            == "GET /x HTTP/1.1\r\nHost: h:1\r\nUser-Agent: pipeline\r\n\r\n")
    }
}

@Suite struct RemoteCacheAddressTests {
    @Test(arguments: [
        ("http://127.0.0.1:9090/pipeline", "127.0.0.1", 9090, "/pipeline"),
        ("http://cache.example/", "cache.example", 80, ""),
        ("HTTP://cache.example:8080/a/b///", "cache.example", 8080, "/a/b"),
        ("http://[::1]:9090/c", "::1", 9090, "/c"),
        ("https://cache.example/x", "cache.example", 443, "/x"),
    ] as [(String, String, Int, String)])
    func readsHostPortAndBase(text: String, host: String, port: Int, base: String) throws {
        let address = try RemoteCacheAddress(parsing: text)
        #expect(address.host == host)
        #expect(address.port == port)
        #expect(address.basePath == base)
    }

    @Test func buildsBazelPaths() throws {
        let address = try RemoteCacheAddress(parsing: "http://127.0.0.1:9090/pipeline")
        let digest = SHA256.hash("x")
        #expect(address.path(.cas, digest) == "/pipeline/cas/" + digest.hex)
        #expect(address.path(.ac, digest) == "/pipeline/ac/" + digest.hex)
        #expect(address.hostHeader == "127.0.0.1:9090")
        #expect(try RemoteCacheAddress(parsing: "http://[::1]:80").hostHeader == "[::1]:80")
        #expect(!address.secure)
        #expect(try RemoteCacheAddress(parsing: "https://c.example/p").secure)
        #expect(try RemoteCacheAddress(parsing: "https://c.example/p").description == "https://c.example:443/p")
    }

    @Test(arguments: [
        ("http://user:hunter22@cache.example/x", "credentials do not belong in the address"),
        ("ftp://cache.example", "the scheme must be http or https"),
        ("cache.example:9090", "is not an http:// address"),
        ("http://cache.example:0/", "invalid port"),
        ("http://cache.example:99999/", "invalid port"),
        ("http:///x", "missing or invalid host"),
        ("http://cache.example/a/../b", "'..' segments"),
        ("http://cache.example/a?b=c", "no query"),
    ])
    func refusesWhatItCannotUseSafely(text: String, fragment: String) {
        do {
            _ = try RemoteCacheAddress(parsing: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.contains(fragment), "\(error.description)")
            #expect(!error.description.contains("hunter22"), "the refusal must not echo a password")
        }
    }
}
