import Basics
import Testing
@testable import DockerfileLint

/// The parser on each piece of Dockerfile syntax, with the spans it must give.
@Suite struct ParserTests {
    func parse(_ text: String) -> DockerfileParseResult {
        let result = DockerfileParser.parse(text)
        #expect(result.isComplete, "\(result.findings)")
        return result
    }

    func at(_ line: Int, _ column: Int) -> Basics.SourceLocation { Basics.SourceLocation(line: line, column: column) }

    @Test func instructionsAreCaseInsensitive() {
        let result = parse("from debian:12\nRun echo hi\ncOpY a /b\n")
        #expect(result.instructions.map(\.kind) == [.from, .run, .copy])
        #expect(result.instructions[1].keyword == "Run")
        #expect(result.instructions[1].keywordSpan == SourceSpan(start: at(2, 1), end: at(2, 4)))
    }

    @Test(arguments: [
        ("# syntax=docker/dockerfile:1\n# escape=`\nFROM x", ["syntax", "escape"]),
        ("# check=skip=all\nFROM x", ["check"]),
        ("#SYNTAX = docker/dockerfile:1\nFROM x", ["syntax"]),
        ("# comment\n# escape=`\nFROM x", []),
        ("\n# escape=`\nFROM x", []),
        ("# unknown=1\n# syntax=x\nFROM x", []),
    ])
    func directives(_ text: String, _ names: [String]) {
        #expect(parse(text).directives.map(\.name) == names)
    }

    @Test func backtickEscapeContinuesLines() {
        let result = parse("# escape=`\nFROM x\nRUN dir `\n    C:\\ `\n    /b\n")
        #expect(result.escape == "`")
        let run = result.instructions[1]
        #expect(run.argumentText == "dir     C:\\     /b")
        #expect(run.shell?.text == "dir \\\n    C:\\ \\\n    /b")
        #expect(run.shell?.lineOrigins == [at(3, 5), at(4, 1), at(5, 1)])
    }

    @Test func continuationsSkipCommentsAndEmptyLines() {
        let result = parse("FROM x\nRUN a \\\n# note\n\n  && b \\\n   # indented note\n  && c\nCMD [\"d\"]\n")
        #expect(result.instructions.count == 3)
        let run = result.instructions[1]
        #expect(run.argumentText == "a   && b   && c")
        #expect(run.span.start == at(2, 1))
        #expect(run.span.end == at(7, 7))
        #expect(run.shell?.lineOrigins == [at(2, 5), at(5, 1), at(7, 1)])
        #expect(result.comments.map(\.text) == ["note", "indented note"])
    }

    @Test func wordsHaveSpans() {
        let run = parse("FROM x\nCOPY  --chown=1:2  \"a b\" /dest/\n").instructions[1]
        #expect(run.flags.map(\.name) == ["chown"])
        #expect(run.flags[0].span == SourceSpan(start: at(2, 7), end: at(2, 18)))
        #expect(run.flags[0].valueSpan == SourceSpan(start: at(2, 15), end: at(2, 18)))
        #expect(run.words.map(\.value) == ["a b", "/dest/"])
        #expect(run.words[0].span == SourceSpan(start: at(2, 20), end: at(2, 25)))
        #expect(run.words[1].span.start == at(2, 26))
    }

    @Test(arguments: [
        "type=cache,target=/root/.cache,sharing=locked",
        "target=/root/.cache,type=cache,sharing=locked",
        "sharing=locked,type=cache,target=/root/.cache",
    ])
    func mountOptionsInAnyOrder(_ value: String) {
        let run = parse("FROM x\nRUN --mount=\(value) --network=none pip install .\n").instructions[1]
        #expect(run.flag("mount")?.options["type"] == "cache")
        #expect(run.flag("mount")?.options["target"] == "/root/.cache")
        #expect(run.flag("network")?.value == "none")
        #expect(run.shell?.text == "pip install .")
    }

    @Test(arguments: ["from", "chown", "chmod", "link", "parents", "exclude"])
    func copyFlags(_ name: String) {
        let copy = parse("FROM x\nCOPY --\(name)=v a /b/\n").instructions[1]
        #expect(copy.flag(name)?.value == "v")
        #expect(copy.words.map(\.value) == ["a", "/b/"])
    }

