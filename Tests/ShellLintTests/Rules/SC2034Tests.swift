import Testing
@testable import ShellLint

/// `⚠️` marks where SC2034 must be reported; snippets without a marker must not report it.
@Suite struct SC2034Tests {
    @Test(arguments: [
        "⚠️x=1",
        "y=1\necho hi\n⚠️y=2",
        "⚠️for i in 1 2; do :; done",
        "read -r a ⚠️b\necho \"$a\"",
        "f() { local ⚠️v=1; }",
        "readonly ⚠️r=1",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2034", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "x=1\necho \"$x\"",
        "export e=1",
        "f=1 cmd",
        "g=1\nexport g",
        "declare -x h=2",
        "IFS=:",
        "n=0\n(( n++ ))",
        "x=1\necho $((x + 1))",
        "a=(1)\necho \"${a[0]}\"",
        "k=v\nunset -v k\n[[ -v k ]]",
        "COMPREPLY=(a b)",
        "hooks+=( cleanup )\ns+=x",
        "if declare -F setup >/dev/null; then setup; fi\ndeclare -f other\ntypeset -f tf",
        "if ( typeset -r .sh >/dev/null 2>&1 ); then :; fi\nREADLINE_POINT=0",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2034", snippet, dialect: .bash)
    }
}
