import Basics
import Pipeline

/// The `smoke` kind: runs the image, waits for its HEALTHCHECK, then probes it
/// with `exec`, `http` and `log` checks, each retried until `timeout`. The container is always
/// removed: on success, failure, timeout and interruption. Cached by image ID and checks.
struct SmokeStage: StageRunner {
    static let pollMilliseconds: UInt64 = 250

    let config: SmokeConfig

    func isCacheable(_ stage: Stage) -> Bool { true }

    /// The real `docker run` line is logged when the container starts (its name is made then).
    func commandLine(for stage: Stage) -> String? { nil }

    /// The image to run: its own `image`, else the nearest upstream build's image ID.
    func image(_ context: StageContext) -> String? {
        config.image ?? context.upstream(\.imageID)
    }

    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs {
        guard let image = image(context) else {
            throw StageFailure(reason: "no image to run: set \"image\" or make the stage need a docker-build stage")
        }
        let engine = try await context.docker.probe()
        guard case .success(let id) = await context.docker.imageID(image) else {
            throw StageFailure(reason: "image '\(image)' is not in the engine; build it first (or pull it)")
        }
        return CacheInputs(environment: ["docker.server": engine.version, "docker.platform": engine.platform, "image.id": id])
    }

    func run(_ context: StageContext) async -> StageResult {
        guard let image = image(context) else {
            return .failed("no image to run: set \"image\" or make the stage need a docker-build stage")
        }
        let deadline = context.time.monotonicNanoseconds() + UInt64(config.timeoutMilliseconds) * 1_000_000
        let name = "pipeline-smoke-\(context.stage.name)-\(String(UInt32(truncatingIfNeeded: context.random()), radix: 16))"
        // Shown as the `docker run` it amounts to; environment values are named, never shown.
        let arguments = DockerCommands.run(config, container: name, stage: context.stage.name, image: image,
                                           environmentNames: Array(context.stage.env.keys))
        let probe = SmokeProbe(context: context, container: name, image: image, network: config.network, deadline: deadline,
                               timeout: config.timeoutMilliseconds)
        context.output.note(await context.docker.callLine(arguments))
        let started = await context.docker.startContainer(config, container: name, stage: context.stage.name, image: image,
                                                          environment: context.stage.env)
        var result: StageResult
        switch started {
        case .success: result = await probe.run(config.checks)
        case .failure(let error): result = .failed("docker run failed: \(context.redactor.redact(error.description))")
        }
        if case .failed = result.status { await probe.showLogs() }
        // Always, whatever happened above (interruption included): a failed start may have
        // created the container all the same.
        if case .failure(let error) = await context.docker.removeContainer(name), case .success = started {
            context.output.note("pipeline: could not remove container \(name): \(error)")
        }
        return result
    }
}
