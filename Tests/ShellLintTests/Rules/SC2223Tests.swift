import Testing
@testable import ShellLint

/// `⚠️` marks where SC2223 must be reported; snippets without a marker must not report it.
@Suite struct SC2223Tests {
    @Test(arguments: [
        ": ⚠️${A:=x}",
        ": ⚠️${B=y}",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2223", snippet, dialect: .bash)
    }

    @Test(arguments: [
        ": \"${A:=x}\"",
        "echo \"${C:=z}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2223", snippet, dialect: .bash)
    }
}
