import Testing
@testable import ShellLint

/// `⚠️` marks where SC3020 must be reported; snippets without a marker must not report it.
@Suite struct SC3020Tests {
    @Test(arguments: [
        "ls ⚠️&> /dev/null",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3020", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "ls > /dev/null 2>&1",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3020", snippet, dialect: .sh)
    }
}
