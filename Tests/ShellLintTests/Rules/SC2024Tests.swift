import Testing
@testable import ShellLint

/// `⚠️` marks where SC2024 must be reported; snippets without a marker must not report it.
@Suite struct SC2024Tests {
    @Test(arguments: [
        "sudo echo x ⚠️> /root/file",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2024", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo x | sudo tee /root/file",
        "sudo cmd 2>/dev/null",
        "sudo cmd > /dev/null",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2024", snippet, dialect: .bash)
    }
}
