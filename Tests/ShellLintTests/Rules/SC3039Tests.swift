import Testing
@testable import ShellLint

/// `⚠️` marks where SC3039 must be reported; snippets without a marker must not report it.
@Suite struct SC3039Tests {
    @Test(arguments: [
        "⚠️let x=1",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3039", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "x=$((1))",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3039", snippet, dialect: .sh)
    }
}
