import Basics
import Glibc

/// The real `FileSystem`, on plain system calls. Errors carry the path and the C library's
/// text for `errno`.
public struct LocalFileSystem: FileSystem {
    /// The file system of this machine.
    public init() {}

    /// The kind of what `path` names, via lstat: a symlink is reported as one, not followed.
    public func kind(of path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Self.kind(mode: info.st_mode)
    }

    /// The whole file, read with read(2) into a buffer sized by fstat.
    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        try readFile(path, upTo: Int.max)
    }

    /// The first `limit` bytes at most, read like `readFile(_:)` but stopping at the limit, so
    /// a device or a pipe that never ends costs `limit` bytes.
    public func readFile(_ path: String, upTo limit: Int) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open", errno) }
        defer { Descriptors.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "cannot stat", errno) }

        let expected = min(max(Int(info.st_size), 0), max(limit, 0))
        var code: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let got = read(fd, buffer.baseAddress.map { $0 + count }, expected - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    code = errno
                    break
                }
            }
        }
        guard code == 0 else { throw failure(path, "cannot read", code) }
        // The file grew since fstat, or reports no size (/proc): read on to EOF or the limit.
        // The buffer is left uninitialised: at EOF, the usual case, read(2) touches none of it.
        if bytes.count == expected {
            code = withUnsafeTemporaryAllocation(byteCount: 64 * 1024, alignment: 16) { chunk -> Int32 in
                while bytes.count < limit {
                    let got = read(fd, chunk.baseAddress, min(chunk.count, limit - bytes.count))
                    if got > 0 {
                        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<got]))
                    } else if got == 0 {
                        return 0
                    } else if errno != EINTR {
                        return errno
                    }
                }
                return 0
            }
            guard code == 0 else { throw failure(path, "cannot read", code) }
        }
        return bytes
    }

    /// Writes a uniquely named temporary file beside `path`, fsyncs it, renames it over `path`
    /// and fsyncs the directory, so a crash leaves the old bytes or the new ones, never a mix.
    /// The temporary file is removed on any failure.
    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let directory = Paths.parent(path).isEmpty ? "." : Paths.parent(path)
        let name = path.split(separator: "/").last.map(String.init) ?? path

        var temporary = ""
        var fd: Int32 = -1
        // O_EXCL makes a name clash (a leftover from a crash, another writer) an error to
        // retry with a fresh name rather than a file to clobber.
        for _ in 0..<8 where fd < 0 {
            temporary = "\(directory)/.\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
            if fd < 0 && errno != EEXIST { throw failure(path, "cannot create a temporary file", errno) }
        }
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file", EEXIST) }

        var step = "cannot write"
        var code = bytes.withUnsafeBytes { Descriptors.writeAll(fd, $0) }
        if code == 0 && fsync(fd) != 0 {
            step = "cannot fsync"
            code = errno
        }
        if Glibc.close(fd) != 0 && code == 0 && errno != EINTR {
            step = "cannot close"
            code = errno
        }
        if code == 0 && rename(temporary, path) != 0 {
            step = "cannot rename \(temporary) over it"
            code = errno
        }
        guard code == 0 else {
            _ = unlink(temporary)
            throw failure(path, step, code)
        }
        try syncDirectory(directory, for: path)
    }

    /// Creates `path` and any missing parents; an existing directory is fine.
    public func createDirectory(_ path: String) throws(FileSystemError) {
        if mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            guard isDirectory(path) else { throw FileSystemError(path: path, reason: "exists and is not a directory") }
        case ENOENT:
            let parent = Paths.parent(path)
            guard !parent.isEmpty, parent != path else { throw failure(path, "cannot create directory", ENOENT) }
            try createDirectory(parent)
            // EEXIST here: someone else created it in between, which is just as good.
            if mkdir(path, 0o755) != 0 && !(errno == EEXIST && isDirectory(path)) {
                throw failure(path, "cannot create directory", errno)
            }
        default:
            throw failure(path, "cannot create directory", errno)
        }
    }

    /// The entry names of a directory without `.` and `..`, sorted by their UTF-8 bytes (as
    /// `LC_ALL=C ls` does), so the order never depends on locale or Unicode normalisation.
    public func listDirectory(_ path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw failure(path, "cannot list", errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw failure(path, "cannot list", errno) }
                break
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Creates or truncates `path` (mode 0644 before umask) for streaming output.
    public func openForWriting(_ path: String) throws(FileSystemError) -> any OutputFile {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(0o644))
        guard fd >= 0 else { throw failure(path, "cannot open for writing", errno) }
        return DescriptorOutputFile(fd: fd, path: path)
    }

    /// Removes a file, a symlink (never what it points to) or a directory with everything in it.
    public func removeItem(_ path: String) throws(FileSystemError) {
        guard kind(of: path) == .directory else {
            guard unlink(path) == 0 else { throw failure(path, "cannot remove", errno) }
            return
        }
        for name in try listDirectory(path) {
            try removeItem(path.hasSuffix("/") ? path + name : path + "/" + name)
        }
        guard rmdir(path) == 0 else { throw failure(path, "cannot remove directory", errno) }
    }

    /// The process's working directory (empty if it has been deleted or is unreadable).
    public static func currentDirectory() -> String {
        guard let raw = getcwd(nil, 0) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// `path` made absolute with every symlink, `.` and `..` resolved; nil if it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let raw = realpath(path, nil) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Makes the rename itself durable: it lives in the directory, not in the file.
    private func syncDirectory(_ directory: String, for path: String) throws(FileSystemError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open its directory to fsync", errno) }
        defer { Descriptors.close(fd) }
        // Some file systems cannot fsync a directory (EINVAL); the data is as safe as they allow.
        if fsync(fd) != 0 && errno != EINVAL {
            throw failure(path, "cannot fsync its directory", errno)
        }
    }

    private func failure(_ path: String, _ step: String, _ code: Int32) -> FileSystemError {
        FileSystemError(path: path, reason: "\(step): \(errorText(code))")
    }
}
