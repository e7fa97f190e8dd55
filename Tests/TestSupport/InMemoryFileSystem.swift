import Basics
import Synchronization

/// A file system held in memory, for executor and cache tests that must not touch the disk.
/// Times come from a counter the test controls (`now`), so stat data can be made to collide.
public final class InMemoryFileSystem: FileSystem, Sendable {
    private struct Node: Sendable {
        var kind: FileKind
        var bytes: [UInt8] = []
        var permissions: UInt32 = 0o644
        /// What a symlink points at.
        var target: String?
        var modified: Int64 = 0
        var changed: Int64 = 0
        var inode: UInt64 = 0
    }

    private struct State {
        var nodes: [String: Node] = ["/": Node(kind: .directory)]
        var now: Int64 = 1_700_000_000_000_000_000
        var nextInode: UInt64 = 1
        var locked: Set<String> = []

        /// A name was added, removed or renamed in `path`'s directory: its mtime and ctime move,
        /// as on a real disk (the stat index keeps listings by them).
        mutating func directoryChanged(above path: String) {
            let parent = Paths.parent(path)
            nodes[parent]?.modified = now
            nodes[parent]?.changed = now
        }
    }

    private let state = Mutex(State())

    public init(files: [String: String] = [:]) {
        for (path, text) in files {
            try? createDirectory(Paths.parent(path))
            try? writeFileAtomically(path, Array(text.utf8))
        }
    }

    /// The clock stamped on writes, in nanoseconds since 1970.
    public var now: Int64 {
        get { state.withLock { $0.now } }
        set { state.withLock { $0.now = newValue } }
    }

    /// Overwrites a file's bytes in place while forcing its stat data back to what it was: the
    /// "changed within the timestamp granularity" case of the racy-clean rule.
    public func overwriteKeepingStatus(_ path: String, _ text: String) {
        state.withLock { state in state.nodes[path]?.bytes = Array(text.utf8) }
    }

    /// The text of a file, or nil.
    public func text(_ path: String) -> String? {
        state.withLock { state in
            guard let node = state.nodes[path], node.kind == .file else { return nil }
            return String(decoding: node.bytes, as: UTF8.self)
        }
    }

    /// Every file path, sorted.
    public var files: [String] {
        state.withLock { $0.nodes.filter { $0.value.kind == .file }.keys.sorted() }
    }

    public func kind(of path: String) -> FileKind? { state.withLock { $0.nodes[path]?.kind } }

    /// Makes `path` a symlink holding `target` (relative to its directory, or absolute).
    public func symlink(_ path: String, to target: String) {
        state.withLock { state in
            state.now += 1
            state.nextInode += 1
            state.nodes[path] = Node(kind: .symlink, target: target, modified: state.now, changed: state.now, inode: state.nextInode)
            state.directoryChanged(above: path)
        }
    }

    public func readLink(_ path: String) -> String? { state.withLock { $0.nodes[path]?.target } }

