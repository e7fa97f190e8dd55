import Basics
import Synchronization

/// Remembers each file's content digest by its stat data, so an unchanged file is not read again,
/// and each globbed directory's listing by the directory's stat data, so an unchanged directory
/// is not read again either (a name added, removed or renamed changes its mtime and ctime).
/// Persisted as `.pipeline/cache/stat-index` (see `StatTable`), looked up in place; what a run
/// adds is kept beside it and merged in when saving.
///
/// The racy-clean rule (as git's): a file whose modification time is not safely older than the
/// moment it was hashed could change again within the file system's timestamp granularity
/// without its stat data changing. Such an entry is marked racy and always re-hashed; a racy
/// directory listing is always read again.
final class StatIndex: DirectoryListing, Sendable {
    /// How far a file's mtime must lie behind the hashing time to be trusted. Coarse kernel
    /// clocks, 1-second file systems and clock skew all fit inside it.
    static let granularity: Int64 = 1_000_000_000

    struct Entry: Sendable, Hashable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var device: UInt64
        var executable: Bool
        var digest: Digest
        /// Hashed too soon after its last modification: never reused.
        var racy: Bool

        func matches(_ status: FileStatus) -> Bool {
            status.size == size && status.modified == modified && status.changed == changed
                && status.inode == inode && status.device == device && status.executable == executable
        }
    }

    /// A directory's listing and the stat data it was read under.
    struct Listing: Sendable, Hashable {
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var device: UInt64
        var entries: [DirectoryEntry]
        /// Read too soon after the directory last changed: never reused.
        var racy: Bool

        func matches(_ status: FileStatus) -> Bool {
            status.kind == .directory && status.modified == modified && status.changed == changed
                && status.inode == inode && status.device == device
        }
    }

    /// Everything an index holds, as dictionaries: the whole index at once, for inspecting it
    /// (tests); a run looks entries up in the table itself.
    struct Contents: Sendable {
        var files: [String: Entry] = [:]
        var directories: [String: Listing] = [:]
    }

    /// What this run hashed and listed anew.
    private struct Added {
        var files: [String: Entry] = [:]
        var directories: [String: Listing] = [:]
        var listingsReused = 0
        var hashed = 0
        /// Something was added since the last save.
        var unsaved = false
    }

    private let path: String
    private let fileSystem: any FileSystem
    private let now: @Sendable () -> Int64
    /// The index as loaded; never changed.
    private let table: StatTable
    /// Records of `table` this run relied on; the others are checked for existence when saving.
    private let seenFiles: SeenRecords
    private let seenDirectories: SeenRecords
    private let added = Mutex(Added())
    private let reused = Atomic<Int>(0)

    /// Loads the index at `path`; a missing, unreadable or foreign index starts empty.
    /// `table` when the file was already read (in parallel with loading pipeline.json).
    init(path: String, fileSystem: any FileSystem, now: @escaping @Sendable () -> Int64, table: StatTable? = nil) {
        self.path = path
        self.fileSystem = fileSystem
        self.now = now
        self.table = table ?? Self.read(path, fileSystem)
        seenFiles = SeenRecords(count: self.table.fileCount)
        seenDirectories = SeenRecords(count: self.table.directoryCount)
    }

    static func read(_ path: String, _ fileSystem: any FileSystem) -> StatTable {
        (try? fileSystem.readFile(path)).flatMap(StatTable.init(bytes:)) ?? .empty
    }

    /// The listing of a directory: kept from an earlier read while the directory's stat data is
    /// unchanged and the listing was not racy, else read (and kept). A symlink to a directory,
    /// when followed, is read through the file system every time.
    func entries(ofDirectory absolutePath: String, followingLink: Bool) -> [DirectoryEntry]? {
        guard let status = fileSystem.status(of: absolutePath) else { return nil }
        guard status.kind == .directory else {
            return status.kind == .symlink && followingLink ? try? fileSystem.directoryEntries(absolutePath) : nil
        }
        return try? directoryEntries(absolutePath, status)
    }

    private func directoryEntries(_ absolutePath: String, _ status: FileStatus) throws(FileSystemError) -> [DirectoryEntry] {
        if let record = table.directoryRecord(absolutePath) {
            seenDirectories.insert(record)
            if let listing = table.directory(record), !listing.racy, listing.matches(status) {
                added.withLock { $0.listingsReused += 1 }
                return listing.entries
            }
        }
        let kept = added.withLock { added -> [DirectoryEntry]? in
            guard let listing = added.directories[absolutePath], !listing.racy, listing.matches(status) else { return nil }
            added.listingsReused += 1
            return listing.entries
        }
        if let kept { return kept }
        let readAt = now()
        let entries = try fileSystem.directoryEntries(absolutePath)
        let racy = status.modified >= readAt - Self.granularity || status.changed >= readAt - Self.granularity
        let listing = Listing(modified: status.modified, changed: status.changed, inode: status.inode, device: status.device,
                              entries: entries, racy: racy)
        added.withLock { added in
            added.directories[absolutePath] = listing
            added.unsaved = true
        }
        return entries
    }

    /// Files read for hashing and entries reused, since loading.
    var counts: (hashed: Int, reused: Int) { (added.withLock { $0.hashed }, reused.load(ordering: .relaxed)) }

    /// Directories read and listings reused, since loading.
    var listingCounts: (read: Int, reused: Int) { added.withLock { ($0.directories.count, $0.listingsReused) } }

    /// The digest of what `absolutePath` names, from the index when its stat data is unchanged
    /// and not racy, else by reading it. Nil when it is neither a regular file nor a symlink.
    ///
    /// A symlink enters as what it is, its target path, together with what it leads to: the
    /// content of a file, or the listing and contents of a directory (links inside followed up to
    /// `maximumLinkDepth`). Editing the target or repointing the link both change the digest.
    /// Every stat fact the digest relied on is appended to `witnesses`, so a caller can tell
    /// afterwards whether any of it changed.
    func digest(of absolutePath: String, witnesses: inout [InputWitness]) throws(FileSystemError) -> (digest: Digest, executable: Bool)? {
        guard let status = fileSystem.status(of: absolutePath) else { return nil }
        var near: Int?
        return try digest(of: absolutePath, status: status, witnesses: &witnesses, near: &near)
    }

    /// `digest(of:witnesses:)` for a path whose `lstat` data the caller has. `near`: the index
    /// record of the path looked up before, for a caller going through files in path order.
    func digest(of absolutePath: String, status: FileStatus, witnesses: inout [InputWitness],
                near: inout Int?) throws(FileSystemError) -> (digest: Digest, executable: Bool)? {
        switch status.kind {
        case .file: return try fileDigest(absolutePath, status, witnesses: &witnesses, near: &near)
        case .symlink:
            var visited: Set<String> = []
            return try linkDigest(absolutePath, status, depth: 0, visited: &visited, witnesses: &witnesses)
        case .directory, .other: return nil
        }
    }

    /// `digest(of:witnesses:)` for callers that do not re-check (outputs, restores).
    func digest(of absolutePath: String) throws(FileSystemError) -> (digest: Digest, executable: Bool)? {
        var ignored: [InputWitness] = []
        return try digest(of: absolutePath, witnesses: &ignored)
    }

    /// The digest of the regular file at `absolutePath` whose `lstat` data the caller has.
    func digest(ofFile absolutePath: String, status: FileStatus) throws(FileSystemError) -> (digest: Digest, executable: Bool) {
        var ignored: [InputWitness] = []
        return try fileDigest(absolutePath, status, witnesses: &ignored)
    }

    /// How many links deep a followed symlink is traced before it is hashed by its path alone.
    static let maximumLinkDepth = 8

    private func fileDigest(_ path: String, _ status: FileStatus, witnesses: inout [InputWitness]) throws(FileSystemError) -> (digest: Digest, executable: Bool) {
        var near: Int?
        return try fileDigest(path, status, witnesses: &witnesses, near: &near)
    }

    private func fileDigest(_ path: String, _ status: FileStatus, witnesses: inout [InputWitness],
                            near: inout Int?) throws(FileSystemError) -> (digest: Digest, executable: Bool) {
        // A no-op run comes here for every input file: the loaded table answers without a lock.
        let record = table.fileRecord(path, after: near)
        near = record
        if let record {
            seenFiles.insert(record)
            let entry = table.file(record)
            if !entry.racy, entry.matches(status) {
                reused.wrappingAdd(1, ordering: .relaxed)
                witnesses.append(InputWitness(path: path, status: status, racyDigest: nil))
                return (entry.digest, entry.executable)
            }
        }
        let kept = added.withLock { added -> Entry? in
            guard let entry = added.files[path], !entry.racy, entry.matches(status) else { return nil }
            return entry
        }
        if let kept {
            reused.wrappingAdd(1, ordering: .relaxed)
            witnesses.append(InputWitness(path: path, status: status, racyDigest: nil))
            return (kept.digest, kept.executable)
        }
        let hashedAt = now()
        var hasher = SHA256()
        try fileSystem.readChunks(path) { hasher.update($0) }
        let digest = hasher.finalize()
        // If the file changed while we read it, its stat data no longer matches what we keep;
        // the next lookup then re-hashes.
        let racy = status.modified >= hashedAt - Self.granularity || status.changed >= hashedAt - Self.granularity
        let entry = Entry(size: status.size, modified: status.modified, changed: status.changed, inode: status.inode,
                          device: status.device, executable: status.executable, digest: digest, racy: racy)
        added.withLock { added in
            added.files[path] = entry
            added.hashed += 1
            added.unsaved = true
        }
        witnesses.append(InputWitness(path: path, status: status, racyDigest: racy ? digest : nil))
        return (digest, status.executable)
    }

    private func linkDigest(_ path: String, _ status: FileStatus, depth: Int, visited: inout Set<String>,
                            witnesses: inout [InputWitness]) throws(FileSystemError) -> (digest: Digest, executable: Bool) {
        witnesses.append(InputWitness(path: path, status: status, racyDigest: nil))
        var hasher = SHA256()
        hasher.update("symlink\0" + (fileSystem.readLink(path) ?? "") + "\0")
        var executable = false
        if let real = fileSystem.resolvedPath(path), let followed = fileSystem.status(of: real) {
            switch followed.kind {
            case .file:
                let (digest, isExecutable) = try fileDigest(real, followed, witnesses: &witnesses)
                hasher.update("file\0" + digest.hex)
                executable = isExecutable
            case .directory where depth < Self.maximumLinkDepth && visited.insert(real).inserted:
                hasher.update("directory\0" + (try treeDigest(real, followed, depth: depth + 1, visited: &visited, witnesses: &witnesses)).hex)
            case .directory:
                hasher.update("directory\0(not followed: too deep or a loop)")
            case .symlink, .other:
                hasher.update("other")
            }
        } else {
            hasher.update("missing")
        }
        return (hasher.finalize(), executable)
    }

    /// A directory reached through a symlink: its names, kinds and contents, recursively.
    private func treeDigest(_ directory: String, _ status: FileStatus, depth: Int, visited: inout Set<String>,
                            witnesses: inout [InputWitness]) throws(FileSystemError) -> Digest {
        // A directory's own stat data changes when a name is added, removed or renamed.
        witnesses.append(InputWitness(path: directory, status: status, racyDigest: nil))
        var hasher = SHA256()
        for entry in try fileSystem.directoryEntries(directory) {
            let path = directory + "/" + entry.name
            guard let entryStatus = fileSystem.status(of: path) else { continue }
            switch entryStatus.kind {
            case .file:
                let (digest, executable) = try fileDigest(path, entryStatus, witnesses: &witnesses)
                hasher.update("f\0\(entry.name)\0\(executable ? "x" : "-")\0\(digest.hex)\n")
            case .symlink:
                let (digest, executable) = try linkDigest(path, entryStatus, depth: depth, visited: &visited, witnesses: &witnesses)
                hasher.update("l\0\(entry.name)\0\(executable ? "x" : "-")\0\(digest.hex)\n")
            case .directory:
                guard visited.insert(path).inserted else { continue }
                let digest = try treeDigest(path, entryStatus, depth: depth, visited: &visited, witnesses: &witnesses)
                hasher.update("d\0\(entry.name)\0\(digest.hex)\n")
            case .other:
                hasher.update("o\0\(entry.name)\n")
            }
        }
        return hasher.finalize()
    }

    /// The first witnessed path that is no longer as it was when it was hashed: its stat data
    /// differs, or, for a file hashed within the timestamp granularity of its last change, its
    /// content does. Nil when everything is unchanged.
    func firstChange(among witnesses: [InputWitness]) -> String? {
        for witness in witnesses {
            guard let now = fileSystem.status(of: witness.path), now == witness.status else { return witness.path }
            if let digest = witness.racyDigest {
                var hasher = SHA256()
                guard (try? fileSystem.readChunks(witness.path) { hasher.update($0) }) != nil, hasher.finalize() == digest else {
                    return witness.path
                }
            }
        }
        return nil
    }

    /// Writes the index atomically if anything was added. Entries of the loaded index that
    /// this run did not look at are kept while their file still exists.
    func save() throws(FileSystemError) {
        let fresh = added.withLock { added -> Added? in
            guard added.unsaved else { return nil }
            added.unsaved = false
            return added
        }
        guard let fresh else { return }
        // The loaded records are in path order already: what this run added is merged in,
        // replacing a record of the same path, without sorting everything again. A file that
        // is gone never comes back under the same stat data: its record is dropped.
        let added = fresh.files.sorted { StatTable.precedes($0.key, $1.key) }
        var files: [(key: String, value: Entry)] = []
        files.reserveCapacity(table.fileCount + added.count)
        var next = 0
        for record in 0..<table.fileCount {
            guard let path = table.filePath(record) else { continue }
            while next < added.count, StatTable.precedes(added[next].key, path) {
                files.append(added[next])
                next += 1
            }
            if next < added.count, added[next].key == path { continue }
            guard seenFiles.contains(record) || fileSystem.status(of: path) != nil else { continue }
            files.append((path, table.file(record)))
        }
        files += added[next...]
        var directories = Array(fresh.directories)
        for record in 0..<table.directoryCount {
            guard let path = table.directoryPath(record), fresh.directories[path] == nil, let listing = table.directory(record),
                  seenDirectories.contains(record) || fileSystem.status(of: path) != nil else { continue }
            directories.append((path, listing))
        }
        try fileSystem.writeFileAtomically(path, StatTable.encode(files: files, directories: directories))
    }

    static func kindLetter(_ kind: FileKind) -> UInt8 {
        switch kind {
        case .file: UInt8(ascii: "f")
        case .directory: UInt8(ascii: "d")
        case .symlink: UInt8(ascii: "l")
        case .other: UInt8(ascii: "o")
        }
    }
}

/// One stat fact a cache key relied on: the path, its `lstat` data then, and for a file whose
/// content could still change without its stat data changing (racy), the digest it had.
struct InputWitness: Sendable, Hashable {
    var path: String
    var status: FileStatus
    var racyDigest: Digest?
}
