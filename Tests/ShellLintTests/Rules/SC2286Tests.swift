import Testing
@testable import ShellLint

/// `⚠️` marks where SC2286 must be reported; snippets without a marker must not report it.
@Suite struct SC2286Tests {
    @Test(arguments: ["⚠️''", "⚠️\"\" arg", "x=$(cat f || ⚠️\"\")"])
    func catches(_ snippet: String) {
        expectMarked("SC2286", snippet, dialect: .bash)
    }

    @Test(arguments: ["true", "x=\"\"", "echo \"\"", "\"$cmd\" arg"])
    func ignores(_ snippet: String) {
        expectMarked("SC2286", snippet, dialect: .bash)
    }
}
