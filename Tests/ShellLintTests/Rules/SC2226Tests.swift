import Testing
@testable import ShellLint

/// `⚠️` marks where SC2226 must be reported; snippets without a marker must not report it.
@Suite struct SC2226Tests {
    @Test(arguments: [
        "⚠️ln -s /etc/foo",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2226", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "ln -s /etc/foo .",
        "ln -s -t /tmp /etc/foo",
        "ln a b",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2226", snippet, dialect: .bash)
    }
}
