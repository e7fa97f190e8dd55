import Testing
@testable import ShellLint

/// `⚠️` marks where SC2018 must be reported; snippets without a marker must not report it.
@Suite struct SC2018Tests {
    @Test(arguments: ["tr ⚠️a-z A-Z", "tr \"A-Z\" ⚠️\"a-z\"", "tr -d ⚠️a-z"])
    func catches(_ snippet: String) {
        expectMarked("SC2018", snippet, dialect: .bash)
    }

    @Test(arguments: ["tr a-zA-Z x", "tr -cd a-z0-9", "tr '[:lower:]' '[:upper:]'", "echo a-z"])
    func ignores(_ snippet: String) {
        expectMarked("SC2018", snippet, dialect: .bash)
    }
}
