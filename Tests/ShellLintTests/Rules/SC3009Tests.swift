import Testing
@testable import ShellLint

/// `⚠️` marks where SC3009 must be reported; snippets without a marker must not report it.
@Suite struct SC3009Tests {
    @Test(arguments: [
        "echo ⚠️{a,b}",
        "touch x⚠️{1..3}",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3009", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo '{a,b}'",
        "echo {}",
        "find . -exec rm {} +",
        "echo {a}",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3009", snippet, dialect: .sh)
    }
}
