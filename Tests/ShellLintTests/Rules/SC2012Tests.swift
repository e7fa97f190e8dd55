import Testing
@testable import ShellLint

/// `⚠️` marks where SC2012 must be reported; snippets without a marker must not report it.
@Suite struct SC2012Tests {
    @Test(arguments: [
        "⚠️ls -l | wc -l",
        "n=$(⚠️ls /tmp | head -1)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2012", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "ls | grep x",
        "ls -l",
        "ls | xargs echo",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2012", snippet, dialect: .bash)
    }
}
