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

    /// The kind of `path` (relative to the root, or absolute), looking at its first line for a
    /// shell shebang. A file the user `named` is also a Dockerfile when its first instruction is
    /// `FROM` or `ARG` or it starts with a `# syntax=` directive.
    public func kind(of path: String, named: Bool = false) -> FileKind? {
        kind(of: path, named: named) { try? fileSystem.readFile(absolute(path), upTo: 4096) }
    }

    /// The kind of `path`, by its name or else by the start of `bytes()` (read only then).
    private func kind(of path: String, named: Bool, bytes: () -> [UInt8]?) -> FileKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if Self.isDockerfileName(name) { return .dockerfile }
        if name.hasSuffix(".conf") && (name.hasPrefix("supervisord") || name.hasSuffix(".supervisord.conf")) { return .supervisord }
        if name.hasSuffix(".sh") || name.hasSuffix(".bash") || name.hasSuffix(".ksh") || name.hasSuffix(".dash") { return .shell }
        guard !name.contains(".") || named, let bytes = bytes() else { return nil }
        let firstLine = String(decoding: bytes.prefix(200).prefix { $0 != 0x0A }, as: UTF8.self)
        if firstLine.hasPrefix("#!") { return ShellDialect(shebang: firstLine) != nil ? .shell : nil }
        return named && Self.startsLikeDockerfile(bytes) ? .dockerfile : nil
    }

    /// Extensions of files that only mention Dockerfiles in their name: templates, docs, code and
    /// scripts that write Dockerfiles (`generate-dockerfile.sh`, `dockerfile.go`, `Dockerfile.j2`).
    static let notDockerfileExtensions: Set<String> = [
        "md", "txt", "rst", "adoc", "html", "json", "yml", "yaml", "toml", "xml", "ini", "cfg", "conf",
        "sh", "bash", "py", "go", "rb", "js", "ts", "java", "rs", "pl", "php", "c", "h", "swift",
        "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "erb", "mustache", "hbs", "ejs",
        "orig", "rej", "bak", "swp", "patch", "diff", "lock", "sample", "example", "dockerignore",
    ]

    /// Whether a file name says Dockerfile: it contains `Dockerfile` or `Containerfile` in any
    /// case, with any prefix or suffix (`Dockerfile`, `app.dockerfile`, `Dockerfile-windows`,
    /// `Dockerfile_dev`, `Containerfile.debug`), unless its extension names another kind of file.
    public static func isDockerfileName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.contains("dockerfile") || lower.contains("containerfile") else { return false }
        if lower == "dockerfile" || lower == "containerfile" { return true }
        guard let dot = lower.lastIndex(of: ".") else { return true }
        let ext = String(lower[lower.index(after: dot)...])
        return ext.contains("dockerfile") || ext.contains("containerfile") || !notDockerfileExtensions.contains(ext)
    }

    /// Whether the text's first instruction (after blank lines and comments) is `FROM` or `ARG`,
    /// or it opens with a `# syntax=` parser directive.
    static func startsLikeDockerfile(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed == "\r" { continue }
            if trimmed.hasPrefix("#") {
                let directive = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }.lowercased()
                if directive.hasPrefix("syntax=") || directive.hasPrefix("syntax =") { return true }
                continue
            }
            let word = trimmed.prefix { $0 != " " && $0 != "\t" }.uppercased()
            return word == "FROM" || word == "ARG"
        }
        return false
    }

    /// `path` as the file system sees it: joined to the root and with `..` folded.
    func absolute(_ path: String) -> String {
        let joined = Paths.join(root, path)
        return Paths.normalize(joined) ?? joined
    }

    /// The lintable files under the given paths (files or directories, relative to the root or
    /// absolute; `..` may climb above the root). Files below a directory are reported with the
    /// directory as it was given (`../app/Dockerfile`, `/srv/app/Dockerfile`).
    public func files(in paths: [String]) -> [String] {
        Array(Set(filesByPath(in: paths).joined())).sorted()
    }

    /// The lintable files under each of the given paths (`.` when none), in their order.
    public func filesByPath(in paths: [String]) -> [[String]] {
        (paths.isEmpty ? ["."] : paths).map { path in
            var result: [String] = []
            let inside = Paths.normalize(path).flatMap { $0.hasPrefix("/") ? nil : $0 }
            let shown = inside ?? (path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path)
            if fileSystem.kind(of: absolute(path)) == .directory {
                let walker = FileWalker(fileSystem: fileSystem, root: absolute(path))
                let prefix = shown.isEmpty ? "" : shown == "/" ? "/" : shown + "/"
                result += walker.allFiles().map { prefix + $0 }.filter { kind(of: $0) != nil }
            } else {
                result.append(shown)
            }
            return result
        }
    }

    /// Lints `files` (relative paths) on every core. Files are read first, one after another;
    /// then each is checked by its own task. Findings come back in the order of `files`, each
    /// file's in the checker's order, so the output is the same however the tasks ran.
    public func lint(_ files: [String]) async throws(FileSystemError) -> [Finding] {
        var sources: [(file: String, kind: FileKind?, text: String)] = []
        sources.reserveCapacity(files.count)
        for file in files {
            let bytes = try fileSystem.readFile(absolute(file))
            sources.append((file, kind(of: file, named: true) { bytes }, String(decoding: bytes, as: UTF8.self)))
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
