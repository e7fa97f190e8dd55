import Testing
@testable import ShellLint

/// `⚠️` marks where SC3057 must be reported; snippets without a marker must not report it.
@Suite struct SC3057Tests {
    @Test(arguments: [
        "echo \"⚠️${a:1:2}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3057", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"${a:-1}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3057", snippet, dialect: .sh)
    }
}
