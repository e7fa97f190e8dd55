import Testing
@testable import ShellLint

/// `⚠️` marks where SC2207 must be reported; snippets without a marker must not report it.
@Suite struct SC2207Tests {
    @Test(arguments: [
        "arr=(⚠️$(ls))",
        "arr=( ⚠️`cat f` )",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2207", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "arr=(\"$(ls)\")",
        "mapfile -t arr < <(ls)",
        "x=$(ls)",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2207", snippet, dialect: .bash)
    }
}
