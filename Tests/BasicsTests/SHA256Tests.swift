import Foundation
import Testing
import TestSupport
@testable import Basics

/// The implementations this machine can run; SHA-NI drops out on CPUs without it.
private let implementations = SHA256.Implementation.allCases.filter(\.isAvailable)

extension SHA256.Implementation: CustomTestStringConvertible {
    public var testDescription: String { name }
}

private func hash(_ bytes: [UInt8], with implementation: SHA256.Implementation) -> Digest {
    var hasher = SHA256(implementation: implementation)
    #expect(hasher.implementationInUse == implementation)
    hasher.update(bytes)
    return hasher.finalize()
}

/// Reproducible pseudo-random bytes, so a failing size fails the same way again.
private func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(state: seed)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count + 8)
    while bytes.count < count {
        withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0) }
    }
    return Array(bytes.prefix(count))
}

@Suite struct SHA256Tests {
    // FIPS 180-2, appendix B.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ], implementations)
    func nistVectors(vector: (message: String, hex: String), implementation: SHA256.Implementation) {
        #expect(hash(Array(vector.message.utf8), with: implementation).hex == vector.hex)
    }

    @Test(arguments: implementations)
    func oneMillionAInOddChunks(implementation: SHA256.Implementation) {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let chunkSizes = [1, 3, 7, 61, 63, 65, 127, 997, 4099]
        var hasher = SHA256(implementation: implementation)
        var offset = 0
        var turn = 0
        while offset < million.count {
            let end = min(offset + chunkSizes[turn % chunkSizes.count], million.count)
            hasher.update(million[offset..<end])
            offset = end
            turn += 1
        }
        #expect(hasher.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: implementations)
    func everySplitOfA131ByteMessageMatchesOneShot(implementation: SHA256.Implementation) {
        let message = pseudoRandomBytes(count: 131, seed: 131)
        let expected = hash(message, with: implementation)
        for split in 0...message.count {
            var hasher = SHA256(implementation: implementation)
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
        var byteByByte = SHA256(implementation: implementation)
        for byte in message { byteByByte.update([byte]) }
        #expect(byteByByte.finalize() == expected)
    }

    @Test func implementationsAgreeOnEveryLengthAcrossThreeBlocks() {
        let message = pseudoRandomBytes(count: 200, seed: 200)
        for length in 0...message.count {
            let digests = Set(implementations.map { hash(Array(message[..<length]), with: $0) })
            #expect(digests.count == 1, "length \(length)")
        }
    }

    @Test func finalizeLeavesTheHashUsable() {
        var hasher = SHA256()
        hasher.update("ab")
        let early = hasher.finalize()
        #expect(hasher.finalize() == early)
        var fork = hasher
        hasher.update("c")
        fork.update("d")
        #expect(early == SHA256.hash("ab"))
        #expect(hasher.finalize() == SHA256.hash("abc"))
        #expect(fork.finalize() == SHA256.hash("abd"))
    }

    @Test func everyUpdateOverloadFeedsTheSameBytes() {
        let text = "größer als 🐳"
        let bytes = Array(text.utf8)
        let expected = SHA256.hash(bytes)
        #expect(SHA256.hash(text) == expected)

        var fromSlice = SHA256()
        fromSlice.update(([0] + bytes + [0])[1...bytes.count])
        #expect(fromSlice.finalize() == expected)

        var fromBuffer = SHA256()
        fromBuffer.update(UnsafeRawBufferPointer(start: nil, count: 0))
        bytes.withUnsafeBytes { fromBuffer.update($0) }
        #expect(fromBuffer.finalize() == expected)
    }

    @Test func defaultImplementationIsTheFastestAvailable() {
        let forced = ProcessInfo.processInfo.environment["PIPELINE_SHA256"] == "portable"
        let expected = forced || !SHA256.Implementation.shaNI.isAvailable ? "portable" : "sha-ni"
        #expect(SHA256.implementation == expected)
        #expect(SHA256().implementationInUse.name == expected)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func matchesSha256sumOnFilesOfManySizes() throws {
        let sizes = [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, (1 << 20) + 3, 5 << 20]
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sha256-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var contents: [String: [UInt8]] = [:]
        for size in sizes {
            let path = directory.appendingPathComponent("\(size).bin").path
            let bytes = pseudoRandomBytes(count: size, seed: UInt64(size) &+ 1)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            contents[path] = bytes
        }

        // One process for all files: this test is about the digests, not about spawning.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = sizes.map { directory.appendingPathComponent("\($0).bin").path }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let listing = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let lines = String(decoding: listing, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == sizes.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 1)
            let expected = String(fields[0])
            let path = String(fields[1].drop(while: { $0 == " " || $0 == "*" }))
            let bytes = try #require(contents[path])
            for implementation in implementations {
                #expect(hash(bytes, with: implementation).hex == expected, "\(path), \(implementation.name)")
            }
        }
    }
}

/// One RFC 4231 case, named by its number so test output stays readable.
struct HMACCase: Sendable, CustomTestStringConvertible {
    var number: Int
    var key: [UInt8]
    var message: [UInt8]
    var expected: String
    var testDescription: String { "RFC 4231 case \(number)" }
}

@Suite struct HMACTests {
    // Cases 1–4, 6 and 7; case 5 truncates the output, which this API does not.
    @Test(arguments: [
        HMACCase(
            number: 1, key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8),
            expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        HMACCase(
            number: 2, key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8),
            expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        HMACCase(
            number: 3, key: [UInt8](repeating: 0xaa, count: 20), message: [UInt8](repeating: 0xdd, count: 50),
            expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        HMACCase(
            number: 4, key: Array(1...25), message: [UInt8](repeating: 0xcd, count: 50),
            expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        HMACCase(
            number: 6, key: [UInt8](repeating: 0xaa, count: 131),
            message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        HMACCase(
            number: 7, key: [UInt8](repeating: 0xaa, count: 131),
            message: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8
            ),
            expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ])
    func rfc4231(testCase: HMACCase) {
        #expect(HMAC.sha256(key: testCase.key, message: testCase.message).hex == testCase.expected)
    }
}

@Suite struct DigestTests {
    @Test func hexRoundTrips() throws {
        let digest = SHA256.hash("abc")
        #expect(digest.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest.description == digest.hex)
        #expect(digest.short == "ba7816bf")
        #expect(try #require(Digest(hex: digest.hex)) == digest)
        #expect(try #require(Digest(hex: digest.hex.uppercased())) == digest)
        #expect(Digest(bytes: digest.bytes) == digest)
        #expect(digest.bytes.count == 32)
        #expect(digest.bytes.prefix(3) == [0xba, 0x78, 0x16])
    }

    @Test(arguments: [
        "",
        "ba7816bf",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        // Just past each range of digits: '/', ':', '@', 'G', '`', 'g'.
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a/",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a:",
        "ba7816bf8f01cfea@14140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ffG1f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a39617`a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223g00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a ",
        " ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        // 64 bytes of UTF-8, but not 64 hex digits.
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015é",
    ])
    func invalidHexIsRejected(hex: String) {
        #expect(Digest(hex: hex) == nil)
    }

    @Test func ordersByBytesLikeHex() throws {
        let hexes = ["00", "01", "7f", "80", "ff"].flatMap { first in
            ["00", "ff"].map { last in first + String(repeating: "5", count: 60) + last }
        }
        let digests = try hexes.map { try #require(Digest(hex: $0)) }
        #expect(digests.sorted().map(\.hex) == hexes.sorted())
        #expect(Set(digests).count == hexes.count)
    }
}
