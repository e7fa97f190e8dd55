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

/// A file open for appending output.
public protocol OutputFile: AnyObject, Sendable {
    func write(_ bytes: ArraySlice<UInt8>)
    func close()
}

/// All file access of the pure targets and the executor goes through this (DESIGN.md §3).
/// Paths are absolute.
public protocol FileSystem: Sendable {
    /// The kind of what `path` names, or nil when nothing is there. Does not follow symlinks.
    func kind(of path: String) -> FileKind?
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]
    /// Writes via a temporary file, fsync and rename, so readers see the old or the new bytes.
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    /// Creates `path` and its missing parents.
    func createDirectory(_ path: String) throws(FileSystemError)
    /// The names in a directory, sorted.
    func listDirectory(_ path: String) throws(FileSystemError) -> [String]
    /// Creates or truncates `path` for streaming output.
    func openForWriting(_ path: String) throws(FileSystemError) -> any OutputFile
    func removeItem(_ path: String) throws(FileSystemError)
}
