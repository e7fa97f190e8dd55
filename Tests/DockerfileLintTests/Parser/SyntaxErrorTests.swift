import Basics
import Testing
import TestSupport
@testable import DockerfileLint

/// Input that does not parse gives one DL1000 at the position of the problem.
@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        "1️⃣FOO bar",
        "FROM1️⃣",
        "FROM debian:12\nCOPY a1️⃣",
        "FROM debian:12\nCOPY --chown=a:b a1️⃣",
        "FROM debian:12\nRUN1️⃣",
        "FROM debian:12\nENV a1️⃣",
        "FROM debian:12\nENV A=1 1️⃣B",
        "FROM debian:12 1️⃣AS",
        "FROM a 1️⃣b c",
        "FROM debian:12\nRUN 1️⃣<<EOF\necho",
        "FROM debian:12\nHEALTHCHECK --interval=1️⃣3 CMD true",
        "FROM debian:12\nHEALTHCHECK 1️⃣WHAT",
        "FROM debian:12\nSHELL 1️⃣/bin/bash -c",
        "1️⃣# escape=x\nFROM debian:12",
        "FROM debian:12\n  1️⃣RUNN echo",
        "FROM 1️⃣--mount=type=cache,target=/x debian:12",
        "FROM debian:12\nCOPY --chmod=755 1️⃣--]chown=app:app a /b/",
        "FROM debian:12\nRUN 1️⃣--foo=bar echo",
        "FROM debian:12\nADD 1️⃣--from=x a /b",
    ])
    func reportsTheProblem(_ marked: String) {
        let text = MarkedText(marked)
        let findings = DockerfileLinter.lint(source: text.text, file: "Dockerfile")
        #expect(findings.map(\.code) == ["DL1000"])
        #expect(findings.first?.span.start == text["1️⃣"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.file == "Dockerfile")
    }

    @Test func keepsWhatParsedBeforeTheError() {
        let result = DockerfileParser.parse("FROM debian:12\nRUN true\nBOGUS\nRUN false\n")
        #expect(result.instructions.count == 2)
        #expect(!result.isComplete)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "   \n\t\n"])
    func emptyFilesParse(_ text: String) {
        #expect(DockerfileParser.parse(text).isComplete)
        #expect(DockerfileParser.parse(text).instructions.isEmpty)
    }
}

extension SyntaxErrorTests {
    @Test func deepOnbuildChainIsAnErrorNotACrash() {
        let text = "FROM x\n" + String(repeating: "ONBUILD ", count: 10_000) + "RUN true\n"
        #expect(DockerfileLinter.lint(source: text, file: "Dockerfile").map(\.code) == ["DL1000"])
    }

    @Test func veryLongInputsFinish() {
        let long = "FROM x\nRUN " + String(repeating: "echo a && \\\n", count: 5_000) + "true\n"
        #expect(DockerfileParser.parse(long).instructions.count == 2)
        let manyHeredocs = "FROM x\nRUN " + String(repeating: "<<A ", count: 2_000) + "cat\n"
        #expect(!DockerfileParser.parse(manyHeredocs).isComplete)
    }
}
