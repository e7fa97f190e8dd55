import Testing
@testable import ShellLint

/// `⚠️` marks where SC2103 must be reported; snippets without a marker must not report it.
@Suite struct SC2103Tests {
    @Test(arguments: [
        "for d in a b; do cd $d; make; ⚠️cd ..; done",
        "cd /opt\nls\n⚠️cd - > /dev/null",
        "cd x\necho\n⚠️cd ..\ncd y\necho\ncd ..",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2103", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "( cd a && make )",
        "cd a || exit\ncd ..",
        "set -Eeuo pipefail\ncd x\necho\ncd ..",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2103", snippet, dialect: .bash)
    }
}
