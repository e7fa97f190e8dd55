import Basics
import Executor
import Pipeline

/// The project cannot be used: no pipeline.json where asked, unreadable, or locked out.
struct ProjectError: UserFacingError {
    var description: String
    var exitCode: Int32 { 2 }
}

/// `pipeline release` or `pipeline tags` refuses the repository's state, or git fails it.
struct ReleaseRefusal: UserFacingError {
    var description: String
    var exitCode: Int32 { 2 }
}

/// The project a command works on: its root, its pipeline.json and the loaded definition.
struct Workspace {
    /// Absolute project root (the directory holding pipeline.json, or `-C`).
    var root: String
    var definition: PipelineDefinition

    /// Finds pipeline.json (`-f`, `-C`, else the current directory or the nearest parent that
    /// has one), reads the git built-ins if the file uses them, and loads it.
    static func load(_ options: GlobalOptions, system: SystemContext) async throws -> Workspace {
        let (root, file) = try locate(options, system: system)
        return try await load(root: root, file: file, options, system: system)
    }

    /// Where the project is: its root and its pipeline.json.
    static func locate(_ options: GlobalOptions, system: SystemContext) throws -> (root: String, file: String) {
        let fs = system.fileSystem
        let start = options.directory.map { Paths.normalize(Paths.join(system.currentDirectory, $0)) ?? $0 } ?? system.currentDirectory
        if let directory = options.directory, fs.kind(of: start) != .directory {
            throw ProjectError(description: "-C \(directory): no such directory")
        }
        var root = start
        let file: String
        if let given = options.file {
            file = Paths.normalize(Paths.join(start, given)) ?? given
            guard fs.kind(of: file) != nil else {
                throw ProjectError(description: "\(given): no such file; pass the path of a pipeline.json with -f")
            }
            if options.directory == nil { root = Paths.parent(file) }
        } else {
            var directory = start
            while fs.kind(of: Paths.join(directory, "pipeline.json")) == nil {
                guard options.directory == nil, directory != "/" else {
                    let where_ = options.directory == nil ? "\(start) or any parent directory" : start
                    throw ProjectError(description: "no pipeline.json in \(where_); create one (see README.md) or pass -f FILE")
                }
                directory = Paths.parent(directory)
            }
            root = directory
            file = Paths.join(directory, "pipeline.json")
        }
        return (root, file)
    }

    /// Reads, checks and expands pipeline.json.
    static func load(root: String, file: String, _ options: GlobalOptions, system: SystemContext) async throws -> Workspace {
        let fs = system.fileSystem
        let bytes: [UInt8]
        do {
            // Bounded: -f may name a device or a pipe that never ends.
            bytes = try fs.readFile(file, upTo: PipelineLoader.maximumFileSize + 1)
        } catch {
            throw ProjectError(description: "cannot read \(file): \(error.reason)")
        }
        let shown = file.hasPrefix(system.currentDirectory + "/") ? String(file.dropFirst(system.currentDirectory.count + 1)) : file
        let text = try PipelineLoader.text(of: bytes, file: shown)
        var builtins = ["PIPELINE_ROOT": root]
        if text.containsBytes(of: "GIT_"), let facts = await GitInfoReader(runner: system.runner, environment: system.environment, root: root).facts() {
            builtins["GIT_SHA"] = facts.sha
            builtins["GIT_SHORT_SHA"] = String(facts.sha.prefix(7))
            // A detached HEAD has no branch, and an untagged commit no tag: empty, not undefined.
            builtins["GIT_BRANCH"] = facts.branch ?? ""
            builtins["GIT_TAG"] = facts.tagsAtHead.sorted().last ?? ""
            builtins["GIT_DIRTY"] = facts.dirty ? "true" : "false"
        }
        let context = PipelineLoader.Context(file: shown, overrides: options.overrides, environment: system.environment, builtins: builtins)
        let definition = try PipelineLoader.load(text, context: context)
        if !definition.warnings.isEmpty { system.console.err(definition.warnings.map { "warning: \($0)\n" }.joined()) }
        return Workspace(root: root, definition: definition)
    }
}
