import Testing
@testable import ShellLint

/// `⚠️` marks where SC2053 must be reported; snippets without a marker must not report it.
@Suite struct SC2053Tests {
    @Test(arguments: ["[[ $a = ⚠️$b ]]", "[[ $a != ⚠️${b} ]]", "[[ $a == ⚠️$1 ]]", "[[ $a = ⚠️${b%%x} ]]"])
    func catches(_ snippet: String) {
        expectMarked("SC2053", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[[ $a == \"$b\" ]]", "[[ $a = x$b ]]", "[[ $a = $b* ]]", "[ \"$a\" = \"$b\" ]", "[[ $a = $(cmd) ]]",
        "[[ $a =~ $b ]]", "[[ $a -eq $b ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2053", snippet, dialect: .bash)
    }

    @Test func namesTheOperator() {
        let findings = ShellLinter.lint(source: "[[ $a != $b ]]\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.filter { $0.code == "SC2053" }.map(\.message) == ["Quote the right-hand side of != in [[ ]] to prevent glob matching."])
    }
}
