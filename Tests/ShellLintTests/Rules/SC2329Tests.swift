import Testing
@testable import ShellLint

/// `⚠️` marks where SC2329 must be reported; snippets without a marker must not report it.
@Suite struct SC2329Tests {
    @Test(arguments: [
        "⚠️cleanup() { rm -f x; }\ntrap cleanup EXIT\nexit 0",
        "⚠️unused() { echo hi; }\nused() { echo x; }\nused\nexit 0",
        "⚠️unused() { echo hi; }\necho main\nexit 0",
        "wait_for() {\n  ⚠️probe() { ping -c1 \"$1\"; }\n  retry \"probe $1\" 5\n}",
        "outer() { ⚠️inner() { :; }; }\nlater() { :; }",
        "⚠️var1() { echo a; }\nvar2() { echo b; }\necho \"$(var2)\"\nvar1() { echo c; }\nvar2() { :; }",
        "f() { :; }\n⚠️g() { :; }\nh() { unset -f g; }\nh\nf",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2329", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "used() { echo hi; }\nused\nexit 0",
        "lib_only() { echo hi; }",
        "unused() { echo hi; }\nused() { echo x; }\nused",
        "outer() { inner() { :; }; inner; }",
        "if command -v g >/dev/null; then\n  rl() { g \"$1\"; }\nelse\n  rl() { r \"$1\"; }\nfi\nrl x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2329", snippet, dialect: .bash)
    }
}
