import Basics
import Glibc
import Synchronization

/// The parts of `FileSystem` the content-hash cache needs: stat data, fast directory walks,
/// streamed reads, atomic copies, modes, times and a lock.
extension LocalFileSystem {
    public func status(of path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Self.status(info)
    }

    /// The directory is opened once (`O_PATH`) and each name stat-ed relative to it: the kernel
    /// walks the directory's path once instead of once per name.
    public func statuses(of names: [String], inDirectory directory: String) -> [FileStatus?] {
        let fd = open(directory, GNUExtensions.openPathOnly | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return names.map { status(of: directory + "/" + $0) } }
        defer { Descriptors.close(fd) }
        return names.map { name in
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return Self.status(info)
        }
    }

    private static func status(_ info: stat) -> FileStatus {
        FileStatus(
            kind: Self.kind(mode: info.st_mode), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev), permissions: UInt32(info.st_mode & 0o7777))
    }

    public func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func kind(mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        default: .other
        }
    }

    /// Uses `d_type` from readdir, so walking a tree costs one stat only where the file system
    /// does not say what an entry is.
    public func directoryEntries(_ path: String) throws(FileSystemError) -> [DirectoryEntry] {
        guard let directory = opendir(path) else { throw FileSystemError(path: path, reason: "cannot list: \(errorText(errno))") }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw FileSystemError(path: path, reason: "cannot list: \(errorText(errno))") }
                break
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: FileKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = self.kind(of: path + "/" + name) ?? .other
            default: kind = .other
            }
            entries.append(DirectoryEntry(name: name, kind: kind))
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    public func readChunks(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(path: path, reason: "cannot open: \(errorText(errno))") }
        defer { Descriptors.close(fd) }
        let capacity = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 64)
        defer { buffer.deallocate() }
        while true {
            let got = read(fd, buffer.baseAddress, capacity)
            if got > 0 {
                body(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
            } else if got == 0 {
                return
            } else if errno != EINTR {
                throw FileSystemError(path: path, reason: "cannot read: \(errorText(errno))")
            }
        }
    }

    public func copyFileAtomically(from source: String, to destination: String, permissions: UInt32) throws(FileSystemError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw FileSystemError(path: source, reason: "cannot open: \(errorText(errno))") }
        defer { Descriptors.close(input) }
        let directory = Paths.parent(destination).isEmpty ? "." : Paths.parent(destination)
        let name = destination.split(separator: "/").last.map(String.init) ?? destination
        let temporary = "\(directory)/.\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions & 0o600))
        guard output >= 0 else { throw FileSystemError(path: destination, reason: "cannot create a temporary file: \(errorText(errno))") }
        var failure: String?
        do throws(FileSystemError) {
            try readChunks(source) { chunk in
                if failure == nil, Descriptors.writeAll(output, chunk) != 0 { failure = "cannot write: \(errorText(errno))" }
            }
        } catch {
            failure = error.reason
        }
        if failure == nil, fchmod(output, mode_t(permissions & 0o7777)) != 0 { failure = "cannot chmod: \(errorText(errno))" }
        if failure == nil, fsync(output) != 0 { failure = "cannot fsync: \(errorText(errno))" }
        Descriptors.close(output)
        if failure == nil, rename(temporary, destination) != 0 { failure = "cannot rename into place: \(errorText(errno))" }
        if let failure {
            _ = unlink(temporary)
            throw FileSystemError(path: destination, reason: failure)
        }
    }

    public func setExecutable(_ path: String, _ executable: Bool) throws(FileSystemError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileSystemError(path: path, reason: "cannot stat: \(errorText(errno))") }
        let permissions = info.st_mode & 0o7777
        // Execute bits follow the read bits (like git's 755/644), never granting more than read.
        let readBits = (permissions & 0o444) >> 2
        let mode = executable ? (permissions | readBits) : (permissions & ~mode_t(0o111))
        guard chmod(path, mode) == 0 else { throw FileSystemError(path: path, reason: "cannot chmod: \(errorText(errno))") }
    }

    public func touch(_ path: String) throws(FileSystemError) {
        guard utimensat(AT_FDCWD, path, nil, 0) == 0 else {
            throw FileSystemError(path: path, reason: "cannot set its time: \(errorText(errno))")
        }
    }

    public func lock(_ path: String, onWait: () -> Void) throws(FileSystemError) -> any FileLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(0o644))
        guard fd >= 0 else { throw FileSystemError(path: path, reason: "cannot open lock file: \(errorText(errno))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                Descriptors.close(fd)
                throw FileSystemError(path: path, reason: "cannot lock: \(errorText(errno))")
            }
            onWait()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    Descriptors.close(fd)
                    throw FileSystemError(path: path, reason: "cannot lock: \(errorText(errno))")
                }
            }
        }
        return DescriptorLock(fd: fd)
    }
}

/// An flock held through an open descriptor; closing it releases the lock, and so does the
/// kernel when the process dies, so a killed run never leaves the project locked.
final class DescriptorLock: FileLock {
    /// nil once released, so a second release cannot close an unrelated descriptor.
    private let fd: Mutex<Int32?>

    init(fd: Int32) {
        self.fd = Mutex(fd)
    }

    /// The descriptor, while the lock is held.
    var descriptor: Int32? { fd.withLock { $0 } }

    func release() {
        if let fd = fd.withLock({ current in defer { current = nil }; return current }) {
            Descriptors.close(fd)
        }
    }

    deinit {
        release()
    }
}
