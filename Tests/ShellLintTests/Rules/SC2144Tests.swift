import Testing
@testable import ShellLint

/// `⚠️` marks where SC2144 must be reported; snippets without a marker must not report it.
@Suite struct SC2144Tests {
    @Test(arguments: [
        "[ ⚠️-e /tmp/*.txt ]",
        "[ ⚠️-f \"$d\"/*.txt ]",
        "[[ ⚠️-e /tmp/*.txt ]]",
        "[ ⚠️-d /tmp/a? ]\n[ ⚠️-s /x/[ab] ]",
        "[ ! ⚠️-e /a/*.t ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2144", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[ -e \"/tmp/*\" ]",
        "test -e /tmp/*.x",
        "[ -e /tmp/x ]",
        "[[ -e $f ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2144", snippet, dialect: .bash)
    }

    @Test func namesTheOperator() {
        let findings = ShellLinter.lint(source: "[ -L a* ]\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.filter { $0.code == "SC2144" }.map(\.message) == ["-L doesn't work with globs. Use a for loop."])
    }
}
