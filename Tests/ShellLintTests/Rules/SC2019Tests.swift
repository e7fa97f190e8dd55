import Testing
@testable import ShellLint

/// `⚠️` marks where SC2019 must be reported; snippets without a marker must not report it.
@Suite struct SC2019Tests {
    @Test(arguments: ["tr a-z ⚠️A-Z", "tr ⚠️\"A-Z\" \"a-z\""])
    func catches(_ snippet: String) {
        expectMarked("SC2019", snippet, dialect: .bash)
    }

    @Test(arguments: ["tr A-Za-z x", "tr '[:upper:]' '[:lower:]'", "echo A-Z"])
    func ignores(_ snippet: String) {
        expectMarked("SC2019", snippet, dialect: .bash)
    }
}
