import Basics
import ShellLint
import Testing
@testable import DockerfileLint

/// The one module that turns RUN bodies into commands for the DL rules.
@Suite struct RunCommandTests {
    func commands(_ run: String, shell: [String] = ["/bin/sh", "-c"]) -> [RunCommand] {
        let parsed = DockerfileParser.parse("FROM x\n\(run)\n")
        guard let instruction = parsed.instructions.last else { return [] }
        return LintContext.facts(of: instruction, shell: ShellInEffect(argv: shell),
                                 extractor: ShellLintCommandExtractor()).commands
    }

    @Test(arguments: [
        ("RUN a && b || c; d", ["a", "b", "c", "d"]),
        ("RUN (cd /x && make) | tee log", ["cd", "make", "tee"]),
        ("RUN if true; then apt-get update; else exit 1; fi", ["true", "apt-get", "exit"]),
        ("RUN for f in *; do rm \"$f\"; done", ["rm"]),
        ("RUN while read l; do echo $l; done < f", ["read", "echo"]),
        ("RUN f() { curl -O x; }; f", ["curl", "f"]),
        ("RUN echo $(wget -qO- x)", ["wget", "echo"]),
        ("RUN case $x in a) apk add y ;; esac", ["apk"]),
        ("RUN [\"apt-get\", \"install\", \"curl\"]", ["apt-get"]),
        ("RUN [\"/bin/bash\", \"-c\", \"cd /x && make\"]", ["cd", "make"]),
        ("RUN <<EOF\napt-get update\napt-get install -y x\nEOF", ["apt-get", "apt-get"]),
    ])
    func names(_ run: String, _ expected: [String]) {
        #expect(commands(run).map(\.name) == expected)
    }

    @Test func argumentsHaveQuotesRemovedAndPositions() {
        let command = commands("RUN apt-get install -y \\\n    \"curl=7.88\" ${PKG}").first
        #expect(command?.args == ["install", "-y", "curl=7.88", "${PKG}"])
        #expect(command?.arguments[2].span.start == SourceLocation(line: 3, column: 5))
    }

    @Test func flagHelpers() {
        let command = RunCommand(name: "apt-get", arguments: ["-qy", "--no-install-recommends", "install", "-t", "stable", "curl"]
            .map { RunWord(text: $0, span: SourceSpan(at: SourceLocation(line: 1, column: 1))) },
                                 span: SourceSpan(at: SourceLocation(line: 1, column: 1)), pipelineIndex: 0, pipelineCount: 1)
        #expect(command.hasFlag("y"))
        #expect(command.hasFlag("no-install-recommends"))
        #expect(!command.hasFlag("x"))
        #expect(command.nonFlagArgs(droppingValuesOf: ["-t"]) == ["install", "curl"])
        #expect(RuleSupport.packages(command, valued: ["-t"]).map(\.text) == ["curl"])
    }

    @Test func pipelinesAreMarked() {
        let found = commands("RUN curl x | tar -x && echo done")
        #expect(found.map(\.pipelineCount) == [2, 2, 1])
    }

    /// The rules depend on the extractor seam only; a stand-in shows it can be switched.
    @Test func extractorCanBeReplaced() {
        struct Fixed: ShellCommandExtractor {
            func facts(for source: ShellSource, dialect: ShellDialect) -> RunFacts {
                let span = SourceSpan(at: SourceLocation(line: 1, column: 1))
                return RunFacts(commands: [RunCommand(name: "sudo", arguments: [], span: span, pipelineIndex: 0, pipelineCount: 1)])
            }
        }
        let parsed = DockerfileParser.parse("FROM x\nRUN anything\n")
        let context = LintContext(parse: parsed, config: DockerfileLintConfig(), extractor: Fixed())
        #expect(DockerfileRule.dl3004.hits(in: context).count == 1)
    }
}
