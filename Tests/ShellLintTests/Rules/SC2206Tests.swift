import Testing
@testable import ShellLint

/// `⚠️` marks where SC2206 must be reported; snippets without a marker must not report it.
@Suite struct SC2206Tests {
    @Test(arguments: [
        "arr=(⚠️$v)",
        "arr=(⚠️$@)",
        "arr+=(a ⚠️${b})",
        "a=(1)\na=(⚠️${a[*]} x)",
        "a=( ⚠️$n ⚠️${z:-1} ⚠️$1 )",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2206", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "arr=(\"$v\")",
        "arr=(\"$@\")",
        "a=( $! $$ $# ${x[@]+\"${x[@]}\"} ${y:+\"$y\"} ${#w} )",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2206", snippet, dialect: .bash)
    }
}
