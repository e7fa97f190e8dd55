import Basics
import Foundation
import Testing
@testable import ShellLint

/// Compares this linter with a real `shellcheck` (`SHELLLINT_SHELLCHECK`, default Debian's) on
/// the corpus (and on the scripts in `SHELLLINT_DIFF_DIR`, when set). It runs only when `SHELLLINT_DIFFERENTIAL` names a report
/// file, since CI machines need not have ShellCheck; the figures are evidence, not a gate.
@Suite struct DifferentialTests {
    struct Key: Hashable, Comparable {
        var file: String
        var line: Int
        var code: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.file, lhs.line, lhs.code) < (rhs.file, rhs.line, rhs.code)
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SHELLLINT_DIFFERENTIAL"] != nil))
    func compareWithShellCheck() throws {
        let environment = ProcessInfo.processInfo.environment
        let reportPath = try #require(environment["SHELLLINT_DIFFERENTIAL"])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shelllint-diff-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var scripts: [(String, String)] = Corpus.scripts.map { ($0.name, $0.source) }
        if let extra = environment["SHELLLINT_DIFF_DIR"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: extra).sorted() where name.hasSuffix(".sh") {
                scripts.append((name, try String(contentsOfFile: extra + "/" + name, encoding: .utf8)))
            }
        }
        var ours = Set<Key>()
        var paths: [String] = []
        let start = Date()
        for (name, source) in scripts {
            for finding in ShellLinter.lint(source: source, file: name) {
                ours.insert(Key(file: name, line: finding.span.start.line, code: finding.code))
            }
        }
        let ourTime = Date().timeIntervalSince(start)
        for (name, source) in scripts {
            let url = directory.appendingPathComponent(name)
            try source.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: environment["SHELLLINT_SHELLCHECK"] ?? "/usr/bin/shellcheck")
        process.arguments = ["-f", "gcc"] + paths
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        let theirStart = Date()
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let theirTime = Date().timeIntervalSince(theirStart)
        var theirs = Set<Key>()
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 3)
            guard fields.count == 4, let number = Int(fields[1]),
                  let open = line.lastIndex(of: "["), let close = line.lastIndex(of: "]") else { continue }
            let name = String(fields[0].split(separator: "/").last ?? "")
            theirs.insert(Key(file: name, line: number, code: String(line[line.index(after: open)..<close])))
        }
        let common = ours.intersection(theirs)
        let implemented = Set(ShellLinter.rules.map(\.code)).union(["SC1009", "SC1072", "SC1073", "SC1017"])
        let theirsImplemented = theirs.filter { implemented.contains($0.code) }
        var report = "scripts: \(scripts.count)\n"
        report += "ours: \(ours.count), shellcheck: \(theirs.count) (\(theirsImplemented.count) in implemented codes), common: \(common.count)\n"
        report += "precision: \(Double(common.count) / Double(max(ours.count, 1)))\n"
        report += "recall (implemented codes): \(Double(common.count) / Double(max(theirsImplemented.count, 1)))\n"
        report += "recall (all codes): \(Double(common.count) / Double(max(theirs.count, 1)))\n"
        report += "time ours: \(ourTime) s, shellcheck: \(theirTime) s\n"
        report += "\nonly ours:\n" + ours.subtracting(theirs).sorted().map { "  \($0.file):\($0.line) \($0.code)" }.joined(separator: "\n")
        report += "\nonly shellcheck (implemented codes):\n"
            + theirsImplemented.subtracting(ours).sorted().map { "  \($0.file):\($0.line) \($0.code)" }.joined(separator: "\n")
        report += "\nonly shellcheck (other codes):\n"
            + theirs.filter { !implemented.contains($0.code) }.sorted().map { "  \($0.file):\($0.line) \($0.code)" }
            .joined(separator: "\n")
        try report.write(toFile: reportPath, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(at: directory)
    }
}
