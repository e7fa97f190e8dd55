import Testing
@testable import ShellLint

/// `⚠️` marks where SC2154 must be reported; snippets without a marker must not report it.
@Suite struct SC2154Tests {
    @Test(arguments: [
        "echo \"⚠️$name\"",
        "echo \"$x\"\necho \"⚠️$undefined_thing\" \"$undefined_thing\"\nx=1",
        "echo $(( ⚠️count + 1 ))",
        "[[ ⚠️$x -eq ⚠️yes ]]",
        "echo \"⚠️$c\"\necho \"${c:-x}\"",
        "tests+=(\n  [⚠️alpine:edge]=smoke\n  [3]=x\n  [⚠️b+1]=z\n)\necho \"${tests[@]}\"",
        "echo \"⚠️$a2\" \"⚠️$a6\"\ntest -n \"$a2\"\n[ \"$a6\" = x ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2154", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$HOME $PATH $MY_ENV\"",
        "name=x\necho \"$name\"",
        "echo \"${name:-default}\" \"${other:?}\" \"${third+set}\"",
        "read -r line\necho \"$line\"",
        "for f in a; do echo \"$f\"; done",
        "echo \"${w:-$fallback}\"",
        "f() { echo \"$1\"; }",
        ": \"${a:?}\"\necho \"$a\"\necho \"${b:-x}\" \"$b\"",
        "read -r -p \"${1} [y/n] \" yn\ncase $yn in *) ;; esac",
        "declare -A m=( [alpine:edge]=s [zz]=t )\necho \"${m[@]}\"",
        "echo \"$a1\" \"$a3\" \"$a4\" \"$a5\" \"$a7\"\n[ \"$a1\" ]\n[[ -z $a3 ]]\n[ -n \"$a4$a5\" ]\n[[ -v a7 ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2154", snippet, dialect: .bash)
    }
}
