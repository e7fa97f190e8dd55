import Testing
@testable import ShellLint

/// `⚠️` marks where SC2098 must be reported; snippets without a marker must not report it.
@Suite struct SC2098Tests {
    @Test(arguments: [
        "A=1 B=⚠️$A cmd",
        "X=1 echo ⚠️$X",
        "Q=1 cmd ⚠️${Q:-x} \"a⚠️${Q}b\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2098", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "PATH=/x:$PATH cmd",
        "P=1 cmd \"$(echo $P)\"",
        "U=1 cmd > \"$U\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2098", snippet, dialect: .bash)
    }
}
