import Testing
@testable import ShellLint

/// `⚠️` marks where SC2044 must be reported; snippets without a marker must not report it.
@Suite struct SC2044Tests {
    @Test(arguments: [
        "for f in ⚠️$(find . -name '*.sh'); do echo \"$f\"; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2044", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "find . -name '*.sh' -exec echo {} +",
        "for f in $(ls); do echo \"$f\"; done",
        "for f in $(find . -name x | sort); do echo \"$f\"; done",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2044", snippet, dialect: .bash)
    }
}
