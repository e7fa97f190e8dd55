import Foundation
import Testing

@Suite struct LintTests {
    static let dockerfile = """
    FROM ubuntu
    # hadolint ignore=DL3009
    RUN apt-get update && apt-get install -y --no-install-recommends curl
    RUN echo $HOME
    """
    static let script = "#!/bin/sh\nset -eu\necho $1\nexec \"$@\"\n"

    func project() throws -> Project {
        let project = try Project()
        try project.write("docker/Dockerfile", Self.dockerfile)
        try project.write("docker/entrypoint", Self.script)
        try project.write("notes.txt", "not linted\n")
        return project
    }

    @Test func lintFindsWhatHadolintAndShellCheckWouldWithPositions() throws {
        let project = try project()
        let result = try project.run("lint")
        #expect(result.code == 1)
        #expect(result.stdout.contains("docker/Dockerfile:1:6 DL3006 warning: Always tag the version of an image explicitly\n"))
        #expect(result.stdout.contains("docker/Dockerfile:3:"), "DL3008 on the RUN")
        #expect(!result.stdout.contains("DL3009"), "the ignore pragma holds")
        #expect(result.stdout.contains("docker/Dockerfile:4:10 SC2086 info:"), "inside the RUN, at its column")
        #expect(result.stdout.contains("docker/entrypoint:3:6 SC2086 info:"), "a script found by its shebang")
        #expect(!result.stdout.contains("notes.txt"))
        #expect(result.stderr.contains("2 files checked"))
    }

    @Test func formatsThresholdsAndConfiguration() throws {
        let project = try project()
        let json = try project.run("lint", "--format", "json", "docker/entrypoint")
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.first?["code"] as? String == "SC2086")
        #expect(array?.first?["level"] as? String == "info")
        #expect(json.code == 0, "info is below the default threshold")
        #expect(try project.run("lint", "--failure-threshold", "info", "docker/entrypoint").code == 1)
        #expect(try project.run("lint", "--no-fail").code == 0)
        let sarif = try project.run("lint", "--format", "sarif")
        #expect(sarif.stdout.contains("\"version\": \"2.1.0\""))
        #expect(try project.run("lint", "--format", "checkstyle").stdout.contains("<error line=\"1\" column=\"6\" severity=\"warning\""))
        #expect(try project.run("lint", "--format", "github").stdout.contains("::warning file=docker/Dockerfile,line=1,col=6,title=DL3006::"))
        #expect(try project.run("lint", "--format", "gnu").stdout.contains("docker/Dockerfile:1:6: warning: DL3006 "))
        #expect(try project.run("lint", "--format", "codeclimate").stdout.contains("\"check_name\": \"DL3006\""))

        try project.write(".hadolint.yaml", "ignored:\n  - DL3006\n  - DL3008\n  - SC2086\n")
        try project.write(".shellcheckrc", "disable=SC2086\n")
        let configured = try project.run("lint")
        #expect(configured.code == 0, "\(configured.stdout)")
        #expect(!configured.stdout.contains("DL3006"))
        #expect(!configured.stdout.contains("SC2086"), "in RUN via .hadolint.yaml, in scripts via .shellcheckrc")
        try project.write(".hadolint.yaml", "ignored: [DL3006\n")
        let broken = try project.run("lint")
        #expect(broken.code == 2)
        #expect(broken.stderr.hasPrefix("error: .hadolint.yaml: "))
    }

    @Test func theLintStageWritesReportsFailsAtItsThresholdAndIsCached() throws {
        let project = try project()
        try project.write("pipeline.json", #"{"version": 1, "stages": {"lint": {"kind": "lint", "inputs": ["docker/**"], "failureThreshold": "error"}, "strict": {"kind": "lint", "inputs": ["docker/**"]}}}"#)
        let relaxed = try project.run("run", "lint")
        #expect(relaxed.code == 0, "\(relaxed.stderr)")
        #expect(relaxed.stdout.contains("[lint] docker/Dockerfile:1:6 DL3006 warning:"))
        #expect(project.read(".pipeline/out/lint/lint.json")?.contains("\"DL3006\"") == true)
        #expect(project.read(".pipeline/out/lint/lint.sarif")?.contains("\"ruleId\": \"DL3006\"") == true)
        #expect(try project.run("run", "lint").stdout.contains("lint   cached"))
        let strict = try project.run("run", "strict")
        #expect(strict.code == 1)
        #expect(strict.stderr.contains("stage 'strict' failed: 2 findings at or above warning (first: docker/Dockerfile:1 DL3006)"), "\(strict.stderr)")
    }
}

