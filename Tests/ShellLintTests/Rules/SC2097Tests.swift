import Testing
@testable import ShellLint

/// `⚠️` marks where SC2097 must be reported; snippets without a marker must not report it.
@Suite struct SC2097Tests {
    @Test(arguments: [
        "⚠️A=1 B=$A cmd",
        "⚠️X=1 echo $X",
        "⚠️Q=1 cmd ${Q:-x} \"a${Q}b\"",
        "⚠️R=1 cmd \"${R[@]}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2097", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "PATH=/x:$PATH cmd",
        "P=1 cmd \"$(echo $P)\"",
        "U=1 cmd > \"$U\"",
        "X=1 Y=$X",
        "X=1\ncmd \"$X\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2097", snippet, dialect: .bash)
    }
}
