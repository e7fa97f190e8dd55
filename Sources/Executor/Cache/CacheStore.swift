import Basics
import Pipeline
import Synchronization

/// The files under `.pipeline/cache/`:
///
/// - `records/ab/<key>`: action records, one per cache key;
/// - `blobs/ab/<digest>`: output files and logs, content-addressed;
/// - `stages`: each stage's last successful run, key and record (what `explain` diffs against,
///   and all a no-op run needs to read);
/// - `stat-index`: see `StatIndex`;
/// - `last-run`: hit and miss counts of the last run.
///
/// Every write is atomic (temporary file, fsync, rename) and blobs are written before the
/// record that names them, so a run killed at any moment leaves nothing that reads as a hit.
public final class CacheStore: Sendable {
    public let directory: String
    let fileSystem: any FileSystem
    /// Read on first use: maintenance commands never need it.
    private let lastRunsState: Mutex<(runs: [String: LastRun]?, changed: Bool)>
    /// The `stages` file read ahead with its records decoded: answers lookups without the lock
    /// until the first change, when `lastRunsState` takes over.
    private let preloaded: [String: LastRun]?
    private let lastRunsChanged = Atomic<Bool>(false)
    static let stagesHeader = "pipeline-stages 3"

    /// The cache of the project at `root`; `lastRuns` when `stages` was already read
    /// (`readLastRuns`).
    public init(root: String, fileSystem: any FileSystem, lastRuns: [String: LastRun]? = nil) {
        directory = Paths.join(root, ".pipeline/cache")
        self.fileSystem = fileSystem
        preloaded = lastRuns
        lastRunsState = Mutex((nil, false))
    }

    /// The `stages` file, each record decoded and checked once (a run asks for every one).
    static func readLastRuns(directory: String, fileSystem: any FileSystem) -> [String: LastRun] {
        var runs = parseStages((try? fileSystem.readFile(Paths.join(directory, "stages"))) ?? [])
        for (stage, run) in runs {
            guard let bytes = run.record, let record = try? CacheRecord.decode(bytes), record.key == run.key else { continue }
            runs[stage]?.decoded = record
        }
        return runs
    }

    var statIndexPath: String { Paths.join(directory, "stat-index") }
    var lastRunPath: String { Paths.join(directory, "last-run") }

    func recordPath(_ key: Digest) -> String {
        let hex = key.hex
        return Paths.join(directory, "records/\(hex.prefix(2))/\(hex)")
    }

    func blobPath(_ digest: Digest) -> String {
        let hex = digest.hex
        return Paths.join(directory, "blobs/\(hex.prefix(2))/\(hex)")
    }

    enum Lookup {
        case found(CacheRecord)
        case missing
        case corrupt(String)
    }

