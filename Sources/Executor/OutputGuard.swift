import Basics

/// Where a stage may delete, create and restore its outputs: inside the project with every
/// symlink followed, and never the pipeline's own file, `.pipeline/` or `.git/`. The loader
/// refuses such outputs by their text; this catches what only the disk can tell, a symlinked
/// directory leading out of the project.
struct OutputGuard: Sendable {
    let root: String
    let fileSystem: any FileSystem
    /// The pipeline definition, absolute; never deleted or overwritten.
    let definitionFile: String
    /// The root and the definition with their symlinks resolved, once: a no-op run asks about
    /// every output of every stage.
    private let realRoot: String?
    private let realDefinition: String

    init(root: String, fileSystem: any FileSystem, definitionFile: String? = nil) {
        self.root = root
        self.fileSystem = fileSystem
        let definitionFile = definitionFile ?? Paths.join(root, "pipeline.json")
        self.definitionFile = definitionFile
        realRoot = fileSystem.resolvedPath(root)
        realDefinition = fileSystem.resolvedPath(definitionFile) ?? definitionFile
    }

    /// Why the stage may not remove or write `relative` (a project-relative path), or nil.
    func problem(with relative: String) -> String? {
        problem(with: relative, shown: relative)
    }

    /// Why the stage may not write files into `directory` (project-relative, empty for the
    /// root), or nil. Where the directory itself leads is what counts, so a name inside it is
    /// checked.
    func problem(writingInto directory: String) -> String? {
        problem(with: directory.isEmpty ? "_" : directory + "/_", shown: directory.isEmpty ? "." : directory)
    }

    private func problem(with relative: String, shown: String) -> String? {
        guard let realRoot else { return "the project root \(root) cannot be resolved" }
        // The nearest directory above the path that exists, with its symlinks resolved.
        var existing = Paths.parent(relative)
        while !existing.isEmpty, fileSystem.kind(of: Paths.join(root, existing)) == nil { existing = Paths.parent(existing) }
        guard let realExisting = fileSystem.resolvedPath(Paths.join(root, existing)) else {
            return "'\(shown)' goes through '\(existing)', which cannot be resolved (a dangling or looping symlink)"
        }
        let rootPrefix = realRoot == "/" ? "/" : realRoot + "/"
        guard realExisting == realRoot || realExisting.hasPrefix(rootPrefix) else {
            return "'\(shown)' leads outside the project: '\(existing)' resolves to \(realExisting)"
        }
        let tail = existing.isEmpty ? relative : String(relative.dropFirst(existing.count + 1))
        let real = Paths.join(realExisting, tail)
        let inside = real == realRoot ? "" : String(real.dropFirst(rootPrefix.count))
        if inside.isEmpty { return "'\(shown)' is the project root" }
        // `.pipeline/out/` holds what the kinds themselves write (lint reports); the rest of
        // the state directory is never a stage's.
        for reserved in [".pipeline", ".git"] where (inside == reserved || inside.hasPrefix(reserved + "/")) && !inside.hasPrefix(".pipeline/out/") {
            return "'\(shown)' lies in \(reserved)/, which is not the stage's to change"
        }
        if real == realDefinition {
            return "'\(shown)' is the pipeline's own file"
        }
        return nil
    }
}