    public func resolvedPath(_ path: String) -> String? {
        state.withLock { state in
            var pending = path.split(separator: "/").map(String.init)
            var resolved: [String] = []
            var hops = 0
            while !pending.isEmpty {
                let part = pending.removeFirst()
                if part == "." || part.isEmpty { continue }
                if part == ".." { _ = resolved.popLast(); continue }
                let candidate = "/" + (resolved + [part]).joined(separator: "/")
                guard let node = state.nodes[candidate] else { return nil }
                if let target = node.target {
                    hops += 1
                    if hops > 40 { return nil }
                    if target.hasPrefix("/") { resolved = [] }
                    pending = target.split(separator: "/").map(String.init) + pending
                } else {
                    resolved.append(part)
                }
            }
            return "/" + resolved.joined(separator: "/")
        }
    }

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        guard let real = resolvedPath(path), let node = state.withLock({ $0.nodes[real] }), node.kind == .file else { throw missing(path) }
        return node.bytes
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        try store(path, bytes, permissions: 0o644)
    }

    private func store(_ path: String, _ bytes: [UInt8], permissions: UInt32) throws(FileSystemError) {
        let ok = state.withLock { state -> Bool in
            guard state.nodes[Paths.parent(path)]?.kind == .directory else { return false }
            state.now += 1
            state.nextInode += 1
            // A rename gives the path a new inode, as on a real disk.
            state.nodes[path] = Node(kind: .file, bytes: bytes, permissions: permissions,
                                     modified: state.now, changed: state.now, inode: state.nextInode)
            state.directoryChanged(above: path)
            return true
        }
        if !ok { throw missing(path) }
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        var current = ""
        let conflict = state.withLock { state -> Bool in
            for part in path.split(separator: "/") {
                current += "/" + part
                switch state.nodes[current]?.kind {
                case .directory?: continue
                case nil:
                    state.now += 1
                    state.nextInode += 1
                    state.nodes[current] = Node(kind: .directory, modified: state.now, changed: state.now, inode: state.nextInode)
                    state.directoryChanged(above: current)
                default: return true
                }
            }
            return false
        }
        if conflict { throw FileSystemError(path: current, reason: "Not a directory") }
    }

    public func listDirectory(_ path: String) throws(FileSystemError) -> [String] {
        try directoryEntries(path).map(\.name)
    }

    public func directoryEntries(_ path: String) throws(FileSystemError) -> [DirectoryEntry] {
        let prefix = path == "/" ? "/" : path + "/"
        let result = state.withLock { state -> [DirectoryEntry]? in
            guard state.nodes[path]?.kind == .directory else { return nil }
            return state.nodes.compactMap { key, node in
                guard key.hasPrefix(prefix), key != prefix, !key.dropFirst(prefix.count).contains("/") else { return nil }
                return DirectoryEntry(name: String(key.dropFirst(prefix.count)), kind: node.kind)
            }.sorted { $0.name < $1.name }
        }
        guard let result else { throw missing(path) }
        return result
    }

    public func openForWriting(_ path: String) throws(FileSystemError) -> any OutputFile {
        try writeFileAtomically(path, [])
        return InMemoryOutputFile(path: path, fileSystem: self)
    }

    public func removeItem(_ path: String) throws(FileSystemError) {
        let removed = state.withLock { state -> Bool in
            guard state.nodes[path] != nil else { return false }
            for key in state.nodes.keys where key == path || key.hasPrefix(path + "/") { state.nodes[key] = nil }
            state.now += 1
            state.directoryChanged(above: path)
            return true
        }
        if !removed { throw missing(path) }
    }

    public func status(of path: String) -> FileStatus? {
        state.withLock { state in
            state.nodes[path].map {
                FileStatus(kind: $0.kind, size: Int64($0.bytes.count), modified: $0.modified, changed: $0.changed,
                           inode: $0.inode, device: 1, permissions: $0.kind == .symlink ? 0o777 : $0.permissions)
            }
        }
    }

    public func readChunks(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError) {
        let bytes = try readFile(path)
        bytes.withUnsafeBytes(body)
    }

    public func copyFileAtomically(from source: String, to destination: String, permissions: UInt32) throws(FileSystemError) {
        try store(destination, try readFile(source), permissions: permissions)
    }

    public func setExecutable(_ path: String, _ executable: Bool) throws(FileSystemError) {
        let ok = state.withLock { state -> Bool in
            guard state.nodes[path] != nil else { return false }
            state.now += 1
            let current = state.nodes[path]?.permissions ?? 0o644
            state.nodes[path]?.permissions = executable ? current | ((current & 0o444) >> 2) : current & ~0o111
            state.nodes[path]?.changed = state.now
            return true
        }
        if !ok { throw missing(path) }
    }

    public func touch(_ path: String) throws(FileSystemError) {
        let ok = state.withLock { state -> Bool in
            guard state.nodes[path] != nil else { return false }
            state.now += 1
            state.nodes[path]?.modified = state.now
            state.nodes[path]?.changed = state.now
            return true
        }
        if !ok { throw missing(path) }
    }

    public func lock(_ path: String, onWait: () -> Void) throws(FileSystemError) -> any FileLock {
        let taken = state.withLock { !$0.locked.insert(path).inserted }
        if taken { throw FileSystemError(path: path, reason: "already locked (the in-memory file system cannot wait)") }
        return InMemoryLock(path: path, fileSystem: self)
    }

    fileprivate func unlock(_ path: String) { _ = state.withLock { $0.locked.remove(path) } }

    fileprivate func append(_ bytes: ArraySlice<UInt8>, to path: String) {
        state.withLock { state in state.nodes[path]?.bytes.append(contentsOf: bytes) }
    }

    private func missing(_ path: String) -> FileSystemError {
        FileSystemError(path: path, reason: "No such file or directory")
    }
}

private final class InMemoryOutputFile: OutputFile, Sendable {
    let path: String
    let fileSystem: InMemoryFileSystem

    init(path: String, fileSystem: InMemoryFileSystem) {
        self.path = path
        self.fileSystem = fileSystem
    }

    func write(_ bytes: ArraySlice<UInt8>) { fileSystem.append(bytes, to: path) }
    func close() {}
}

private final class InMemoryLock: FileLock, Sendable {
    let path: String
    let fileSystem: InMemoryFileSystem

    init(path: String, fileSystem: InMemoryFileSystem) {
        self.path = path
        self.fileSystem = fileSystem
    }

    func release() { fileSystem.unlock(path) }
}
