import Testing
@testable import ShellLint

/// `⚠️` marks where SC2115 must be reported; snippets without a marker must not report it.
@Suite struct SC2115Tests {
    @Test(arguments: [
        "rm -rf ⚠️\"$dir/\"*",
        "rm -rf ⚠️$dir/bin",
        "rm -fr ⚠️\"${prefix}/lib\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2115", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "rm -rf \"${dir:?}/\"*",
        "rm -r \"$dir/x\"",
        "rm -rf \"$dir\"",
        "rm -rf /tmp/x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2115", snippet, dialect: .bash)
    }
}
