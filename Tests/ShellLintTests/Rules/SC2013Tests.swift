import Testing
@testable import ShellLint

/// `⚠️` marks where SC2013 must be reported; snippets without a marker must not report it.
@Suite struct SC2013Tests {
    @Test(arguments: [
        "for line in ⚠️$(cat file); do echo \"$line\"; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2013", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "while read -r line; do echo \"$line\"; done < file",
        "for x in $(seq 3); do echo \"$x\"; done",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2013", snippet, dialect: .bash)
    }
}
