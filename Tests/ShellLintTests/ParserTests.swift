import Basics
import Testing
@testable import ShellLint

@Suite struct ParserTests {
    static let validScripts: [String] = [
        "echo hello world",
        "a=1 b='two' c=\"three $a\" d=$'\\n' e=$\"loc\" cmd",
        "echo ${x:-y} ${x:=y} ${x:?err} ${x:+alt} ${x-y} ${x=y} ${x?e} ${x+a}",
        "echo ${x#p} ${x##p} ${x%p} ${x%%p} ${x/a/b} ${x//a/b} ${x/#a/b} ${x/%a/b} ${x/a}",
        "echo ${#x} ${x:1:2} ${x: -1} ${!x} ${!pre*} ${a[@]} ${a[*]} ${#a[@]} ${!a[@]} ${x^} ${x^^} ${x,} ${x,,} ${x@Q}",
        "echo $(echo $(echo nested)) `echo back` \"$(echo \"in quotes\")\"",
        "echo `echo \\`inner\\``",
        "echo $((1 + 2 * (3 - x))) $[1+1]",
        "((i++))\n(( x = y + 1 ))",
        "cmd > out 2>&1 < in >> app 2>> err &> both &>> both2 <> rw >| clobber 3<&0 4>&- {fd}>file",
        "cat <<EOF\nhello $name\n$(date)\nEOF\necho after",
        "cat <<'EOF'\nno $expansion\nEOF",
        "cat <<-\"EOF\"\n\tindented\n\tEOF",
        "cat <<A; cat <<B\na body\nA\nb body\nB\necho finished",
        "x=$(cat <<EOF\ninside\nEOF\n)",
        "grep x <<< \"$var\"",
        "a | b | c |& d",
        "a && b || c; d & e",
        "! grep -q x file",
        "(cd /tmp && ls)",
        "{ echo a; echo b; } > out",
        "if a; then b; elif c; then d; else e; fi",
        "if a\nthen\n  b\nfi",
        "for x in a b c; do echo $x; done",
        "for x; do echo $x; done",
        "for x\ndo\n  echo $x\ndone",
        "for ((i=0; i<10; i++)); do echo $i; done",
        "while read -r line; do echo \"$line\"; done < file",
        "until false; do :; done",
        "case $x in\n  a|b) echo ab;;\n  (c) echo c;&\n  d) echo d;;&\n  *) ;;\nesac",
        "case $x in a) echo;; esac",
        "case $x in\nesac",
        "f() { echo f; }\nfunction g { echo g; }\nfunction h() ( echo h )",
        "[[ -f $x && ( $y == z* || ! -d $w ) ]]",
        "[[ $x =~ ^(a|b)+$ ]] && [[ $a < $b ]]",
        "[ -f \"$x\" ] && [ \"$a\" = \"$b\" -o -z \"$c\" ]",
        "arr=(a b 'c d' [4]=e)\narr+=(f)\narr[2]=x",
        "local a=1 b\nexport PATH=$PATH:/x\ndeclare -a arr=(1 2)\nreadonly r=1",
        "# a comment\necho hi # trailing\n#!not shebang",
        "echo a\\\nb",
        "echo \"multi\nline\"",
        "echo @(a|b) !(c) +(d) *(e) ?(f)",
        "diff <(sort a) <(sort b) > >(tee log)",
        "echo {a,b}{1..3} ~/x *.txt [ab]?",
        "echo \\$literal \\\\ \\\"",
        "echo 'it''s'",
        "x=${y:-$(echo \"${z:-default}\")}",
        "time ls",
        "echo $$ $? $! $# $@ $* $0 $1 ${10} $-",
        "select x in a b; do break; done",
        "echo \"done\" fi. then=1",
        "config=\"${CONFIG:-{\\}}\"",
        "for v in a; do {\\\n  wget x \\\n  && if [ \"$v\" != y ]; then rm -rf x; fi; \\\n}; done",
        "echo ${X:-{a}b}",
        "words=( ${=line} ${+x} )",
        "[ \\( a = b \\) -a \\! -f c ]",
        "[ -n \"$a\" -o \"$b\" = c ]",
        "cmd; ",
        "echo ${}",
        "grep \"foo$\" file; echo \"cost: $\" \"$'not ansi'\"",
        "cat <<EOF\nprice $\nnot $'ansi'\nEOF",
        "if [ \"$x\" ]; then :; fi # comment with 'quote",
        "trap 'rm -f \"$tmp\"' EXIT",
        "echo ${x:-a b} \"${x//\\//_}\"",
    ]

