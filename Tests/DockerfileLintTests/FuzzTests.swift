import Basics
import Foundation
import Testing
import TestSupport
@testable import DockerfileLint

/// Feeds the parser 100,000 random and mutated Dockerfiles (fixed seed) and the whole linter a
/// share of them: nothing may trap or hang, and every position must lie inside the text.
@Suite struct FuzzTests {
    static let fragments = ["\\", "\\\n", "`", "<<EOF", "<<-EOF", "<<'EOF'", "EOF\n", "[", "]", "\"", "'", "${", "}",
                            "$", "\n", " ", "\t", "=", "--mount=type=cache,target=/x ", "--from=", "#", "# escape=`\n",
                            "RUN ", "FROM ", "COPY ", "ONBUILD ", "HEALTHCHECK CMD ", "ENV ", "ARG ", "AS ", "|", "&&",
                            "\r", "é", "🙂", "\u{0}", "[\"a\", ", "\\u00", "SHELL [\"pwsh\"]\n", "LABEL a=", "$(", ")"]

    static func mutate(_ text: String, _ rng: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !lines.isEmpty else { lines = [""]; continue }
            let index = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &rng))
            case 3: lines[index] = String(lines[index].prefix(Int.random(in: 0...max(0, lines[index].count), using: &rng)))
            default:
                var line = Array(lines[index].unicodeScalars)
                let position = Int.random(in: 0...line.count, using: &rng)
                let fragment = fragments.randomElement(using: &rng) ?? "\\"
                line.insert(contentsOf: fragment.unicodeScalars, at: position)
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
        let corpus = DifferentialCorpus.files.map(\.text)
        // `PIPELINE_FUZZ_ROUNDS` runs a longer campaign locally; CI keeps the fast default.
        let rounds = ProcessInfo.processInfo.environment["PIPELINE_FUZZ_ROUNDS"].flatMap(Int.init) ?? 100_000
        let seed = ProcessInfo.processInfo.environment["PIPELINE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED
        var rng = SeededGenerator(state: seed)
        for round in 0..<rounds {
            let input: String
            if round % 4 == 0 {
                input = Self.random(&rng)
            } else {
                input = Self.mutate(corpus[round % corpus.count], &rng)
            }
            let lineCount = input.unicodeScalars.filter { $0 == "\n" }.count + 1
            let result = DockerfileParser.parse(input)
            for instruction in result.instructions {
                #expect(instruction.span.start <= instruction.span.end)
                #expect(instruction.span.end.line <= lineCount + 1)
            }
            if round % 25 == 0 {
                for finding in DockerfileLinter.lint(source: input, file: "fuzz") {
                    #expect(finding.span.start.line >= 1 && finding.span.start.line <= lineCount + 1,
                            "\(finding) in \(input.debugDescription)")
                }
            }
        }
    }

    @Test func configReaderSurvivesMutatedYAML() {
        var rng = SeededGenerator(state: 0xC0FF)
        let yamlFragments = [":", "- ", "[", "]", "{", "}", "\"", "'", "#", "\n", "  ", "\t", "|", "&a", "*a", "---", "~"]
        for _ in 0..<20_000 {
            var scalars = Array(DifferentialCorpus.configuration.unicodeScalars)
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let position = Int.random(in: 0...scalars.count, using: &rng)
                if Bool.random(using: &rng), position < scalars.count {
                    scalars.removeSubrange(position..<min(scalars.count, position + Int.random(in: 1...8, using: &rng)))
                } else {
                    scalars.insert(contentsOf: (yamlFragments.randomElement(using: &rng) ?? ":").unicodeScalars, at: position)
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            do {
                _ = try HadolintConfig.parse(String(view))
            } catch {
                #expect(error.line >= 1)
            }
        }
    }
}
