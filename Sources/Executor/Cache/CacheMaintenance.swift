import Basics
import Pipeline

/// `pipeline cache stats | prune | clear`.
public struct CacheMaintenance: Sendable {
    let store: CacheStore
    let fileSystem: any FileSystem

    public init(root: String, fileSystem: any FileSystem) {
        store = CacheStore(root: root, fileSystem: fileSystem)
        self.fileSystem = fileSystem
    }

    /// What the cache holds.
    public struct Stats: Sendable {
        public var records: Int
        public var blobs: Int
        public var bytes: Int64
        /// Hits and misses of the last run, if one was recorded.
        public var lastRun: (hits: Int, misses: Int)?
    }

    /// One file in the store with its size and modification time.
    struct StoredFile {
        var path: String
        var size: Int64
        var modified: Int64
    }

    /// Every file two levels below `subdirectory` (`records/ab/…`, `blobs/ab/…`).
    func files(in subdirectory: String) -> [StoredFile] {
        let base = Paths.join(store.directory, subdirectory)
        var result: [StoredFile] = []
        for shard in (try? fileSystem.directoryEntries(base)) ?? [] where shard.kind == .directory {
            let directory = Paths.join(base, shard.name)
            for entry in (try? fileSystem.directoryEntries(directory)) ?? [] where entry.kind == .file && !entry.name.hasPrefix(".") {
                let path = Paths.join(directory, entry.name)
                if let status = fileSystem.status(of: path) {
                    result.append(StoredFile(path: path, size: status.size, modified: status.modified))
                }
            }
        }
        return result
    }

    public func stats() -> Stats {
        let records = files(in: "records"), blobs = files(in: "blobs")
        let other = [store.statIndexPath, Paths.join(store.directory, "stages"), store.lastRunPath]
            .compactMap { fileSystem.status(of: $0)?.size }.reduce(0, +)
        return Stats(records: records.count, blobs: blobs.count,
                     bytes: records.map(\.size).reduce(0, +) + blobs.map(\.size).reduce(0, +) + other,
                     lastRun: Self.parseLastRun((try? fileSystem.readFile(store.lastRunPath)) ?? []))
    }

    /// Records the hit counts of a run for `cache stats`.
    public func recordRun(hits: Int, misses: Int) throws(FileSystemError) {
        let bytes = Array("hits \(hits)\nmisses \(misses)\n".utf8)
        // Repeated no-op runs record the same counts: skip the write and its two fsyncs.
        if (try? fileSystem.readFile(store.lastRunPath)) == bytes { return }
        try fileSystem.createDirectory(store.directory)
        try fileSystem.writeFileAtomically(store.lastRunPath, bytes)
    }

    static func parseLastRun(_ bytes: [UInt8]) -> (hits: Int, misses: Int)? {
        var values: [String: Int] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        guard let hits = values["hits"], let misses = values["misses"] else { return nil }
        return (hits, misses)
    }

    /// What `prune` removed.
    public struct PruneResult: Sendable, Hashable {
        public var records: Int
        public var blobs: Int
        public var bytes: Int64
        /// Temporary files a killed run left behind (see `staleTemporaryAge`).
        public var temporaryFiles: Int = 0

        public init(records: Int, blobs: Int, bytes: Int64, temporaryFiles: Int = 0) {
            self.records = records
            self.blobs = blobs
            self.bytes = bytes
            self.temporaryFiles = temporaryFiles
        }
    }

    /// A temporary file (`.<name>.<random>.tmp`, from an atomic write) older than this was left
    /// by a run killed mid-write: no write takes that long, so it is removed.
    public static let staleTemporaryAge: Int64 = 15 * 60 * 1_000_000_000

