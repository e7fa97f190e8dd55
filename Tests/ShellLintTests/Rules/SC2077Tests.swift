import Testing
@testable import ShellLint

/// `⚠️` marks where SC2077 must be reported; snippets without a marker must not report it.
@Suite struct SC2077Tests {
    @Test(arguments: [
        "[ \"$a\"⚠️=\"$b\" ]",
        "[[ $a⚠️=b ]]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2077", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[ \"$a\" = \"$b\" ]",
        "[ \"$a\" ]",
        "[ x=y ]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2077", snippet, dialect: .bash)
    }
}
