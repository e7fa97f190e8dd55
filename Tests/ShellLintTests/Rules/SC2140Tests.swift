import Testing
@testable import ShellLint

/// `⚠️` marks where SC2140 must be reported; snippets without a marker must not report it.
@Suite struct SC2140Tests {
    @Test(arguments: [
        "echo \"a\"⚠️x\"b\"",
        "echo \"--opt=\"⚠️value\"s\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2140", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$dir\"/\"$file\"",
        "echo \"a\"=\"b\"",
        "echo \"$HOME\"x\"$n\"",
        "echo \"a\"/\"b\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2140", snippet, dialect: .bash)
    }
}
