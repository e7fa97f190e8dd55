import Basics
import Pipeline

/// The `exec` kind: runs `run` (argv, no shell) or `sh` (via `/bin/sh -c`) in `cwd` with the
/// stage's `env`, then checks that every declared output exists.
struct ExecStage: StageRunner {
    let config: ExecConfig

    /// A command that declares neither inputs nor outputs has nothing to key on: caching it
    /// would run a `test` stage once and never again.
    func isCacheable(_ stage: Stage) -> Bool {
        !stage.inputs.isEmpty || !stage.outputs.isEmpty
    }

    func uncachedReason(_ stage: Stage) -> String { "declares no inputs or outputs, so it always runs" }

    func commandLine(for stage: Stage) -> String? {
        switch config.command {
        case .shell(let text): text
        case .argv(let argv): ShellQuoting.join(argv)
        }
    }

    func run(_ context: StageContext) async -> StageResult {
        let stage = context.stage
        let walker = FileWalker(fileSystem: context.fileSystem, root: context.root)
        let patterns = stage.outputs.map(Glob.init)
        // Last run's outputs are removed first, so a file it left never passes for one this run
        // produced. Only those: a pattern never deletes a file the stage did not make.
        for path in context.recordedOutputs where patterns.contains(where: { $0.territoryContains(path) }) {
            if let problem = context.outputGuard.problem(with: path) { return .failed("output \(problem)") }
            try? context.fileSystem.removeItem(Paths.join(context.root, path))
        }
        for (pattern, glob) in zip(stage.outputs, patterns) {
            let directory = glob.isLiteral ? Paths.parent(Paths.normalize(pattern) ?? pattern) : glob.literalPrefix
            let problem = if let literal = glob.literalPath {
                context.outputGuard.problem(with: literal)
            } else {
                context.outputGuard.problem(writingInto: directory)
            }
            if let problem { return .failed("output \(problem)") }
            if !directory.isEmpty {
                do {
                    try context.fileSystem.createDirectory(Paths.join(context.root, directory))
                } catch {
                    return .failed("cannot create the directory of output '\(pattern)': \(error.reason)")
                }
            }
        }

        // Files already there that the stage never recorded stay; they count as produced only if
        // the command writes them again.
        var before: [String: FileStatus] = [:]
        for glob in patterns {
            for path in walker.files(matching: glob) { before[path] = context.fileSystem.status(of: Paths.join(context.root, path)) }
        }

        var environment = context.environment
        environment.merge(stage.env) { _, new in new }
        let spec = ProcessSpec(arguments: config.arguments, environment: environment, workingDirectory: Paths.join(context.root, config.cwd))
        let output = context.output
        let termination: ProcessTermination
        do {
            termination = try await context.runner.run(spec) { output.append($0) }
        } catch {
            return .failed(context.redactor.redact(error.description))
        }
        guard termination.succeeded else {
            return .failed("command failed with \(termination)")
        }
        func produced(_ path: String) -> Bool {
            guard let old = before[path] else { return true }
            return context.fileSystem.status(of: Paths.join(context.root, path)) != old
        }
        var stale: [String] = []
        let missing = zip(stage.outputs, patterns).filter { pattern, glob in
            let matches = walker.files(matching: glob)
            if matches.contains(where: produced) || (matches.isEmpty && Self.isDirectory(pattern, context)) { return false }
            stale += matches
            return true
        }.map(\.0)
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            let note = stale.isEmpty ? "" : " (\(stale.map { "'\($0)'" }.joined(separator: ", ")) predates this run and was not written again)"
            return .failed("the command succeeded but did not produce the declared output\(missing.count == 1 ? "" : "s") \(list)\(note)")
        }
        return StageResult(status: .succeeded, untouched: Set(before.keys.filter { !produced($0) }))
    }

    /// An output naming an (empty) directory counts as produced when the directory exists.
    private static func isDirectory(_ pattern: String, _ context: StageContext) -> Bool {
        let glob = Glob(pattern)
        return glob.isLiteral && context.fileSystem.kind(of: Paths.join(context.root, pattern)) == .directory
    }
}