    @Test func booleanFlagWithoutValue() {
        let copy = parse("FROM x\nCOPY --link a /b/\nADD --checksum=sha256:00 https://x/y /y\n").instructions
        #expect(copy[1].flag("link")?.value == nil)
        #expect(copy[1].flag("link") != nil)
        #expect(copy[2].flag("checksum")?.value == "sha256:00")
    }

    @Test(arguments: [
        ("CMD [\"a\", \"b c\"]", ["a", "b c"]),
        ("CMD []", []),
        ("ENTRYPOINT [ \"/x\" ]", ["/x"]),
        ("RUN [\"echo\", \"\\u0041\\\"\"]", ["echo", "A\""]),
        ("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]", ["/bin/bash", "-o", "pipefail", "-c"]),
    ])
    func execForm(_ line: String, _ values: [String]) {
        let instruction = parse("FROM x\n\(line)\n").instructions[1]
        #expect(instruction.exec?.map(\.value) == values)
        #expect(instruction.shell == nil)
    }

    @Test(arguments: ["CMD [\"a\", \"b\"", "CMD [a, b]", "CMD [\"a\",]", "CMD [\"a\"] x", "RUN ['a']"])
    func malformedJSONIsShellForm(_ line: String) {
        let instruction = parse("FROM x\n\(line)\n").instructions[1]
        #expect(instruction.exec == nil)
        #expect(instruction.shell != nil)
    }

    @Test func heredocBodies() {
        let result = parse("FROM x\nRUN <<EOF\necho one\necho two\nEOF\nCMD [\"x\"]\n")
        let run = result.instructions[1]
        #expect(run.heredocs.count == 1)
        #expect(run.heredocs[0].delimiter == "EOF")
        #expect(run.heredocs[0].body.text == "echo one\necho two\n")
        #expect(run.heredocs[0].body.lineOrigins == [at(3, 1), at(4, 1)])
        #expect(run.span.end.line == 5)
        #expect(result.instructions[2].kind == .cmd)
    }

    @Test func heredocVariants() {
        let text = "FROM x\nRUN <<-'END' cat > /a && <<\"TWO\" cat > /b\n\tfirst\n\tEND\nsecond $x\nTWO\n"
        let run = parse(text).instructions[1]
        #expect(run.heredocs.map(\.delimiter) == ["END", "TWO"])
        #expect(run.heredocs.map(\.isQuoted) == [true, true])
        #expect(run.heredocs.map(\.stripsTabs) == [true, false])
        #expect(run.heredocs[0].body.text == "first\n")
        #expect(run.heredocs[0].body.lineOrigins == [at(3, 2)])
        #expect(run.heredocs[1].body.text == "second $x\n")
        #expect(run.shell?.lineOrigins.count == 5)
    }

    @Test func heredocAfterContinuation() {
        let run = parse("FROM x\nRUN set -e; \\\n    cat <<EOF > /etc/motd\nwelcome\nEOF\n").instructions[1]
        #expect(run.heredocs.first?.body.text == "welcome\n")
        #expect(run.shell?.text == "set -e; \\\n    cat <<EOF > /etc/motd\nwelcome\nEOF")
    }

    @Test func heredocWithCommandAfter() {
        let result = parse("FROM x\nRUN <<EOF bash\nset -o pipefail\nEOF\nCOPY <<CONF /etc/app.conf\nk=v\nCONF\n")
        #expect(result.instructions[1].heredocs.count == 1)
        #expect(result.instructions[2].heredocs.first?.body.text == "k=v\n")
        #expect(result.instructions[2].words.map(\.value) == ["<<CONF", "/etc/app.conf"])
    }

    @Test(arguments: ["RUN ec<<EOFho ok", "RUN echo $((1<<2))", "RUN a<<b"])
    func heredocMustStartAWord(_ line: String) {
        let run = parse("FROM x\n\(line)\nCMD [\"x\"]\n").instructions[1]
        #expect(run.heredocs.isEmpty)
    }

    @Test func heredocWithFileDescriptor() {
        #expect(parse("FROM x\nRUN cat 0<<EOF\nhi\nEOF\n").instructions[1].heredocs.count == 1)
    }

    @Test func hereStringIsNotAHeredoc() {
        let run = parse("FROM x\nRUN cat <<< hello\nCMD [\"x\"]\n").instructions[1]
        #expect(run.heredocs.isEmpty)
    }

