import Basics
import Testing
import TestSupport
@testable import Executor

/// Symlinked inputs, inputs changed after hashing, and the redactor's handling of multi-line
/// secrets and forced line cuts: the pure halves of the never-wrong, never-leaking rules.
@Suite struct SymlinkInputTests {
    let fileSystem = InMemoryFileSystem(files: ["/p/real/one.txt": "one", "/p/real/two.txt": "two", "/p/lib/a.txt": "a"])

    func index() -> StatIndex {
        StatIndex(path: "/p/.index", fileSystem: fileSystem, now: { [fileSystem] in fileSystem.now + 10_000_000_000 })
    }

    @Test func aLinkIsKeyedByItsTargetPathAndWhatItLeadsTo() throws {
        fileSystem.symlink("/p/cfg", to: "real/one.txt")
        let first = try #require(try index().digest(of: "/p/cfg")).digest
        #expect(first != SHA256.hash("one"), "a link is not the same input as a copy of its target")
        try fileSystem.writeFileAtomically("/p/real/one.txt", Array("ONE".utf8))
        let edited = try #require(try index().digest(of: "/p/cfg")).digest
        #expect(edited != first)
        fileSystem.symlink("/p/cfg", to: "real/two.txt")
        let repointed = try #require(try index().digest(of: "/p/cfg")).digest
        #expect(repointed != edited)
        fileSystem.symlink("/p/cfg", to: "./real/two.txt")
        #expect(try index().digest(of: "/p/cfg")?.digest != repointed, "the link's own text counts, as Docker sends it")
    }

    @Test func aLinkToADirectoryCoversItsFilesAndALoopEnds() throws {
        fileSystem.symlink("/p/src", to: "lib")
        fileSystem.symlink("/p/lib/self", to: "..")
        let first = try #require(try index().digest(of: "/p/src")).digest
        try fileSystem.writeFileAtomically("/p/lib/b.txt", Array("b".utf8))
        #expect(try index().digest(of: "/p/src")?.digest != first)
    }

    @Test func witnessesTellAChangedTargetAndARacyContentChange() throws {
        fileSystem.symlink("/p/cfg", to: "real/one.txt")
        let statIndex = StatIndex(path: "/p/.index", fileSystem: fileSystem, now: { [fileSystem] in fileSystem.now })
        var witnesses: [InputWitness] = []
        _ = try statIndex.digest(of: "/p/cfg", witnesses: &witnesses)
        #expect(witnesses.map(\.path) == ["/p/cfg", "/p/real/one.txt"])
        #expect(statIndex.firstChange(among: witnesses) == nil)
        // Same stat data, new bytes: only the racy re-hash can see it.
        fileSystem.overwriteKeepingStatus("/p/real/one.txt", "uno")
        #expect(statIndex.firstChange(among: witnesses) == "/p/real/one.txt")
        fileSystem.symlink("/p/cfg", to: "real/two.txt")
        #expect(statIndex.firstChange(among: witnesses) == "/p/cfg")
    }
}

@Suite struct RedactorTests {
    @Test func eachLineOfAMultiLineSecretIsASecret() {
        let redactor = Redactor(secrets: ["-----BEGIN-----\r\nMIIEowIBAAK\n}\n-----END-----"])
        #expect(redactor.redact("key: MIIEowIBAAK") == "key: ***")
        #expect(redactor.redact("a } b") == "a } b", "short lines of a secret are not masked everywhere")
        #expect(redactor.redact("-----BEGIN-----\r\nMIIEowIBAAK\n}\n-----END-----") == "***")
    }

    @Test func aCutNeverSplitsASecret() {
        let redactor = Redactor(secrets: ["SECRET"])
        let bytes = Array("xxxxSECRETyy".utf8)
        #expect(redactor.safeCut(bytes, limit: 6) == 4, "moved back to where the secret starts")
        #expect(redactor.safeCut(bytes, limit: 10) == 10, "after the secret is fine")
        #expect(redactor.safeCut(Array("xxxxSEC".utf8), limit: 7) == 4, "a secret may still be arriving")
        #expect(redactor.safeCut(Array("xxé".utf8), limit: 3) == 2, "never inside a UTF-8 character")
    }

    @Test func outcomesAreRedactedWhole() {
        let redactor = Redactor(secrets: ["tok3n"])
        let outcome = StageOutcome(stage: 0, name: "s", status: .failed(reason: "image 'a/tok3n' is bad"), started: nil, finished: nil,
                                   lane: nil, tail: ["echo tok3n"], logPath: nil, reason: "var X: tok3n")
        let redacted = redactor.redact(outcome)
        #expect(redacted.status == .failed(reason: "image 'a/***' is bad"))
        #expect(redacted.tail == ["echo ***"])
        #expect(redacted.reason == "var X: ***")
    }
}

/// What a stage hands downstream is a digest of a documented text; these pin it, so a faster
/// way of writing that text cannot change every key below a cached stage.
@Suite struct OutputDigestTests {
    @Test func isTheDigestOfTheManifestTextInPathOrder() {
        let a = OutputEntry(path: "out/b.bin", digest: SHA256.hash("b"), size: 1, permissions: 0o755)
        let b = OutputEntry(path: "out/a.txt", digest: SHA256.hash("a"), size: 1, permissions: 0o644)
        let facts = StageFacts(encoded: ["imageID": "sha256:1234", "image": "app:1"])
        let text = "out/a.txt\0-\0\(SHA256.hash("a").hex)\nout/b.bin\0x\0\(SHA256.hash("b").hex)\n"
            + "fact\0image\0app:1\nfact\0imageID\0sha256:1234\n"
        #expect(CacheRecord.outputDigest([a, b], facts: facts) == SHA256.hash(text))
        #expect(CacheRecord.outputDigest([b, a], facts: facts) == SHA256.hash(text))
        #expect(CacheRecord.outputDigest([]) == SHA256.hash(""))
    }
}

@Suite struct CacheRecordEncodingTests {
    static let record = CacheRecord(
        key: SHA256.hash("key"), stage: "build image",
        outputs: [OutputEntry(path: "out/with space\nand line.txt", digest: SHA256.hash("a"), size: 12, permissions: 0o600),
                  OutputEntry(path: "out/é/ü.bin", digest: SHA256.hash("b"), size: 0, permissions: 0o755)],
        facts: StageFacts(encoded: ["imageID": "sha256:" + String(repeating: "c", count: 64), "tags": "a:1 a:2"]),
        durationMilliseconds: 1234, log: SHA256.hash("log"), created: -5)

    @Test func anyPathAndFactRoundTrips() throws {
        #expect(try CacheRecord.decode(Self.record.encoded()) == Self.record)
        var bare = Self.record
        bare.log = nil
        bare.outputs = []
        bare.facts = StageFacts()
        #expect(try CacheRecord.decode(bare.encoded()) == bare)
    }

    /// Every prefix is refused, and every flipped bit is refused or changes nothing (the case
    /// of a hex digit), never read as another record.
    @Test func everyTruncationAndFlipIsRefused() {
        let good = Self.record.encoded()
        for length in 0..<good.count {
            #expect(throws: CacheRecord.Corrupt.self) { try CacheRecord.decode(Array(good.prefix(length))) }
        }
        for position in good.indices {
            for bit in 0..<8 {
                var flipped = good
                flipped[position] ^= 1 << bit
                if let decoded = try? CacheRecord.decode(flipped) { #expect(decoded == Self.record, "byte \(position) bit \(bit)") }
            }
        }
    }
}
