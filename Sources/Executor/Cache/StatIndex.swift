import Basics
import Synchronization

/// Remembers each file's content digest by its stat data, so an unchanged file is not read again,
/// and each globbed directory's listing by the directory's stat data, so an unchanged directory
/// is not read again either (a name added, removed or renamed changes its mtime and ctime).
/// Persisted as `.pipeline/cache/stat-index`.
///
/// The racy-clean rule (as git's): a file whose modification time is not safely older than the
/// moment it was hashed could change again within the file system's timestamp granularity
/// without its stat data changing. Such an entry is marked racy and always re-hashed; a racy
/// directory listing is always read again.
final class StatIndex: DirectoryListing, Sendable {
    /// How far a file's mtime must lie behind the hashing time to be trusted. Coarse kernel
    /// clocks, 1-second file systems and clock skew all fit inside it.
    static let granularity: Int64 = 1_000_000_000
    static let header = "pipeline-stat-index 1"

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
        /// Looked up since loading (not stored): the others are checked for existence when saving.
        var seen = false

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
        /// Listed since loading (not stored).
        var seen = false

        func matches(_ status: FileStatus) -> Bool {
            status.kind == .directory && status.modified == modified && status.changed == changed
                && status.inode == inode && status.device == device
        }
    }

    /// Everything the index file holds.
    struct Contents: Sendable {
        var files: [String: Entry] = [:]
        var directories: [String: Listing] = [:]
    }

    private struct State {
        var entries: [String: Entry]
        var directories: [String: Listing]
        var changed = false
        var hashed = 0
        var reused = 0
        var listed = 0
        var listingsReused = 0
    }

    private let path: String
    private let fileSystem: any FileSystem
    private let now: @Sendable () -> Int64
    private let state: Mutex<State>

    /// Loads the index at `path`; a missing or unreadable index starts empty.
    /// `contents` when the file was already read (in parallel with loading pipeline.json).
    init(path: String, fileSystem: any FileSystem, now: @escaping @Sendable () -> Int64, contents: Contents? = nil) {
        self.path = path
        self.fileSystem = fileSystem
        self.now = now
        let contents = contents ?? Self.read(path, fileSystem)
        state = Mutex(State(entries: contents.files, directories: contents.directories))
    }

    static func read(_ path: String, _ fileSystem: any FileSystem) -> Contents {
        parse((try? fileSystem.readFile(path)) ?? [])
    }

    /// The listing of a directory: kept from an earlier read while the directory's stat data is
    /// unchanged and the listing was not racy, else read (and kept). Anything but a directory
    /// (a symlink to one) is read through the file system every time.
    func directoryEntries(_ absolutePath: String) throws(FileSystemError) -> [DirectoryEntry] {
        guard let status = fileSystem.status(of: absolutePath), status.kind == .directory else {
            return try fileSystem.directoryEntries(absolutePath)
        }
        let kept = state.withLock { state -> [DirectoryEntry]? in
            guard let index = state.directories.index(forKey: absolutePath) else { return nil }
            let listing = state.directories.values[index]
            guard !listing.racy, listing.matches(status) else { return nil }
            state.directories.values[index].seen = true
            state.listingsReused += 1
            return listing.entries
        }
        if let kept { return kept }
        let readAt = now()
        let entries = try fileSystem.directoryEntries(absolutePath)
        let racy = status.modified >= readAt - Self.granularity || status.changed >= readAt - Self.granularity
        let listing = Listing(modified: status.modified, changed: status.changed, inode: status.inode, device: status.device,
                              entries: entries, racy: racy, seen: true)
        state.withLock { state in
            state.directories[absolutePath] = listing
            state.changed = true
            state.listed += 1
        }
        return entries
    }

    /// Files read for hashing and entries reused, since loading.
    var counts: (hashed: Int, reused: Int) { state.withLock { ($0.hashed, $0.reused) } }

    /// Directories read and listings reused, since loading.
    var listingCounts: (read: Int, reused: Int) { state.withLock { ($0.listed, $0.listingsReused) } }

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
        switch status.kind {
        case .file: return try fileDigest(absolutePath, status, witnesses: &witnesses)
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

    /// How many links deep a followed symlink is traced before it is hashed by its path alone.
    static let maximumLinkDepth = 8

    private func fileDigest(_ path: String, _ status: FileStatus, witnesses: inout [InputWitness]) throws(FileSystemError) -> (digest: Digest, executable: Bool) {
        // One lookup under one lock: a no-op run comes here for every input file.
        let cached = state.withLock { state -> Entry? in
            guard let index = state.entries.index(forKey: path) else { return nil }
            let entry = state.entries.values[index]
            guard !entry.racy, entry.matches(status) else { return nil }
            state.entries.values[index].seen = true
            state.reused += 1
            return entry
        }
        if let cached {
            witnesses.append(InputWitness(path: path, status: status, racyDigest: nil))
            return (cached.digest, cached.executable)
        }
        let hashedAt = now()
        var hasher = SHA256()
        try fileSystem.readChunks(path) { hasher.update($0) }
        let digest = hasher.finalize()
        // If the file changed while we read it, its stat data no longer matches what we keep;
        // the next lookup then re-hashes.
        let racy = status.modified >= hashedAt - Self.granularity || status.changed >= hashedAt - Self.granularity
        let entry = Entry(size: status.size, modified: status.modified, changed: status.changed, inode: status.inode,
                          device: status.device, executable: status.executable, digest: digest, racy: racy, seen: true)
        state.withLock { state in
            state.entries[path] = entry
            state.changed = true
            state.hashed += 1
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

    /// Writes the index atomically if anything changed. Entries for files that no longer exist
    /// are dropped.
    func save() throws(FileSystemError) {
        let (pending, unseen) = state.withLock { state -> (Contents?, [String]) in
            guard state.changed else { return (nil, []) }
            return (Contents(files: state.entries, directories: state.directories),
                    state.entries.filter { !$0.value.seen }.map(\.key) + state.directories.filter { !$0.value.seen }.map(\.key))
        }
        guard let pending else { return }
        var snapshot = pending.files
        var directories = pending.directories
        // A file that is gone never comes back under the same stat data: forget it.
        for path in unseen where fileSystem.status(of: path) == nil {
            snapshot[path] = nil
            directories[path] = nil
        }
        var text = Self.header + "\n"
        // Unsorted: order does not matter to the reader, and sorting 10,000 paths costs more
        // than the write.
        for (path, entry) in snapshot where !path.contains("\n") {
            text += "\(entry.digest.hex) \(entry.size) \(entry.modified) \(entry.changed) \(Int64(bitPattern: entry.inode)) \(Int64(bitPattern: entry.device)) "
            text += (entry.executable ? "x" : "-") + (entry.racy ? "r" : "-") + " " + path + "\n"
        }
        // `d <mtime> <ctime> <inode> <device> <flags> <path>` then, NUL-separated, each entry as
        // its kind letter and name. Names cannot hold NUL; one holding a newline is not kept.
        for (path, listing) in directories where !path.contains("\n") && !listing.entries.contains(where: { $0.name.contains("\n") }) {
            text += "d \(listing.modified) \(listing.changed) \(Int64(bitPattern: listing.inode)) \(Int64(bitPattern: listing.device)) "
            text += (listing.racy ? "-r " : "-- ") + path
            for entry in listing.entries { text += "\0" + Self.kindLetter(entry.kind) + entry.name }
            text += "\n"
        }
        try fileSystem.writeFileAtomically(path, Array(text.utf8))
        state.withLock { $0.changed = false }
    }

    static func kindLetter(_ kind: FileKind) -> String {
        switch kind {
        case .file: "f"
        case .directory: "d"
        case .symlink: "l"
        case .other: "o"
        }
    }

    /// Reads the text format; any line that does not parse is skipped (it is only a cache).
    /// Works on bytes: this runs on every build, over every input file of the project.
    static func parse(_ bytes: [UInt8]) -> Contents {
        let headerBytes = Array((header + "\n").utf8)
        guard bytes.starts(with: headerBytes) else { return Contents() }
        var contents = Contents()
        bytes.withUnsafeBufferPointer { buffer in
            // Sized up front: growing a dictionary of 10,000 paths rehashes them again and again.
            var lines = 0
            for byte in buffer where byte == 0x0A { lines += 1 }
            contents.files.reserveCapacity(lines)
            var position = headerBytes.count
            while position < buffer.count {
                var end = position
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                if end - position > 2, buffer[position] == UInt8(ascii: "d"), buffer[position + 1] == 0x20 {
                    if let (path, listing) = parseDirectoryLine(buffer, position + 2, end) { contents.directories[path] = listing }
                } else if let (path, entry) = parseLine(buffer, position, end) {
                    contents.files[path] = entry
                }
                position = end + 1
            }
        }
        return contents
    }

    /// `<mtime> <ctime> <inode> <device> <flags> <path>(\0<kind><name>)*` between `start` and `end`.
    private static func parseDirectoryLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Listing)? {
        var cursor = start
        guard let modified = integer(buffer, &cursor, end), let changed = integer(buffer, &cursor, end),
              let inode = integer(buffer, &cursor, end), let device = integer(buffer, &cursor, end),
              let flags = field(buffer, &cursor, end), flags.count == 2, cursor < end else { return nil }
        var parts = UnsafeBufferPointer(rebasing: buffer[cursor..<end]).split(separator: 0, omittingEmptySubsequences: false)
        let path = String(decoding: parts.removeFirst(), as: UTF8.self)
        var entries: [DirectoryEntry] = []
        entries.reserveCapacity(parts.count)
        for part in parts {
            guard let letter = part.first, part.count > 1 else { return nil }
            let kind: FileKind
            switch letter {
            case UInt8(ascii: "f"): kind = .file
            case UInt8(ascii: "d"): kind = .directory
            case UInt8(ascii: "l"): kind = .symlink
            case UInt8(ascii: "o"): kind = .other
            default: return nil
            }
            entries.append(DirectoryEntry(name: String(decoding: part.dropFirst(), as: UTF8.self), kind: kind))
        }
        return (path, Listing(modified: modified, changed: changed, inode: UInt64(bitPattern: inode), device: UInt64(bitPattern: device),
                              entries: entries, racy: buffer[flags.lowerBound + 1] == UInt8(ascii: "r")))
    }

    /// The next space-terminated field at `cursor`, which moves past it.
    private static func field(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, _ end: Int) -> Range<Int>? {
        let begin = cursor
        while cursor < end, buffer[cursor] != 0x20 { cursor += 1 }
        guard cursor < end, cursor > begin else { return nil }
        defer { cursor += 1 }
        return begin..<cursor
    }

    /// The next field as a decimal integer (an optional leading `-`).
    private static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, _ end: Int) -> Int64? {
        guard let range = field(buffer, &cursor, end), range.count <= 19 else { return nil }
        var value: Int64 = 0
        var negative = false
        for i in range {
            let byte = buffer[i]
            if byte == UInt8(ascii: "-") && i == range.lowerBound { negative = true; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// `<digest> <size> <mtime> <ctime> <inode> <device> <flags> <path>` between `start` and `end`.
    private static func parseLine(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Entry)? {
        var cursor = start
        func field() -> Range<Int>? { Self.field(buffer, &cursor, end) }
        func integer() -> Int64? { Self.integer(buffer, &cursor, end) }
        guard let digestRange = field(), let digest = Digest(hexBytes: UnsafeBufferPointer(rebasing: buffer[digestRange])),
              let size = integer(), let modified = integer(), let changed = integer(),
              let inode = integer(), let device = integer(), let flags = field(), flags.count == 2, cursor < end
        else { return nil }
        let path = String(decoding: UnsafeBufferPointer(rebasing: buffer[cursor..<end]), as: UTF8.self)
        return (path, Entry(size: size, modified: modified, changed: changed, inode: UInt64(bitPattern: inode),
                            device: UInt64(bitPattern: device), executable: buffer[flags.lowerBound] == UInt8(ascii: "x"),
                            digest: digest, racy: buffer[flags.lowerBound + 1] == UInt8(ascii: "r")))
    }
}

/// One stat fact a cache key relied on: the path, its `lstat` data then, and for a file whose
/// content could still change without its stat data changing (racy), the digest it had.
struct InputWitness: Sendable, Hashable {
    var path: String
    var status: FileStatus
    var racyDigest: Digest?
}
