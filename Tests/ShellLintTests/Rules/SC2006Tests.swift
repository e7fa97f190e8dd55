import Testing
@testable import ShellLint

/// `⚠️` marks where SC2006 must be reported; snippets without a marker must not report it.
@Suite struct SC2006Tests {
    @Test(arguments: [
        "x=⚠️`date`",
        "echo \"now: ⚠️`date`\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2006", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "x=$(date)",
        "echo '`date`'",
        "ls \\\n  `# long listing` \\\n  -l",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2006", snippet, dialect: .bash)
    }
}
