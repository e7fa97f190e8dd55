import Foundation
import Testing
@testable import Pipeline

@Suite(.serialized) struct DockerBuildTests {
    static let busyboxImage = """
    FROM scratch
    COPY bin/busybox /bin/busybox
    CMD ["/bin/busybox", "sh", "-c", "echo ready; sleep 300"]
    """

    func buildPipeline(_ image: String, extra: String = "") -> String {
        #"{"version": 1, "name": "fixture", "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)"\#(extra)}}}"#
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func buildsRecordsLabelsAndIsCachedWhileTheImageExists(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let project = try Project()
        let image = DockerTestEngine.uniqueRepository("build") + ":dev"
        try project.write("pipeline.json", buildPipeline(image, extra: #", "labels": {"com.example.team": "core"}"#))
        try project.busyboxContext("ctx", dockerfile: Self.busyboxImage)
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }

        let first = try project.runWithDocker("build", path: path)
        #expect(first.code == 0, "\(first.stdout)\(first.stderr)")
        let labels = try DockerTestEngine.docker(["image", "inspect", "--format", "{{json .Config.Labels}}", image]).output
        for key in ["org.opencontainers.image.created", "org.opencontainers.image.title", "org.opencontainers.image.version", "com.example.team"] {
            #expect(labels.contains("\"\(key)\""), "\(key) in \(labels)")
        }
        #expect(labels.contains(#""org.opencontainers.image.version":"dev""#))
        #expect(project.read(".pipeline/logs/image.log")?.contains("naming to") == true, "BuildKit progress in the log")

        let second = try project.runWithDocker("build", path: path)
        #expect(second.stdout.contains("image  cached"), "\(second.stdout)")

        try DockerTestEngine.docker(["rmi", "-f", image])
        let third = try project.runWithDocker("-v", "build", path: path)
        #expect(third.code == 0)
        #expect(third.stdout.contains("is no longer in the engine"), "\(third.stdout)")
        #expect(try DockerTestEngine.docker(["image", "inspect", image]).code == 0)

        try project.write("ctx/new.txt", "more context\n")
        let fourth = try project.runWithDocker("-v", "build", path: path)
        #expect(fourth.stdout.contains("ctx/new.txt: added"), "\(fourth.stdout)")
    }

    /// A symlink in the context is sent to the engine as a link; repointing it changes what
    /// `COPY` copies, so the stage must build again (it stayed cached before).
    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func repointingASymlinkInTheContextRebuilds(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let project = try Project()
        let image = DockerTestEngine.uniqueRepository("symlink") + ":dev"
        try project.write("pipeline.json", buildPipeline(image, extra: #", "network": "host""#))
        try project.busyboxContext("ctx", dockerfile: """
        FROM scratch
        COPY bin/busybox /bin/busybox
        COPY current /current.txt
        CMD ["/bin/busybox", "cat", "/current.txt"]
        """)
        try project.write("ctx/v1.txt", "one\n")
        try project.write("ctx/v2.txt", "two\n")
        try FileManager.default.createSymbolicLink(atPath: project.path + "/ctx/current", withDestinationPath: "v1.txt")
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }

        #expect(try project.runWithDocker("build", path: path).code == 0)
        #expect(try DockerTestEngine.docker(["run", "--rm", "--network", "none", image]).output == "one")
        try FileManager.default.removeItem(atPath: project.path + "/ctx/current")
        try FileManager.default.createSymbolicLink(atPath: project.path + "/ctx/current", withDestinationPath: "v2.txt")
        let second = try project.runWithDocker("-v", "build", path: path)
        #expect(second.code == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("ctx/current: content "), "\(second.stdout)")
        #expect(try DockerTestEngine.docker(["run", "--rm", "--network", "none", image]).output == "two")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func secretsReachRunMountsAndNothingElse(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let project = try Project()
        let image = DockerTestEngine.uniqueRepository("secret") + ":1"
        try project.write("pipeline.json", #"{"version": 1, "secrets": ["API_TOKEN"], "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)", "network": "host", "secrets": ["API_TOKEN"]}}}"#)
        try project.busyboxContext("ctx", dockerfile: """
        FROM scratch
        COPY bin/busybox /bin/busybox
        RUN --mount=type=secret,id=API_TOKEN ["/bin/busybox", "sh", "-c", "/bin/busybox wc -c < /run/secrets/API_TOKEN > /token-length"]
        CMD ["/bin/busybox", "cat", "/token-length"]
        """)
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        let result = try project.runWithDocker("build", path: path, environment: ["API_TOKEN": "s3cr3t-value"])
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        let run = try DockerTestEngine.docker(["run", "--rm", "--network", "none", image]).output
        #expect(run == "12", "the build saw the 12-byte secret: \(run)")
        let history = try DockerTestEngine.docker(["history", "--no-trunc", image]).output
        #expect(!history.contains("s3cr3t-value"))
        #expect(!(project.read(".pipeline/logs/image.log") ?? "").contains("s3cr3t-value"))
        #expect(!result.stdout.contains("s3cr3t-value"))
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func badInputFailsClearlyBeforeOrDuringTheBuild(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let project = try Project()
        try project.busyboxContext("ctx", dockerfile: Self.busyboxImage)

        try project.write("pipeline.json", buildPipeline("pipeline-test/x:1").replacing(#""context": "ctx""#, with: #""context": "nowhere""#))
        var result = try project.runWithDocker("build", path: path)
        #expect(result.code == 1)
        #expect(result.stderr.contains("stage 'image' failed: context directory 'nowhere' does not exist"), "\(result.stderr)")

        try project.write("pipeline.json", buildPipeline("pipeline-test/x:1", extra: #", "dockerfile": "Missing.Dockerfile""#))
        result = try project.runWithDocker("build", path: path)
        #expect(result.stderr.contains("no Dockerfile at 'ctx/Missing.Dockerfile'"), "\(result.stderr)")

        // An image name is checked when pipeline.json loads, with its position.
        try project.write("pipeline.json", buildPipeline("Pipeline-Test/UPPER:1"))
        result = try project.runWithDocker("build", path: path)
        #expect(result.code == 2)
        #expect(result.stderr.contains("pipeline.json:1:107: stages.image.image: 'Pipeline-Test/UPPER:1' is not a valid Docker image name"), "\(result.stderr)")

        try project.write("ctx/Broken.Dockerfile", "FROM scratch\nCOPY does-not-exist /x\n")
        try project.write("pipeline.json", buildPipeline("pipeline-test/broken:1", extra: #", "dockerfile": "Broken.Dockerfile""#))
        result = try project.runWithDocker("build", path: path)
        #expect(result.code == 1)
        #expect(result.stderr.contains("stage 'image' failed: docker build failed with exit code 1"), "\(result.stderr)")
        #expect(result.stderr.contains("does-not-exist"), "the build's last lines are shown: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.path + "/.pipeline/cache/stages")
                || !(project.read(".pipeline/cache/stages") ?? "").contains(" image"), "no cache entry for the failed stage")
    }

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason), arguments: DockerPath.allCases)
    func noEngineFailsDockerStagesWithOneMessageAndOtherStagesStillRun(path: DockerPath) throws {
        try DockerTestEngine.requireEngine()
        let project = try Project()
        try project.busyboxContext("ctx", dockerfile: Self.busyboxImage)
        try project.write("pipeline.json", #"{"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "pipeline-test/none:1"}, "notes": {"kind": "exec", "run": ["touch", "notes.txt"], "outputs": ["notes.txt"]}}}"#)
        let result = try project.runWithDocker("-k", "build", path: path, environment: ["DOCKER_HOST": "unix:///nonexistent/docker.sock"])
        #expect(result.code == 1)
        #expect(result.stderr.contains("stage 'image' failed: cannot reach the Docker engine through "), "\(result.stderr)")
        #expect(result.stderr.contains("DOCKER_HOST=unix:///nonexistent/docker.sock"))
        #expect(result.stderr.contains("Start the daemon"))
        #expect(project.exists("notes.txt"))
    }

    /// The matcher against the engine: what `COPY . /ctx/` received is what the matcher
    /// selected, pattern set by pattern set.
    static let contextFiles = [
        "README.md", "notes.txt", ".env", ".hidden/conf", "a/b/c.go", "a/b/d.md", "a/x.go", "docs/keep.md", "docs/drop.md",
        "docs/sub/deep.md", "src/main.c", "src/util/helper.c", "src/util/helper.h", "build/out.o", "build/logs/x.log",
        "node_modules/pkg/index.js", "tmp1/a", "tmp2/b", "tmpx/c", "file[1].txt", "space name.txt", "Dockerfile.extra",
    ]

    static let ignoreCases: [String] = [
        "*.md", "**/*.md", "docs", "docs/**", "docs\n!docs/keep.md", "**\n!src", "**\n!src/**", "*\n!README.md",
        "a/**/*.go", "a/b", "**/c.go", "src/*/helper.?", "tmp?", "tmp[12]", "tmp[!1]", "build/\n!build/logs",
        "/notes.txt", "./notes.txt", "notes.txt/", ".*", ".hidden", "node_modules", "**/node_modules", "# comment\n\n*.txt",
        "!README.md\n*.md", "*.md\n!**/keep.md", "src/util/*.h", "**/*.c\n!src/main.c", "file\\[1\\].txt", "space name.txt",
        "Dockerfile", ".dockerignore", "Dockerfile*", "a\n!a/x.go", "*/b/*.go", "docs/*/deep.md",
    ]

    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func dockerignoreMatchesWhatTheEngineSends() throws {
        try DockerTestEngine.requireEngine()
        #expect(Self.ignoreCases.count >= 30)
        let project = try Project()
        for file in Self.contextFiles { try project.write("ctx/" + file, file + "\n") }
        try project.write("ctx/Dockerfile", "FROM scratch\nCOPY . /ctx/\nCMD [\"none\"]\n")
        let image = DockerTestEngine.uniqueRepository("ignore")
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        for patterns in Self.ignoreCases {
            try project.write("ctx/.dockerignore", patterns + "\n")
            let build = try DockerTestEngine.shell([DockerTestEngine.client, "build", "-q", "-t", image, project.path + "/ctx"],
                                                   environment: ["DOCKER_BUILDKIT": "1"])
            #expect(build.code == 0, "\(patterns): \(build.output)")
            let container = try DockerTestEngine.docker(["create", image]).output
            let listing = try DockerTestEngine.shell(["sh", "-c", "\(DockerTestEngine.client) export \(container) | tar -t"]).output
            try DockerTestEngine.docker(["rm", container])
            let received = Set(listing.split(separator: "\n").map(String.init)
                .filter { $0.hasPrefix("ctx/") && !$0.hasSuffix("/") }.map { String($0.dropFirst(4)) })
            let ignore = try DockerIgnore(text: patterns)
            let all = Self.contextFiles + ["Dockerfile", ".dockerignore"]
            // Docker always sends the Dockerfile and .dockerignore, but COPY honours the patterns
            // for them like for any file.
            let selected = Set(DockerIgnore.contextFiles(allFiles: all, dockerignore: ignore, dockerfile: "Dockerfile"))
                .filter { !ignore.isExcluded($0) }
            #expect(received == selected, "patterns \(patterns.debugDescription): engine \(received.subtracting(selected).sorted()) vs matcher \(selected.subtracting(received).sorted())")
        }
    }
}
