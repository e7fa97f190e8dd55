import Testing
@testable import ShellLint

/// `⚠️` marks where SC2045 must be reported; snippets without a marker must not report it.
@Suite struct SC2045Tests {
    @Test(arguments: [
        "for f in ⚠️$(ls); do echo \"$f\"; done",
        "for f in ⚠️`ls *.txt`; do echo \"$f\"; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2045", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "for f in *; do echo \"$f\"; done",
        "for f in $(find .); do echo \"$f\"; done",
        "for dev in $(ls /sys/block | grep -E '^sd'); do echo \"$dev\"; done",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2045", snippet, dialect: .bash)
    }
}
