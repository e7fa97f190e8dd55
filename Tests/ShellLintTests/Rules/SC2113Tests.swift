import Testing
@testable import ShellLint

/// `⚠️` marks where SC2113 must be reported; snippets without a marker must not report it.
@Suite struct SC2113Tests {
    @Test(arguments: [
        "⚠️function greet {\n  echo hi\n}\ngreet",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2113", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "greet() {\n  echo hi\n}\ngreet",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2113", snippet, dialect: .sh)
    }
}
