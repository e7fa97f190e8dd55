import Testing
@testable import ShellLint

/// `⚠️` marks where SC1012 must be reported; snippets without a marker must not report it.
@Suite struct SC1012Tests {
    @Test(arguments: [
        "echo a⚠️\\tb",
        "IFS=⚠️\\n",
        "tr -d ⚠️\\r",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1012", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo 'a\\tb' \"a\\nb\" $'\\r'",
        "echo \\\\n",
        "echo \\d",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC1012", snippet, dialect: .bash)
    }

    @Test func namesTheEscape() {
        let findings = ShellLinter.lint(source: "echo \\n\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.map(\.message) == [
            "\\n is just literal 'n' here. For line feed, use a quoted, literal line feed instead.",
        ])
    }
}
