import Basics
import Foundation
import Testing
import TestSupport
@testable import SupervisorLint

/// Feeds the linter 20,000 random and mutated configs (fixed seed): nothing may trap or hang,
/// and every position must lie inside the text.
@Suite struct FuzzTests {
    static let fragments = ["[", "]", "[program:", "[group:g]\nprograms=", "[supervisord]\n", ":", "=", ";", " ;", "#",
                            " #", "\n", "\n  ", "\t", " ", "%", "%(", ")", ")s", "%(ENV_X)s", "%(process_num)02d", "%%",
                            "command=", "/bin/x", "stdout_logfile=/dev/stdout", "\r", "é", "🙂", "\u{0}", ",", "\"",
                            "priority=", "true", "user=", "stopsignal=", "-", "0", "50MB", "[include]\n"]

    static func mutate(_ text: String, _ rng: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !lines.isEmpty else { lines = [""]; continue }
            let index = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &rng))
            case 3: lines[index] = String(lines[index].unicodeScalars.prefix(Int.random(in: 0...lines[index].unicodeScalars.count, using: &rng)))
            default:
                var line = Array(lines[index].unicodeScalars)
                let position = Int.random(in: 0...line.count, using: &rng)
                line.insert(contentsOf: (fragments.randomElement(using: &rng) ?? "%").unicodeScalars, at: position)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: line)
                lines[index] = String(view)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func random(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0..<40, using: &rng)).map { _ in fragments.randomElement(using: &rng) ?? "" }.joined()
    }

    @Test func survivesRandomAndMutatedInput() {
        let corpus = [CleanConfigTests.clean, "[supervisord]\nlogfile=/var/log/s.log\n[program:web]\ncommand=nginx\n"]
        let rounds = ProcessInfo.processInfo.environment["PIPELINE_FUZZ_ROUNDS"].flatMap(Int.init) ?? 20_000
        var rng = SeededGenerator(state: 0x5EED)
        let started = ContinuousClock.now
        for round in 0..<rounds {
            let input = round % 4 == 0 ? Self.random(&rng) : Self.mutate(corpus[round % corpus.count], &rng)
            let lineCount = input.unicodeScalars.filter { $0 == "\n" }.count + 1
            for finding in SupervisorLinter.lint(source: input, file: "fuzz") {
                if !(finding.span.start.line >= 1 && finding.span.start.line <= lineCount
                     && finding.span.start <= finding.span.end && finding.span.start.column >= 1) {
                    Issue.record("\(finding) in \(input.debugDescription)")
                }
            }
        }
        #expect(ContinuousClock.now - started < .seconds(60))
    }
}
