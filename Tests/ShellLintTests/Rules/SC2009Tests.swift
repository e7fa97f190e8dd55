import Testing
@testable import ShellLint

/// `⚠️` marks where SC2009 must be reported; snippets without a marker must not report it.
@Suite struct SC2009Tests {
    @Test(arguments: [
        "⚠️ps aux | grep foo",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2009", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "pgrep foo",
        "ps aux | head",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2009", snippet, dialect: .bash)
    }
}
