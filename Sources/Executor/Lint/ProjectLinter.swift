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
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "Dockerfile" || name == "Containerfile" || name.hasSuffix(".Dockerfile") || name.hasPrefix("Dockerfile.") {
            return .dockerfile
        }
        if name.hasSuffix(".conf") && (name.hasPrefix("supervisord") || name.hasSuffix(".supervisord.conf")) { return .supervisord }
        if name.hasSuffix(".sh") || name.hasSuffix(".bash") || name.hasSuffix(".ksh") || name.hasSuffix(".dash") { return .shell }
        guard !name.contains("."), let bytes = try? fileSystem.readFile(Paths.join(root, path)) else { return nil }
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

    /// Lints `files` (relative paths).
    public func lint(_ files: [String]) throws(FileSystemError) -> [Finding] {
        var findings: [Finding] = []
        let scripts = files.filter { kind(of: $0) == .shell }
        for file in files {
            let text = String(decoding: try fileSystem.readFile(Paths.join(root, file)), as: UTF8.self)
            switch kind(of: file) {
            case .dockerfile?:
                var config = dockerfileConfig
                config.ignored.formUnion(ignored)
                // Scripts beside the Dockerfile, for the ENTRYPOINT rule (PL1004).
                let directory = Paths.parent(file)
                var nearby: [String: String] = [:]
                for script in scripts where directory.isEmpty || script.hasPrefix(directory + "/") {
                    let relative = directory.isEmpty ? script : String(script.dropFirst(directory.count + 1))
                    nearby[relative] = (try? fileSystem.readFile(Paths.join(root, script))).map { String(decoding: $0, as: UTF8.self) }
                }
                findings += DockerfileLinter.lint(source: text, file: file, config: config, scripts: nearby)
            case .shell?:
                findings += ShellLinter.lint(source: text, file: file, options: shellOptions).filter { !ignored.contains($0.code) }
            case .supervisord?:
                findings += SupervisorLinter.lint(source: text, file: file, ignored: ignored)
            case nil:
                // Named explicitly but of no known kind: try it as a shell script, as shellcheck would.
                findings += ShellLinter.lint(source: text, file: file, options: shellOptions).filter { !ignored.contains($0.code) }
            }
        }
        return findings
    }
}
