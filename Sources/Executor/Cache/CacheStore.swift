import Basics
import Pipeline
import Synchronization

/// The files under `.pipeline/cache/` (DESIGN.md §6):
///
/// - `records/ab/<key>`: action records, one per cache key;
/// - `blobs/ab/<digest>`: output files and logs, content-addressed;
/// - `stages`: the key of each stage's last successful run (what `explain` diffs against);
/// - `stat-index`: see `StatIndex`;
/// - `last-run`: hit and miss counts of the last run.
///
/// Every write is atomic (temporary file, fsync, rename) and blobs are written before the
/// record that names them, so a run killed at any moment leaves nothing that reads as a hit.
public final class CacheStore: Sendable {
    public let directory: String
    let fileSystem: any FileSystem
    private let lastKeys: Mutex<(keys: [String: Digest], changed: Bool)>
    static let stagesHeader = "pipeline-stages 1"

    /// The cache of the project at `root`.
    public init(root: String, fileSystem: any FileSystem) {
        directory = Paths.join(root, ".pipeline/cache")
        self.fileSystem = fileSystem
        lastKeys = Mutex((Self.parseStages((try? fileSystem.readFile(Paths.join(directory, "stages"))) ?? []), false))
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

    /// Marks a record as used now, for `cache prune --older-than`.
    func touchRecord(_ key: Digest) {
        try? fileSystem.touch(recordPath(key))
    }

    /// Copies a file into the blob store unless a blob with its digest is already there.
    func storeBlob(from path: String, digest: Digest) throws(FileSystemError) {
        let blob = blobPath(digest)
        if fileSystem.kind(of: blob) == .file { return }
        try fileSystem.createDirectory(Paths.parent(blob))
        try fileSystem.copyFileAtomically(from: path, to: blob, executable: false)
    }

    /// Why a blob could not be restored.
    struct BlobError: Error, CustomStringConvertible {
        var description: String
    }

    /// Copies a blob to `path` after checking that its content still has `digest`.
    func restoreBlob(_ digest: Digest, to path: String, executable: Bool) throws(BlobError) {
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
            try fileSystem.copyFileAtomically(from: blob, to: path, executable: executable)
        } catch {
            throw BlobError(description: "cannot restore \(path): \(error.reason)")
        }
    }

    /// Stores the canonical ingredients text as the blob of its own digest, the cache key.
    func storeIngredients(_ key: StageKey) throws(FileSystemError) {
        let blob = blobPath(key.key)
        if fileSystem.kind(of: blob) == .file { return }
        try fileSystem.createDirectory(Paths.parent(blob))
        try fileSystem.writeFileAtomically(blob, Array(key.text.utf8))
    }

    /// The ingredients behind `key`, if their blob is intact.
    func ingredients(of key: Digest) -> CacheIngredients? {
        guard let bytes = try? fileSystem.readFile(blobPath(key)) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard SHA256.hash(text) == key, let node = try? JSONParser.parse(text) else { return nil }
        return CacheIngredients(json: node)
    }

    /// The key of a stage's last successful run.
    func lastKey(of stage: String) -> Digest? { lastKeys.withLock { $0.keys[stage] } }

    func setLastKey(_ key: Digest, of stage: String) {
        lastKeys.withLock { state in
            if state.keys[stage] != key {
                state.keys[stage] = key
                state.changed = true
            }
        }
    }

    /// Writes `stages` if anything changed.
    func saveLastKeys() throws(FileSystemError) {
        let snapshot = lastKeys.withLock { $0.changed ? $0.keys : nil }
        guard let snapshot else { return }
        var text = Self.stagesHeader + "\n"
        for (stage, key) in snapshot.sorted(by: { $0.key < $1.key }) { text += "\(key.hex) \(stage)\n" }
        try fileSystem.createDirectory(directory)
        try fileSystem.writeFileAtomically(Paths.join(directory, "stages"), Array(text.utf8))
        lastKeys.withLock { $0.changed = false }
    }

    static func parseStages(_ bytes: [UInt8]) -> [String: Digest] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.first == Substring(stagesHeader) else { return [:] }
        var result: [String: Digest] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2, let key = Digest(hex: String(parts[0])) { result[String(parts[1])] = key }
        }
        return result
    }

    /// The project's HMAC key for secrets in cache keys, created on first use (mode 0600 is
    /// not needed: it only guards against offline guessing from a shared cache). Kept outside
    /// `cache/` so `cache clear` does not change every key that involves a secret.
    public static func secretKey(root: String, fileSystem: any FileSystem) throws(FileSystemError) -> [UInt8] {
        let path = Paths.join(root, ".pipeline/secret-key")
        if let bytes = try? fileSystem.readFile(path), bytes.count == 32 { return bytes }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try fileSystem.createDirectory(Paths.parent(path))
        try fileSystem.writeFileAtomically(path, key)
        return key
    }
}
