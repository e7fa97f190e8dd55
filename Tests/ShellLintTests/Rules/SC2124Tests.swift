import Testing
@testable import ShellLint

/// `⚠️` marks where SC2124 must be reported; snippets without a marker must not report it.
@Suite struct SC2124Tests {
    @Test(arguments: [
        "v=⚠️$@",
        "a=(1 2)\nx=⚠️${a[@]}",
        "f() { local all=⚠️\"$@\"; echo \"$all\"; }",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2124", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "v=$*",
        "v=(\"$@\")",
        "n=${#a[@]}",
        "v=\"$1\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2124", snippet, dialect: .bash)
    }
}