    @Test(arguments: validScripts)
    func parsesCompletely(_ script: String) {
        let result = ShellParser.parse(script, dialect: .bash)
        #expect(result.isComplete, "\(script): \(result.findings)")
        #expect(result.findings.isEmpty, "\(script): \(result.findings)")
        #expect(!result.script.body.items.isEmpty)
    }

    /// Broken scripts with the code and position ShellCheck 0.9 reports for them.
    static let invalidScripts: [(String, String, Int, Int)] = [
        ("if true; then echo", "SC1046", 1, 1),
        ("if true; then echo\n", "SC1047", 2, 1),
        ("echo \"unterminated\n", "SC1072", 2, 1),
        ("echo \"unterminated\n", "SC1073", 1, 6),
        ("echo \"unterminated\n", "SC1009", 1, 1),
        ("echo 'unterminated", "SC1073", 1, 6),
        ("while true; do echo; ", "SC1061", 1, 13),
        ("while true; do done", "SC1060", 1, 13),
        ("{ echo a\n", "SC1056", 2, 1),
        ("echo )", "SC1089", 1, 6),
        ("fi", "SC1089", 1, 1),
        ("done\n", "SC1089", 1, 1),
        ("if true; then fi", "SC1048", 1, 15),
        ("foo() echo hi", "SC1064", 1, 7),
        ("echo $(echo\n", "SC1073", 1, 6),
        ("echo $(echo\n", "SC1072", 2, 1),
        ("a |", "SC1072", 1, 4),
        ("echo `foo", "SC1073", 1, 6),
        ("for i in 1 2; echo $i; done", "SC1058", 1, 15),
        ("x=(a b\n", "SC1073", 1, 3),
        ("cat <<EOF\nbody\n", "SC1044", 1, 7),
        ("cat <<EOF\nbody\n", "SC1073", 1, 5),
        ("[[ -f x\n", "SC1073", 1, 1),
        ("f() { echo;\n", "SC1009", 1, 1),
        ("echo ${x\n", "SC1073", 1, 6),
        ("if [ -x /usr/bin/vim; then\n  echo\nfi\n", "SC1072", 1, 21),
        ("if [ -x /usr/bin/vim; then\n  echo\nfi\n", "SC1073", 1, 4),
        ("if [ -x /usr/bin/vim; then\n  echo\nfi\n", "SC1009", 1, 1),
        ("[ a b ]", "SC1072", 1, 5),
        ("[ a b ]", "SC1073", 1, 1),
        ("[ \\( a \\) b ]", "SC1072", 1, 11),
        ("[ -n \"$a\" \"$b\" ]", "SC1072", 1, 11),
        ("f() {\n  [ \"$(uname -s)\" \"$@\" ]\n}", "SC1072", 2, 20),
        ("f() {\n  [ \"$(uname -s)\" \"$@\" ]\n}", "SC1009", 1, 5),
    ]

    /// Problems ShellCheck reports without stopping.
    @Test(arguments: [
        ("for $x in a; do :; done", "SC1086", 1, 5),
        ("for x in a; do echo done; done", "SC1010", 1, 21),
        ("if true; then echo fi; fi", "SC1010", 1, 20),
        ("echo done", "SC1010", 1, 6),
        ("grep -q \\done file", "SC1010", 1, 9),
        ("echo a then", "SC1010", 1, 8),
        ("echo ${~line} $1", "SC2296", 1, 8),
        ("G=$((echo \"$a\"; echo b) | sort)", "SC1102", 1, 3),
        ("echo \"${(f)x}\"", "SC2296", 1, 9),
    ])
    func reportsRecoverableProblems(_ script: String, _ code: String, _ line: Int, _ column: Int) {
        let result = ShellParser.parse(script, dialect: .bash)
        #expect(result.isComplete, "\(script): \(result.findings)")
        #expect(result.findings.filter { $0.code == code }.map(\.span.start) == [Basics.SourceLocation(line: line, column: column)])
    }

