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

    @Test func aDamagedOrForeignIndexIsIgnored() throws {
        for damaged in ["pipeline-stat-index 1\nnot a line\nzz 1 2\n", "something else entirely", "pipeline-stat-index 2\n"] {
            try fileSystem.writeFileAtomically("/p/.index", Array(damaged.utf8))
            let index = index(now: fileSystem.now + 10_000_000_000)
            #expect(try index.digest(of: "/p/b.txt")?.digest == SHA256.hash("beta"))
            #expect(index.counts.hashed == 1)
        }
    }

    /// Every prefix of a good index and every single flipped byte in it read without a crash,
    /// and a lookup never answers with an entry for another path.
    @Test func truncatedAndFlippedIndexesNeverCrashOrAnswerForAnotherPath() throws {
        try fileSystem.createDirectory("/p/d")
        let later = fileSystem.now + 10_000_000_000
        let first = index(now: later)
        _ = try first.digest(of: "/p/a.txt")
        _ = try first.digest(of: "/p/b.txt")
        _ = first.entries(ofDirectory: "/p", followingLink: false)
        try first.save()
        let good = try fileSystem.readFile("/p/.index")
        var damaged: [[UInt8]] = (0..<good.count).map { Array(good.prefix($0)) }
        for position in good.indices { var copy = good; copy[position] ^= 0xff; damaged.append(copy) }
        for bytes in damaged {
            guard let table = StatTable(bytes: bytes) else { continue }
            for path in ["/p/a.txt", "/p/b.txt", "/p/c.txt"] {
                if let record = table.fileRecord(path) { #expect(table.filePath(record) == path) }
            }
            if let record = table.directoryRecord("/p") {
                #expect(table.directoryPath(record) == "/p")
                _ = table.directory(record)
            }
            _ = table.contents
        }
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
        let kept = StatIndex.read("/p/.index", fileSystem).contents
        #expect(kept.files.keys.sorted() == ["/p/gen-19.txt"], "only the last round's file, deleted after its save, is left")
        try fileSystem.writeFileAtomically("/p/a.txt", Array("changed".utf8))
        let last = index(now: fileSystem.now + 10_000_000_000)
        _ = try last.digest(of: "/p/a.txt")
        try last.save()
        #expect(StatIndex.read("/p/.index", fileSystem).contents.files.keys.sorted() == ["/p/a.txt"])
    }

    @Test func anUnchangedDirectoryIsListedFromTheIndexAndAChangedOneIsRead() throws {
        try fileSystem.createDirectory("/p/src/sub")
        fileSystem.symlink("/p/src/link", to: "../a.txt")
        try fileSystem.writeFileAtomically("/p/src/with space.txt", Array("x".utf8))
        let later = fileSystem.now + 10_000_000_000
        let first = index(now: later)
        let listing = first.entries(ofDirectory: "/p/src", followingLink: false)
        #expect(listing == [DirectoryEntry(name: "link", kind: .symlink), DirectoryEntry(name: "sub", kind: .directory),
                            DirectoryEntry(name: "with space.txt", kind: .file)])
        #expect(first.listingCounts == (1, 0))
        try first.save()

        let second = index(now: later)
        #expect(second.entries(ofDirectory: "/p/src", followingLink: false) == listing)
        #expect(second.listingCounts == (0, 1), "read from the saved index")

        try fileSystem.writeFileAtomically("/p/src/new.txt", Array("n".utf8))
        let third = index(now: fileSystem.now + 10_000_000_000)
        #expect(third.entries(ofDirectory: "/p/src", followingLink: false)?.map(\.name) == ["link", "new.txt", "sub", "with space.txt"])
        #expect(third.listingCounts == (1, 0), "a name added changes the directory's stat data")
        try third.save()
        try fileSystem.removeItem("/p/src/sub")
        let fourth = index(now: fileSystem.now + 10_000_000_000)
        #expect(fourth.entries(ofDirectory: "/p/src", followingLink: false)?.map(\.name) == ["link", "new.txt", "with space.txt"])
    }

    @Test func aListingReadSoonAfterTheDirectoryChangedIsReadAgain() throws {
        try fileSystem.createDirectory("/p/src")
        try fileSystem.writeFileAtomically("/p/src/a", Array("a".utf8))
        let soon = index(now: fileSystem.now + 500_000_000)
        _ = soon.entries(ofDirectory: "/p/src", followingLink: false)
        try soon.save()
        let next = index(now: fileSystem.now + 10_000_000_000)
        _ = next.entries(ofDirectory: "/p/src", followingLink: false)
        #expect(next.listingCounts == (1, 0), "racy: within the timestamp granularity of its last change")
        try next.save()
        let settled = index(now: fileSystem.now + 10_000_000_000)
        _ = settled.entries(ofDirectory: "/p/src", followingLink: false)
        #expect(settled.listingCounts == (0, 1))
    }

    @Test func listingsSurviveTheIndexFileAndGoneDirectoriesAreDropped() throws {
        try fileSystem.createDirectory("/p/keep")
        try fileSystem.createDirectory("/p/gone")
        try fileSystem.writeFileAtomically("/p/keep/x", Array("x".utf8))
        fileSystem.symlink("/p/keep/l", to: "x")
        let first = index(now: fileSystem.now + 10_000_000_000)
        _ = first.entries(ofDirectory: "/p/keep", followingLink: false)
        _ = first.entries(ofDirectory: "/p/gone", followingLink: false)
        try first.save()
        let read = StatIndex.read("/p/.index", fileSystem).contents
        #expect(read.directories["/p/keep"]?.entries == [DirectoryEntry(name: "l", kind: .symlink), DirectoryEntry(name: "x", kind: .file)])
        #expect(read.directories["/p/keep"]?.racy == false)
        #expect(read.directories["/p/gone"]?.entries == [])

        try fileSystem.removeItem("/p/gone")
        try fileSystem.writeFileAtomically("/p/a.txt", Array("changed".utf8))
        let second = index(now: fileSystem.now + 10_000_000_000)
        _ = try second.digest(of: "/p/a.txt")
        try second.save()
        #expect(StatIndex.read("/p/.index", fileSystem).contents.directories.keys.sorted() == ["/p/keep"])
    }

    /// Saves merge what a run added into the loaded records: a changed file's entry replaces
    /// its old one, and the records stay in path order (what the lookup of a directory's next
    /// file relies on to be fast).
    @Test func savesKeepOneRecordPerPathInPathOrder() throws {
        let names = ["/p/m/b", "/p/a", "/p/z", "/p/m/a", "/p/é", "/p/b c"]
        try fileSystem.createDirectory("/p/m")
        for name in names { try fileSystem.writeFileAtomically(name, Array(name.utf8)) }
        for (round, name) in names.enumerated() {
            try fileSystem.writeFileAtomically(names[(round + 3) % names.count], Array("round \(round)".utf8))
            let index = index(now: fileSystem.now + 10_000_000_000)
            for other in names { _ = try index.digest(of: other) }
            #expect(try index.digest(of: name)?.digest == SHA256.hash(fileSystem.text(name) ?? ""))
            try index.save()
        }
        let table = StatIndex.read("/p/.index", fileSystem)
        let paths = (0..<table.fileCount).compactMap(table.filePath)
        #expect(paths == names.sorted { StatTable.precedes($0, $1) })
        for name in names {
            #expect(table.fileRecord(name).map(table.file)?.digest == SHA256.hash(fileSystem.text(name) ?? ""))
        }
    }

    /// Thousands of entries round-trip through the table, colliding hashes and all.
    @Test func manyEntriesRoundTrip() {
        var contents = StatIndex.Contents()
        for i in 0..<5_000 {
            contents.files["/p/src/\(i % 50)/f\(i).txt"] = StatIndex.Entry(size: Int64(i), modified: Int64(i) * 7, changed: -Int64(i), inode: UInt64(i) << 40,
                                                                     device: UInt64.max - UInt64(i), executable: i % 3 == 0,
                                                                     digest: SHA256.hash("\(i)"), racy: i % 5 == 0)
        }
        for i in 0..<50 {
            contents.directories["/p/src/\(i)"] = StatIndex.Listing(modified: Int64(i), changed: Int64(i), inode: UInt64(i), device: 1,
                                                                    entries: [DirectoryEntry(name: "f \(i)", kind: .file), DirectoryEntry(name: "é", kind: .symlink)],
                                                                    racy: i.isMultiple(of: 2))
        }
        contents.directories["/p/empty"] = StatIndex.Listing(modified: 1, changed: 2, inode: 3, device: 4, entries: [], racy: false)
        let table = StatTable(bytes: StatTable.encode(contents))
        #expect(table?.contents.files == contents.files)
        #expect(table?.contents.directories == contents.directories)
        #expect(table?.fileRecord("/p/src/0/f5000.txt") == nil)
        #expect(table?.directoryRecord("/p/src/50") == nil)
    }
}
