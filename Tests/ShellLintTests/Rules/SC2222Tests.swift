import Testing
@testable import ShellLint

/// `⚠️` marks where SC2222 must be reported; snippets without a marker must not report it.
@Suite struct SC2222Tests {
    @Test(arguments: [
        "case $1 in\n  a) ;;\n  ⚠️a) ;;\nesac",
        "case $1 in\n  *) ;;\n  ⚠️x) ;;\nesac",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2222", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "case $1 in\n  a) ;;\n  b) ;;\nesac",
        "case $1 in\n  a) ;&\n  a) ;;\nesac",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2222", snippet, dialect: .bash)
    }
}
