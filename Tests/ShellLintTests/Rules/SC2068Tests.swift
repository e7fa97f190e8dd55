import Testing
@testable import ShellLint

/// `⚠️` marks where SC2068 must be reported; snippets without a marker must not report it.
@Suite struct SC2068Tests {
    @Test(arguments: [
        "echo ⚠️$@",
        "a=(1 2)\nprintf '%s' ⚠️${a[@]}",
        "for x in ⚠️$@; do echo \"$x\"; done",
        "echo ⚠️${arr[@]:-none}",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2068", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$@\"",
        "echo \"${a[@]}\"",
        "echo ${#a[@]}",
        "arr=(\"$@\")",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2068", snippet, dialect: .bash)
    }
}
