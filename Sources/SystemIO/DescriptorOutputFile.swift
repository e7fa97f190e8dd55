import Basics
import Glibc
import Synchronization

/// An `OutputFile` on a file descriptor: each `write` goes straight to write(2), so a log is
/// complete up to the last chunk even if the tool is killed.
public final class DescriptorOutputFile: OutputFile {
    private struct State {
        var fd: Int32
        var firstError: FileSystemError?
    }

    /// The file's path, for error messages.
    public let path: String
    private let state: Mutex<State>

    /// Takes ownership of `fd`, which was opened for writing `path`.
    init(fd: Int32, path: String) {
        self.path = path
        self.state = Mutex(State(fd: fd))
    }

    deinit {
        close()
    }

    /// The first write or close failure (disk full, I/O error). `OutputFile.write` cannot
    /// throw, so later chunks are dropped and the failure waits here.
    public var firstError: FileSystemError? {
        state.withLock { $0.firstError }
    }

    /// Appends `bytes`, retrying short writes and EINTR; dropped after `close` or a failure.
    public func write(_ bytes: ArraySlice<UInt8>) {
        state.withLock { state in
            guard state.fd >= 0, state.firstError == nil else { return }
            let code = bytes.withUnsafeBytes { Descriptors.writeAll(state.fd, $0) }
            if code != 0 {
                state.firstError = FileSystemError(path: path, reason: "cannot write: \(errorText(code))")
            }
        }
    }

    /// Closes the descriptor; later writes are ignored.
    public func close() {
        state.withLock { state in
            guard state.fd >= 0 else { return }
            // NFS and friends report delayed write errors here.
            if Glibc.close(state.fd) != 0 && errno != EINTR && state.firstError == nil {
                state.firstError = FileSystemError(path: path, reason: "cannot close: \(errorText(errno))")
            }
            state.fd = -1
        }
    }
}
