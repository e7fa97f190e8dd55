import Basics

/// The lock that serialises runs in one project (DESIGN.md §6): `.pipeline/lock`, an flock the
/// kernel drops when the holder dies, so a killed run never leaves the project locked.
enum ProjectLock {
    static func acquire(root: String, system: SystemContext) throws -> any FileLock {
        let directory = Paths.join(root, ".pipeline")
        do {
            try system.fileSystem.createDirectory(directory)
            return try system.fileSystem.lock(Paths.join(directory, "lock")) {
                system.console.err("pipeline: another pipeline run is using this project (.pipeline/lock); waiting for it to finish…\n")
            }
        } catch {
            throw WorkspaceError(description: "cannot lock \(directory)/lock: \(error.reason)")
        }
    }
}
