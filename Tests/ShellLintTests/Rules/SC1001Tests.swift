import Testing
@testable import ShellLint

/// `⚠️` marks where SC1001 must be reported; snippets without a marker must not report it.
@Suite struct SC1001Tests {
    @Test(arguments: [
        "\\command ⚠️\\ls -l",
        "echo x⚠️\\dy x⚠️\\-y x⚠️\\:y",
        "a=⚠️\\lx",
        "case $1 in ⚠️\\lx) ;; esac",
        "x⚠️\\ly arg",
        "echo $(echo ⚠️\\ly)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1001", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "\\ls -l",
        "echo \\. \\@ \\+ \\* \\$x \\\" \\' \\# \\{ \\~ \\\\",
        "echo \"\\d\" '\\d'",
        "echo ${x:-\\lx}",
        "echo \\n",
        "cat > f <<\\EOF\nbody\nEOF",
        "[[ $r =~ ^([>~^=]|\\>\\=)?v?$ ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC1001", snippet, dialect: .bash)
    }

    @Test func namesTheCharacter() {
        let findings = ShellLinter.lint(source: "echo \\q\n", file: "t.sh", options: ShellLintOptions(dialect: .bash))
        #expect(findings.map(\.message) == ["This \\q will be a regular 'q' in this context."])
    }
}
