import Basics
import Synchronization

/// A file system held in memory, for executor tests that must not touch the disk.
public final class InMemoryFileSystem: FileSystem, Sendable {
    private enum Node: Sendable {
        case file([UInt8])
        case directory
    }

    private let nodes = Mutex<[String: Node]>(["/": .directory])

    public init(files: [String: String] = [:]) {
        for (path, text) in files {
            try? createDirectory(Paths.parent(path))
            try? writeFileAtomically(path, Array(text.utf8))
        }
    }

    /// The text of a file, or nil.
    public func text(_ path: String) -> String? {
        nodes.withLock { nodes in
            if case .file(let bytes)? = nodes[path] { return String(decoding: bytes, as: UTF8.self) }
            return nil
        }
    }

    /// Every file path, sorted.
    public var files: [String] {
        nodes.withLock { nodes in nodes.compactMap { if case .file = $0.value { $0.key } else { nil } }.sorted() }
    }

    public func kind(of path: String) -> FileKind? {
        nodes.withLock { nodes in
            switch nodes[path] {
            case .file?: .file
            case .directory?: .directory
            case nil: nil
            }
        }
    }

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let node = nodes.withLock { $0[path] }
        guard case .file(let bytes)? = node else { throw FileSystemError(path: path, reason: "No such file or directory") }
        return bytes
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let parentExists = nodes.withLock { nodes -> Bool in
            guard case .directory? = nodes[Paths.parent(path)] else { return false }
            nodes[path] = .file(bytes)
            return true
        }
        if !parentExists { throw FileSystemError(path: path, reason: "No such file or directory") }
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        var current = ""
        let conflict = nodes.withLock { nodes -> Bool in
            for part in path.split(separator: "/") {
                current += "/" + part
                switch nodes[current] {
                case .file?: return true
                case .directory?: continue
                case nil: nodes[current] = .directory
                }
            }
            return false
        }
        if conflict { throw FileSystemError(path: current, reason: "Not a directory") }
    }

    public func listDirectory(_ path: String) throws(FileSystemError) -> [String] {
        let prefix = path == "/" ? "/" : path + "/"
        let result = nodes.withLock { nodes -> [String]? in
            guard case .directory? = nodes[path] else { return nil }
            return nodes.keys.filter { $0.hasPrefix(prefix) && $0 != prefix && !$0.dropFirst(prefix.count).contains("/") }
                .map { String($0.dropFirst(prefix.count)) }.sorted()
        }
        guard let result else { throw FileSystemError(path: path, reason: "No such file or directory") }
        return result
    }

    public func openForWriting(_ path: String) throws(FileSystemError) -> any OutputFile {
        try writeFileAtomically(path, [])
        return InMemoryOutputFile(path: path, fileSystem: self)
    }

    public func removeItem(_ path: String) throws(FileSystemError) {
        let removed = nodes.withLock { nodes -> Bool in
            guard nodes[path] != nil else { return false }
            for key in nodes.keys where key == path || key.hasPrefix(path + "/") { nodes[key] = nil }
            return true
        }
        if !removed { throw FileSystemError(path: path, reason: "No such file or directory") }
    }

    fileprivate func append(_ bytes: ArraySlice<UInt8>, to path: String) {
        nodes.withLock { nodes in
            if case .file(let existing)? = nodes[path] { nodes[path] = .file(existing + bytes) }
        }
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
