import Testing
@testable import ShellLint

/// A minimal script distilled from a disagreement with ShellCheck 0.11.0 on public scripts, with
/// every finding ShellCheck reports for it, in order.
struct RealWorldCase: Sendable, CustomTestStringConvertible {
    let file: String
    let source: String
    let expected: [String]

    init(_ file: String, _ source: String, _ expected: [String]) {
        self.file = file
        self.source = source
        self.expected = expected
    }

    var testDescription: String { file }
}

/// Each case is linted as a file of that name and must give exactly ShellCheck's findings:
/// the list is compared whole, so a duplicated or extra finding fails.
@Suite struct RealWorldCaseTests {
    static let cases: [RealWorldCase] = [
        RealWorldCase("shellcheck-stops.sh", "#!/bin/sh\nis_linux() {\n  [ \"$(uname -s)\" \"$@\" ]\n}\necho $1\n",
                      ["2:12 SC1009", "3:3 SC1073", "3:20 SC1072"]),
        RealWorldCase("ours-stops-brace-default.sh", "#!/bin/bash\nconfig=\"${CONFIG:-{\\}}\"\necho \"$config\" $1\n",
                      ["3:16 SC2086"]),
        RealWorldCase("ours-stops-zsh-split.sh", "#!/bin/bash\nwords=( ${=line} )\necho \"${words[@]}\" $1\n",
                      ["2:9 SC2206", "3:20 SC2086"]),
        RealWorldCase("sc1001.sh", "#!/bin/bash\n\\command \\ls -l\n",
                      ["2:10 SC1001"]),
        RealWorldCase("sc2295.sh", "#!/bin/sh\nprefix=/usr\npath=/usr/local\necho \"${path#$prefix}\"\n",
                      ["4:14 SC2295"]),
        RealWorldCase("sc2251.sh", "#!/bin/sh\nset -e\n! grep -q nobody /etc/group\necho ok\n",
                      ["3:1 SC2251"]),
        RealWorldCase("sc2034-not-assignments.sh", "#!/bin/bash\nhooks+=( cleanup )\nif declare -F setup >/dev/null; then setup; fi\n",
                      []),
        RealWorldCase("sc2329-nested.sh", "#!/bin/bash\nwait_for() {\n  probe() { ping -c1 \"$1\"; }\n  retry \"probe $1\" 5\n}\n",
                      ["3:3 SC2329"]),
        RealWorldCase("sc2148-bash-extension.bash", "greet() {\n  echo \"hello $1\"\n}\n",
                      []),
        RealWorldCase("sc2128-operators.sh", "#!/bin/bash\nfiles=(a/b c/d)\necho \"${files%/*}\" \"${#files}\" \"${BASH_SOURCE%/*}\"\n",
                      []),
        RealWorldCase("sc2154-array-keys.sh", "#!/bin/bash\ntests+=(\n  [alpine:edge]='smoke'\n)\necho \"${tests[@]}\"\n",
                      ["3:4 SC2154"]),
        RealWorldCase("comment-backticks.sh", "#!/bin/bash\nls \\\n  `# long listing` \\\n  -l\n",
                      []),
        RealWorldCase("sc2016-find-exec.sh", "#!/bin/bash\nfind . -name '*.txt' -exec awk '{ print $1 }' {} +\nfind . -name '*.sh' -exec sh -c 'echo \"$1\"' _ {} \\;\n",
                      []),
        RealWorldCase("sc2086-command-name.sh", "#!/bin/bash\ndispatch() {\n  handler_$1 \"$@\"\n}\n",
                      ["3:11 SC2086"]),
        RealWorldCase("sc2046-export-sh.sh", "#!/bin/sh\nexport CC=$(command -v cc)\n/bin/echo -e 'a\\tb'\n",
                      ["2:8 SC2155", "2:11 SC2046", "3:11 SC3037"]),
        RealWorldCase("sc1010-echo-done.sh", "#!/bin/sh\necho done\n",
                      ["2:6 SC1010"]),
        RealWorldCase("sc2178-array-to-string.sh", "#!/bin/bash\nlist=(a b)\necho \"${list[@]}\"\nlist=\"$(date)\"\n",
                      ["4:1 SC2178"]),
    ]

    @Test(arguments: cases)
    func matchesShellCheck(_ item: RealWorldCase) {
        let findings = ShellLinter.lint(source: item.source, file: item.file)
        #expect(findings.map { "\($0.span.start.line):\($0.span.start.column) \($0.code)" } == item.expected)
    }
}
