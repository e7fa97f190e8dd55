/// What a path names.
public enum FileKind: Sendable, Hashable {
    case file, directory, symlink, other
}

/// A file-system failure with the path and a readable reason.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// What `lstat` says about a path: enough to tell whether a file changed without reading it.
public struct FileStatus: Sendable, Hashable {
    public var kind: FileKind
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    /// Status-change time in nanoseconds since 1970; it cannot be set back by `touch -d`.
    public var changed: Int64
    public var inode: UInt64
    public var device: UInt64
    /// The permission bits (`0o7777` of st_mode).
    public var permissions: UInt32

    /// Any execute bit set.
    public var executable: Bool { permissions & 0o111 != 0 }

    public init(kind: FileKind, size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64, permissions: UInt32) {
        self.kind = kind
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
        self.permissions = permissions & 0o7777
    }

    /// The usual modes of git's two kinds of file, for callers that know only the execute bit.
    public static func permissions(executable: Bool) -> UInt32 { executable ? 0o755 : 0o644 }
}

/// One name in a directory and what it is.
public struct DirectoryEntry: Sendable, Hashable {
    public var name: String
    public var kind: FileKind

    public init(name: String, kind: FileKind) {
        self.name = name
        self.kind = kind
    }
}

/// An exclusive lock on a file, held until released or the process ends.
public protocol FileLock: AnyObject, Sendable {
    func release()
}

/// A file open for appending output.
public protocol OutputFile: AnyObject, Sendable {
    func write(_ bytes: ArraySlice<UInt8>)
    func close()
}

/// All file access of the pure targets and the executor goes through this.
/// Paths are absolute.
public protocol FileSystem: Sendable {
    /// The kind of what `path` names, or nil when nothing is there. Does not follow symlinks.
    func kind(of path: String) -> FileKind?
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]
    /// At most the first `limit` bytes of the file: a file that may be anything (`-f /dev/zero`)
    /// is read with a bound. The caller asks for one byte more than it accepts to tell "too large".
    func readFile(_ path: String, upTo limit: Int) throws(FileSystemError) -> [UInt8]
    /// Writes via a temporary file, fsync and rename, so readers see the old or the new bytes.
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    /// Creates `path` and its missing parents.
    func createDirectory(_ path: String) throws(FileSystemError)
    /// The names in a directory, sorted.
    func listDirectory(_ path: String) throws(FileSystemError) -> [String]
    /// Creates or truncates `path` for streaming output.
    func openForWriting(_ path: String) throws(FileSystemError) -> any OutputFile
    func removeItem(_ path: String) throws(FileSystemError)

    /// `lstat` of `path`, or nil when nothing is there.
    func status(of path: String) -> FileStatus?
    /// `lstat` of each of `names` in `directory`, as `status(of:)` would give it for
    /// `directory/name`.
    func statuses(of names: [String], inDirectory directory: String) -> [FileStatus?]
    /// What the symlink at `path` points at, as written; nil when `path` is not a symlink.
    func readLink(_ path: String) -> String?
    /// `path` with every symlink in it resolved (realpath); nil when part of it does not exist
    /// or the links loop.
    func resolvedPath(_ path: String) -> String?
    /// The entries of a directory with their kinds (no extra stat where the system says), sorted by name.
    func directoryEntries(_ path: String) throws(FileSystemError) -> [DirectoryEntry]
    /// Streams a file's bytes in large chunks (for hashing without holding the file in memory).
    func readChunks(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError)
    /// Copies `source` to `destination` atomically (temporary file, fsync, rename) with the
    /// permission bits `permissions` (never wider: the temporary file is created with them).
    func copyFileAtomically(from source: String, to destination: String, permissions: UInt32) throws(FileSystemError)
    /// Sets or clears the execute bits (respecting read bits) of a file.
    func setExecutable(_ path: String, _ executable: Bool) throws(FileSystemError)
    /// Sets the modification time to now.
    func touch(_ path: String) throws(FileSystemError)
    /// Takes an exclusive lock on `path` (created if missing). Calls `onWait` once if another
    /// process holds it, then blocks until it is free.
    func lock(_ path: String, onWait: () -> Void) throws(FileSystemError) -> any FileLock
}

extension FileSystem {
    /// One `status(of:)` per name; the real file system looks the directory up once.
    public func statuses(of names: [String], inDirectory directory: String) -> [FileStatus?] {
        names.map { status(of: directory + "/" + $0) }
    }

    /// Reads the whole file and keeps the first `limit` bytes; for file systems whose files are
    /// all small (test doubles). The real one stops reading at the limit.
    public func readFile(_ path: String, upTo limit: Int) throws(FileSystemError) -> [UInt8] {
        Array(try readFile(path).prefix(limit))
    }
}
