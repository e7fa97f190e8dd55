import Basics
import Executor
import SystemIO

/// The lock that serialises runs in one project: `.pipeline/lock`, an flock the
/// kernel drops when the holder dies, so a killed run never leaves the project locked.
enum ProjectLock {
    static func acquire(root: String, system: SystemContext) throws -> any FileLock {
        let directory = Paths.join(root, StateDirectory.name)
        do {
            try StateDirectory.prepare(root: root, fileSystem: system.fileSystem)
            let lock = try system.fileSystem.lock(Paths.join(directory, "lock")) {
                system.console.err("pipeline: another pipeline run, or stage processes a killed run left behind, is using this project (.pipeline/lock); waiting for it to finish… (`fuser -v .pipeline/lock` lists them)\n")
            }
            InheritedLock.share(lock)
            return Shared(lock: lock)
        } catch {
            throw ProjectError(description: "cannot lock \(directory)/lock: \(error.reason)")
        }
    }

    /// Releasing the project lock also stops handing it to children.
    private final class Shared: FileLock {
        let lock: any FileLock

        init(lock: any FileLock) {
            self.lock = lock
        }

        func release() {
            InheritedLock.stopSharing()
            lock.release()
        }
    }
}
