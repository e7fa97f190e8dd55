import Basics
import Testing
import TestSupport
@testable import ShellLint

/// Feeds the parser and linter random and mutated scripts: nothing may crash or hang.
@Suite struct FuzzTests {
    static let fragments: [String] = [
        "'", "\"", "`", "$(", "${", "$((", "((", "))", "<<", "<<EOF\n", "\nEOF\n", "<<-'X'\n", "\tX\n", "[[", "]]",
        "{", "}", "(", ")", "\\", "\n", ";;", ";&", "case x in ", "esac", "if ", "then ", "fi", "do ", "done", "$",
        "|", "&&", "||", "#", "\r\n", "<<<", "${x:-", "${#", "${!", "[", "]", "=", "a=(", "for ((", "function f ",
        "f() ", "$'", "\\\n", " ", ";", "&", ">&", "2>", "<(", "@(", "while ", "until ", "select ", "in ", "! ",
        "\0", "é", "🙂", "${a[@]}", "$@", "\"$x\"", "$x", "*", "~", "-", "--",
    ]

    /// The parser cases plus the corpus cut into six-line pieces (small inputs keep the test
    /// fast and make each mutation matter more).
    static var seeds: [String] {
        var pieces = ParserTests.validScripts
        for script in Corpus.scripts {
            let lines = script.source.split(separator: "\n", omittingEmptySubsequences: false)
            for start in stride(from: 0, to: lines.count, by: 6) {
                pieces.append(lines[start..<min(start + 6, lines.count)].joined(separator: "\n"))
            }
        }
        return pieces
    }

    static func mutate(_ text: String, _ random: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        let edits = Int.random(in: 1...4, using: &random)
        for _ in 0..<edits {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !scalars.isEmpty:
                let end = min(scalars.count, position + Int.random(in: 1...3, using: &random))
                if position < end { scalars.removeSubrange(position..<end) }
            case 1 where !scalars.isEmpty:
                let start = min(position, scalars.count - 1)
                let end = min(scalars.count, start + Int.random(in: 1...20, using: &random))
                scalars.insert(contentsOf: scalars[start..<end], at: start)
            case 2:
                scalars.removeSubrange(min(position, scalars.count)..<scalars.count)
            default:
                let fragment = fragments.randomElement(using: &random) ?? "'"
                scalars.insert(contentsOf: fragment.unicodeScalars, at: min(position, scalars.count))
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func randomScript(_ random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...30, using: &random) {
            text += fragments.randomElement(using: &random) ?? ""
            if Bool.random(using: &random) { text += "w" }
        }
        return text
    }

    static func checkInvariants(_ text: String) {
        let result = ShellParser.parse(text)
        // Count scalars: as Characters, "\r\n" is one grapheme and would not match "\n".
        let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        for finding in result.findings where finding.span.start.line < 1 || finding.span.start.line > lines + 1 {
            Issue.record("finding outside the text: \(finding) for \(text.debugDescription)")
        }
    }

    /// 100,000 inputs; every twentieth one also goes through the whole linter.
    @Test(.timeLimit(.minutes(2)))
    func mutatedAndRandomInputsNeverCrashOrHang() {
        var random = SeededGenerator(state: 0x5EED)
        let seeds = Self.seeds
        var incomplete = 0
        for iteration in 0..<100_000 {
            let text: String
            if iteration % 5 == 4 {
                text = Self.randomScript(&random)
            } else {
                let seed = seeds[iteration % seeds.count]
                text = Self.mutate(seed, &random)
            }
            Self.checkInvariants(text)
            if iteration % 20 == 0 {
                let findings = ShellLinter.lint(source: text, file: "fuzz.sh")
                if findings.contains(where: { $0.code == "SC1072" }) { incomplete += 1 }
            }
        }
        // The mutations must actually reach the error paths.
        #expect(incomplete > 50)
    }

    @Test func pathologicalInputs() {
        let inputs = [
            String(repeating: "(", count: 10_000),
            String(repeating: "{ ", count: 10_000),
            String(repeating: "$(", count: 10_000),
            String(repeating: "${x:-", count: 10_000),
            String(repeating: "[[ ( ", count: 5_000),
            String(repeating: "\"`", count: 5_000),
            String(repeating: "if a; then ", count: 5_000),
            String(repeating: "cat <<EOF\n", count: 2_000),
            String(repeating: "\\", count: 10_001),
            String(repeating: "$((", count: 5_000),
            String(repeating: "a=(", count: 5_000),
            "",
            "\n\n\n",
            "#!",
            "\0\0\0",
        ]
        for input in inputs {
            _ = ShellLinter.lint(source: input, file: "x.sh")
        }
    }

    /// Shapes that would be quadratic (or worse) in a careless rule must still finish quickly.
    static let pathologicalShapes = [
        String(repeating: "x=1 | cat\necho \"$x\"\n", count: 2_000),
        "echo " + String(repeating: "{", count: 20_000),
        "case $1 in\n" + String(repeating: "*a*a*a*a*a*a*a*a*a*a*a*a) ;;\n", count: 200) + "aaaaaaaaaaaaaaaaaaaaaaaaab) ;;\nesac\n",
        String(repeating: "( y=1 )\n", count: 2_000) + String(repeating: "echo \"$y\"\n", count: 2_000),
        String(repeating: "# shellcheck disable=SC2086\necho $1\n", count: 2_000),
        String(repeating: "f() { :; }\n", count: 2_000),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: 0..<pathologicalShapes.count)
    func pathologicalShapesStayFast(_ index: Int) {
        let shape = Self.pathologicalShapes[index]
        #expect(ShellParser.parse(shape).isComplete)
        _ = ShellLinter.lint(source: shape, file: "x.sh")
    }
}
