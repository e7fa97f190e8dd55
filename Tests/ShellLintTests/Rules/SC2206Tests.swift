import Testing
@testable import ShellLint

/// `⚠️` marks where SC2206 must be reported; snippets without a marker must not report it.
@Suite struct SC2206Tests {
    @Test(arguments: [
        "arr=(⚠️$v)",
        "arr=(⚠️$@)",
        "arr+=(a ⚠️${b})",
        "a=(1)\na=(⚠️${a[*]} x)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2206", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "arr=(\"$v\")",
        "arr=(\"$@\")",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2206", snippet, dialect: .bash)
    }
}
