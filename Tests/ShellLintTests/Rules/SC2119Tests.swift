import Testing
@testable import ShellLint

/// `⚠️` marks where SC2119 must be reported; snippets without a marker must not report it.
@Suite struct SC2119Tests {
    @Test(arguments: [
        "f() { echo \"$1\"; }\n⚠️f",
        "h() { echo \"$@\"; }\n⚠️h\nx=$(⚠️h)",
        "r() { echo \"$1\"; }\n⚠️r 2>&1 | cat\nfor i in 1 2; do ⚠️r; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2119", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "g() { echo \"$1\"; }\ng\ng a",
        "n() { echo hi; }\nn",
        "m() { echo \"${1:-x}\"; }\nm",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2119", snippet, dialect: .bash)
    }

    @Test func namesTheFunction() {
        let findings = ShellLinter.lint(source: "f() { echo \"$1\"; }\nf\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.filter { $0.code == "SC2119" }.map(\.message) == ["Use f \"$@\" if function's $1 should mean script's $1."])
    }
}
