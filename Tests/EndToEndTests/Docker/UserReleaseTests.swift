import Foundation
import Testing

/// Releases the way a maintainer starts: `git init` in an empty folder, no `.gitignore`, an
/// image named with the local registry's `host:port`, a bare `origin`, `pipeline release`; then
/// the registry's own HTTP API says which tags it holds.
@Suite(.serialized) struct UserReleaseTests {
    struct Repository {
        let project: Project
        let origin: String
        let image: String

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            let result = try DockerTestEngine.shell(["git", "-C", project.path] + arguments, environment: UserReleaseTests.identity)
            #expect(result.code == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
            return result.output
        }

        func release(_ arguments: String...) throws -> PipelineBinary.Result {
            try project.runWithDocker(["release"] + arguments, environment: UserReleaseTests.identity)
        }

        func commit(_ file: String) throws {
            try project.write(file, file + "\n")
            try git("add", "-A")
            try git("commit", "-q", "-m", file)
        }
    }

    static let identity = ["GIT_AUTHOR_NAME": "Maintainer", "GIT_AUTHOR_EMAIL": "m@example.invalid",
                           "GIT_COMMITTER_NAME": "Maintainer", "GIT_COMMITTER_EMAIL": "m@example.invalid"]

    /// build → smoke → tag → push, as a user writes it: no `repositories`, the image's own name.
    func repository(smokeCommand: String = "true") throws -> Repository {
        let project = try Project()
        let image = DockerTestEngine.registry + "/" + DockerTestEngine.uniqueRepository("user")
        try project.write("pipeline.json", """
        {"version": 1, "default": "build", "stages": {
          "image": {"kind": "docker-build", "context": "ctx", "image": "\(image):dev", "network": "host"},
          "smoke": {"kind": "smoke", "needs": ["image"], "network": "none", "timeout": "20s",
                    "checks": [{"exec": ["/bin/busybox", "sh", "-c", "\(smokeCommand)"]}]},
          "tag": {"kind": "tag", "needs": ["smoke"]},
          "push": {"kind": "push", "needs": ["tag"]}
        }, "targets": {"build": ["smoke"], "release": ["push"]}}
        """)
        try project.busyboxContext("ctx", dockerfile: "FROM scratch\nCOPY bin/busybox /bin/busybox\nCMD [\"/bin/busybox\", \"sleep\", \"300\"]\n")
        let origin = project.path + ".origin.git"
        try DockerTestEngine.shell(["git", "init", "-q", "--bare", origin])
        let repository = Repository(project: project, origin: origin, image: image)
        try repository.git("init", "-q", "-b", "main")
        try repository.git("add", "-A")
        try repository.git("commit", "-q", "-m", "first")
        try repository.git("remote", "add", "origin", origin)
        return repository
    }

    func cleanUp(_ repository: Repository) {
        try? FileManager.default.removeItem(atPath: repository.origin)
        _ = try? DockerTestEngine.shell(["sh", "-c", "\(DockerTestEngine.client) images --format '{{.Repository}}:{{.Tag}}' | grep '^\(repository.image):' | xargs -r \(DockerTestEngine.client) rmi -f"])
    }

    /// What the registry's HTTP API says: `GET /v2/<name>/tags/list`.
    func registryTags(_ image: String) throws -> [String] {
        let name = String(image.dropFirst(DockerTestEngine.registry.count + 1))
        let body = try DockerTestEngine.shell(["curl", "-s", "http://\(DockerTestEngine.registry)/v2/\(name)/tags/list"]).output
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return ((json?["tags"] as? [String]) ?? []).sorted()
    }

    /// The image ID (config digest) the registry holds under `tag`.
    func registryImageID(_ image: String, _ tag: String) throws -> String? {
        let name = String(image.dropFirst(DockerTestEngine.registry.count + 1))
        let body = try DockerTestEngine.shell(["curl", "-s", "-H", "Accept: application/vnd.docker.distribution.manifest.v2+json",
                                               "http://\(DockerTestEngine.registry)/v2/\(name)/manifests/\(tag)"]).output
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return (json?["config"] as? [String: Any])?["digest"] as? String
    }

    func localImageID(_ reference: String) throws -> String {
        try DockerTestEngine.docker(["image", "inspect", "--format", "{{.Id}}", reference]).output
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aReleaseFromAFreshRepositoryReachesTheConfiguredRegistryWithEveryTag() throws {
        try DockerTestEngine.requireEngine()
        let repository = try repository()
        defer { cleanUp(repository) }

        let dry = try repository.release("1.2.3", "--dry-run")
        #expect(dry.code == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would create the annotated tag v1.2.3"))
        #expect(dry.stdout.contains("would run the release target: image → smoke → tag → push"), "\(dry.stdout)")
        #expect(try repository.git("tag", "--list").isEmpty, "a dry run changes nothing")
        #expect(try registryTags(repository.image).isEmpty)

        let result = try repository.release("1.2.3")
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("docker.io"), "nothing goes to Docker Hub")
        #expect(try registryTags(repository.image) == ["1", "1.2", "1.2.3", "latest"])
        let id = try localImageID(repository.image + ":1.2.3")
        for tag in ["1", "1.2", "1.2.3", "latest"] { #expect(try registryImageID(repository.image, tag) == id, "\(tag)") }
        #expect(try DockerTestEngine.shell(["git", "-C", repository.origin, "tag", "--list"]).output == "v1.2.3")
        #expect(try repository.git("status", "--porcelain") == "", "the run left the tree clean without a .gitignore")

        // Refusals: an existing tag, an invalid version, a dirty tree.
        let existing = try repository.release("1.2.3")
        #expect(existing.code == 2)
        #expect(existing.stderr.contains("cannot release 1.2.3"), "\(existing.stderr)")
        let invalid = try repository.release("1.2")
        #expect(invalid.code == 2)
        try repository.project.write("notes.txt", "draft\n")
        let dirty = try repository.release("1.2.4")
        #expect(dirty.code == 2)
        #expect(dirty.stderr.contains("untracked files"), "\(dirty.stderr)")
        try FileManager.default.removeItem(atPath: repository.project.path + "/notes.txt")

        // A pre-release gets only its own tag.
        try repository.commit("rc.txt")
        #expect(try repository.release("1.3.0-rc.1").code == 0)
        #expect(try registryTags(repository.image) == ["1", "1.2", "1.2.3", "1.3.0-rc.1", "latest"])
        #expect(try registryImageID(repository.image, "latest") == id, "latest did not move to the pre-release")

        // 2.0.0 takes latest; a later 1.2.4 moves 1.2 and 1 but not latest.
        try repository.commit("two.txt")
        #expect(try repository.release("2.0.0").code == 0)
        let two = try localImageID(repository.image + ":2.0.0")
        try repository.commit("patch.txt")
        #expect(try repository.release("1.2.4").code == 0)
        let patch = try localImageID(repository.image + ":1.2.4")
        #expect(try registryImageID(repository.image, "latest") == two)
        #expect(try registryImageID(repository.image, "2") == two)
        #expect(try registryImageID(repository.image, "1.2") == patch)
        #expect(try registryImageID(repository.image, "1") == patch)
        #expect(try registryImageID(repository.image, "1.2.3") == id, "a release tag never moves")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aReleaseWhoseSmokeTestFailsLeavesNoTagAnywhere() throws {
        try DockerTestEngine.requireEngine()
        let repository = try repository(smokeCommand: "exit 7")
        defer { cleanUp(repository) }
        let result = try repository.release("3.0.0")
        #expect(result.code == 1)
        #expect(result.stderr.contains("the release target failed; deleted tag v3.0.0 again"), "\(result.stderr)")
        #expect(try repository.git("tag", "--list").isEmpty)
        #expect(try DockerTestEngine.shell(["git", "-C", repository.origin, "tag", "--list"]).output.isEmpty)
        #expect(try registryTags(repository.image).isEmpty, "nothing was pushed")
    }
}
