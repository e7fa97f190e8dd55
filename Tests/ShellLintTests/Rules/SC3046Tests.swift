import Testing
@testable import ShellLint

/// `⚠️` marks where SC3046 must be reported; snippets without a marker must not report it.
@Suite struct SC3046Tests {
    @Test(arguments: [
        "⚠️source ./x",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3046", snippet, dialect: .sh)
    }

    @Test(arguments: [
        ". ./x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3046", snippet, dialect: .sh)
    }
}
