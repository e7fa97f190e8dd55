import Basics
import Pipeline

/// The `push` kind: pushes every tag the tag stage applied, retrying transient failures with
/// backoff, then confirms the registry holds this very image under each tag. A full-version
/// tag (`7.0.1`) that already names another image is never moved unless the stage is forced
/// (`--force push`). Credentials come from the engine's own login store only.
struct PushStage: StageRunner {
    let config: PushConfig

    func isCacheable(_ stage: Stage) -> Bool { false }

    func uncachedReason(_ stage: Stage) -> String { "the registry is checked on every run" }

    /// The tags come from the tag stage; each real `docker push` line is logged when it runs.
    func commandLine(for stage: Stage) -> String? { nil }

    func run(_ context: StageContext) async -> StageResult {
        guard let tags = context.upstream(\.tags.nonEmpty) else {
            return .failed("no tags to push: make the stage need a tag stage")
        }
        guard let imageID = context.upstream(\.imageID), imageID.hasPrefix("sha256:") else {
            return .failed("no image ID to push: make the stage need a tag stage that follows a docker-build stage")
        }
        let retries = config.retries
        for reference in tags {
            let tag = ImageReference.tag(of: reference) ?? ""
            if SemanticVersion(tag).map({ !$0.isPreRelease }) == true, !context.forced {
                switch await remoteConfigDigest(reference, context) {
                case .present(let digest) where digest != imageID:
                    return .failed("\(reference) already names another image (\(digest.prefix(19))…) in the registry; a release tag is "
                        + "never moved. Use a new version, or run with --force \(context.stage.name) if you really mean to move it")
                case .unreachable(let why):
                    return .failed("cannot reach the registry of \(reference): \(why)")
                default:
                    break
                }
            }
            if let failure = await push(reference, retries: retries, context) { return .failed(failure) }
            switch await remoteConfigDigest(reference, context) {
            case .present(let digest) where digest == imageID:
                context.output.note("pipeline: the registry holds \(reference) as \(imageID.prefix(19))…")
            case .present(let digest):
                return .failed("after the push the registry says \(reference) is \(digest.prefix(19))…, not \(imageID.prefix(19))…")
            case .absent:
                return .failed("after the push the registry does not know \(reference)")
            case .unreachable(let why):
                return .failed("cannot confirm \(reference) in the registry: \(why)")
            }
        }
        return StageResult(status: .succeeded, facts: StageFacts(pushed: tags))
    }

    /// `docker push` with retries: 1 s, 2 s, 4 s … between attempts, only for failures that look
    /// transient (the registry down, a timeout, a 5xx).
    private func push(_ reference: String, retries: Int, _ context: StageContext) async -> String? {
        var attempt = 0
        while true {
            attempt += 1
            let output = context.output
            let arguments = DockerCommands.push(reference)
            output.note("$ " + context.docker.commandLine(arguments))
            let (termination, failure) = await context.docker.run(arguments) { output.append($0) }
            guard let termination else { return "cannot start docker: \(failure)" }
            if termination.succeeded { return nil }
            let transient = ["connection refused", "timeout", "i/o timeout", "EOF", "connection reset", "502", "503", "504",
                             "TLS handshake timeout", "no such host"].contains { output.sawText($0) }
            guard transient, attempt <= retries, !context.isInterrupted() else {
                return "docker push \(reference) failed with \(termination)" + (attempt > 1 ? " after \(attempt) attempts" : "")
            }
            let wait = UInt64(1) << UInt64(attempt - 1)
            context.output.note("pipeline: push of \(reference) failed (looks transient); retrying in \(wait)s (\(attempt)/\(retries))")
            await context.time.sleep(nanoseconds: wait * 1_000_000_000)
        }
    }

    enum Remote {
        case present(String)
        case absent
        case unreachable(String)
    }

    /// The image ID (config digest) the registry has under `reference`.
    private func remoteConfigDigest(_ reference: String, _ context: StageContext) async -> Remote {
        let (termination, text) = await context.docker.capture(DockerCommands.manifestInspect(reference), environment: ["DOCKER_CLI_EXPERIMENTAL": "enabled"])
        guard let termination else { return .unreachable("cannot start docker") }
        guard termination.succeeded else {
            if text.contains("no such manifest") || text.contains("manifest unknown") || text.contains("not found") { return .absent }
            return .unreachable(text.split(separator: "\n").last.map(String.init) ?? text)
        }
        guard let node = try? JSONParser.parse(text), case .object(let members) = node.value,
              case .object(let config)? = members.first(where: { $0.key == "config" })?.value.value,
              case .string(let digest)? = config.first(where: { $0.key == "digest" })?.value.value else {
            return .unreachable("the registry's manifest for \(reference) is not a single-image manifest")
        }
        return .present(digest)
    }
}