/// Which files `pipeline lint` takes for Dockerfiles, and walks from absolute and `..` paths.
@Suite struct LintFileSelectionTests {
    func project() throws -> Project {
        let project = try Project()
        for name in ["Dockerfile-windows", "app.dockerfile", "Dockerfile_dev", "sub/Containerfile.debug", "0001-Dockerfile"] {
            try project.write("images/" + name, "FROM debian\n")
        }
        try project.write("images/generate-dockerfile.sh", "#!/bin/sh\necho FROM $1\n")
        try project.write("images/Dockerfile.md", "FROM is the first instruction\n")
        try project.write("empty/notes.txt", "nothing to lint\n")
        return project
    }

    @Test func dockerfileNamesInAnyCaseWithAnyPrefixOrSuffixAreFoundByAWalk() throws {
        let result = try project().run("lint", "--format", "gnu", "images")
        for name in ["Dockerfile-windows", "app.dockerfile", "Dockerfile_dev", "sub/Containerfile.debug", "0001-Dockerfile"] {
            #expect(result.stdout.contains("images/\(name):1:6: warning: DL3006 "), "\(name): \(result.stdout)")
        }
        #expect(result.stdout.contains("images/generate-dockerfile.sh:2:"), "a script that writes Dockerfiles stays a script")
        #expect(!result.stdout.contains("Dockerfile.md"))
        #expect(!result.stdout.contains("SC2148"))
    }

    @Test func aNamedFileStartingWithFromOrArgOrSyntaxIsADockerfile() throws {
        let project = try project()
        try project.write("build/recipe", "# syntax=docker/dockerfile:1\nFROM debian\n")
        try project.write("build/stage.txt", "# base image\nARG BASE=debian:12\nFROM ${BASE}\nRUN cd /x\n")
        try project.write("build/script", "echo $1\n")
        let result = try project.run("lint", "--format", "gnu", "build/recipe", "build/stage.txt", "build/script", "images/0001-Dockerfile")
        #expect(result.stdout.contains("build/recipe:2:6: warning: DL3006 "))
        #expect(result.stdout.contains("build/stage.txt:4:5: warning: DL3003 "))
        #expect(result.stdout.contains("images/0001-Dockerfile:1:6: warning: DL3006 "))
        #expect(result.stdout.contains("build/script:1:1: error: SC2148 "), "anything else named is read as a shell script")
    }

    @Test func absoluteAndParentPathsAreWalked() throws {
        let project = try project()
        let absolute = try project.run("lint", "--format", "gnu", project.path + "/images/sub")
        #expect(absolute.stdout.contains(project.path + "/images/sub/Containerfile.debug:1:6: warning: DL3006 "), "\(absolute.stdout)")
        let parent = try project.run("-C", "empty", "lint", "--format", "gnu", "../images/sub")
        #expect(parent.stdout.contains("../images/sub/Containerfile.debug:1:6: warning: DL3006 "), "\(parent.stdout)\(parent.stderr)")
        let tty = try project.run("-C", "empty", "lint", "..")
        #expect(tty.stderr.contains("6 files checked"), "\(tty.stderr)")
    }

    @Test func aNamedDirectoryWithNothingToLintIsAnError() throws {
        let project = try project()
        let result = try project.run("lint", "empty")
        #expect(result.code == 2)
        #expect(result.stderr.contains("empty: no Dockerfile, shell script or supervisord config to lint there"))
        #expect(try project.run("lint", project.path + "/empty").code == 2)
    }
}
