import Basics
import Glibc
import SystemIO
import Testing

/// The real file system: atomic writes, listings, recursive removal, errors with errno text.
@Suite struct LocalFileSystemTests {
    let fileSystem = LocalFileSystem()

    @Test func atomicWriteReplacesContentAndLeavesNoTemporaryFiles() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/state.json"
            try fileSystem.writeFileAtomically(path, Array("old contents, longer".utf8))
            try fileSystem.writeFileAtomically(path, Array("new".utf8))
            #expect(try fileSystem.readFile(path) == Array("new".utf8))
            #expect(try fileSystem.listDirectory(directory) == ["state.json"])
        }
    }

    /// Names stat-ed together in their directory say exactly what one `lstat` each says, for
    /// files, links (not followed), directories, missing names, and a directory that is a link
    /// or is missing.
    @Test func statusesInADirectoryEqualOneStatusEach() async throws {
        try await withTemporaryDirectory { directory in
            try fileSystem.createDirectory(directory + "/d/sub")
            try fileSystem.writeFileAtomically(directory + "/d/f", Array("x".utf8))
            #expect(symlink("f", directory + "/d/link") == 0)
            #expect(symlink("d", directory + "/alias") == 0)
            let names = ["f", "link", "sub", "missing", "sub/../f"]
            for folder in [directory + "/d", directory + "/alias", directory + "/nothing"] {
                let together = fileSystem.statuses(of: names, inDirectory: folder)
                #expect(together == names.map { fileSystem.status(of: folder + "/" + $0) }, "\(folder)")
            }
            #expect(fileSystem.statuses(of: ["link"], inDirectory: directory + "/d").first??.kind == .symlink)
        }
    }

    /// A device that never ends (`-f /dev/zero`) costs the limit, not all memory.
    @Test func boundedReadStopsAtTheLimit() async throws {
        #expect(try fileSystem.readFile("/dev/zero", upTo: 100_000).count == 100_000)
        try await withTemporaryDirectory { directory in
            let path = directory + "/small"
            try fileSystem.writeFileAtomically(path, Array("0123456789".utf8))
            #expect(try fileSystem.readFile(path, upTo: 4) == Array("0123".utf8))
            #expect(try fileSystem.readFile(path, upTo: 11) == Array("0123456789".utf8))
            #expect(try fileSystem.readFile(path, upTo: 0).isEmpty)
        }
    }

    @Test func atomicWriteIntoMissingDirectoryFails() async throws {
        try await withTemporaryDirectory { directory in
            #expect(throws: FileSystemError.self) {
                try fileSystem.writeFileAtomically(directory + "/missing/file", [1])
            }
            let left = try fileSystem.listDirectory(directory)
            #expect(left.isEmpty)
        }
    }

    @Test func listDirectorySortsByteWiseWithoutDotEntries() async throws {
        try await withTemporaryDirectory { directory in
            for name in ["b", "a", "C", ".hidden", "é", "a0"] {
                try fileSystem.writeFileAtomically(directory + "/" + name, [])
            }
            try fileSystem.createDirectory(directory + "/sub")
            #expect(try fileSystem.listDirectory(directory) == [".hidden", "C", "a", "a0", "b", "sub", "é"])
        }
    }

    @Test func removeItemIsRecursiveAndDoesNotFollowSymlinks() async throws {
        try await withTemporaryDirectory { directory in
            let outside = directory + "/outside"
            try fileSystem.createDirectory(outside)
            try fileSystem.writeFileAtomically(outside + "/keep", Array("kept".utf8))

            let tree = directory + "/tree"
            try fileSystem.createDirectory(tree + "/a/b/c")
            try fileSystem.writeFileAtomically(tree + "/a/file", [1, 2, 3])
            try fileSystem.writeFileAtomically(tree + "/a/b/c/deep", [4])
            #expect(symlink(outside, tree + "/a/link") == 0)

            try fileSystem.removeItem(tree)
            #expect(fileSystem.kind(of: tree) == nil)
            #expect(try fileSystem.readFile(outside + "/keep") == Array("kept".utf8))
        }
    }

    @Test func kinds() async throws {
        try await withTemporaryDirectory { directory in
            try fileSystem.writeFileAtomically(directory + "/file", [])
            #expect(symlink(directory + "/file", directory + "/link") == 0)
            #expect(fileSystem.kind(of: directory) == .directory)
            #expect(fileSystem.kind(of: directory + "/file") == .file)
            #expect(fileSystem.kind(of: directory + "/link") == .symlink)
            #expect(fileSystem.kind(of: "/dev/null") == .other)
            #expect(fileSystem.kind(of: directory + "/missing") == nil)
        }
    }

    @Test func createDirectoryMakesParentsAndAcceptsExisting() async throws {
        try await withTemporaryDirectory { directory in
            let deep = directory + "/x/y/z"
            try fileSystem.createDirectory(deep)
            try fileSystem.createDirectory(deep)
            #expect(fileSystem.kind(of: deep) == .directory)

            try fileSystem.writeFileAtomically(directory + "/file", [])
            let error = #expect(throws: FileSystemError.self) {
                try fileSystem.createDirectory(directory + "/file")
            }
            #expect(error?.reason == "exists and is not a directory")
        }
    }

    @Test func readFileOfFilesWithoutASize() throws {
        // /proc files report size 0; the content must still come through.
        let status = String(decoding: try fileSystem.readFile("/proc/self/status"), as: UTF8.self)
        #expect(status.hasPrefix("Name:"))
    }

    @Test func readFileOfALargeFile() async throws {
        try await withTemporaryDirectory { directory in
            let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try fileSystem.writeFileAtomically(directory + "/big", bytes)
            #expect(try fileSystem.readFile(directory + "/big") == bytes)
        }
    }

    @Test func errorsCarryErrnoText() {
        let error = #expect(throws: FileSystemError.self) {
            try fileSystem.readFile("/no/such/file")
        }
        #expect(error?.description == "/no/such/file: cannot open: No such file or directory")
    }

    @Test func openForWritingTruncatesAndStreams() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/log"
            try fileSystem.writeFileAtomically(path, Array("previous run, much longer".utf8))
            let file = try fileSystem.openForWriting(path)
            file.write(Array("one ".utf8)[...])
            file.write(Array("two".utf8)[...])
            file.close()
            file.write(Array(" after close".utf8)[...])
            #expect(try fileSystem.readFile(path) == Array("one two".utf8))
            #expect((file as? DescriptorOutputFile)?.firstError == nil)
        }
    }

    @Test func outputFileRecordsWriteFailures() throws {
        // /dev/full fails every write with ENOSPC.
        let file = try #require(try fileSystem.openForWriting("/dev/full") as? DescriptorOutputFile)
        file.write([1, 2, 3])
        #expect(file.firstError?.reason == "cannot write: No space left on device")
        file.close()
    }

    @Test func currentAndRealPath() async throws {
        #expect(LocalFileSystem.currentDirectory().hasPrefix("/"))
        #expect(LocalFileSystem.realPath("/usr/../usr/bin/.") == "/usr/bin")
        #expect(LocalFileSystem.realPath("/no/such/path") == nil)
    }
}
