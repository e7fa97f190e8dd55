import Testing
@testable import ShellLint

/// `⚠️` marks where SC2162 must be reported; snippets without a marker must not report it.
@Suite struct SC2162Tests {
    @Test(arguments: [
        "⚠️read line",
        "while ⚠️read -p 'x' a; do :; done",
        "⚠️read -a arr",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2162", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "read -r line",
        "read -rp 'Name: ' name",
        "read -p 'x' -r a",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2162", snippet, dialect: .bash)
    }
}