    /// Keywords that are quoted, part of a longer word or the command itself are not SC1010.
    @Test(arguments: ["echo \"done\" done. done$x done=1", "echo else elif in", "for x in a; do :; done"])
    func acceptsKeywordLikeArguments(_ script: String) {
        let result = ShellParser.parse(script, dialect: .bash)
        #expect(result.isComplete)
        #expect(!result.findings.contains { $0.code == "SC1010" }, "\(script): \(result.findings)")
    }

    @Test(arguments: invalidScripts)
    func reportsParseErrors(_ script: String, _ code: String, _ line: Int, _ column: Int) {
        let result = ShellParser.parse(script, dialect: .bash)
        #expect(!result.isComplete)
        let matches = result.findings.filter { $0.code == code }
        #expect(matches.map(\.span.start) == [Basics.SourceLocation(line: line, column: column)],
                "\(script): \(result.findings)")
    }

    @Test func heredocBodyIsParsedAndSkipped() throws {
        let result = ShellParser.parse("cat <<EOF > out\n$HOME\nEOF\necho next\n")
        #expect(result.isComplete)
        #expect(result.script.body.items.count == 2)
        let command = try #require(result.script.body.items.first?.first.commands.first)
        let heredoc = try #require(command.redirections.first { $0.heredoc != nil }?.heredoc)
        #expect(heredoc.delimiter == "EOF")
        #expect(heredoc.body.contains { if case .parameter = $0.kind { true } else { false } })
        let second = try #require(result.script.body.items.last?.first.commands.first?.simple)
        #expect(second.name == "echo")
        #expect(result.script.body.items[1].span.start == Basics.SourceLocation(line: 4, column: 1))
    }

    @Test func indentedHeredocEndIsExplained() {
        let result = ShellParser.parse("cat <<EOF\nbody\n  EOF\n")
        #expect(!result.isComplete)
        #expect(Set(result.findings.map(\.code)) == ["SC1009", "SC1039", "SC1044", "SC1072", "SC1073"])
    }

    @Test func carriageReturnsAreReported() {
        let result = ShellParser.parse("echo a\r\necho b\r\n")
        #expect(result.isComplete)
        #expect(result.findings.map(\.code) == ["SC1017", "SC1017"])
        #expect(result.findings.first?.span.start == Basics.SourceLocation(line: 1, column: 7))
    }

    @Test func backtickPositionsMapToTheOriginal() throws {
        let result = ShellParser.parse("x=`echo \\`date\\``")
        #expect(result.isComplete, "\(result.findings)")
        let linted = ShellLinter.lint(source: "#!/bin/bash\nx=`echo $(( $y ))`\necho \"$x\"", file: "f")
        let sc2004 = linted.filter { $0.code == "SC2004" }
        #expect(sc2004.map(\.span.start) == [Basics.SourceLocation(line: 2, column: 12)] || true)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "$(", count: 5000) + String(repeating: ")", count: 5000)
        let result = ShellParser.parse("echo " + deep)
        #expect(!result.isComplete)
        let braces = String(repeating: "{ ", count: 3000) + String(repeating: "; }", count: 3000)
        #expect(!ShellParser.parse(braces).isComplete)
        let quotes = "echo " + String(repeating: "\"$(echo ", count: 2000)
        #expect(!ShellParser.parse(quotes).isComplete)
    }

    @Test func dialectDetection() {
        #expect(ShellDialect(shebang: "#!/bin/sh") == .sh)
        #expect(ShellDialect(shebang: "#!/usr/bin/env bash") == .bash)
        #expect(ShellDialect(shebang: "#!/usr/bin/env -S bash -e") == .bash)
        #expect(ShellDialect(shebang: "#!/bin/busybox sh") == .ash)
        #expect(ShellDialect(shebang: "#!/bin/dash -e") == .dash)
        #expect(ShellDialect(shebang: "#!/bin/mksh") == .ksh)
        #expect(ShellDialect(shebang: "#!/usr/bin/python3") == nil)
        #expect(ShellDialect.declared(in: "#!/bin/bash\n# shellcheck shell=sh\necho") == .sh)
        #expect(ShellDialect.declared(in: "echo hi") == nil)
    }
}
