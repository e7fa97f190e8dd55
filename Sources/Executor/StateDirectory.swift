import Basics

/// `.pipeline/`, where everything the tool writes lives. It ignores itself: a `.gitignore`
/// holding `*` is written when the directory is made (as pytest and ruff do for their caches),
/// so a run never makes a clean checkout "dirty" and release tags keep working in a repository
/// that has no ignore rule for it.
public enum StateDirectory {
    public static let name = ".pipeline"

    /// Creates `<root>/.pipeline` with its `.gitignore` if either is missing; returns the path.
    @discardableResult
    public static func prepare(root: String, fileSystem: any FileSystem) throws(FileSystemError) -> String {
        let directory = Paths.join(root, name)
        let ignore = Paths.join(directory, ".gitignore")
        if fileSystem.kind(of: ignore) == nil {
            try fileSystem.createDirectory(directory)
            try fileSystem.writeFileAtomically(ignore, Array("# Written by pipeline: its state is never part of the project.\n*\n".utf8))
        }
        return directory
    }
}
