import Testing
@testable import ShellLint

/// `⚠️` marks where SC3014 must be reported; snippets without a marker must not report it.
@Suite struct SC3014Tests {
    @Test(arguments: [
        "[ \"$a\" ⚠️== \"$b\" ]",
        "[[ $a ⚠️== b ]]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3014", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "[ \"$a\" = \"$b\" ]",
        "echo ==",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3014", snippet, dialect: .sh)
    }
}
