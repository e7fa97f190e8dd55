import Basics
import Pipeline

/// One file a stage produced, as recorded.
struct OutputEntry: Sendable, Hashable {
    var path: String
    var digest: Digest
    var size: Int64
    /// The file's permission bits, restored as they were (a 0600 key stays 0600).
    var permissions: UInt32

    var executable: Bool { permissions & 0o111 != 0 }
}

/// What a successful run of a stage left behind, stored under its cache key:
/// the outputs with their digests and how it went. The ingredients, whose SHA-256 is the key,
/// are kept as the blob of that digest, read only to explain a miss; a hit reads this small
/// record alone.
struct CacheRecord: Sendable, Hashable {
    static let formatVersion = 1

    var key: Digest
    var stage: String
    var outputs: [OutputEntry]
    /// What the stage handed on (image ID, tags).
    var facts = StageFacts()
    var durationMilliseconds: Int
    var log: Digest?
    /// Wall-clock nanoseconds when it was written.
    var created: Int64

    /// Every blob the record needs kept: outputs, log, and the ingredients (stored under the key).
    var blobs: [Digest] { outputs.map(\.digest) + (log.map { [$0] } ?? []) + [key] }

    /// What downstream stages see of this one: the digest of its output manifest.
    var outputDigest: Digest { Self.outputDigest(outputs, facts: facts) }

    /// Files and facts together: an image ID is as much an output as a file.
    static func outputDigest(_ outputs: [OutputEntry], facts: StageFacts = StageFacts()) -> Digest {
        // `<path>\0<x or ->\0<digest hex>\n` per file by path, then `fact\0<key>\0<value>\n`.
        var text: [UInt8] = []
        text.reserveCapacity(outputs.count * 120)
        let ordered = zip(outputs, outputs.dropFirst()).allSatisfy { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for output in ordered ? outputs : outputs.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            text += output.path.utf8
            text += [0, output.executable ? UInt8(ascii: "x") : UInt8(ascii: "-"), 0]
            output.digest.appendHex(to: &text)
            text.append(UInt8(ascii: "\n"))
        }
        let encoded = facts.encoded
        for key in encoded.keys.sorted() {
            text += "fact\0".utf8
            text += key.utf8
            text.append(0)
            text += (encoded[key] ?? "").utf8
            text.append(UInt8(ascii: "\n"))
        }
        return SHA256.hash(text)
    }

    /// The JSON text followed by a line with its own SHA-256, so a torn or flipped record is
    /// recognised and never taken for a hit.
    func encoded() -> [UInt8] {
        var members: [(String, JSONWriter.Value)] = [
            ("format", .int(Self.formatVersion)),
            ("key", .string(key.hex)),
            ("stage", .string(stage)),
            ("outputs", .array(outputs.map {
                .object([("path", .string($0.path)), ("digest", .string($0.digest.hex)), ("size", .int(Int($0.size))),
                         ("executable", .bool($0.executable)), ("mode", .int(Int($0.permissions)))])
            })),
            ("facts", .object(facts.encoded.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("durationMs", .int(durationMilliseconds)),
            ("created", .int(Int(created))),
        ]
        if let log { members.append(("log", .string(log.hex))) }
        let json = JSONWriter.write(.object(members))
        return Array((json + "\nsha256:" + SHA256.hash(json).hex + "\n").utf8)
    }

    /// Why a record could not be read.
    struct Corrupt: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(_ bytes: [UInt8]) throws(Corrupt) -> CacheRecord {
        // The last line is `sha256:<hex>`; everything before its line break is the JSON.
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        guard let lineBreak = bytes[..<end].lastIndex(of: 0x0A) else { throw Corrupt(description: "no checksum line (truncated?)") }
        let checksumLine = String(decoding: bytes[(lineBreak + 1)..<end], as: UTF8.self)
        let json = String(decoding: bytes[..<lineBreak], as: UTF8.self)
        guard checksumLine.hasPrefix("sha256:") else { throw Corrupt(description: "no checksum line (truncated?)") }
        guard SHA256.hash(json).hex == checksumLine.dropFirst(7) else { throw Corrupt(description: "checksum mismatch") }
        let root: JSONNode
        do {
            root = try JSONParser.parse(json)
        } catch {
            throw Corrupt(description: "invalid JSON at \(error.location): \(error.message)")
        }
        guard case .object(let members) = root.value else { throw Corrupt(description: "not an object") }
        func member(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }
        guard case .number("\(formatVersion)")? = member("format")?.value else { throw Corrupt(description: "unknown record format") }
        guard case .string(let keyHex)? = member("key")?.value, let key = Digest(hex: keyHex),
              case .string(let stage)? = member("stage")?.value,
              case .array(let outputNodes)? = member("outputs")?.value,
              case .number(let durationText)? = member("durationMs")?.value, let duration = Int(durationText),
              case .number(let createdText)? = member("created")?.value, let created = Int64(createdText)
        else { throw Corrupt(description: "missing or malformed fields") }
        var outputs: [OutputEntry] = []
        for node in outputNodes {
            guard case .object(let fields) = node.value else { throw Corrupt(description: "malformed output entry") }
            func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value.value }
            guard case .string(let path)? = field("path"), case .string(let hex)? = field("digest"), let digest = Digest(hex: hex),
                  case .number(let sizeText)? = field("size"), let size = Int64(sizeText),
                  case .bool(let executable)? = field("executable")
            else { throw Corrupt(description: "malformed output entry") }
            // Records written before modes were kept know only the execute bit.
            var permissions = FileStatus.permissions(executable: executable)
            if case .number(let modeText)? = field("mode"), let mode = UInt32(modeText), mode <= 0o7777 { permissions = mode }
            outputs.append(OutputEntry(path: path, digest: digest, size: size, permissions: permissions))
        }
        var encodedFacts: [String: String] = [:]
        if case .object(let items)? = member("facts")?.value {
            for item in items {
                guard case .string(let value) = item.value.value else { throw Corrupt(description: "malformed facts") }
                encodedFacts[item.key] = value
            }
        }
        let facts = StageFacts(encoded: encodedFacts)
        var log: Digest?
        if case .string(let hex)? = member("log")?.value { log = Digest(hex: hex) }
        return CacheRecord(key: key, stage: stage, outputs: outputs, facts: facts, durationMilliseconds: duration,
                           log: log, created: created)
    }
}
