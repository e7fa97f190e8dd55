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

    /// The record as lines, every name and value given with its length in bytes first (so any
    /// byte may appear in a path), then a line with the SHA-256 of everything before it, so a
    /// torn or flipped record is recognised and never taken for a hit:
    ///
    ///     pipeline-record 2
    ///     key <hex>
    ///     stage <length> <name>
    ///     duration <milliseconds>
    ///     created <nanoseconds>
    ///     log <hex>                                          (when there is a log)
    ///     output <hex> <size> <mode> <length> <path>         (each output)
    ///     fact <length> <key> <length> <value>               (each fact, by key)
    ///     sha256:<hex>
    ///
    /// Read on every hit of every stage, so written to be parsed without a JSON tree.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + outputs.count * 160)
        func text(_ string: String) { out += string.utf8 }
        func sized(_ string: String) { text(" \(string.utf8.count) "); text(string) }
        text(Self.header + "\nkey ")
        key.appendHex(to: &out)
        text("\nstage")
        sized(stage)
        text("\nduration \(durationMilliseconds)\ncreated \(created)\n")
        if let log {
            text("log ")
            log.appendHex(to: &out)
            text("\n")
        }
        for output in outputs {
            text("output ")
            output.digest.appendHex(to: &out)
            text(" \(output.size) \(output.permissions)")
            sized(output.path)
            text("\n")
        }
        let encodedFacts = facts.encoded
        for factKey in encodedFacts.keys.sorted() {
            text("fact")
            sized(factKey)
            sized(encodedFacts[factKey] ?? "")
            text("\n")
        }
        let checksum = SHA256.hash(out)
        text("sha256:")
        checksum.appendHex(to: &out)
        text("\n")
        return out
    }

    static let header = "pipeline-record 2"

    /// Why a record could not be read.
    struct Corrupt: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(_ bytes: [UInt8]) throws(Corrupt) -> CacheRecord {
        try bytes.withUnsafeBufferPointer { buffer throws(Corrupt) in try decode(buffer) }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Corrupt) -> CacheRecord {
        // The last line is `sha256:<hex>`; everything before it is what it sums.
        let checksum = Array("sha256:".utf8)
        let end = bytes.count - 1
        guard bytes.count > 72, bytes[end] == 0x0A, bytes[end - 72] == 0x0A,
              Array(bytes[(end - 71)..<(end - 64)]) == checksum else { throw Corrupt(description: "no checksum line (truncated?)") }
        let body = UnsafeBufferPointer(rebasing: bytes[..<(end - 71)])
        var hasher = SHA256()
        hasher.update(UnsafeRawBufferPointer(body))
        guard let stored = Digest(hexBytes: UnsafeBufferPointer(rebasing: bytes[(end - 64)..<end])), hasher.finalize() == stored else {
            throw Corrupt(description: "checksum mismatch")
        }
        var reader = RecordReader(bytes: body)
        guard reader.take(header), reader.endOfLine() else { throw Corrupt(description: "unknown record format") }
        func malformed(_ what: String) -> Corrupt { Corrupt(description: "malformed \(what)") }
        guard reader.take("key"), let key = reader.digest(), reader.endOfLine(),
              reader.take("stage"), let stage = reader.sized(), reader.endOfLine(),
              reader.take("duration"), let duration = reader.integer(), reader.endOfLine(),
              reader.take("created"), let created = reader.integer(), reader.endOfLine()
        else { throw malformed("header fields") }
        var log: Digest?
        var outputs: [OutputEntry] = []
        var facts: [String: String] = [:]
        while !reader.atEnd {
            if reader.take("output") {
                guard let digest = reader.digest(), let size = reader.integer(), let mode = reader.integer(), (0...0o7777).contains(mode),
                      let path = reader.sized(), reader.endOfLine() else { throw malformed("output entry") }
                outputs.append(OutputEntry(path: path, digest: digest, size: size, permissions: UInt32(mode)))
            } else if reader.take("fact") {
                guard let name = reader.sized(), let value = reader.sized(), reader.endOfLine() else { throw malformed("facts") }
                facts[name] = value
            } else if reader.take("log") {
                guard log == nil, let digest = reader.digest(), reader.endOfLine() else { throw malformed("log line") }
                log = digest
            } else {
                throw malformed("line")
            }
        }
        return CacheRecord(key: key, stage: stage, outputs: outputs, facts: StageFacts(encoded: facts),
                           durationMilliseconds: Int(duration), log: log, created: created)
    }
}

/// Reads a record's fields: space-separated words, decimal integers, hex digests and
/// length-prefixed strings, lines ending in a line feed.
private struct RecordReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var atEnd: Bool { position >= bytes.count }

    /// Consumes `word` when it comes next, followed by a space or the line's end (the space
    /// consumed too).
    mutating func take(_ word: String) -> Bool {
        let end = position + word.utf8.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(word.utf8),
              end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x0A else { return false }
        position = end < bytes.count && bytes[end] == 0x20 ? end + 1 : end
        return true
    }

    mutating func endOfLine() -> Bool {
        guard position < bytes.count, bytes[position] == 0x0A else { return false }
        position += 1
        return true
    }

    mutating func integer() -> Int64? {
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        var value: Int64 = 0
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(bytes[position] - 0x30))
            guard !overflowA, !overflowB else { return nil }
            value = sum
            position += 1
        }
        guard position > start + (negative ? 1 : 0) else { return nil }
        if position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return negative ? -value : value
    }

    mutating func digest() -> Digest? {
        guard position + 64 <= bytes.count, let digest = Digest(hexBytes: UnsafeBufferPointer(rebasing: bytes[position..<(position + 64)]))
        else { return nil }
        position += 64
        if position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return digest
    }

    /// `<length> <bytes>`.
    mutating func sized() -> String? {
        guard let length = integer(), length >= 0, position + Int(length) <= bytes.count else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + Int(length))]), as: UTF8.self)
        position += Int(length)
        if position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return text
    }
}
