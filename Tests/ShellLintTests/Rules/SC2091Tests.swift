import Testing
@testable import ShellLint

/// `⚠️` marks where SC2091 must be reported; snippets without a marker must not report it.
@Suite struct SC2091Tests {
    @Test(arguments: ["⚠️$(echo a)", "if ⚠️$(cmd); then :; fi", "x=$(⚠️$(cmd))"])
    func catches(_ snippet: String) {
        expectMarked("SC2091", snippet, dialect: .bash)
    }

    @Test(arguments: ["$(cmd) arg", "\"$(cmd)\"", "`cmd`", "x=$(cmd)"])
    func ignores(_ snippet: String) {
        expectMarked("SC2091", snippet, dialect: .bash)
    }
}
