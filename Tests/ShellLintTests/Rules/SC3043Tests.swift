import Testing
@testable import ShellLint

/// `⚠️` marks where SC3043 must be reported; snippets without a marker must not report it.
@Suite struct SC3043Tests {
    @Test(arguments: [
        "f() { ⚠️local v=1; echo \"$v\"; }",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3043", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "f() { v=1; echo \"$v\"; }",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3043", snippet, dialect: .sh)
    }
}
