import Testing
@testable import ShellLint

/// `⚠️` marks where SC2120 must be reported; snippets without a marker must not report it.
@Suite struct SC2120Tests {
    @Test(arguments: [
        "⚠️f() { echo \"$1\"; }\nf",
        "⚠️h() { echo \"$@\"; }\nh\nx=$(h)",
        "⚠️k() { local a=$1; inner() { echo \"$1\"; }; inner x; echo \"$a\"; }\nk",
        "⚠️p() { echo \"${@:2}\" \"${#}\"; }\np",
        "⚠️q() { echo \"$1\"; }\nq > /dev/null",
        "⚠️q() { set -e; echo \"$1\"; }\nq",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2120", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "f() { echo \"$1\"; }",
        "g() { echo \"$1\"; }\ng a",
        "g() { set -- a b; echo \"$1\"; }\ng",
        "h() { echo \"${1-}\" \"${2:+x}\" \"$0\"; }\nh",
        "o() { echo \"$1\"; }\no \"$@\"",
        "n() { echo hi; }\nn",
        "p() { set $(cat /tmp/stat); echo \"$1\"; }\np",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2120", snippet, dialect: .bash)
    }

    @Test func namesTheFunction() {
        let findings = ShellLinter.lint(source: "f() { echo \"$1\"; }\nf\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.filter { $0.code == "SC2120" }.map(\.message) == ["f references arguments, but none are ever passed."])
    }
}