    /// Removes records last used before `now - olderThan`, then the least recently used ones
    /// until the store fits `maxSize`, then every blob no remaining record names, then stale
    /// temporary files. Sorts once and keeps a running size: linear in the records after the sort.
    public func prune(maxSize: Int64?, olderThanNanoseconds: Int64?, now: Int64) -> PruneResult {
        // A record named in `stages` was last used when that file was last written or touched
        // (every run does one or the other); hits do not touch each record.
        let current = Set(store.currentKeys().map { store.recordPath($0) })
        let lastRun = fileSystem.status(of: Paths.join(store.directory, "stages"))?.modified ?? 0
        let records = files(in: "records").map { file in
            current.contains(file.path) ? StoredFile(path: file.path, size: file.size, modified: max(file.modified, lastRun)) : file
        }.sorted { $0.modified < $1.modified }
        var removed = PruneResult(records: 0, blobs: 0, bytes: 0)
        func remove(_ file: StoredFile, isRecord: Bool) {
            guard (try? fileSystem.removeItem(file.path)) != nil else { return }
            if isRecord { removed.records += 1 } else { removed.blobs += 1 }
            removed.bytes += file.size
        }
        // records[first...] are kept.
        var first = 0
        if let olderThanNanoseconds {
            let (cutoff, overflow) = now.subtractingReportingOverflow(olderThanNanoseconds)
            while first < records.count, !overflow, records[first].modified < cutoff {
                remove(records[first], isRecord: true)
                first += 1
            }
        }
        // Which blobs each remaining record keeps alive; an unreadable record keeps none.
        let references: [Set<String>] = records[first...].map { file in
            guard let bytes = try? fileSystem.readFile(file.path), let record = try? CacheRecord.decode(bytes) else { return [] }
            return Set(record.blobs.map { store.blobPath($0) })
        }
        var holders: [String: Int] = [:]
        for blobs in references { for blob in blobs { holders[blob, default: 0] += 1 } }
        let blobs = files(in: "blobs")
        let blobSize = Dictionary(blobs.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        if let maxSize {
            var liveSize = records[first...].reduce(Int64(0)) { $0 + $1.size } + holders.keys.reduce(Int64(0)) { $0 + (blobSize[$1] ?? 0) }
            var next = first
            while next < records.count, liveSize > maxSize {
                remove(records[next], isRecord: true)
                liveSize -= records[next].size
                for blob in references[next - first] {
                    holders[blob, default: 1] -= 1
                    if holders[blob] == 0 {
                        holders[blob] = nil
                        liveSize -= blobSize[blob] ?? 0
                    }
                }
                next += 1
            }
        }
        for blob in blobs where holders[blob.path] == nil { remove(blob, isRecord: false) }
        removed.temporaryFiles = removeStaleTemporaryFiles(now: now)
        return removed
    }

    /// Removes `.*.tmp` files older than `staleTemporaryAge` in the places atomic writes put
    /// them: `.pipeline/`, its `logs/`, the cache directory and every records/blobs shard.
    func removeStaleTemporaryFiles(now: Int64) -> Int {
        let state = Paths.parent(store.directory)
        var directories = [state, Paths.join(state, "logs"), store.directory]
        for sub in ["records", "blobs"] {
            let base = Paths.join(store.directory, sub)
            for shard in (try? fileSystem.directoryEntries(base)) ?? [] where shard.kind == .directory {
                directories.append(Paths.join(base, shard.name))
            }
        }
        var count = 0
        for directory in directories {
            for entry in (try? fileSystem.directoryEntries(directory)) ?? []
            where entry.kind == .file && entry.name.hasPrefix(".") && entry.name.hasSuffix(".tmp") {
                let path = Paths.join(directory, entry.name)
                guard let status = fileSystem.status(of: path), status.modified < now - Self.staleTemporaryAge else { continue }
                if (try? fileSystem.removeItem(path)) != nil { count += 1 }
            }
        }
        return count
    }

    /// Removes the whole cache directory.
    public func clear() throws(FileSystemError) {
        if fileSystem.kind(of: store.directory) != nil { try fileSystem.removeItem(store.directory) }
    }
}