    func readRecord(_ key: Digest) -> Lookup {
        let path = recordPath(key)
        guard fileSystem.kind(of: path) != nil else { return .missing }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readFile(path)
        } catch {
            return .corrupt(error.description)
        }
        // A record of the JSON format before this one is no use, but not damaged either.
        if bytes.first == UInt8(ascii: "{") { return .missing }
        do {
            let record = try CacheRecord.decode(bytes)
            guard record.key == key else { return .corrupt("\(path): holds the record of another key") }
            return .found(record)
        } catch {
            return .corrupt("\(path): \(error.description)")
        }
    }

    func writeRecord(_ record: CacheRecord) throws(FileSystemError) {
        let path = recordPath(record.key)
        try fileSystem.createDirectory(Paths.parent(path))
        try fileSystem.writeFileAtomically(path, record.encoded())
    }

    /// Copies a file into the blob store unless a blob with its digest is already there.
    func storeBlob(from path: String, digest: Digest) throws(FileSystemError) {
        let blob = blobPath(digest)
        if fileSystem.kind(of: blob) == .file { return }
        try fileSystem.createDirectory(Paths.parent(blob))
        // Readable by the owner only: a blob may be a private key some stage generated.
        try fileSystem.copyFileAtomically(from: path, to: blob, permissions: 0o600)
    }

    /// Writes fetched bytes as the blob `digest` (the caller checked they hash to it).
    func storeBlob(bytes: [UInt8], digest: Digest) throws(FileSystemError) {
        let blob = blobPath(digest)
        if fileSystem.kind(of: blob) == .file { return }
        try fileSystem.createDirectory(Paths.parent(blob))
        try fileSystem.writeFileAtomically(blob, bytes)
    }

    /// Why a blob could not be restored.
    struct BlobError: Error, CustomStringConvertible {
        var description: String
    }

    /// Copies a blob to `path` after checking that its content still has `digest`.
    func restoreBlob(_ digest: Digest, to path: String, permissions: UInt32) throws(BlobError) {
        let blob = blobPath(digest)
        var hasher = SHA256()
        do {
            try fileSystem.readChunks(blob) { hasher.update($0) }
        } catch {
            throw BlobError(description: "blob \(digest.short)… is missing from the cache")
        }
        guard hasher.finalize() == digest else {
            // Remove it, or the next store of these bytes would find it present and keep it.
            try? fileSystem.removeItem(blob)
            throw BlobError(description: "blob \(digest.short)… is corrupt")
        }
        do {
            try fileSystem.createDirectory(Paths.parent(path))
            try fileSystem.copyFileAtomically(from: blob, to: path, permissions: permissions)
        } catch {
            throw BlobError(description: "cannot restore \(path): \(error.reason)")
        }
    }

    /// Runs `body` on the last runs, reading `stages` the first time.
    private func withLastRuns<T>(_ body: (inout [String: LastRun], inout Bool) -> T) -> T {
        lastRunsState.withLock { state in
            // take() leaves the dictionary uniquely referenced, so changes do not copy it.
            var runs = state.runs.take() ?? preloaded ?? Self.parseStages((try? fileSystem.readFile(Paths.join(directory, "stages"))) ?? [])
            defer { state.runs = runs }
            return body(&runs, &state.changed)
        }
    }

    /// Stores the canonical ingredients text as the blob of its own digest, the cache key.
    func storeIngredients(_ key: StageKey) throws(FileSystemError) {
        let blob = blobPath(key.key)
        if fileSystem.kind(of: blob) == .file { return }
        try fileSystem.createDirectory(Paths.parent(blob))
        try fileSystem.writeFileAtomically(blob, key.text)
    }

    /// The ingredients behind `key`, if their blob is intact.
    func ingredients(of key: Digest) -> CacheIngredients? {
        guard let bytes = try? fileSystem.readFile(blobPath(key)) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard SHA256.hash(text) == key, let node = try? JSONParser.parse(text) else { return nil }
        return CacheIngredients(json: node)
    }

    /// The key of a stage's last successful run.
    func lastKey(of stage: String) -> Digest? { lastRun(of: stage)?.key }

    /// A stage's entry: without the lock while nothing changed since the preloaded read.
    private func lastRun(of stage: String) -> LastRun? {
        if let preloaded, !lastRunsChanged.load(ordering: .acquiring) { return preloaded[stage] }
        return withLastRuns { runs, _ in runs[stage] }
    }

    /// The record of a stage's last run, from the `stages` file: a no-op run reads this one
    /// file instead of a record file per stage. Its checksum is verified like a record file's.
    func lastRecord(of stage: String) -> CacheRecord? {
        guard let run = lastRun(of: stage), let bytes = run.record else { return nil }
        if let decoded = run.decoded { return decoded }
        guard let record = try? CacheRecord.decode(bytes), record.key == run.key else { return nil }
        withLastRuns { runs, _ in
            if runs[stage]?.record == bytes { runs[stage]?.decoded = record }
        }
        return record
    }

    /// Remembers `record` as its stage's last successful run.
    func setLastRun(_ record: CacheRecord) {
        // A hit on the last run's own key changes nothing (records under one key are equal).
        if lastRun(of: record.stage).map({ $0.key == record.key && $0.record != nil }) ?? false { return }
        let encoded = record.encoded()
        // Said before the change is made: a lookup that sees no change may read the preloaded copy.
        lastRunsChanged.store(true, ordering: .releasing)
        withLastRuns { runs, changed in
            if runs[record.stage]?.record != encoded {
                runs[record.stage] = LastRun(key: record.key, record: encoded)
                changed = true
            }
        }
    }

    /// Writes `stages` if anything changed, else marks it used now: `cache prune` counts the
    /// records it names as used when it was last written or touched.
    ///
    /// After a header line, each stage as `<key hex> <record length> <name length> <name>`, a
    /// line feed, then that many bytes of its record (0 when it has none).
    func saveLastKeys() throws(FileSystemError) {
        let path = Paths.join(directory, "stages")
        let snapshot = withLastRuns { runs, changed in changed ? runs : nil }
        guard let snapshot else {
            if fileSystem.kind(of: path) == .file { try fileSystem.touch(path) }
            return
        }
        var bytes = Array((Self.stagesHeader + "\n").utf8)
        for (stage, run) in snapshot.sorted(by: { $0.key < $1.key }) {
            run.key.appendHex(to: &bytes)
            bytes += " \(run.record?.count ?? 0) \(stage.utf8.count) \(stage)\n".utf8
            bytes += run.record ?? []
        }
        try fileSystem.createDirectory(directory)
        try fileSystem.writeFileAtomically(path, bytes)
        withLastRuns { _, changed in changed = false }
    }

    /// One entry of `stages`: the key, and the record's bytes when known.
    public struct LastRun: Sendable {
        var key: Digest
        var record: [UInt8]?
        /// `record` decoded and verified, once: a run asks for it more than once per stage.
        var decoded: CacheRecord? = nil
    }

    /// Works on bytes: the file holds a record per stage and is read by every run. Reading
    /// stops at the first entry that does not parse (the rest count as never run).
    static func parseStages(_ bytes: [UInt8]) -> [String: LastRun] {
        var result: [String: LastRun] = [:]
        let header = Array((stagesHeader + "\n").utf8)
        guard bytes.starts(with: header) else { return result }
        bytes.withUnsafeBufferPointer { buffer in
            var position = header.count
            func number() -> Int? {
                var value = 0
                let start = position
                while position < buffer.count, (0x30...0x39).contains(buffer[position]), position - start < 12 {
                    value = value * 10 + Int(buffer[position] - 0x30)
                    position += 1
                }
                guard position > start, position < buffer.count, buffer[position] == 0x20 else { return nil }
                position += 1
                return value
            }
            while position + 65 < buffer.count {
                guard let key = Digest(hexBytes: UnsafeBufferPointer(rebasing: buffer[position..<(position + 64)])),
                      buffer[position + 64] == 0x20 else { return }
                position += 65
                guard let recordLength = number(), let nameLength = number(), position + nameLength < buffer.count,
                      buffer[position + nameLength] == 0x0A else { return }
                let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<(position + nameLength)]), as: UTF8.self)
                position += nameLength + 1
                guard position + recordLength <= buffer.count else { return }
                let record = recordLength == 0 ? nil : Array(buffer[position..<(position + recordLength)])
                position += recordLength
                result[name] = LastRun(key: key, record: record)
            }
        }
        return result
    }

    /// The keys every stage's last run has: records `cache prune` keeps longest.
    func currentKeys() -> Set<Digest> { withLastRuns { runs, _ in Set(runs.values.map(\.key)) } }

    /// The project's HMAC key for secrets in cache keys, created on first use (mode 0600 is
    /// not needed: it only guards against offline guessing from a shared cache). Kept outside
    /// `cache/` so `cache clear` does not change every key that involves a secret.
    /// The project's HMAC key if one was made, without making one.
    static func existingSecretKey(root: String, fileSystem: any FileSystem) -> [UInt8]? {
        guard let bytes = try? fileSystem.readFile(Paths.join(root, ".pipeline/secret-key")), bytes.count == 32 else { return nil }
        return bytes
    }

    public static func secretKey(root: String, fileSystem: any FileSystem) throws(FileSystemError) -> [UInt8] {
        if let key = existingSecretKey(root: root, fileSystem: fileSystem) { return key }
        let path = Paths.join(root, ".pipeline/secret-key")
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try fileSystem.createDirectory(Paths.parent(path))
        try fileSystem.writeFileAtomically(path, key)
        return key
    }
}
