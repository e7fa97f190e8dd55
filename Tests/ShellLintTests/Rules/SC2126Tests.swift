import Testing
@testable import ShellLint

/// `⚠️` marks where SC2126 must be reported; snippets without a marker must not report it.
@Suite struct SC2126Tests {
    @Test(arguments: [
        "⚠️grep foo file | wc -l",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2126", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "grep -c foo file",
        "grep -o x f | wc -l",
        "grep x f | wc -c",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2126", snippet, dialect: .bash)
    }
}
