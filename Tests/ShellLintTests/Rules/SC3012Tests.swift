import Testing
@testable import ShellLint

/// `⚠️` marks where SC3012 must be reported; snippets without a marker must not report it.
@Suite struct SC3012Tests {
    @Test(arguments: [
        "[ \"$a\" ⚠️\\< \"$b\" ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3012", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "[ \"$a\" = \"$b\" ]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3012", snippet, dialect: .sh)
    }
}
