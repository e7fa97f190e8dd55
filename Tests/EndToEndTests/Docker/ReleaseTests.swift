import Foundation
import Testing

@Suite(.serialized) struct ReleaseTests {
    /// A repository with a bare `origin`, whose release target runs `release.sh`.
    func repository(releaseSucceeds: Bool) throws -> (Project, GitRepository, String) {
        let project = try Project(#"{"version": 1, "stages": {"publish": {"kind": "exec", "sh": "git describe --tags --exact-match > released.txt; exit \#(releaseSucceeds ? 0 : 3)"}}, "targets": {"release": ["publish"]}}"#)
        let repo = try GitRepository(project)
        let origin = project.path + ".origin.git"
        try DockerTestEngine.shell(["git", "init", "-q", "--bare", origin])
        try repo.git("remote", "add", "origin", origin)
        return (project, repo, origin)
    }

    /// Who the release tag is by: `git tag -a` needs an identity.
    static let identity = ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"]

    func remoteTags(_ origin: String) throws -> String {
        try DockerTestEngine.shell(["git", "-C", origin, "tag", "--list"]).output
    }

    @Test func aSuccessfulReleaseTagsRunsThePipelineAndPushesTheTag() throws {
        let (project, repo, origin) = try repository(releaseSucceeds: true)
        defer { try? FileManager.default.removeItem(atPath: origin) }
        let dry = try project.run("release", "1.2.3", "--dry-run")
        #expect(dry.code == 0)
        #expect(dry.stdout.contains("would create the annotated tag v1.2.3"))
        #expect(try repo.git("tag", "--list").isEmpty, "a dry run changes nothing")

        let result = try project.run("release", "1.2.3", environment: Self.identity)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(project.read("released.txt") == "v1.2.3\n", "the release target ran on the new tag")
        #expect(try remoteTags(origin) == "v1.2.3")
        #expect(try repo.git("cat-file", "-t", "v1.2.3") == "tag", "annotated")

        let again = try project.run("release", "1.2.3", environment: Self.identity)
        #expect(again.code == 2)
        #expect(again.stderr.contains("cannot release 1.2.3"), "\(again.stderr)")
    }

    @Test func aFailedReleaseDeletesItsTagAndPushesNothing() throws {
        let (project, repo, origin) = try repository(releaseSucceeds: false)
        defer { try? FileManager.default.removeItem(atPath: origin) }
        let result = try project.run("release", "2.0.0", environment: Self.identity)
        #expect(result.code == 1)
        #expect(result.stderr.contains("the release target failed; deleted tag v2.0.0 again"))
        #expect(try repo.git("tag", "--list").isEmpty)
        #expect(try remoteTags(origin).isEmpty)
    }

    @Test func badReleasesAreRefusedBeforeAnythingHappens() throws {
        let (project, repo, origin) = try repository(releaseSucceeds: true)
        defer { try? FileManager.default.removeItem(atPath: origin) }
        let invalid = try project.run("release", "1.2")
        #expect(invalid.code == 2)
        #expect(invalid.stderr.hasPrefix("error: cannot release 1.2: "))
        try project.write("uncommitted.txt", "x\n")
        let dirty = try project.run("release", "1.0.0")
        #expect(dirty.code == 2)
        #expect(dirty.stderr.contains("the working tree has uncommitted changes"))
        #expect(try repo.git("tag", "--list").isEmpty)
    }
}
