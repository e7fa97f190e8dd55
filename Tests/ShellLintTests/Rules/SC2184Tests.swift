import Testing
@testable import ShellLint

/// `⚠️` marks where SC2184 must be reported; snippets without a marker must not report it.
@Suite struct SC2184Tests {
    @Test(arguments: ["unset ⚠️words[0] \"a[1]\" b", "unset -v ⚠️x[$i]"])
    func catches(_ snippet: String) {
        expectMarked("SC2184", snippet, dialect: .bash)
    }

    @Test(arguments: ["unset 'a[1]' b", "unset -f f", "echo a[1]"])
    func ignores(_ snippet: String) {
        expectMarked("SC2184", snippet, dialect: .bash)
    }
}
