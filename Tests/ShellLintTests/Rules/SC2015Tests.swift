import Testing
@testable import ShellLint

/// `⚠️` marks where SC2015 must be reported; snippets without a marker must not report it.
@Suite struct SC2015Tests {
    @Test(arguments: [
        "a ⚠️&& b || c",
        "[ -f x ] ⚠️&& foo || bar",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2015", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[ -f x ] && echo yes || echo no",
        "a && b=1 || b=2",
        "a && b",
        "a || b && c",
        "if a; then b; else c; fi",
        "a && b || true",
        "a && b || :",
        "if [ -e x ] && ! [ -d x ] || [ -h x ]; then :; fi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2015", snippet, dialect: .bash)
    }
}
