import Testing
@testable import ShellLint

/// `⚠️` marks where SC2011 must be reported; snippets without a marker must not report it.
@Suite struct SC2011Tests {
    @Test(arguments: [
        "⚠️ls | xargs rm",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2011", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "find . -print0 | xargs -0 rm",
        "ls | grep x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2011", snippet, dialect: .bash)
    }
}
