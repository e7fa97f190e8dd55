import Testing
@testable import ShellLint

/// `⚠️` marks where SC2155 must be reported; snippets without a marker must not report it.
@Suite struct SC2155Tests {
    @Test(arguments: [
        "f() { local ⚠️x=$(date); echo \"$x\"; }",
        "export ⚠️PATH=\"$(pwd):$PATH\"",
        "declare ⚠️w=`date`\necho \"$w\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2155", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "f() { local x; x=$(date); echo \"$x\"; }",
        "export A=1",
        "local a=\"$b\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2155", snippet, dialect: .bash)
    }
}
