import Basics
import DockerfileLint
import Pipeline
import ShellLint
import SupervisorLint

/// Lints a project's files with the native checkers: Dockerfiles
/// with the hadolint rules, shell scripts with the ShellCheck rules, supervisord configs with
/// our PL2xxx rules. Configuration comes from
/// the project root's `.hadolint.yaml` and `.shellcheckrc`, as those tools read them.
public struct ProjectLinter: Sendable {
    /// What kind of file a path is, by name or shebang.
    public enum FileKind: String, Sendable {
        case dockerfile, shell, supervisord
    }

    /// Configuration problems (an unreadable `.hadolint.yaml`).
    public struct ConfigurationError: Error, CustomStringConvertible {
        public var description: String
    }

    let root: String
    let fileSystem: any FileSystem
    let dockerfileConfig: DockerfileLintConfig
    let shellOptions: ShellLintOptions
    /// Codes ignored on top of the files' own configuration (`ignore` of a lint stage).
    let ignored: Set<String>

    /// Reads `.hadolint.yaml` (or `configPath`) and `.shellcheckrc` under `root`.
    public init(root: String, fileSystem: any FileSystem, configPath: String? = nil, ignored: Set<String> = []) throws(ConfigurationError) {
        self.root = root
        self.fileSystem = fileSystem
        self.ignored = ignored
        var config = DockerfileLintConfig()
        let candidates = configPath.map { [$0] } ?? [".hadolint.yaml", ".hadolint.yml"]
        for candidate in candidates {
            let path = Paths.join(root, candidate)
            guard let bytes = try? fileSystem.readFile(path) else {
                if configPath != nil { throw ConfigurationError(description: "\(candidate): cannot read it") }
                continue
            }
            do {
                config = try HadolintConfig.parse(String(decoding: bytes, as: UTF8.self))
            } catch {
                throw ConfigurationError(description: "\(candidate): \(error)")
            }
            break
        }
        dockerfileConfig = config
        var options = ShellLintOptions()
        if let bytes = try? fileSystem.readFile(Paths.join(root, ".shellcheckrc")) {
            options.apply(ShellcheckRC.parse(String(decoding: bytes, as: UTF8.self)))
        }
        shellOptions = options
    }

    /// The kind of `path` (relative), looking at its first line for a shell shebang.
    public func kind(of path: String) -> FileKind? {
        kind(of: path) { try? fileSystem.readFile(Paths.join(root, path), upTo: 200) }
    }

    /// The kind of `path`, by its name or else by the first line of `bytes()` (read only then).
    private func kind(of path: String, bytes: () -> [UInt8]?) -> FileKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "Dockerfile" || name == "Containerfile" || name.hasSuffix(".Dockerfile") || name.hasPrefix("Dockerfile.") {
            return .dockerfile
        }
        if name.hasSuffix(".conf") && (name.hasPrefix("supervisord") || name.hasSuffix(".supervisord.conf")) { return .supervisord }
        if name.hasSuffix(".sh") || name.hasSuffix(".bash") || name.hasSuffix(".ksh") || name.hasSuffix(".dash") { return .shell }
        guard !name.contains("."), let bytes = bytes() else { return nil }
        let firstLine = String(decoding: bytes.prefix(200).prefix { $0 != 0x0A }, as: UTF8.self)
        return firstLine.hasPrefix("#!") && ShellDialect(shebang: firstLine) != nil ? .shell : nil
    }

    /// The lintable files under the given paths (files or directories, relative to the root).
    public func files(in paths: [String]) -> [String] {
        let walker = FileWalker(fileSystem: fileSystem, root: root)
        var result: [String] = []
        for path in paths.isEmpty ? ["."] : paths {
            let normalized = Paths.normalize(path) ?? path
            if fileSystem.kind(of: Paths.join(root, normalized)) == .directory {
                let prefix = normalized.isEmpty ? "" : normalized + "/"
                result += walker.files(matching: Glob(prefix + "**")).filter { kind(of: $0) != nil }
            } else {
                result.append(normalized)
            }
        }
        return Array(Set(result)).sorted()
    }

    /// Lints `files` (relative paths) on every core. Files are read first, one after another;
    /// then each is checked by its own task. Findings come back in the order of `files`, each
    /// file's in the checker's order, so the output is the same however the tasks ran.
    public func lint(_ files: [String]) async throws(FileSystemError) -> [Finding] {
        var sources: [(file: String, kind: FileKind?, text: String)] = []
        sources.reserveCapacity(files.count)
        for file in files {
            let bytes = try fileSystem.readFile(Paths.join(root, file))
            sources.append((file, kind(of: file) { bytes }, String(decoding: bytes, as: UTF8.self)))
        }
        // Scripts beside a Dockerfile feed its ENTRYPOINT rule (PL1004): read once, shared by all.
        let scripts = sources.filter { $0.kind == .shell }.map { (path: $0.file, text: $0.text) }
        let results = await withTaskGroup(of: (Int, [Finding]).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, self.lint(source.file, kind: source.kind, text: source.text, scripts: scripts)) }
            }
            var results = [[Finding]](repeating: [], count: sources.count)
            for await (index, findings) in group { results[index] = findings }
            return results
        }
        return results.flatMap { $0 }
    }

    /// One file's findings.
    private func lint(_ file: String, kind: FileKind?, text: String, scripts: [(path: String, text: String)]) -> [Finding] {
        switch kind {
        case .dockerfile?:
            var config = dockerfileConfig
            config.ignored.formUnion(ignored)
            let directory = Paths.parent(file)
            var nearby: [String: String] = [:]
            for script in scripts where directory.isEmpty || script.path.hasPrefix(directory + "/") {
                nearby[directory.isEmpty ? script.path : String(script.path.dropFirst(directory.count + 1))] = script.text
            }
            return DockerfileLinter.lint(source: text, file: file, config: config, scripts: nearby)
        case .shell?:
            return ShellLinter.lint(source: text, file: file, options: shellOptions).filter { !ignored.contains($0.code) }
        case .supervisord?:
            return SupervisorLinter.lint(source: text, file: file, ignored: ignored)
        case nil:
            // Named explicitly but of no known kind: try it as a shell script, as shellcheck would.
            return ShellLinter.lint(source: text, file: file, options: shellOptions).filter { !ignored.contains($0.code) }
        }
    }
}
