import Testing
@testable import ShellLint

/// `⚠️` marks where SC2143 must be reported; snippets without a marker must not report it.
@Suite struct SC2143Tests {
    @Test(arguments: [
        "if [ ⚠️\"$(grep x f)\" ]; then :; fi",
        "if [ ⚠️-n \"$(grep x f)\" ]; then :; fi",
        "if [ ⚠️-z \"$(ls | grep x)\" ]; then :; fi",
        "[[ ⚠️$(grep -q x f) ]]",
        "[[ ⚠️-n $(grep x f) ]]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2143", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "if [ \"$(grep x f)\" != \"\" ]; then :; fi",
        "if [ -n \"$(grep x f | head -1)\" ]; then :; fi",
        "if [ -n \"$(cat f)\" ]; then :; fi",
        "if grep -q x f; then :; fi",
        "test -n \"$(grep x f)\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2143", snippet, dialect: .bash)
    }

    @Test func zTestSuggestsNegation() {
        let findings = ShellLinter.lint(source: "[ -z \"$(grep x f)\" ]\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.filter { $0.code == "SC2143" }.map(\.message) == ["Use ! grep -q instead of comparing output with [ -z .. ]."])
    }
}
