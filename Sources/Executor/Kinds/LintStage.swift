import Basics
import Pipeline

/// The `lint` kind: lints its `inputs` (Dockerfiles, shell scripts, supervisord
/// configs), writes
/// `lint.sarif` and `lint.json` into `.pipeline/out/<stage>/`, and fails when a finding reaches
/// `failureThreshold` (default: warning).
public enum LintReports {
    /// The reports every lint stage writes, in each format CI systems read: SARIF (code
    /// scanning), hadolint's JSON, GitHub annotations, GitLab Code Quality.
    static let files: [(name: String, format: FindingFormat)] = [
        ("lint.sarif", .sarif), ("lint.json", .json), ("lint.github", .github), ("gl-code-quality.json", .codeclimate),
    ]

    /// Where a lint stage's reports go, relative to the root.
    public static func directory(_ stage: String) -> String { ".pipeline/out/" + stage }
}

struct LintStage: StageRunner {
    let config: LintConfig

    func isCacheable(_ stage: Stage) -> Bool { true }

    func commandLine(for stage: Stage) -> String? { "lint " + stage.inputs.joined(separator: " ") }

    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs {
        // The checkers' configuration is an input too.
        CacheInputs(files: [".hadolint.yaml", ".hadolint.yml", ".shellcheckrc"].filter {
            context.fileSystem.kind(of: Paths.join(context.root, $0)) == .file
        } + (config.config.map { [$0] } ?? []))
    }

    func run(_ context: StageContext) async -> StageResult {
        let stage = context.stage
        let linter: ProjectLinter
        do {
            linter = try ProjectLinter(root: context.root, fileSystem: context.fileSystem, configPath: config.config,
                                       ignored: Set(config.ignore))
        } catch {
            return .failed(error.description)
        }
        let walker = FileWalker(fileSystem: context.fileSystem, root: context.root)
        var files = Set<String>()
        for pattern in stage.inputs {
            for file in walker.files(matching: Glob(pattern)) where linter.kind(of: file) != nil { files.insert(file) }
        }
        let findings: [Finding]
        do {
            findings = try await linter.lint(files.sorted())
        } catch {
            return .failed("cannot read \(error.path): \(error.reason)")
        }
        let text = FindingFormatter.format(findings, as: .tty)
        context.output.append(ArraySlice(Array(text.utf8)))
        let directory = LintReports.directory(stage.name)
        do {
            try context.fileSystem.createDirectory(Paths.join(context.root, directory))
            for (name, format) in LintReports.files {
                try context.fileSystem.writeFileAtomically(Paths.join(context.root, Paths.join(directory, name)),
                                                            Array(FindingFormatter.format(findings, as: format).utf8))
            }
        } catch {
            return .failed("cannot write the lint reports: \(error)")
        }
        let produced = LintReports.files.map { Paths.join(directory, $0.name) }
        context.output.note("pipeline: linted \(files.count) file\(files.count == 1 ? "" : "s"), \(findings.count) finding\(findings.count == 1 ? "" : "s")")
        let threshold = config.failureThreshold
        guard let limit = Severity(rawValue: threshold) else { return StageResult(status: .succeeded, produced: produced) }
        let failing = findings.filter { $0.severity >= limit }
        if !failing.isEmpty {
            return .failed("\(failing.count) finding\(failing.count == 1 ? "" : "s") at or above \(threshold) (first: \(failing[0].file):\(failing[0].span.start.line) \(failing[0].code))")
        }
        return StageResult(status: .succeeded, produced: produced)
    }
}
