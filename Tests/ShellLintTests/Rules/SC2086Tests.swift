import Testing
@testable import ShellLint

/// `⚠️` marks where SC2086 must be reported; snippets without a marker must not report it.
@Suite struct SC2086Tests {
    @Test(arguments: [
        "echo ⚠️$1",
        "x=\"$(cmd)\"\ncp ⚠️$x /tmp",
        "ls ⚠️$HOME/⚠️${dir}",
        "[ ⚠️$answer = yes ]",
        "cat > ⚠️$file",
        "echo ⚠️$*",
        "f() { rm ⚠️$1; }",
        "echo \"$(ls ⚠️$dir)\"",
        "v=\"a b\"\necho ⚠️$v",
        "if true; then c=1; fi\necho ⚠️$c",
        "echo ⚠️$0",
        "a=\necho ⚠️$a",
        "f=$0\necho ⚠️$f",
        "d=\"\"\necho x⚠️$d",
        "i=0\nwhile [ ⚠️$i -lt 3 ]; do i=$(expr ⚠️$i + 1); done",
        "f() { echo ⚠️$v; }\nv=\"a b\"\nf",
        "handler_⚠️$1 \"$@\"",
        "if [ -z ⚠️$HOME ]; then HOME=/root; fi",
        "f() { nice -n ⚠️$P cmd; }\nif [ -z \"$P\" ]; then export P=19; fi",
        "PROJECT_ID=$PROJECT_ID\nGSA=sa@${PROJECT_ID}.iam\ngcloud x ⚠️${PROJECT_ID} ⚠️${GSA}",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2086", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"$1\"",
        "$cmd arg\n${cmd} x\n$1 x\n${tool:-git} status",
        "exec {FD}> /tmp/lock\nflock -x $FD",
        "for v in ROOT_ REPL_ ''; do unset MARIADB_${v}PASSWORD; done",
        "die() { echo \"$1\"; exit 1; }\nif [[ -n $a ]]; then t=1; elif [[ -n $b ]]; then t=2; else die no; fi\necho $t",
        "f() {\n  local flag\n  if x; then flag=--compressed; fi\n  curl $flag\n}",
        "if [ \"$1\" = a ]; then d=x; elif [ \"$1\" = b ]; then if y; then d=y; else d=z; fi; else exit 1; fi\necho $d",
        "echo $# $? $$ $! ${#1}",
        "n=5\necho $n",
        "for i in 1 2 3; do echo $i; done",
        "x=$((1 + 2))\necho $x",
        "[[ $x = y ]]",
        "y=$x",
        "case $x in a) ;; esac",
        "echo $((x + 1))",
        "echo \"$@\" $@",
        "for f in $list; do :; done",
        ": ${A:=x}",
        "d=1\nif true; then d=2; fi\necho $d",
        "f() { r=$?; return $r; }\nf",
        "g() { echo $top; }\ntop=1\ng",
        "echo ${y:+--y} ${z+\"$z\"}",
        "c=\nif x; then c=1; fi\necho $c",
        "if y; then e=1; else e=2; fi\necho $e",
        "case $1 in a) m=1 ;; *) m=2 ;; esac\necho $m",
        "Q=\nf() { test x${Q} = x; }\ncase $1 in -q) Q=--quiet ;; esac\nf",
        "p=1\np=$p\necho $p",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2086", snippet, dialect: .bash)
    }
}
