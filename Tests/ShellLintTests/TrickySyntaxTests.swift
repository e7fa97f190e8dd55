import Testing
@testable import ShellLint

/// Valid bash that ShellCheck 0.9 parses; the parser must accept all of it.
@Suite struct TrickySyntaxTests {
    static let scripts: [String] = [
        #"echo "${x//\//_}" "${x/#\//}""#,
        "echo $(( (1+2) * 3 )) $(( x > 0 ? 1 : 0 ))",
        "a=( [0]=a [1]=\"b c\" )",
        "echo ${a[$((1+1))]}",
        "case \"$x\" in (a) echo;; esac",
        "f() { echo; } > /dev/null",
        "echo \"$(cat <<EOF\nhi\nEOF\n)\"",
        #"echo $'it\'s'"#,
        "x=$(case y in y) echo y;; esac)",
        "if ! [[ -n \"$x\" ]]; then :; fi",
        "[[ \"$x\" == @(a|b) ]]",
        "echo {a..z} {1..10..2}",
        "declare -A m=([k]=v [k2]=v2)",
        "printf -v \"x\" '%s' y",
        "read -r -d '' var <<'EOF'\ntext\nEOF",
        "exec {fd}<>/tmp/f",
        "while IFS= read -r -u \"$fd\" l; do :; done",
        "echo \"${!prefix@}\"",
        "echo ${#a[@]} ${a[-1]}",
        "[[ $x =~ ^[0-9]+$ ]]",
        "echo \"a\" 'b' $'c' $\"d\"",
        "cmd 2>&1 | tee log; echo \"${PIPESTATUS[0]}\"",
        "coproc cat",
        "trap -- 'echo bye' EXIT",
        #"echo `echo \`echo x\``"#,
        "for i in {1..3}; do echo $i; done",
        "echo ${x:-${y:-${z:-default}}}",
        "echo \"$( (echo sub) )\"",
        "echo $(( $(echo 3) + 1 ))",
        "arr+=([5]=x)",
        "echo ~user/path ~+ ~-",
        "! true",
        "time { sleep 1; }",
        #"echo a\ b"#,
        "x=1 y=2 env",
        "echo $((16#ff)) $((2#101))",
        "eval \"$(ssh-agent -s)\"",
        "echo \"${x@U}\"",
        "[ -t 0 ] || echo \"not a tty\"",
        #"case $x in *\)*) echo paren;; esac"#,
    ]

    @Test(arguments: scripts)
    func parses(_ script: String) {
        let result = ShellParser.parse(script, dialect: .bash)
        #expect(result.isComplete, "\(script): \(result.findings)")
        #expect(!result.findings.contains { $0.severity == .error }, "\(script): \(result.findings)")
    }
}
