import Basics
import Pipeline

/// Expands globs against a file system, walking only the directories a pattern can reach.
/// `.pipeline/` and `.git/` at the root are never walked into.
struct FileWalker {
    let fileSystem: any FileSystem
    let root: String
    /// Where directory listings come from: the file system, or the stat index, which keeps
    /// the listing of a directory whose stat data has not changed.
    let listing: (any DirectoryListing)?

    init(fileSystem: any FileSystem, root: String, listing: (any DirectoryListing)? = nil) {
        self.fileSystem = fileSystem
        self.root = root
        self.listing = listing
    }

    /// Relative paths of the files (and symlinks) under `root` that `glob` matches, sorted.
    func files(matching glob: Glob) -> [String] {
        if let path = glob.literalPath {
            switch fileSystem.kind(of: Paths.join(root, path)) {
            case .file?, .symlink?, .other?: return [path]
            case .directory?: return filesBelow(path, glob: nil)
            case nil: return []
            }
        }
        let start = glob.literalPrefix
        // A listing says itself whether the start is a directory (one stat, not two).
        guard start.isEmpty || listing != nil || fileSystem.kind(of: Paths.join(root, start)) == .directory else { return [] }
        return filesBelow(start, glob: glob)
    }

    /// Every file under the root, dotfiles included (a docker build context).
    func allFiles() -> [String] { filesBelow("", glob: nil) }

    /// Every file below `directory` that `glob` matches (all of them when `glob` is nil).
    private func filesBelow(_ directory: String, glob: Glob?) -> [String] {
        var result: [String] = []
        var stack = [directory]
        while let current = stack.popLast() {
            let absolute = Paths.join(root, current)
            // The root may be reached through a symlink; no other symlink is walked into.
            let entries = if let listing {
                listing.entries(ofDirectory: absolute, followingLink: current.isEmpty)
            } else {
                try? fileSystem.directoryEntries(absolute)
            }
            guard let entries else { continue }
            for entry in entries {
                let relative = current.isEmpty ? entry.name : current + "/" + entry.name
                if entry.kind == .directory {
                    // The tool's own state and git's never count as project files.
                    if current.isEmpty, entry.name == ".pipeline" || entry.name == ".git" { continue }
                    if glob?.couldMatchBelow(relative) ?? true { stack.append(relative) }
                } else if glob?.matches(relative) ?? true {
                    result.append(relative)
                }
            }
        }
        return result.sorted()
    }
}

/// Lists directories, possibly from memory (see `StatIndex`).
protocol DirectoryListing: Sendable {
    /// The entries of the directory at `absolutePath`, sorted by name, as
    /// `FileSystem.directoryEntries` gives them; nil when it cannot be read, or is not a
    /// directory (a symlink to one counts only when `followingLink`).
    func entries(ofDirectory absolutePath: String, followingLink: Bool) -> [DirectoryEntry]?
}
