import Testing
@testable import ShellLint

/// `⚠️` marks where SC2145 must be reported; snippets without a marker must not report it.
@Suite struct SC2145Tests {
    @Test(arguments: [
        "echo \"args: ⚠️$@\"",
        "echo \"⚠️${a[@]}x\"",
        "echo x⚠️$@",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2145", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$@\"",
        "echo \"args: $*\"",
        "echo \"$@\" x",
        "x=\"a $@\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2145", snippet, dialect: .bash)
    }
}
