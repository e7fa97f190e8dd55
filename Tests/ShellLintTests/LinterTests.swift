import Basics
import Testing
@testable import ShellLint

@Suite struct LinterTests {
    func codes(_ source: String, _ options: ShellLintOptions = ShellLintOptions()) -> [String] {
        ShellLinter.lint(source: source, file: "t.sh", options: options).map(\.code)
    }

    @Test func directiveBeforeACommandCoversThatCommandOnly() {
        let source = "#!/bin/bash\necho hi\n# shellcheck disable=SC2086\necho $1\necho $2\n"
        let findings = ShellLinter.lint(source: source, file: "t.sh")
        #expect(findings.map(\.span.start.line) == [5])
    }

    @Test func directiveBeforeAFunctionCoversItsBody() {
        let source = "#!/bin/bash\necho hi\n# shellcheck disable=SC2086,SC2034\nf() {\n  echo $1\n  x=1\n}\nf x\necho $1\n"
        let findings = ShellLinter.lint(source: source, file: "t.sh")
        #expect(findings.map { "\($0.code)@\($0.span.start.line)" } == ["SC2086@9"])
    }

    @Test func directiveBeforeALoopCoversItsBody() {
        let source = "#!/bin/sh\necho hi\n# shellcheck disable=SC2086\nfor x in a b; do\n  echo $1 \"$x\"\ndone\necho $1\n"
        #expect(ShellLinter.lint(source: source, file: "t.sh").map(\.span.start.line) == [7])
    }

    @Test func directiveAtTheTopCoversTheFile() {
        let source = "#!/bin/bash\n# shellcheck disable=SC2086\necho $1\nf() { echo $2; }\nf a b\n"
        #expect(codes(source).isEmpty)
    }

    @Test func rangesAndAllAreUnderstood() {
        #expect(codes("#!/bin/bash\n# shellcheck disable=SC2000-SC2099\necho $1\n").isEmpty)
        #expect(codes("#!/bin/bash\n# shellcheck disable=all\necho $1\n").isEmpty)
        #expect(codes("#!/bin/bash\n# shellcheck disable=2086\necho $1\n").isEmpty)
    }

    @Test func shellDirectiveChoosesTheDialect() {
        let source = "# shellcheck shell=sh\n[[ -f x ]] && echo y\n"
        #expect(codes(source) == ["SC3010"])
        #expect(codes("#!/bin/bash\n[[ -f x ]] && echo y\n").isEmpty)
    }

    @Test func callerDialectWinsAndSilencesSC2148() {
        let options = ShellLintOptions(dialect: .sh)
        #expect(codes("[[ -f x ]] && echo y\n", options) == ["SC3010"])
        #expect(codes("echo hi\n") == ["SC2148"])
        #expect(codes("echo hi\n", ShellLintOptions(defaultDialect: .bash)).isEmpty)
    }

    @Test func shellcheckrcIsApplied() {
        let rc = ShellcheckRC.parse("# project settings\ndisable=SC2086,SC2034\nshell=sh\nenable=require-variable-braces\n")
        #expect(rc.shell == .sh)
        #expect(rc.enabled == ["require-variable-braces"])
        var options = ShellLintOptions()
        options.apply(rc)
        #expect(codes("echo $1\nx=1\n[[ a ]]\n", options) == ["SC3010"])
    }

    @Test func assignedNamesSilenceSC2154() {
        let source = "#!/bin/sh\necho \"$version\"\n"
        #expect(codes(source) == ["SC2154"])
        #expect(codes(source, ShellLintOptions(assignedNames: ["version"])).isEmpty)
    }

    @Test func originMovesPositionsIntoTheDockerfile() {
        let options = ShellLintOptions(dialect: .sh, origin: Basics.SourceLocation(line: 12, column: 5))
        let findings = ShellLinter.lint(source: "echo $1 && \\\n  echo $2", file: "Dockerfile", options: options)
        #expect(findings.map(\.span.start) == [Basics.SourceLocation(line: 12, column: 10),
                                               Basics.SourceLocation(line: 13, column: 8)])
        #expect(findings.allSatisfy { $0.file == "Dockerfile" })
    }

    @Test func parseErrorsStopTheRules() {
        let findings = codes("#!/bin/bash\necho $1\nif true; then\n")
        #expect(!findings.contains("SC2086"))
        #expect(findings.contains("SC1072"))
    }

    @Test func foreignInterpretersAreNotChecked() {
        #expect(codes("#!/usr/bin/env python3\nprint('hi')\n") == ["SC1071"])
    }

    @Test func findingsAreSortedByPosition() {
        let findings = ShellLinter.lint(source: "#!/bin/bash\necho $2 $1\nls $3\n", file: "t.sh")
        #expect(findings.map(\.span.start) == findings.map(\.span.start).sorted())
    }
}

@Suite struct LinterEntryPointTests {
    @Test func lintingAParsedTreeMatchesLintingText() {
        for script in Corpus.scripts.prefix(20) {
            let options = ShellLintOptions()
            let parsed = ShellParser.parse(script.source, dialect: ShellLinter.dialect(of: script.source, options: options))
            #expect(ShellLinter.lint(parsed, file: script.name, options: options)
                == ShellLinter.lint(source: script.source, file: script.name, options: options))
        }
    }

    @Test func dialectChoice() {
        #expect(ShellLinter.dialect(of: "#!/bin/sh\necho") == .sh)
        #expect(ShellLinter.dialect(of: "#!/bin/sh\necho", options: ShellLintOptions(dialect: .bash)) == .bash)
        #expect(ShellLinter.dialect(of: "echo", options: ShellLintOptions(defaultDialect: .dash)) == .dash)
        #expect(ShellLinter.dialect(of: "echo") == .bash)
    }

    @Test func crlfScriptsKeepTheirShebangAndAreReported() {
        let findings = ShellLinter.lint(source: "#!/bin/sh\r\n[[ -f x ]] && echo y\r\n", file: "t.sh")
        #expect(findings.map(\.code) == ["SC1017", "SC3010", "SC1017"])
    }

    @Test func rulesAreListedWithTheirSeverity() {
        let byCode = Dictionary(uniqueKeysWithValues: ShellLinter.rules.map { ($0.code, $0) })
        #expect(byCode["SC2086"]?.severity == .info)
        #expect(byCode["SC2068"]?.severity == .error)
        #expect(byCode["SC2006"]?.severity == .style)
        #expect(byCode["SC2164"]?.severity == .warning)
    }
}

@Suite struct OptionalRuleTests {
    @Test func uselessCatIsOffUnlessEnabled() {
        let source = "#!/bin/bash\ncat file | grep x\n"
        #expect(!ShellLinter.lint(source: source, file: "t").contains { $0.code == "SC2002" })
        for name in ["SC2002", "useless-use-of-cat", "all"] {
            let options = ShellLintOptions(enabledCodes: [name])
            #expect(ShellLinter.lint(source: source, file: "t", options: options).contains { $0.code == "SC2002" })
        }
        var options = ShellLintOptions()
        options.apply(ShellcheckRC.parse("enable=useless-use-of-cat\n"))
        #expect(ShellLinter.lint(source: source, file: "t", options: options).contains { $0.code == "SC2002" })
        #expect(RuleRegistry.all.first { $0.code == "SC2002" }?.optionalName == "useless-use-of-cat")
        #expect(ShellLinter.rules.first { $0.code == "SC2002" }?.isEnabledByDefault == false)
    }
}
