import Testing
@testable import ShellLint

/// `⚠️` marks where SC2317 must be reported; snippets without a marker must not report it.
@Suite struct SC2317Tests {
    @Test(arguments: [
        "exit 0\n⚠️echo unreachable",
        "f() {\n  return 1\n  ⚠️echo never\n}\nf",
        "exit 0\n⚠️after() { echo y; }",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2317", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo a\nexit 0",
        "[ -f x ] && exit 0\necho reachable",
        "f() { return 1; }\nf\necho ok",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2317", snippet, dialect: .bash)
    }
}
