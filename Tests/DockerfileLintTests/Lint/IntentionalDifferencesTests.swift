import Testing
@testable import DockerfileLint

/// One test per entry of `IntentionalDifferences`: where we beat hadolint.
@Suite struct IntentionalDifferencesTests {
    @Test func copyFromArg() {
        let source = "ARG SRC=build\nFROM debian:12 AS build\nRUN true\nFROM debian:12\nARG SRC\nCOPY --from=${SRC} /a /a\n"
        #expect(!codes(in: source).contains("DL3022"))
    }

    @Test func pipefailSetByTheHeredocScript() {
        let source = "FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -euo pipefail\ncurl -fsSL https://x | tar -xz\nEOF\n"
        #expect(!codes(in: source).contains("DL4006"))
        #expect(!codes(in: source).contains("SC3040"))
    }

    @Test func heredocForPython() {
        #expect(codes(in: "FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nimport sys; print(sys.argv[1:])\nEOF\n").isEmpty)
    }

    @Test func powershellIsNotShellChecked() {
        let source = "FROM mcr.microsoft.com/powershell:lts-7.4-debian-12\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Process | Where-Object { $_.CPU -gt 1 }\n"
        #expect(codes(in: source).isEmpty)
    }

    @Test func envAfterShell() {
        let source = "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nENV X=1\nRUN [[ -n \"$X\" ]] && echo ok | cat\n"
        #expect(codes(in: source).isEmpty)
    }

    @Test func exactPositionInsideMultiLineRun() {
        let findings = DockerfileLinter.lint(source: "FROM debian:12\nRUN true \\\n && echo $1\n", file: "Dockerfile")
        #expect(findings.first { $0.code == "SC2086" }?.span.start.line == 3)
    }

    @Test func heredocsHadolintCannotParse() {
        #expect(codes(in: "FROM debian:12\nCOPY <<CONF /etc/app.conf\nk=v\nCONF\n").isEmpty)
        #expect(codes(in: "FROM debian:12\nRUN <<ONE cat > /a && <<TWO cat > /b\n1\nONE\n2\nTWO\n").isEmpty)
    }

    @Test func rootOnlyInTheFinalImage() {
        #expect(!codes(in: "FROM debian:12 AS build\nUSER root\nFROM debian:12\nUSER 1000\n").contains("DL3002"))
    }

    @Test func shellFormInsideExecForm() {
        #expect(codes(in: "FROM debian:12\nRUN [\"/bin/sh\", \"-c\", \"cd /tmp && make\"]\n").contains("DL3003"))
    }
}

extension IntentionalDifferencesTests {
    @Test func longUIDOption() {
        #expect(codes(in: "FROM debian:12\nRUN useradd --uid 1000000 app\n").contains("DL3046"))
    }
}

extension IntentionalDifferencesTests {
    @Test func ignorePragmaSkipsCommentsAndBlankLines() {
        #expect(codes(in: "# hadolint ignore=DL3006\n# why: base image chosen by CI\n\nFROM debian\n").isEmpty)
    }

    @Test func unknownRunFlagIsASyntaxError() {
        #expect(codes(in: "FROM debian:12\nRUN --foo=bar echo\n") == ["DL1000"])
    }

    @Test func stageIgnorePragma() {
        let source = "FROM debian:12\n# hadolint stage ignore=DL3003\nRUN cd /x || exit\nFROM debian:12\nRUN cd /y || exit\n"
        #expect(codes(in: source) == ["DL3003"])
    }
}

extension IntentionalDifferencesTests {
    @Test func windowsImagesRunCmd() {
        let source = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ | findstr Windows && echo %PATH%\n"
        #expect(codes(in: source).isEmpty)
    }
}

extension IntentionalDifferencesTests {
    @Test func rpmVersionFromAVariableOrAFileIsPinned() {
        #expect(codes(in: "FROM fedora:40\nARG V=11.4\nRUN dnf install -y MariaDB-server-${V} && dnf clean all\n").isEmpty)
        #expect(codes(in: "FROM centos:7\nRUN yum install -y /tmp/app-1.rpm && yum clean all\n").isEmpty)
        #expect(codes(in: "FROM centos:7\nRUN yum install -y app && yum clean all\n") == ["DL3033"])
    }
}
