import Foundation
import Testing

/// A git repository in a temporary folder, driven by the real `git`.
struct GitRepository {
    let project: Project

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try DockerTestEngine.shell(["git", "-C", project.path] + arguments, environment: [
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        ])
        #expect(result.code == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
        return result.output
    }

    init(_ project: Project) throws {
        self.project = project
        try git("init", "-q", "-b", "main")
        try project.write(".gitignore", ".pipeline/\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", "first")
    }

    func commit(_ file: String) throws {
        try project.write(file, file + "\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", file)
    }

    var shortSHA: String { (try? git("rev-parse", "--short=7", "HEAD")) ?? "" }
}

@Suite(.serialized) struct TagsCommandTests {
    func tags(_ project: Project) throws -> [String] {
        let result = try project.run("tags")
        #expect(result.code == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func tagsFollowDesignSection8InARealRepository() throws {
        let project = try Project(#"{"version": 1, "stages": {"t": {"kind": "tag", "image": "example/app"}}}"#)
        let repo = try GitRepository(project)
        #expect(try tags(project) == ["edge", "sha-\(repo.shortSHA)"])

        try repo.git("tag", "v7.0.0")
        #expect(try tags(project) == ["7.0.0", "7.0", "7", "latest"])

        try repo.commit("b")
        try repo.git("tag", "v7.1.0")
        try repo.git("checkout", "-q", "v7.0.0")
        try repo.git("tag", "v7.0.1")
        #expect(try tags(project) == ["7.0.1", "7.0"], "7.0.1 is highest in 7.0 only")

        try repo.git("checkout", "-q", "v7.1.0")
        #expect(try tags(project) == ["7.1.0", "7.1", "7", "latest"])
        try repo.git("checkout", "-q", "-b", "feature/Fancy_thing")
        try repo.commit("c")
        try repo.git("tag", "v7.2.0-rc.2")
        #expect(try tags(project) == ["7.2.0-rc.2"], "a pre-release gets only its version")

        try repo.commit("d")
        #expect(try tags(project) == ["feature-Fancy_thing", "sha-\(repo.shortSHA)"])

        try repo.git("checkout", "-q", "v7.1.0")
        try project.write("dirty.txt", "x\n")
        let dirty = try tags(project)
        #expect(!dirty.contains("7.1.0") && !dirty.contains("latest"), "a dirty tree never gets release tags: \(dirty)")

        let json = try project.run("tags", "--json")
        #expect(json.stdout.contains(#""dirty": true"#))
    }

    @Test func outsideGitTheCommandSaysSo() throws {
        let project = try Project(#"{"version": 1, "stages": {"t": {"kind": "tag", "image": "example/app"}}}"#)
        let result = try project.run("tags")
        #expect(result.code == 2)
        #expect(result.stderr.contains("is not a git repository with a commit"))
    }
}

@Suite(.serialized) struct PushTests {
    /// build → tag → push into the registry, in a git repository at `tag`.
    func project(repository: String, retries: Int = 3) throws -> (Project, GitRepository) {
        let project = try Project()
        try project.busyboxContext("ctx", dockerfile: "FROM scratch\nCOPY bin/busybox /bin/busybox\nCOPY stamp /stamp\nCMD [\"/bin/busybox\", \"cat\", \"/stamp\"]\n")
        try project.write("ctx/stamp", "one\n")
        try project.write("pipeline.json", #"{"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(repository):build"}, "tag": {"kind": "tag", "needs": ["image"], "repositories": ["\#(repository)"]}, "push": {"kind": "push", "needs": ["tag"], "retries": \#(retries)}}}"#)
        return (project, try GitRepository(project))
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func pushesConfirmsAndRefusesToMoveARelease(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let repository = DockerTestEngine.registry + "/" + DockerTestEngine.uniqueRepository("push")
        let (project, repo) = try project(repository: repository)
        try repo.git("tag", "v1.0.0")
        #expect(try repo.git("status", "--porcelain") == "", "the tree is clean before the run")
        defer { _ = try? DockerTestEngine.shell(["sh", "-c", "\(DockerTestEngine.client) images --format '{{.Repository}}:{{.Tag}}' | grep '^\(repository)' | xargs -r \(DockerTestEngine.client) rmi -f"]) }
        let first = try project.runWithDocker("build", path: path)
        #expect(first.code == 0, "\(first.stdout)\(first.stderr)")
        #expect(project.read(".pipeline/logs/push.log")?.contains("the registry holds \(repository):1.0.0 as sha256:") == true, "\(project.read(".pipeline/logs/tag.log") ?? "")\(project.read(".pipeline/logs/push.log") ?? "")")
        let imageID = try DockerTestEngine.docker(["image", "inspect", "--format", "{{.Id}}", repository + ":1.0.0"]).output
        let remote = try DockerTestEngine.shell([DockerTestEngine.client, "manifest", "inspect", "--insecure", repository + ":latest"],
                                                environment: ["DOCKER_CLI_EXPERIMENTAL": "enabled"]).output
        #expect(remote.contains(imageID), "latest in the registry is this image")

        // Same version, different image: refused, then allowed with --force push.
        try project.write("ctx/stamp", "two\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "change")
        try repo.git("tag", "-f", "v1.0.0")
        let refused = try project.runWithDocker("build", path: path)
        #expect(refused.code == 1)
        #expect(refused.stderr.contains("\(repository):1.0.0 already names another image"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force push"))
        let forced = try project.runWithDocker("--force", "push", "build", path: path)
        #expect(forced.code == 0, "\(forced.stderr)")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aPushRetriesUntilTheRegistryComesBackAndFailsClearlyWhenItNeverDoes() throws {
        try DockerTestEngine.requireEngine()
        let port = 5055
        let registryRoot = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-registry-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: registryRoot, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: registryRoot) }
        try "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: \(registryRoot)/data\nhttp:\n  addr: 127.0.0.1:\(port)\n"
            .write(toFile: registryRoot + "/config.yml", atomically: true, encoding: .utf8)
        let repository = "127.0.0.1:\(port)/" + DockerTestEngine.uniqueRepository("retry")
        let (project, repo) = try project(repository: repository, retries: 5)
        try repo.git("tag", "v2.0.0")

        // Nothing listens: every attempt fails, and the message says so.
        let down = try project.runWithDocker("run", "push")
        #expect(down.code == 1)
        #expect(down.stderr.contains("cannot reach the registry of \(repository):2.0.0"), "\(down.stderr)")

        // The registry starts while pipeline is retrying.
        let registry = Process()
        registry.executableURL = URL(fileURLWithPath: "/usr/bin/docker-registry")
        registry.arguments = ["serve", registryRoot + "/config.yml"]
        registry.standardOutput = FileHandle.nullDevice
        registry.standardError = FileHandle.nullDevice
        let (process, out, err) = try PipelineBinary.start(["--force", "push", "run", "push"], in: project.path,
                                                           environment: DockerTestEngine.pipelineEnvironment)
        for _ in 0..<400 where !(project.read(".pipeline/logs/push.log") ?? "").contains("retrying in") { usleep(25_000) }
        try registry.run()
        defer { registry.terminate(); registry.waitUntilExit() }
        let result = PipelineBinary.finish(process, out, err)
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        #expect(project.read(".pipeline/logs/push.log")?.contains("retrying in") == true)
        #expect(project.read(".pipeline/logs/push.log")?.contains("the registry holds \(repository):2.0.0") == true)
    }
}
