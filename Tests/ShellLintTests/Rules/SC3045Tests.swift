import Testing
@testable import ShellLint

/// `⚠️` marks where SC3045 must be reported; snippets without a marker must not report it.
@Suite struct SC3045Tests {
    @Test(arguments: [
        "read ⚠️-p 'x' -r y",
        "read -r ⚠️-a arr",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3045", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "read -r line",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3045", snippet, dialect: .sh)
    }
}
