import Basics
import Pipeline

/// The `render` kind: copies `from` into `.pipeline/out/<stage>/` keeping file
/// modes, rendering the files listed in `templates` (`{{ NAME }}`). What it hands on is the
/// digest of the rendered tree, so a re-render that produces the same bytes keeps everything
/// downstream cached (early cutoff).
struct RenderStage: StageRunner {
    let config: RenderConfig

    func isCacheable(_ stage: Stage) -> Bool { true }

    func commandLine(for stage: Stage) -> String? {
        "render \(config.from) → .pipeline/out/\(stage.name)/"
    }

    static func output(_ stage: Stage) -> String { ".pipeline/out/" + stage.name }

    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs {
        let from = config.from
        guard context.fileSystem.kind(of: Paths.join(context.root, from)) == .directory else {
            throw StageFailure(reason: "\"from\" directory '\(from)' does not exist")
        }
        let files = FileWalker(fileSystem: context.fileSystem, root: Paths.join(context.root, from)).allFiles()
        // The values the templates use are ingredients too; secrets are refused when rendering.
        var environment: [String: String] = [:]
        for template in config.templates {
            guard let bytes = try? context.fileSystem.readFile(Paths.join(context.root, Paths.join(from, template))) else { continue }
            for name in TemplateRenderer.names(in: String(decoding: bytes, as: UTF8.self)) {
                switch Self.lookup(name, context) {
                case .text(let value): environment["var " + name] = value
                case .secret: environment["var " + name] = "(secret)"
                case .undefined: environment["var " + name] = "(undefined)"
                }
            }
        }
        return CacheInputs(files: files.map { from.isEmpty ? $0 : from + "/" + $0 }, environment: environment)
    }

    static func lookup(_ name: String, _ context: StageContext) -> TemplateRenderer.Value {
        if context.variables.secrets.contains(name) { return .secret }
        var trace = VariableExpander.Trace()
        guard let value = try? context.variables.value(of: name, trace: &trace) else { return .undefined }
        return .text(value)
    }

    func verifyCached(_ facts: StageFacts, context: StageContext) async -> CachedState {
        // The directory is ours to rebuild; if anyone changed it, render again.
        guard let expected = facts.tree else { return .gone("its record has no tree digest") }
        return treeDigest(context) == expected ? .intact : .gone("its output directory .pipeline/out/\(context.stage.name)/ was changed or removed")
    }

    /// The digest of every file (path, mode, content) in the output directory.
    func treeDigest(_ context: StageContext) -> String {
        let directory = Paths.join(context.root, Self.output(context.stage))
        guard context.fileSystem.kind(of: directory) == .directory else { return "" }
        var hasher = SHA256()
        for file in FileWalker(fileSystem: context.fileSystem, root: directory).allFiles() {
            let path = Paths.join(directory, file)
            var content = SHA256()
            guard (try? context.fileSystem.readChunks(path) { content.update($0) }) != nil else { continue }
            let executable = context.fileSystem.status(of: path)?.executable ?? false
            hasher.update(file + "\0" + (executable ? "x" : "-") + "\0" + content.finalize().hex + "\n")
        }
        return hasher.finalize().hex
    }

    func run(_ context: StageContext) async -> StageResult {
        let stage = context.stage
        let from = config.from
        let source = Paths.join(context.root, from)
        let destination = Paths.join(context.root, Self.output(stage))
        guard context.fileSystem.kind(of: source) == .directory else {
            return .failed("\"from\" directory '\(from)' does not exist")
        }
        let templates = Set(config.templates)
        let files = FileWalker(fileSystem: context.fileSystem, root: source).allFiles()
        for template in templates.sorted() where !files.contains(template) {
            return .failed("template '\(template)' is not a file under '\(from)'")
        }
        do {
            if context.fileSystem.kind(of: destination) != nil { try context.fileSystem.removeItem(destination) }
            try context.fileSystem.createDirectory(destination)
            for file in files {
                let input = Paths.join(source, file)
                let output = Paths.join(destination, file)
                // A symlink is copied as the file it leads to, with that file's mode.
                let permissions = context.fileSystem.resolvedPath(input).flatMap(context.fileSystem.status(of:))?.permissions ?? 0o644
                let executable = permissions & 0o111 != 0
                try context.fileSystem.createDirectory(Paths.parent(output))
                if templates.contains(file) {
                    let text = String(decoding: try context.fileSystem.readFile(input), as: UTF8.self)
                    let rendered: String
                    do {
                        rendered = try TemplateRenderer.render(text, file: Paths.join(from, file), lookup: { Self.lookup($0, context) },
                                                               known: Array(context.variables.knownNames))
                    } catch {
                        return .failed(error.description)
                    }
                    try context.fileSystem.writeFileAtomically(output, Array(rendered.utf8))
                    if executable { try context.fileSystem.setExecutable(output, true) }
                    context.output.note("rendered \(Paths.join(from, file))")
                } else {
                    try context.fileSystem.copyFileAtomically(from: input, to: output, permissions: permissions)
                }
            }
        } catch {
            return .failed("cannot write \(error.path): \(error.reason)")
        }
        context.output.note("copied \(files.count) file\(files.count == 1 ? "" : "s") into \(Self.output(stage))/")
        return StageResult(status: .succeeded, facts: StageFacts(tree: treeDigest(context)))
    }
}
