import Testing
@testable import DockerfileLint

/// Minimal cases of where pipeline and hadolint 2.15 disagreed on public Dockerfiles, one test
/// each, with the decision taken: follow hadolint, or differ on purpose (`IntentionalDifferences`).
@Suite struct RealWorldCaseTests {
    func findings(_ source: String) -> [(code: String, line: Int)] {
        DockerfileLinter.lint(source: source, file: "Dockerfile").map { ($0.code, $0.span.start.line) }
    }

    /// Repro 10: `! cmd` inside a `set -e` RUN does not fail the build (SC2251), at its line.
    @Test func negatedCommandUnderSetEInARun() {
        let source = "FROM alpine:3.20\nRUN set -eux; \\\n    ! grep -q nobody /etc/group; \\\n    echo ok\n"
        #expect(findings(source).map(\.code) == ["SC2251"])
        #expect(findings(source).map(\.line) == [3])
    }

    /// Intentional difference 15: all of a RUN's ShellCheck findings, not one.
    @Test func everyShellFindingOfARun() {
        let codes = Set(codes(in: "FROM alpine:3.20\nRUN echo $1 && echo `date`\n"))
        #expect(codes.isSuperset(of: ["SC2086", "SC2006", "SC2046"]))
    }

    /// Followed: ARG and ENV values are constants inside RUN (no SC2086, no SC2154), per stage
    /// and for global ARGs.
    @Test func argAndEnvNamesAreConstantsInsideRun() {
        #expect(codes(in: "FROM alpine:3.20\nARG VERSION=1.2\nRUN echo $VERSION > /version\n").isEmpty)
        #expect(codes(in: "FROM alpine:3.20\nENV HOME_DIR=/srv\nRUN cp -r /src $HOME_DIR/x\n").isEmpty)
        #expect(codes(in: "FROM alpine:3.20\nRUN echo $VERSION > /version\n") == ["SC2086"], "undeclared: still reported")
        #expect(codes(in: "FROM alpine:3.20\nARG V=1\nRUN V=\"a b\"; echo $V\n") == ["SC2086"], "reassigned in the RUN")
        #expect(codes(in: "FROM alpine:3.20 AS core\nENV X=1\nFROM core AS tools\nRUN echo $X\n").isEmpty, "inherited from the base stage")
        #expect(codes(in: "FROM alpine:3.20 AS core\nENV X=1\nFROM alpine:3.20\nRUN echo $X\n") == ["SC2086"], "not from an unrelated stage")
    }

    /// Followed: a constant assigned by the first command of a chain is safe unquoted after it;
    /// one assigned later in the chain, or a value built from other variables, is not.
    @Test func constantAssignedEarlierInAnAndChain() {
        #expect(codes(in: "FROM centos:7\nRUN REPOS=a,b && yum -y install --enablerepo ${REPOS} x-1 && yum clean all\n").isEmpty)
        #expect(codes(in: "FROM alpine:3.20\nRUN V=1.2 && F=git-$V.tgz && echo $F $V\n") == ["SC2086"])
        #expect(codes(in: "FROM alpine:3.20\nRUN false || Z=1 && echo $Z\n") == ["SC2086"])
        #expect(codes(in: "FROM alpine:3.20\nRUN R=a && true; echo $R\n").isEmpty, "the first pipeline always runs")
        #expect(codes(in: "FROM alpine:3.20\nRUN true && R=a; echo $R\n") == ["SC2086"])
        #expect(codes(in: "FROM alpine:3.20\nRUN set -x && B=curl && apk add --no-cache $B=8.0\n") == ["SC2086"])
    }

    /// Intentional difference 7: a comment right after a heredoc terminator.
    @Test func commentAfterHeredocTerminator() {
        let source = "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF\n# a comment right after the terminator\nCMD [\"sh\"]\n"
        #expect(findings(source).map(\.code) == ["DL3018"])
        #expect(findings(source).first?.line == 3)
    }

    /// Intentional difference 7: `\\` at the end does not continue the line (as in BuildKit).
    @Test func trailingEscapedEscapeEndsTheInstruction() {
        let source = "FROM alpine:3.20\nCOPY --from=build /out/app \\\n  /srv/\\\\\n\nUSER nobody\n"
        let found = findings(source)
        #expect(!found.contains { $0.code == "DL1000" })
        #expect(found.contains { $0.code == "DL3066" && $0.line == 5 }, "USER is an instruction of its own")
        #expect(found.contains { $0.code == "DL3022" && $0.line == 2 })
    }

    /// Intentional difference 16: removing something else is no apt-lists clean-up.
    @Test func anyRmRfIsNoAptListsCleanup() {
        let run = "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n"
        #expect(codes(in: run + " && rm -rf /tmp/build\n") == ["DL3009"])
        #expect(codes(in: run + " && rm -rf /var/lib/apt/lists/*\n").isEmpty)
    }

    /// Intentional difference 16, for dnf and yum.
    @Test func anyRmRfIsNoDnfCacheCleanup() {
        #expect(codes(in: "FROM fedora:40\nRUN dnf install -y a-1.0; rm -rf /tmp/x\n") == ["DL3040"])
        #expect(codes(in: "FROM fedora:40\nRUN microdnf install -y a-1.0; rm -rf \"$H\"; microdnf clean all\n").isEmpty)
        #expect(codes(in: "FROM centos:7\nRUN yum install -y a-1.0 && rm -rf /tmp/*\n") == ["DL3032"])
    }

    /// Intentional differences 4 and 5: a PowerShell SHELL survives ENV.
    @Test func powershellAfterEnvIsNotShellChecked() {
        let source = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nENV APP_HOME=C:/app\nRUN New-Item -ItemType Directory -Path $env:APP_HOME | Out-Null\n"
        #expect(codes(in: source).isEmpty)
    }

    /// Followed: an image chosen by a variable is not judged by DL3006/DL3007.
    @Test func fromVariableIsNotJudged() {
        #expect(codes(in: "ARG BASE=alpine\nFROM $BASE\nRUN echo hi\n").isEmpty)
        #expect(codes(in: "ARG NS=selenium VERSION=latest\nFROM ${NS}/base:${VERSION}\n").isEmpty)
        #expect(codes(in: "ARG NAME=app\nFROM example/${NAME}\n") == ["DL3006"], "a fixed name with no tag is")
    }

    /// Followed: SC1091 is not reported inside RUN.
    @Test func sourcingAFileOfTheImage() {
        #expect(codes(in: "FROM alpine:3.20\nRUN . /etc/os-release && echo \"$ID\"\n").isEmpty)
    }

    /// Followed: a package list from an ARG is unpinned (and, being an ARG, needs no quotes).
    @Test func packageListFromAnArg() {
        #expect(codes(in: "FROM alpine:3.20\nARG PKGS=\"curl git\"\nRUN apk add --no-cache $PKGS\n") == ["DL3018"])
    }

    @Test func goInstallLatestIsUnpinned() {
        #expect(codes(in: "FROM golang:1.22\nRUN go install example.com/tool@latest\n") == ["DL3062"])
        #expect(codes(in: "FROM golang:1.22\nRUN go install example.com/tool@v1.4.0\n").isEmpty)
    }

    @Test func copyFromAnUntaggedImage() {
        #expect(codes(in: "FROM alpine:3.20\nCOPY --from=example/tools /bin/tool /bin/tool\n") == ["DL3022"])
        #expect(codes(in: "FROM alpine:3.20\nCOPY --from=example/tools:1.2 /bin/tool /bin/tool\n").isEmpty)
    }
}
