import Basics
import Testing
@testable import DockerfileLint

/// `.hadolint.yaml` reading and what each setting does to the findings.
@Suite struct ConfigTests {
    @Test func fullConfig() throws {
        let yaml = """
        # project settings
        ignored:
          - DL3008
          - SC2086
        trustedRegistries: [docker.io, "registry.example.com"]
        override:
          error:
            - DL3015
          info: [DL3059]
        label-schema:
          author: text
          url: url
        strict-labels: true
        disable-ignore-pragma: false
        failure-threshold: warning
        no-fail: no
        """
        let config = try HadolintConfig.parse(yaml)
        #expect(config.ignored == ["DL3008", "SC2086"])
        #expect(config.trustedRegistries == ["docker.io", "registry.example.com"])
        #expect(config.severityOverrides == ["DL3015": .error, "DL3059": .info])
        #expect(config.labelSchema == ["author": .text, "url": .url])
        #expect(config.strictLabels)
        #expect(!config.disableIgnorePragma)
        #expect(config.failureThreshold == .warning)
        #expect(!config.noFail)
    }

    @Test(arguments: ["", "---\n", "# nothing\n"])
    func emptyConfig(_ yaml: String) throws {
        #expect(try HadolintConfig.parse(yaml) == DockerfileLintConfig())
    }

    @Test(arguments: [
        ("ignored: [DL3008\n", 1),
        ("unknown-key: 1\n", 1),
        ("ignored:\n  - DL3008\noverride:\n  fatal: [DL3008]\n", 4),
        ("failure-threshold: loud\n", 1),
        ("label-schema:\n  author: name\n", 2),
        ("strict-labels: maybe\n", 1),
        ("ignored: |\n  DL3008\n", 1),
        ("ignored:\n  - DL3008\n    - nested\n", 3),
    ])
    func errorsNameTheLine(_ yaml: String, _ line: Int) {
        #expect(throws: HadolintConfigError.self) { try HadolintConfig.parse(yaml) }
        do {
            _ = try HadolintConfig.parse(yaml)
        } catch {
            #expect(error.line == line, "\(error)")
        }
    }

    @Test func ignoredRulesAreNotReported() {
        let source = "FROM debian\nRUN cd /tmp || exit\n"
        #expect(codes(in: source) == ["DL3006", "DL3003"])
        #expect(codes(in: source, config: DockerfileLintConfig(ignored: ["DL3006"])) == ["DL3003"])
    }

    @Test func overridesChangeSeverity() {
        let findings = DockerfileLinter.lint(source: "FROM debian:12\nRUN cd /tmp || exit\n", file: "Dockerfile",
                                             config: DockerfileLintConfig(severityOverrides: ["DL3003": .style]))
        #expect(findings.map(\.severity) == [.style])
    }

    @Test func overrideEnablesRulesOffByDefault() {
        let source = "FROM debian:12\nRUN true\n"
        #expect(!codes(in: source).contains("DL3057"))
        #expect(codes(in: source, config: DockerfileLintConfig(severityOverrides: ["DL3057": .warning])).contains("DL3057"))
    }
}
