import Glibc

/// Small helpers on raw file descriptors shared by the runner, the signal trap and the file
/// system.
enum Descriptors {
    /// A pipe whose two ends are close-on-exec, so only children given them explicitly get them.
    static func closeOnExecPipe() throws(SystemCallError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        if let pipe2 = GNUExtensions.pipe2 {
            guard pipe2(&fds, O_CLOEXEC) == 0 else { throw SystemCallError(call: "pipe2", code: errno) }
        } else {
            // Without pipe2 a concurrent spawn could inherit these fds in the window below;
            // the runner's closefrom action still keeps them out of its own children.
            guard pipe(&fds) == 0 else { throw SystemCallError(call: "pipe", code: errno) }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }

    /// Makes reads and writes on `fd` return EAGAIN instead of blocking.
    static func setNonBlocking(_ fd: Int32) throws(SystemCallError) {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw SystemCallError(call: "fcntl(O_NONBLOCK)", code: errno)
        }
    }

    /// Writes all of `bytes`, looping on short writes and EINTR; returns 0 or the errno.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard var next = bytes.baseAddress else { return 0 }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fd, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            remaining -= written
        }
        return 0
    }

    /// Closes `fd`, ignoring EINTR: on Linux the descriptor is released even then, and retrying
    /// could close a descriptor another thread has just been given.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }
}
