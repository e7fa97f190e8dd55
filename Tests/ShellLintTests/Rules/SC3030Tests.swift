import Testing
@testable import ShellLint

/// `⚠️` marks where SC3030 must be reported; snippets without a marker must not report it.
@Suite struct SC3030Tests {
    @Test(arguments: [
        "arr=⚠️(1 2)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3030", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "arr=\"1 2\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3030", snippet, dialect: .sh)
    }
}
