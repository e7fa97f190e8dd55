import Testing
@testable import DockerfileLint

/// `# hadolint …` and `# pipeline …` comments, applied once after every rule ran.
@Suite struct PragmaTests {
    static let apt = "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"

    @Test(arguments: [
        "# hadolint ignore=DL3008,DL3015\n",
        "# hadolint ignore=DL3008, DL3015\n",
        "#hadolint ignore=DL3015,DL3008\n",
        "# pipeline ignore=DL3008,DL3015\n",
        "# hadolint ignore=DL3015\n# hadolint ignore=DL3008\n",
    ])
    func ignoreAppliesToTheNextInstruction(_ pragma: String) {
        let found = codes(in: "FROM debian:12\n\(pragma)\(Self.apt)\n\(Self.apt)\n")
        #expect(found.filter { $0 == "DL3008" }.count == 1)
        #expect(found.filter { $0 == "DL3015" }.count == 1)
    }

    @Test func ignoreCoversFindingsInsideAMultiLineRun() {
        let source = "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n    curl \\\n && rm -rf /var/lib/apt/lists/*\n"
        #expect(!codes(in: source).contains("DL3008"))
    }

    @Test func globalIgnore() {
        let source = "FROM ubuntu\n# hadolint global ignore=DL3006,DL3059\nRUN echo a\nRUN echo b\nFROM debian\n"
        #expect(codes(in: source).isEmpty)
    }

    @Test func stageIgnoreEndsWithTheStage() {
        let source = "FROM debian:12 AS a\n# hadolint stage ignore=DL3059\nRUN echo a\nRUN echo b\nFROM debian:12\nRUN echo a\nRUN echo b\n"
        let findings = DockerfileLinter.lint(source: source, file: "Dockerfile")
        #expect(findings.filter { $0.code == "DL3059" }.map(\.span.start.line) == [7])
    }

    @Test func shellPragmaChoosesTheShellChecked() {
        let bashism = "FROM debian:12\nRUN [[ -f /x ]] && echo yes\n"
        #expect(codes(in: bashism).contains { $0.hasPrefix("SC3") })
        #expect(!codes(in: "# hadolint shell=bash\n" + bashism).contains { $0.hasPrefix("SC3") })
    }

    @Test func disableIgnorePragma() {
        let source = "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp || exit\n"
        #expect(codes(in: source).isEmpty)
        #expect(codes(in: source, config: DockerfileLintConfig(disableIgnorePragma: true)) == ["DL3003"])
    }

    @Test func ignoreOfShellCheckCodes() {
        let source = "FROM debian:12\n# hadolint ignore=SC2086\nRUN x=1 && echo $x $1\n"
        #expect(!codes(in: source).contains("SC2086"))
    }

    @Test(arguments: ["# hadolint", "# hadolint ignore=", "# hadolintignore=DL3003", "# something ignore=DL3003"])
    func notPragmas(_ comment: String) {
        #expect(codes(in: "FROM debian:12\n\(comment)\nRUN cd /tmp || exit\n") == ["DL3003"])
    }
}
