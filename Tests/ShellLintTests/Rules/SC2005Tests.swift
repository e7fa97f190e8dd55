import Testing
@testable import ShellLint

/// `⚠️` marks where SC2005 must be reported; snippets without a marker must not report it.
@Suite struct SC2005Tests {
    @Test(arguments: [
        "echo ⚠️$(date)",
        "echo ⚠️\"$(cat file)\"",
        "echo ⚠️`date`",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2005", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"now: $(date)\"",
        "echo $(date) x",
        "echo -n \"$(date)\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2005", snippet, dialect: .bash)
    }
}
