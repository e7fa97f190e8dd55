import Testing
@testable import ShellLint

/// `⚠️` marks where SC2128 must be reported; snippets without a marker must not report it.
@Suite struct SC2128Tests {
    @Test(arguments: [
        "arr=(a b)\necho \"⚠️$arr\"",
        "declare -a list\necho ⚠️$list",
        "echo \"⚠️$BASH_SOURCE\"",
        "f=(a b)\necho \"⚠️${f}\"",
        "a=(1 2)\na=x\necho \"⚠️$a\"",
        "versions=(\"$@\")\nif [ -z \"⚠️$versions\" ]; then exit 1; fi\nif [ \"$versions\" = x ]; then :; fi",
        "d=(y)\nread -r -a d <<< \"⚠️$d\"\necho \"⚠️$d\"\ndeclare -a e=(1)\necho \"⚠️$e\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2128", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "arr=(a b)\necho \"${arr[@]}\" \"${arr[0]}\" \"${#arr[@]}\"",
        "s=abc\necho \"$s\"",
        "echo \"$x\"\nx=(1 2)",
        "c=(x)\nread -r c\necho \"$c\"",
        "f() {\n  local -a t=() th\n  th=x\n  echo \"$th\" \"${t[@]}\"\n}",
        "f=(a/b c/d)\necho \"${f%/*}\" \"${f:-x}\" \"${f/a/b}\" \"${BASH_SOURCE%/*}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2128", snippet, dialect: .bash)
    }
}
