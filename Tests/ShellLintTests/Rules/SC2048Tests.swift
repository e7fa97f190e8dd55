import Testing
@testable import ShellLint

/// `⚠️` marks where SC2048 must be reported; snippets without a marker must not report it.
@Suite struct SC2048Tests {
    @Test(arguments: [
        "echo ⚠️$*",
        "a=(1)\necho ⚠️${a[*]}",
        "for x in ⚠️$*; do :; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2048", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$*\"",
        "echo \"${a[*]}\"",
        "echo $@",
        "echo x$*",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2048", snippet, dialect: .bash)
    }
}
