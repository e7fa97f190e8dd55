import Testing
@testable import ShellLint

/// `⚠️` marks where SC2268 must be reported; snippets without a marker must not report it.
@Suite struct SC2268Tests {
    @Test(arguments: [
        "[ ⚠️\"x$a\" = \"xyes\" ]",
        "[ ⚠️x\"$a\" = x ]",
        "[[ ⚠️\"x$a\" == \"x\" ]]",
        "test ⚠️\"X$a\" != \"X\"",
        "if [ ⚠️\"x${a}\" = xfoo ]; then :; fi\n[ ⚠️\"x$a\" = \"x$b\" ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2268", snippet, dialect: .bash)
    }

    @Test(arguments: ["[ \"x$a\" = \"yes\" ]", "[ \"$a\" = x ]", "[ \"xy$a\" = xy ]", "[ \"x$a\" -eq x ]"])
    func ignores(_ snippet: String) {
        expectMarked("SC2268", snippet, dialect: .bash)
    }
}
