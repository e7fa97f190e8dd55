import Foundation
import Testing

/// pipeline's own `.pipeline/` never makes a repository dirty: a fresh `git init`, no
/// `.gitignore`, a release tag, one build.
@Suite struct OwnStateTests {
    func git(_ project: Project, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", project.path] + arguments
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": project.path,
                               "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                               "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func aBuildLeavesAFreshRepositoryCleanAndItsReleaseTagsIntact() throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","inputs":["pipeline.json"],"outputs":["o.txt"],"sh":"echo > o.txt"}},"targets":{"release":["s"]}}"#)
        try git(project, "init", "-q", "-b", "main")
        try project.write(".gitignore", "o.txt\n")
        try git(project, "add", "-A")
        try git(project, "commit", "-q", "-m", "one")
        try git(project, "tag", "v1.0.0")

        let before = try project.run("tags")
        #expect(before.stdout == "1.0.0\n1.0\n1\nlatest\n", "\(before.stdout)")
        #expect(try project.run("build").code == 0)
        #expect(project.read(".pipeline/.gitignore")?.contains("\n*\n") == true)
        let after = try project.run("tags")
        #expect(after.stdout == before.stdout, "\(after.stdout)")
        let release = try project.run("release", "1.0.1", "--dry-run")
        #expect(release.code == 0, "\(release.stderr)")
    }

    @Test func untrackedFilesStillCountAsDirty() throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","sh":"true"}},"targets":{"release":["s"]}}"#)
        try git(project, "init", "-q", "-b", "main")
        try git(project, "add", "-A")
        try git(project, "commit", "-q", "-m", "one")
        try project.write("notes.txt", "draft\n")
        let release = try project.run("release", "1.0.0", "--dry-run")
        #expect(release.code != 0)
        #expect(release.stderr.contains("untracked files count because they would end up in a build context"), "\(release.stderr)")
    }
}
