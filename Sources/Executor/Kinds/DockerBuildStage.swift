import Basics
import Pipeline

/// The `docker-build` kind: builds `context` with BuildKit, tags it `image`,
/// records the image ID. Its cache key covers the context exactly as the engine receives it
/// (`.dockerignore` applied with Docker's rules) plus the engine's version and platform.
struct DockerBuildStage: StageRunner {
    let config: DockerBuildConfig

    func isCacheable(_ stage: Stage) -> Bool { true }

    /// Shown before the labels are known; the log gets the real argv when the build starts.
    func commandLine(for stage: Stage) -> String? { nil }

    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs {
        let directory = config.contextDirectory
        let absolute = Paths.join(context.root, directory)
        guard context.fileSystem.kind(of: absolute) == .directory else {
            throw StageFailure(reason: "context directory '\(config.context)' does not exist"
                + (directory.hasPrefix(".pipeline/out/") ? " (does the stage it names produce it, and is it in needs?)" : ""))
        }
        let dockerfile = config.dockerfile
        guard context.fileSystem.kind(of: Paths.join(absolute, dockerfile)) != nil else {
            throw StageFailure(reason: "no Dockerfile at '\(Paths.join(directory, dockerfile))'; set \"dockerfile\" to its path inside the context")
        }
        let walker = FileWalker(fileSystem: context.fileSystem, root: absolute)
        let all = walker.allFiles()
        var ignore: DockerIgnore?
        if let bytes = try? context.fileSystem.readFile(Paths.join(absolute, ".dockerignore")) {
            do {
                ignore = try DockerIgnore(text: String(decoding: bytes, as: UTF8.self))
            } catch {
                throw StageFailure(reason: "\(Paths.join(directory, ".dockerignore")): \(error)")
            }
        }
        let sent = DockerIgnore.contextFiles(allFiles: all, dockerignore: ignore, dockerfile: dockerfile)
        let engine = try await context.docker.probe()
        return CacheInputs(files: sent.map { directory.isEmpty ? $0 : directory + "/" + $0 },
                           environment: ["docker.server": engine.version, "docker.platform": engine.platform])
    }

    func verifyCached(_ facts: StageFacts, context: StageContext) async -> CachedState {
        guard let id = facts.imageID else { return .gone("its record names no image") }
        // One round trip in the common case: the name still points at the recorded image.
        if let image = facts.image {
            if case .success(let current) = await context.docker.imageID(image), current == id { return .intact }
        }
        guard await context.docker.imageExists(id) else { return .gone("its image \(id.prefix(19))… is no longer in the engine") }
        // The name was moved or removed: the plan puts it back on the cached image.
        guard let image = facts.image else { return .intact }
        return .repairable(RepairAction(description: "tag \(image) again (it no longer points at \(id.prefix(19))…)",
                                        source: id, reference: image))
    }

    func run(_ context: StageContext) async -> StageResult {
        let stage = context.stage
        let image = config.image
        let directory = Paths.join(context.root, config.contextDirectory)
        let temporary = Paths.join(context.root, ".pipeline/tmp")
        let iidFile = Paths.join(temporary, stage.name + ".iid")
        do {
            try context.fileSystem.createDirectory(temporary)
            if context.fileSystem.kind(of: iidFile) != nil { try context.fileSystem.removeItem(iidFile) }
        } catch {
            return .failed("cannot prepare \(temporary): \(error.reason)")
        }
        // Secrets travel in the environment of the docker client, never on its command line.
        var environment = ["DOCKER_BUILDKIT": "1"]
        for name in config.secrets {
            guard let value = context.secrets[name] else {
                return .failed("secret '\(name)' is not set; export \(name) before running")
            }
            environment[name] = value
        }
        let arguments = DockerCommands.build(config, contextPath: directory, iidFile: iidFile, labels: await labels(context))
        context.output.note("$ " + context.docker.commandLine(arguments))

        let output = context.output
        let (termination, failure) = await context.docker.run(arguments, environment: environment) { output.append($0) }
        guard let termination else { return .failed("cannot start docker: \(failure)") }
        guard termination.succeeded else {
            if output.sawText("buildx component") {
                return .failed("this docker client cannot build with BuildKit (its buildx plugin is missing); BuildKit is required "
                    + "(secrets are never passed as build args). Install buildx, or point PIPELINE_DOCKER at a client with "
                    + "BuildKit built in, such as Debian's /usr/bin/docker")
            }
            if let line = Self.offlineLine(output) {
                return .failed("the build needs the internet (its base image or packages are remote) and could not reach it: "
                    + "\(line). Build where the registry and package mirrors are reachable, or provide the base image locally")
            }
            if output.sawText("Cannot connect to the Docker daemon") || output.sawText("error during connect") {
                return .failed("cannot reach the Docker engine at \(context.docker.target); start the daemon or set DOCKER_HOST")
            }
            return .failed("docker build failed with \(termination)")
        }
        guard let bytes = try? context.fileSystem.readFile(iidFile),
              case let id = String(decoding: bytes, as: UTF8.self).trimmingWhitespace, id.hasPrefix("sha256:") else {
            return .failed("docker build succeeded but wrote no image ID to \(iidFile)")
        }
        try? context.fileSystem.removeItem(iidFile)
        return StageResult(status: .succeeded, facts: StageFacts(image: image, imageID: id))
    }

    /// The line of a failed build that says a remote host could not be reached, if any.
    static func offlineLine(_ output: StageOutput) -> String? {
        let signs = ["no such host", "Temporary failure resolving", "Could not resolve", "dial tcp", "network is unreachable",
                     "i/o timeout", "failed to resolve source metadata", "Failed to fetch"]
        return output.lastLine(where: { line in signs.contains { line.contains($0) } })
    }

    /// The OCI labels (https://specs.opencontainers.org/image-spec/annotations/), after the
    /// stage's own `labels`. Not part of the cache key: `created` changes every build.
    private func labels(_ context: StageContext) async -> [String: String] {
        let image = config.image
        let git = GitCommands(runner: context.runner, environment: context.environment, directory: context.root)
        let revision = await git.output(["rev-parse", "HEAD"])
        let source = await git.output(["config", "--get", "remote.origin.url"])
        var labels: [String: String] = [
            "org.opencontainers.image.created": UTCTimestamp.format(nanoseconds: context.time.wallNanoseconds()),
            "org.opencontainers.image.title": context.pipelineName ?? ImageReference.repositoryName(of: image),
        ]
        if let revision { labels["org.opencontainers.image.revision"] = revision }
        if let source, !source.contains("@") { labels["org.opencontainers.image.source"] = source }
        labels["org.opencontainers.image.version"] = ImageReference.tag(of: image) ?? revision.map { String($0.prefix(7)) } ?? "dev"
        for (name, value) in config.labels { labels[name] = value }
        return labels
    }
}
