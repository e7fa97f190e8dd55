import Basics
import Executor
import Pipeline

/// `pipeline lint [PATH...]`: the Dockerfile and shell checkers on files or directories, with
/// hadolint's and ShellCheck's codes, outside any pipeline.
struct LintCommand: Command {
    static let name = "lint"
    static let summary = "check Dockerfiles, shell scripts and supervisord configs"
    static let usage = """
    pipeline [options] lint [PATH...] [--format tty|json|sarif|checkstyle|gnu|github|codeclimate]
                            [--failure-threshold error|warning|info|style] [--no-fail] [--config FILE]

    Lints the given files, or every Dockerfile (a name containing Dockerfile or Containerfile
    in any case: Dockerfile, app.dockerfile, Dockerfile-windows, Dockerfile_dev,
    Containerfile.debug), shell script (.sh, .bash, or a shell shebang) and supervisord config
    (supervisord*.conf, *.supervisord.conf) below the given directories (default: the
    current one). A file named here is also a Dockerfile when its first instruction is FROM
    or ARG or it starts with `# syntax=`. A named directory with no such file is an error.
    Reads .hadolint.yaml (or --config FILE) and
    .shellcheckrc from the current directory; `# hadolint ignore=…` and
    `# shellcheck disable=…` comments work as in those tools. Exits 1 when a finding reaches
    the failure threshold (default: warning), unless --no-fail.
    """
    static let flags: Set<String> = ["format", "failure-threshold", "no-fail", "config"]
    let global: GlobalOptions
    let paths: [String]
    let format: FindingFormat
    let threshold: Severity
    let noFail: Bool
    let config: String?

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        global = invocation.global
        paths = invocation.arguments
        let formatText = invocation.flags["format"] ?? "tty"
        guard let format = FindingFormat(rawValue: formatText) else {
            throw UsageError("--format expects one of \(FindingFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(formatText)'", command: Self.name)
        }
        self.format = format
        let thresholdText = invocation.flags["failure-threshold"] ?? "warning"
        guard let threshold = Severity(rawValue: thresholdText) else {
            throw UsageError("--failure-threshold expects error, warning, info or style, got '\(thresholdText)'", command: Self.name)
        }
        self.threshold = threshold
        noFail = invocation.flags["no-fail"] != nil
        config = invocation.flags["config"]
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let root = global.directory.map { Paths.normalize(Paths.join(system.currentDirectory, $0)) ?? $0 } ?? system.currentDirectory
        let linter: ProjectLinter
        do {
            linter = try ProjectLinter(root: root, fileSystem: system.fileSystem, configPath: config)
        } catch {
            throw LintInputError(description: error.description)
        }
        for path in paths where system.fileSystem.kind(of: Paths.join(root, path)) == nil {
            throw LintInputError(description: "\(path): no such file or directory")
        }
        let found = linter.filesByPath(in: paths)
        for (path, files) in zip(paths, found) where files.isEmpty {
            throw LintInputError(description: "\(path): no Dockerfile, shell script or supervisord config to lint there")
        }
        let files = Array(Set(found.joined())).sorted()
        let findings = try await linter.lint(files)
        let style = Style.resolve(global.color, isTerminal: system.stdoutIsTerminal, environment: system.environment)
        system.console.out(FindingFormatter.format(findings, as: format, colored: style.enabled, toolVersion: PipelineMain.version))
        if format == .tty && !global.quiet {
            system.console.err("\(files.count) file\(files.count == 1 ? "" : "s") checked, \(findings.count) finding\(findings.count == 1 ? "" : "s")\n")
        }
        return !noFail && findings.contains { $0.severity >= threshold } ? 1 : 0
    }
}

/// A path given to `pipeline lint` that cannot be linted, or a config that cannot be read.
struct LintInputError: UserFacingError {
    var description: String
    var exitCode: Int32 { 2 }
}
