import Testing
@testable import ShellLint

/// `⚠️` marks where SC2046 must be reported; snippets without a marker must not report it.
@Suite struct SC2046Tests {
    @Test(arguments: [
        "echo ⚠️$(ls)",
        "rm ⚠️`find . -name x`",
        "cp ⚠️$(cat list) /tmp",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2046", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$(ls)\"",
        "x=$(ls)",
        "arr=( $(ls) )",
        "for f in $(seq 3); do :; done",
        "echo $((1+2))",
        "export CC=$(command -v cc)",
        "ls \\\n  `# long listing` \\\n  -l",
        "if ! `grep -qs x $f`; then :; fi\nif $(echo a | grep -q b); then :; fi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2046", snippet, dialect: .bash)
    }

    /// Plain sh splits the value of a declaration builtin's assignment; bash does not.
    @Test func declarationValuesInSh() {
        expectMarked("SC2046", "export CC=⚠️$(command -v cc)\nreadonly Z=⚠️$(date)", dialect: .sh)
    }
}
