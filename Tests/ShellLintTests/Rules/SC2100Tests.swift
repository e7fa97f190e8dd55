import Testing
@testable import ShellLint

/// `⚠️` marks where SC2100 must be reported; snippets without a marker must not report it.
@Suite struct SC2100Tests {
    @Test(arguments: [
        "count=0\ncount=⚠️count+1\necho \"$count\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2100", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "count=$((count+1))\necho \"$count\"",
        "name=foo-bar\necho \"$name\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2100", snippet, dialect: .bash)
    }
}
