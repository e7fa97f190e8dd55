import Testing
@testable import ShellLint

/// `⚠️` marks where SC2220 must be reported; snippets without a marker must not report it.
@Suite struct SC2220Tests {
    @Test(arguments: [
        "while getopts 'ab' o; do\n  ⚠️case $o in\n    a) echo a ;;\n  esac\ndone",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2220", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "while getopts 'ab' o; do\n  case $o in\n    a) echo a ;;\n    *) exit 2 ;;\n  esac\ndone",
        "while getopts 'a' o; do\n  case $o in\n    a) echo a ;;\n    \\?) exit 2 ;;\n  esac\ndone",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2220", snippet, dialect: .bash)
    }
}
