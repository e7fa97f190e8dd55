import Testing
@testable import ShellLint

/// `⚠️` marks where SC2010 must be reported; snippets without a marker must not report it.
@Suite struct SC2010Tests {
    @Test(arguments: [
        "⚠️ls | grep foo",
        "x=$(⚠️ls -l /tmp | grep -v total)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2010", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "ls /tmp",
        "ls | wc -l",
        "find . | grep x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2010", snippet, dialect: .bash)
    }
}
