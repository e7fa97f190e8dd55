import Basics
import Pipeline

/// pipeline.json could not be found or read.
struct WorkspaceError: Error, CustomStringConvertible {
    var description: String
}

/// The project a command works on: its root, its pipeline.json and the loaded definition.
struct Workspace {
    /// Absolute project root (the directory holding pipeline.json, or `-C`).
    var root: String
    var definition: PipelineDefinition

    /// Finds pipeline.json (`-f`, `-C`, else the current directory or the nearest parent that
    /// has one), reads the git built-ins if the file uses them, and loads it.
    static func load(_ options: GlobalOptions, system: SystemContext) async throws -> Workspace {
        let fs = system.fileSystem
        let start = options.directory.map { Paths.normalize(Paths.join(system.currentDirectory, $0)) ?? $0 } ?? system.currentDirectory
        if let directory = options.directory, fs.kind(of: start) != .directory {
            throw WorkspaceError(description: "-C \(directory): no such directory")
        }
        var root = start
        let file: String
        if let given = options.file {
            file = Paths.normalize(Paths.join(start, given)) ?? given
            guard fs.kind(of: file) != nil else {
                throw WorkspaceError(description: "\(given): no such file; pass the path of a pipeline.json with -f")
            }
            if options.directory == nil { root = Paths.parent(file) }
        } else {
            var directory = start
            while fs.kind(of: Paths.join(directory, "pipeline.json")) == nil {
                guard options.directory == nil, directory != "/" else {
                    let where_ = options.directory == nil ? "\(start) or any parent directory" : start
                    throw WorkspaceError(description: "no pipeline.json in \(where_); create one (see README.md) or pass -f FILE")
                }
                directory = Paths.parent(directory)
            }
            root = directory
            file = Paths.join(directory, "pipeline.json")
        }
        let bytes: [UInt8]
        do {
            bytes = try fs.readFile(file)
        } catch {
            throw WorkspaceError(description: "cannot read \(file): \(error.reason)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw WorkspaceError(description: "\(file): not valid UTF-8 text")
        }
        let shown = file.hasPrefix(system.currentDirectory + "/") ? String(file.dropFirst(system.currentDirectory.count + 1)) : file
        var builtins = ["PIPELINE_ROOT": root]
        if text.contains("GIT_") {
            builtins.merge(await GitInfo.read(root: root, system: system).variables) { current, _ in current }
        }
        let context = PipelineLoader.Context(file: shown, overrides: options.overrides, environment: system.environment, builtins: builtins)
        let definition = try PipelineLoader.load(text, context: context)
        return Workspace(root: root, definition: definition)
    }
}

/// The git facts behind the `GIT_*` built-ins.
struct GitInfo {
    var sha: String?
    var branch: String?
    var tag: String?
    var dirty: Bool?

    /// Only what git could tell; outside a repository every name stays undefined.
    var variables: [String: String] {
        var result: [String: String] = [:]
        if let sha {
            result["GIT_SHA"] = sha
            result["GIT_SHORT_SHA"] = String(sha.prefix(7))
        }
        result["GIT_BRANCH"] = branch
        result["GIT_TAG"] = tag
        result["GIT_DIRTY"] = dirty.map { $0 ? "true" : "false" }
        return result
    }

    static func read(root: String, system: SystemContext) async -> GitInfo {
        async let sha = system.capture(["git", "rev-parse", "--verify", "-q", "HEAD"], in: root)
        async let branch = system.capture(["git", "symbolic-ref", "-q", "--short", "HEAD"], in: root)
        async let tag = system.capture(["git", "describe", "--tags", "--exact-match", "HEAD"], in: root)
        async let status = system.capture(["git", "status", "--porcelain"], in: root)
        let shaText = await sha
        guard let shaText, !shaText.isEmpty else { return GitInfo() }
        // A detached HEAD has no branch; the variable is then empty, not undefined.
        return GitInfo(sha: shaText, branch: await branch ?? "", tag: await tag ?? "", dirty: await status.map { !$0.isEmpty })
    }
}
