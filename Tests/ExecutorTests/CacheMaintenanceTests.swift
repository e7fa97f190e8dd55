import Basics
import Testing
import TestSupport
@testable import Executor

/// `cache prune`: what it keeps, what it removes, and the leftovers of killed runs.
@Suite struct CacheMaintenanceTests {
    let fileSystem = InMemoryFileSystem()
    let store: CacheStore
    let maintenance: CacheMaintenance

    init() {
        store = CacheStore(root: "/p", fileSystem: fileSystem)
        maintenance = CacheMaintenance(root: "/p", fileSystem: fileSystem)
    }

    func digest(_ text: String) -> Digest {
        var hasher = SHA256()
        hasher.update(text)
        return hasher.finalize()
    }

    /// A blob holding `text`, written at the file system's current time.
    @discardableResult
    func blob(_ text: String) throws -> Digest {
        let digest = digest(text)
        try fileSystem.createDirectory(Paths.parent(store.blobPath(digest)))
        try fileSystem.writeFileAtomically(store.blobPath(digest), Array(text.utf8))
        return digest
    }

    /// A record of stage `name`, written at `time`, naming `outputs` (and its own ingredients blob).
    @discardableResult
    func record(_ name: String, at time: Int64, outputs: [Digest]) throws -> Digest {
        fileSystem.now = time
        let key = try blob("ingredients of " + name)
        try store.writeRecord(CacheRecord(key: key, stage: name, outputs: outputs.enumerated().map {
            OutputEntry(path: "out\($0.offset)", digest: $0.element, size: 1, permissions: 0o644)
        }, durationMilliseconds: 1, log: nil, created: time))
        return key
    }

    func exists(_ digest: Digest, record: Bool = false) -> Bool {
        fileSystem.kind(of: record ? store.recordPath(digest) : store.blobPath(digest)) != nil
    }

    /// Oldest first until the rest fits; a blob shared with a kept record stays.
    @Test func aRunWithTheSameCountsAsTheLastDoesNotRewriteThem() throws {
        try maintenance.recordRun(hits: 3, misses: 0)
        let written = try #require(fileSystem.status(of: store.lastRunPath))
        try maintenance.recordRun(hits: 3, misses: 0)
        #expect(fileSystem.status(of: store.lastRunPath) == written, "a repeated no-op writes nothing")
        try maintenance.recordRun(hits: 2, misses: 1)
        #expect(fileSystem.status(of: store.lastRunPath) != written)
        #expect(CacheMaintenance.parseLastRun(try fileSystem.readFile(store.lastRunPath))! == (2, 1))
    }

    @Test func maxSizeRemovesTheLeastRecentlyUsedAndKeepsSharedBlobs() throws {
        let shared = try blob(String(repeating: "s", count: 1000))
        let onlyOld = try blob(String(repeating: "o", count: 1000))
        let old = try record("old", at: 1, outputs: [shared, onlyOld])
        let middle = try record("middle", at: 2, outputs: [shared])
        let new = try record("new", at: 3, outputs: [try blob("n")])
        let everything = maintenance.stats().bytes
        // Dropping "old" frees its record, its ingredients and onlyOld (1000 bytes), enough.
        let result = maintenance.prune(maxSize: everything - 1000, olderThanNanoseconds: nil, now: 10)
        #expect(result.records == 1)
        #expect(!exists(old, record: true) && !exists(onlyOld) && !exists(old))
        #expect(exists(middle, record: true) && exists(new, record: true) && exists(shared))
        #expect(maintenance.stats().bytes <= everything - 1000)
        let all = maintenance.prune(maxSize: 0, olderThanNanoseconds: nil, now: 10)
        #expect(all.records == 2)
        #expect(maintenance.stats().records == 0 && maintenance.stats().blobs == 0)
    }

    @Test func olderThanRemovesByAgeAndAHugeAgeRemovesNothing() throws {
        let old = try record("old", at: 1_000, outputs: [])
        let new = try record("new", at: 5_000, outputs: [])
        #expect(maintenance.prune(maxSize: nil, olderThanNanoseconds: Int64.max, now: 6_000).records == 0)
        #expect(maintenance.prune(maxSize: nil, olderThanNanoseconds: 2_000, now: 6_000).records == 1)
        #expect(!exists(old, record: true) && exists(new, record: true))
    }

    /// `.x.<random>.tmp` files are what a run killed during an atomic write leaves; they are
    /// never entries, and prune removes them once they are old enough not to be in progress.
    @Test func staleTemporaryFilesAreRemovedAndNeverCounted() throws {
        let kept = try record("kept", at: 1, outputs: [])
        let shard = Paths.parent(store.recordPath(kept))
        let leftovers = [shard + "/.abc.x1.tmp", "/p/.pipeline/cache/.stat-index.x2.tmp", "/p/.pipeline/logs/.s.log.x3.tmp",
                         Paths.parent(store.blobPath(kept)) + "/.def.x4.tmp"]
        fileSystem.now = 100
        for path in leftovers {
            try fileSystem.createDirectory(Paths.parent(path))
            try fileSystem.writeFileAtomically(path, [1, 2, 3])
        }
        fileSystem.now = 10_000
        try fileSystem.writeFileAtomically(shard + "/.fresh.x5.tmp", [1])
        #expect(maintenance.stats().records == 1)
        #expect(maintenance.stats().blobs == 1)

        let early = maintenance.prune(maxSize: nil, olderThanNanoseconds: 1_000_000, now: 10_005)
        #expect(early.temporaryFiles == 0, "a write in progress is left alone")
        let later = maintenance.prune(maxSize: nil, olderThanNanoseconds: Int64.max, now: 1_000 + CacheMaintenance.staleTemporaryAge)
        #expect(later.temporaryFiles == 4)
        for path in leftovers { #expect(fileSystem.kind(of: path) == nil, "\(path)") }
        #expect(fileSystem.kind(of: shard + "/.fresh.x5.tmp") != nil)
        #expect(exists(kept, record: true))
    }
}
