import Testing
@testable import ShellLint

/// `⚠️` marks where SC3059 must be reported; snippets without a marker must not report it.
@Suite struct SC3059Tests {
    @Test(arguments: [
        "echo \"⚠️${a^^}\" \"⚠️${a,}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3059", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"${a}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3059", snippet, dialect: .sh)
    }
}
