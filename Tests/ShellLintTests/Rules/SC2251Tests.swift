import Testing
@testable import ShellLint

/// `⚠️` marks where SC2251 must be reported; snippets without a marker must not report it.
@Suite struct SC2251Tests {
    @Test(arguments: [
        "set -e\n⚠️! grep -q a b\necho ok",
        "set -e\ng() {\n  ⚠️! grep a b\n  echo y\n}",
        "set -e\n⚠️! grep a b | cat\necho",
        "set -e\nfor i in 1 2; do ⚠️! grep a \"$i\"; done",
        "set -e\n{ ⚠️! grep a b; }\nf() { { ⚠️! grep a b; }; }",
        "⚠️! true\nset -e",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2251", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "! grep -q a b\necho ok",
        "set -e\nif ! grep a b; then :; fi\n! grep a b && echo z\n! grep a b || echo z",
        "set -e\nf() {\n  ! grep -q a b\n}\nh() ( ! grep a b )",
        "set -e\nx=$(! grep a b)\n( ! grep a b )\n! grep a b &\nwhile ! grep a b; do :; done",
        "set -e\n! grep last b",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2251", snippet, dialect: .sh)
    }
}
