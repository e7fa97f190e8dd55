import Basics
import Testing
import TestSupport
@testable import ShellLint

/// Lints `source` and returns the findings with `code`.
func findings(_ code: String, in source: String, dialect: ShellDialect? = .bash, assigned: Set<String> = []) -> [Finding] {
    // Optional rules are switched on for their own tests.
    let options = ShellLintOptions(dialect: dialect, enabledCodes: [code], assignedNames: assigned)
    return ShellLinter.lint(source: source, file: "test.sh", options: options).filter { $0.code == code }
}

/// Lints `snippet` and returns the positions of findings with `code`.
func findingLocations(_ code: String, in source: String, dialect: ShellDialect? = .bash,
                      assigned: Set<String> = []) -> [Basics.SourceLocation] {
    findings(code, in: source, dialect: dialect, assigned: assigned).map(\.span.start)
}

/// Checks that `code` is reported exactly at the snippet's `⚠️` markers, once each (none when
/// it has none), and with `messages` when given.
func expectMarked(_ code: String, _ marked: String, dialect: ShellDialect? = .bash, messages: [String]? = nil,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let snippet = MarkedText(marked, scalarColumns: true)
    let parsed = ShellParser.parse(snippet.source, dialect: dialect ?? .bash)
    #expect(parsed.isComplete, "snippet does not parse: \(parsed.findings)", sourceLocation: sourceLocation)
    let mismatch = snippet.mismatch(findings(code, in: snippet.source, dialect: dialect), messages: messages)
    #expect(mismatch == nil, "\(code) in:\n\(snippet.source)\n\(mismatch ?? "")", sourceLocation: sourceLocation)
}

@Suite struct MarkedTextTests {
    func finding(_ line: Int, _ column: Int, _ message: String = "m") -> Finding {
        Finding(file: "t", span: Basics.SourceSpan(at: Basics.SourceLocation(line: line, column: column)), code: "SC0000", severity: .info, message: message)
    }

    @Test func aFindingReportedTwiceFailsAndMessagesCount() {
        let snippet = MarkedText("echo ⚠️$a\necho 1️⃣$b\n")
        #expect(snippet.source == "echo $a\necho $b\n")
        #expect(snippet.positions == [Basics.SourceLocation(line: 1, column: 6), Basics.SourceLocation(line: 2, column: 6)])
        #expect(snippet.mismatch([finding(2, 6), finding(1, 6)]) == nil, "order of reporting does not matter")
        #expect(snippet.mismatch([finding(1, 6), finding(1, 6), finding(2, 6)]) != nil, "a duplicate fails")
        #expect(snippet.mismatch([finding(1, 6)]) != nil, "a missing one fails")
        #expect(snippet.mismatch([finding(1, 6, "x"), finding(2, 6, "y")], messages: ["x", "y"]) == nil)
        #expect(snippet.mismatch([finding(1, 6, "x"), finding(2, 6, "y")], messages: ["x", "z"]) != nil)
    }
}
