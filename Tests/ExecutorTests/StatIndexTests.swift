import Basics
import Testing
import TestSupport
@testable import Executor

@Suite struct StatIndexTests {
    let fileSystem = InMemoryFileSystem(files: ["/p/a.txt": "alpha", "/p/b.txt": "beta"])

    func index(now: Int64) -> StatIndex {
        StatIndex(path: "/p/.index", fileSystem: fileSystem, now: { now })
    }

    @Test func anUnchangedFileIsNotReadAgain() throws {
        let later = fileSystem.now + 10_000_000_000
        let first = index(now: later)
        #expect(try first.digest(of: "/p/a.txt")?.digest == SHA256.hash("alpha"))
        try first.save()
        let second = index(now: later)
        #expect(try second.digest(of: "/p/a.txt")?.digest == SHA256.hash("alpha"))
        #expect(second.counts.hashed == 0)
        #expect(second.counts.reused == 1)
    }

    @Test func aChangedFileIsReadAgain() throws {
        let first = index(now: fileSystem.now + 10_000_000_000)
        _ = try first.digest(of: "/p/a.txt")
        try first.save()
        try fileSystem.writeFileAtomically("/p/a.txt", Array("ALPHA".utf8))
        let second = index(now: fileSystem.now + 10_000_000_000)
        #expect(try second.digest(of: "/p/a.txt")?.digest == SHA256.hash("ALPHA"))
        #expect(second.counts.hashed == 1)
    }

    /// The racy-clean rule: hashed within the timestamp granularity of its last change, a file
    /// could change again without its stat data changing, so it is re-read next time.
    @Test func aFileHashedTooSoonAfterItsChangeIsReadAgainEvenWithIdenticalStatData() throws {
        let soon = fileSystem.now + 200_000_000
        let first = index(now: soon)
        _ = try first.digest(of: "/p/a.txt")
        try first.save()
        fileSystem.overwriteKeepingStatus("/p/a.txt", "omega")
        let second = index(now: soon + 300_000_000)
        #expect(try second.digest(of: "/p/a.txt")?.digest == SHA256.hash("omega"))
        #expect(second.counts.hashed == 1)
    }

    /// The other side of the rule: an entry hashed long after its change is trusted while its
    /// stat data is unchanged (which is why the rule exists).
    @Test func aSettledEntryIsTrustedWhileItsStatDataIsUnchanged() throws {
        let late = fileSystem.now + 5_000_000_000
        let first = index(now: late)
        _ = try first.digest(of: "/p/a.txt")
        try first.save()
        let second = index(now: late)
        _ = try second.digest(of: "/p/a.txt")
        #expect(second.counts.reused == 1)
    }

    @Test func aDamagedIndexIsIgnored() throws {
        try fileSystem.writeFileAtomically("/p/.index", Array("pipeline-stat-index 1\nnot a line\nzz 1 2\n".utf8))
        let damaged = index(now: fileSystem.now + 10_000_000_000)
        #expect(try damaged.digest(of: "/p/b.txt")?.digest == SHA256.hash("beta"))
        try fileSystem.writeFileAtomically("/p/.index", Array("something else entirely".utf8))
        #expect(StatIndex.parse(Array("something else".utf8)).isEmpty)
    }

    @Test func directoriesAndMissingFilesHaveNoDigest() throws {
        let index = index(now: fileSystem.now)
        #expect(try index.digest(of: "/p") == nil)
        #expect(try index.digest(of: "/p/missing") == nil)
    }

    /// Files created and deleted over many runs: the index holds only what still exists.
    @Test func entriesOfDeletedFilesAreDroppedOnSave() throws {
        for round in 0..<20 {
            let path = "/p/gen-\(round).txt"
            try fileSystem.writeFileAtomically(path, Array("round \(round)".utf8))
            let index = index(now: fileSystem.now + 10_000_000_000)
            _ = try index.digest(of: path)
            try index.save()
            try fileSystem.removeItem(path)
        }
        let kept = StatIndex.read("/p/.index", fileSystem)
        #expect(kept.keys.sorted() == ["/p/gen-19.txt"], "only the last round's file, deleted after its save, is left")
        try fileSystem.writeFileAtomically("/p/a.txt", Array("changed".utf8))
        let last = index(now: fileSystem.now + 10_000_000_000)
        _ = try last.digest(of: "/p/a.txt")
        try last.save()
        #expect(StatIndex.read("/p/.index", fileSystem).keys.sorted() == ["/p/a.txt"])
    }
}
