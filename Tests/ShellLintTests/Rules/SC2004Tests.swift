import Testing
@testable import ShellLint

/// `⚠️` marks where SC2004 must be reported; snippets without a marker must not report it.
@Suite struct SC2004Tests {
    @Test(arguments: [
        "echo $(( ⚠️$n + 1 ))",
        "(( ⚠️${x} > 2 ))",
        "echo $(( ⚠️${arr[1]} + 1 ))",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2004", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo $(( n + 1 ))",
        "echo $(( $1 + ${#x} + ${x:-1} ))",
        "if ((10#$HORA > 12)); then :; fi\nv=$(((0x${first}) / 256))",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2004", snippet, dialect: .bash)
    }
}
