import Basics
import Foundation
import Testing
@testable import ShellLint

/// Throughput against ShellCheck on the corpus, and the 20,000-line script. A benchmark, not a
/// test: it runs only when `SHELLLINT_BENCHMARK` names a report file (build with `-c release`).
@Suite struct BenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SHELLLINT_BENCHMARK"] != nil))
    func lintThroughput() throws {
        let reportPath = try #require(ProcessInfo.processInfo.environment["SHELLLINT_BENCHMARK"])
        let rounds = 20
        var start = Date()
        var findings = 0
        for _ in 0..<rounds {
            for script in Corpus.scripts {
                findings += ShellLinter.lint(source: script.source, file: script.name).count
            }
        }
        let ours = Date().timeIntervalSince(start) / Double(rounds)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shelllint-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for script in Corpus.scripts {
            let url = directory.appendingPathComponent(script.name)
            try script.source.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        start = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/shellcheck")
        process.arguments = ["-f", "gcc"] + paths
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let theirs = Date().timeIntervalSince(start)
        let big = LargeScriptTests.script(blocks: 1_001)
        start = Date()
        let bigFindings = ShellLinter.lint(source: big, file: "big.sh").count
        let bigTime = Date().timeIntervalSince(start)
        let bigPath = directory.appendingPathComponent("big.sh")
        try big.write(to: bigPath, atomically: true, encoding: .utf8)
        start = Date()
        let bigProcess = Process()
        bigProcess.executableURL = URL(fileURLWithPath: "/usr/bin/shellcheck")
        bigProcess.arguments = ["-f", "gcc", bigPath.path]
        bigProcess.standardOutput = FileHandle.nullDevice
        try bigProcess.run()
        bigProcess.waitUntilExit()
        let bigTheirs = Date().timeIntervalSince(start)
        let report = """
            corpus: \(Corpus.scripts.count) scripts, \(findings / rounds) findings
            ShellLint: \(ours * 1000) ms per pass (mean of \(rounds))
            shellcheck: \(theirs * 1000) ms (one process for all files)
            ratio: \(theirs / ours)x
            20,000-line script: ShellLint \(bigTime * 1000) ms (\(bigFindings) findings), shellcheck \(bigTheirs * 1000) ms, ratio \(bigTheirs / bigTime)x

            """
        try report.write(toFile: reportPath, atomically: true, encoding: .utf8)
    }
}
