import Basics
import Glibc
import Synchronization

/// The project lock, handed to every child as descriptor 3.
///
/// An flock belongs to an open file description, so while any process holding a copy lives the
/// lock stays taken. If pipeline itself is killed with SIGKILL, the stages it started keep
/// running and keep writing outputs; because they hold the lock, the next run waits for them
/// instead of recording results their late writes would spoil.
public enum InheritedLock {
    /// A close-on-exec copy at 10 or above (never 3 itself, so the child's dup2 always clears
    /// close-on-exec on its copy).
    private static let shared = Mutex<Int32?>(nil)

    /// Hands `lock` (a lock from `LocalFileSystem`) to every child started from now on.
    public static func share(_ lock: any FileLock) {
        guard let lock = lock as? DescriptorLock, let fd = lock.descriptor else { return }
        let copy = fcntl(fd, F_DUPFD_CLOEXEC, Int32(10))
        guard copy >= 0 else { return }
        shared.withLock { current in
            if let old = current { Descriptors.close(old) }
            current = copy
        }
    }

    /// Stops handing the lock on and closes this process's copy (children keep theirs).
    public static func stopSharing() {
        shared.withLock { current in
            if let old = current { Descriptors.close(old) }
            current = nil
        }
    }

    /// Adds the dup2 to descriptor 3 to a child's file actions; returns the first descriptor the
    /// child need not keep (4 when the lock is shared, else 3).
    static func addToChild(_ actions: inout posix_spawn_file_actions_t) -> (code: Int32, firstUnused: Int32) {
        // Held across the spawn so the copy cannot be closed in between.
        shared.withLock { current in
            guard let fd = current else { return (0, 3) }
            return (posix_spawn_file_actions_adddup2(&actions, fd, 3), 4)
        }
    }
}
