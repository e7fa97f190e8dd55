import Basics
import Executor
import Pipeline
import Synchronization

/// The CI system a `pipeline ci` run is in, read from the variables each one sets.
enum CISystem: Equatable {
    /// GitHub Actions (`GITHUB_ACTIONS=true`); `stepSummary` is `$GITHUB_STEP_SUMMARY`.
    case gitHub(stepSummary: String?)
    /// GitLab CI (`GITLAB_CI=true`).
    case gitLab
    /// Anything else: plain prefixed lines.
    case other

    static func detect(_ environment: [String: String]) -> CISystem {
        if environment["GITHUB_ACTIONS"] == "true" {
            return .gitHub(stepSummary: environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 })
        }
        if environment["GITLAB_CI"] == "true" { return .gitLab }
        return .other
    }

    /// The lines that open and close a collapsible section of the job log.
    func section(_ stage: String, header: String, wallSeconds: UInt64) -> (open: String, close: String) {
        switch self {
        case .gitHub:
            return ("::group::" + GitHubCommand.escapeData(header) + "\n", "::endgroup::\n")
        case .gitLab:
            // Section names allow letters, digits, `_`, `.` and `-`.
            let name = "pipeline_" + String(stage.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) ? Character($0) : "_" })
            let escape = "\u{1B}[0K"
            return ("\(escape)section_start:\(wallSeconds):\(name)[collapsed=true]\r\(escape)\(header)\n",
                    "\(escape)section_end:\(wallSeconds):\(name)\r\(escape)\n")
        case .other:
            return ("", "")
        }
    }
}

/// CI log output for GitHub Actions and GitLab: each stage's output is held until the stage
/// ends and then printed whole inside a collapsible section, so stages running in parallel do
/// not interleave; a failure is also a GitHub error annotation.
final class SectionedReporter: RunReporter, Sendable {
    private let console: Console
    private let system: CISystem
    private let now: @Sendable () -> UInt64
    private let held = Mutex<[String: [String]]>([:])

    init(console: Console, system: CISystem, wallNanoseconds: @escaping @Sendable () -> UInt64) {
        self.console = console
        self.system = system
        now = wallNanoseconds
    }

    func stageStarted(_ name: String, command: String?, reason: String?) {
        held.withLock { held in
            held[name] = (reason.map { ["runs: " + $0] } ?? []) + (command.map { ["$ " + $0] } ?? [])
        }
    }

    func stageOutput(_ name: String, line: String) {
        held.withLock { $0[name, default: []].append(line) }
    }

    func stageFinished(_ outcome: StageOutcome) {
        let lines = held.withLock { $0.removeValue(forKey: outcome.name) } ?? []
        let time = formatDuration(nanoseconds: outcome.durationNanoseconds)
        let verdict: String
        switch outcome.status {
        case .succeeded: verdict = "ran in \(time)"
        case .cached: verdict = "cached"
        case .failed(let reason): verdict = "failed after \(time): \(reason)"
        case .interrupted: verdict = "interrupted after \(time)"
        case .skipped(let reason): verdict = "skipped: \(reason)"
        }
        var text = ""
        if lines.isEmpty {
            text = "[\(outcome.name)] \(verdict)\n"
        } else {
            let (open, close) = system.section(outcome.name, header: "\(outcome.name): \(verdict)", wallSeconds: now() / 1_000_000_000)
            text = open + lines.map { $0 + "\n" }.joined() + close + "[\(outcome.name)] \(verdict)\n"
        }
        if case .gitHub = system, case .failed(let reason) = outcome.status {
            text += GitHubCommand.line("error", [("title", "stage \(outcome.name) failed")], message: reason)
        }
        console.out(text)
    }

    func notice(_ message: String) {
        console.err("pipeline: \(message)\n")
    }
}

/// What `pipeline ci` leaves for the CI system after a run: the JUnit report, each lint
/// stage's SARIF beside it, GitHub annotations and step summary, GitLab's Code Quality report.
struct CIReports {
    static let directory = ".pipeline/reports"

    let system: CISystem
    let root: String
    let fileSystem: any FileSystem

    /// Writes the reports; returns why each one that could not be written failed.
    func write(_ result: RunResult, definition: PipelineDefinition, console: Console) -> [String] {
        var problems: [String] = []
        let directory = Paths.join(root, Self.directory)
        func put(_ name: String, _ text: String) {
            do {
                try fileSystem.createDirectory(directory)
                try fileSystem.writeFileAtomically(Paths.join(directory, name), Array(text.utf8))
            } catch {
                problems.append("cannot write \(Self.directory)/\(name): \(error.reason)")
            }
        }
        var codeQuality: [String] = []
        for outcome in result.outcomes where definition.stages[outcome.stage].kind == .lint {
            let reports = Paths.join(root, LintReports.directory(outcome.name))
            func read(_ name: String) -> String? {
                (try? fileSystem.readFile(Paths.join(reports, name))).map { String(decoding: $0, as: UTF8.self) }
            }
            switch outcome.status {
            case .succeeded, .cached, .failed: break
            case .skipped, .interrupted: continue
            }
            if let sarif = read("lint.sarif") { put("\(outcome.name).sarif", sarif) }
            if case .gitHub = system, let annotations = read("lint.github") { console.out(annotations) }
            if let issues = read("gl-code-quality.json") { codeQuality.append(Self.arrayItems(issues)) }
        }
        if case .gitLab = system, !codeQuality.isEmpty {
            put("gl-code-quality.json", "[" + codeQuality.filter { !$0.isEmpty }.joined(separator: ",") + "]\n")
        }
        if case .gitHub(let summary?) = system {
            do {
                let earlier = (try? fileSystem.readFile(summary)) ?? []
                try fileSystem.writeFileAtomically(summary, earlier + Array(Self.markdownSummary(result, definition: definition).utf8))
            } catch {
                problems.append("cannot append to GITHUB_STEP_SUMMARY (\(summary)): \(error.reason)")
            }
        }
        return problems
    }

    /// The items of a JSON array's text, without its brackets (empty for `[]`).
    static func arrayItems(_ text: String) -> String {
        var inner = Substring(text.trimmingWhitespace)
        guard inner.hasPrefix("["), inner.hasSuffix("]") else { return "" }
        inner = inner.dropFirst().dropLast()
        return String(inner).trimmingWhitespace
    }

    /// The job summary: one row per stage with its status, time and why it ran or was cached.
    static func markdownSummary(_ result: RunResult, definition: PipelineDefinition) -> String {
        func cell(_ text: String) -> String { text.replacing("|", with: "\\|").replacing("\n", with: " ") }
        var text = "### pipeline: \(result.succeeded ? "passed" : "failed")\n\n| stage | status | time | why |\n|---|---|---|---|\n"
        for outcome in result.outcomes {
            let why: String
            switch outcome.status {
            case .failed(let reason), .skipped(let reason): why = reason
            default: why = outcome.reason ?? ""
            }
            text += "| \(cell(outcome.name)) | \(outcome.status.label) | \(formatDuration(nanoseconds: outcome.durationNanoseconds)) | \(cell(why)) |\n"
        }
        return text + "\n"
    }
}
