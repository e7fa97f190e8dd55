import Basics
import Testing
import TestSupport
@testable import DockerfileLint

/// RUN bodies go through ShellLint with the SHELL in effect; positions land on the exact line
/// and column inside multi-line RUNs and heredocs.
@Suite struct ShellIntegrationTests {
    func shellFindings(_ source: String) -> [Finding] {
        DockerfileLinter.lint(source: source, file: "Dockerfile").filter { $0.code.hasPrefix("SC") }
    }

    @Test func positionsInsideAMultiLineRun() {
        let text = MarkedText("FROM debian:12\nRUN set -e \\\n  && echo 1️⃣$1 \\\n  && cp 2️⃣$2 /tmp\n")
        let found = shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start)
        #expect(found == [text["1️⃣"], text["2️⃣"]].compactMap { $0 })
    }

    @Test func positionsAfterADroppedCommentLine() {
        let text = MarkedText("FROM debian:12\nRUN set -e \\\n# a comment Docker drops\n  && echo 1️⃣$1\n")
        #expect(shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start) == [text["1️⃣"]].compactMap { $0 })
    }

    @Test func positionsInsideAHeredoc() {
        let text = MarkedText("FROM debian:12\nRUN <<EOF\nset -e\necho 1️⃣$1\nEOF\n")
        #expect(shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start) == [text["1️⃣"]].compactMap { $0 })
    }

    @Test func heredocShebangChoosesTheDialect() {
        let bashScript = "FROM debian:12\nRUN <<EOF\n#!/bin/bash\nif [[ -f /x ]]; then echo y; fi\nEOF\n"
        #expect(!shellFindings(bashScript).contains { $0.code.hasPrefix("SC3") })
        let shScript = "FROM debian:12\nRUN <<EOF\nif [[ -f /x ]]; then echo y; fi\nEOF\n"
        #expect(shellFindings(shScript).contains { $0.code.hasPrefix("SC3") })
    }

    @Test func heredocForAnotherInterpreterIsNotShellChecked() {
        let python = "FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint($1)\nEOF\n"
        #expect(shellFindings(python).isEmpty)
    }

    @Test func shellInstructionSetsTheDialect() {
        let source = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [[ -f /x ]] && echo y\n"
        #expect(!shellFindings(source).contains { $0.code.hasPrefix("SC3") })
    }

    @Test func envAfterShellKeepsTheShell() {
        let source = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nENV A=1\nRUN [[ -f /x ]] && echo $A\n"
        #expect(!shellFindings(source).contains { $0.code.hasPrefix("SC3") })
    }

    @Test func stageInheritsTheShellOfItsBase() {
        let source = "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nRUN [[ -f /x ]] && echo y\n"
        #expect(!shellFindings(source).contains { $0.code.hasPrefix("SC3") })
    }

    @Test(arguments: ["[\"pwsh\", \"-Command\"]", "[\"powershell\", \"-Command\"]", "[\"cmd\", \"/S\", \"/C\"]"])
    func nonPosixShellsAreNotChecked(_ shell: String) {
        let source = "FROM mcr.microsoft.com/powershell:lts\nSHELL \(shell)\nRUN if ($env:X) { Write-Host $env:X }\n"
        #expect(shellFindings(source).isEmpty)
    }

    @Test func argAndEnvNamesCountAsAssigned() {
        let source = "FROM debian:12\nARG VERSION\nENV HOME_DIR=/srv\nRUN echo \"$VERSION\" \"$HOME_DIR\"\n"
        #expect(!shellFindings(source).contains { $0.code == "SC2154" })
    }

    @Test func execFormIsNotShellChecked() {
        #expect(shellFindings("FROM debian:12\nRUN [\"echo\", \"$1\"]\n").isEmpty)
    }
}

extension ShellIntegrationTests {
    @Test func bodyStartingOnTheNextLine() {
        let text = MarkedText("FROM debian:12\nRUN \\\necho 1️⃣$1\n")
        #expect(shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start) == [text["1️⃣"]].compactMap { $0 })
    }

    @Test func backtickEscapeMapsPositions() {
        let text = MarkedText("# escape=`\nFROM debian:12\nRUN true `\n && echo 1️⃣$1\n")
        #expect(shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start) == [text["1️⃣"]].compactMap { $0 })
    }

    @Test func heredocFedToBashIsChecked() {
        let text = MarkedText("FROM debian:12\nRUN <<EOF bash\nif [[ -n 1️⃣$1 ]]; then echo 2️⃣$1; fi\nEOF\n")
        let found = shellFindings(text.text).filter { $0.code == "SC2086" }.map(\.span.start)
        #expect(found.contains(text["2️⃣"] ?? .init(line: 0, column: 0)))
        #expect(!shellFindings(text.text).contains { $0.code.hasPrefix("SC3") })
    }

    @Test func onbuildRunIsChecked() {
        #expect(shellFindings("FROM debian:12\nONBUILD RUN echo $1\n").contains { $0.code == "SC2086" })
    }
}

extension ShellIntegrationTests {
    @Test func sourcingAComputedPathIsNotReported() {
        #expect(!shellFindings("FROM debian:12\nARG DIR=/opt\nRUN . \"$DIR/env.sh\" && make\n").contains { $0.code == "SC1090" })
    }
}
