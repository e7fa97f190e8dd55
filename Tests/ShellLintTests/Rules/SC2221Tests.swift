import Testing
@testable import ShellLint

/// `⚠️` marks where SC2221 must be reported; snippets without a marker must not report it.
@Suite struct SC2221Tests {
    @Test(arguments: [
        "case $1 in\n  ⚠️a) ;;\n  a) ;;\nesac",
        "case $1 in\n  ⚠️-*) ;;\n  -v) ;;\nesac",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2221", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "case $1 in\n  a) ;;\n  b) ;;\nesac",
        "case $1 in\n  -v) ;;\n  -*) ;;\nesac",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2221", snippet, dialect: .bash)
    }
}