    @Test(arguments: [
        ("ENV A=1 B=\"two words\" C=", [("A", "1"), ("B", "two words"), ("C", "")]),
        ("ENV PATH /usr/local/bin:$PATH", [("PATH", "/usr/local/bin:$PATH")]),
        ("ENV GREETING hello world", [("GREETING", "hello world")]),
        ("LABEL a=1 \"b c\"=2", [("a", "1"), ("b c", "2")]),
        ("ENV A=one\\ two", [("A", "one two")]),
    ])
    func keyValuePairs(_ line: String, _ pairs: [(String, String)]) {
        let instruction = parse("FROM x\n\(line)\n").instructions[1]
        #expect(instruction.pairs.map(\.key) == pairs.map(\.0))
        #expect(instruction.pairs.map(\.value) == pairs.map(\.1))
    }

    @Test func argForms() {
        let arg = parse("ARG A B=2 C=\"x y\"\nFROM x\n").instructions[0]
        #expect(arg.pairs.map(\.key) == ["A", "B", "C"])
        #expect(arg.pairs.map(\.value) == [nil, "2", "x y"])
    }

    @Test(arguments: [
        ("${A}", "1"), ("$A", "1"), ("${UNSET:-x}", "x"), ("${A:-x}", "1"), ("${A:+y}", "y"),
        ("${UNSET:+y}", nil), ("pre-${A}-post", "pre-1-post"), ("${EMPTY:-d}", "d"), ("${EMPTY-d}", ""),
    ] as [(String, String?)])
    func variableExpansion(_ text: String, _ expected: String?) {
        let values = ["A": "1", "EMPTY": ""]
        let result = DockerVariables.expand(text) { values[$0] }
        if text == "${UNSET:+y}" {
            #expect(result == nil)
        } else {
            #expect(result == expected)
        }
    }

    @Test func variableReferences() {
        #expect(DockerVariables.references(in: "${A}/$B:${C:-x}") == ["A", "B", "C"])
    }

    @Test(arguments: [
        ("FROM debian:12 AS build", "debian", "12", "build", nil as String?),
        ("FROM --platform=$BUILDPLATFORM golang:1.22 as Builder", "golang", "1.22", "Builder", nil),
        ("FROM localhost:5000/team/app:1.0", "team/app", "1.0", nil, "localhost:5000"),
        ("FROM registry.example.com/app@sha256:abc", "app", nil, nil, "registry.example.com"),
        ("FROM scratch", "scratch", nil, nil, nil),
    ])
    func fromClauses(_ line: String, _ name: String, _ tag: String?, _ alias: String?, _ registry: String?) {
        let from = parse(line + "\n").instructions[0].from
        #expect(from?.image.name == name)
        #expect(from?.image.tag == tag)
        #expect(from?.alias == alias)
        #expect(from?.image.registry == registry)
    }

    @Test func onbuildWrapsAnInstruction() {
        let onbuild = parse("FROM x\nONBUILD RUN apt-get update\nONBUILD ONBUILD RUN true\n").instructions
        #expect(onbuild[1].triggered.first?.kind == .run)
        #expect(onbuild[1].triggered.first?.shell?.text == "apt-get update")
        #expect(onbuild[1].triggered.first?.keywordSpan.start == at(2, 9))
        #expect(onbuild[2].triggered.first?.triggered.first?.kind == .run)
    }

    @Test func healthcheck() {
        let result = parse("FROM x\nHEALTHCHECK --interval=30s --timeout=1m30s CMD curl -f http://x || exit 1\nHEALTHCHECK NONE\n")
        #expect(result.instructions[1].shell?.text == "curl -f http://x || exit 1")
        #expect(result.instructions[1].flag("interval")?.value == "30s")
        #expect(result.instructions[2].isHealthcheckNone)
    }

    @Test func crlfLineEndings() {
        let result = parse("FROM x\r\nRUN a \\\r\n  b\r\n")
        #expect(result.instructions[1].argumentText == "a   b")
    }

    @Test func escapedEscapeDoesNotContinue() {
        let result = parse("FROM x\nRUN echo a\\\\\nCMD [\"x\"]\n")
        #expect(result.instructions.count == 3)
    }

    @Test func continuationAtEndOfFile() {
        let result = parse("FROM x\nRUN echo \\")
        #expect(result.instructions.count == 2)
    }
}
