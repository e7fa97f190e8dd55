import Testing
@testable import ShellLint

/// `⚠️` marks where SC2043 must be reported; snippets without a marker must not report it.
@Suite struct SC2043Tests {
    @Test(arguments: [
        "for i in ⚠️one; do echo \"$i\"; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2043", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "for i in *.txt; do echo \"$i\"; done",
        "for i in a b; do echo \"$i\"; done",
        "for i in $list; do echo \"$i\"; done",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2043", snippet, dialect: .bash)
    }
}
