import Basics
import Pipeline

/// The `tag` kind: computes the image's tags from git and applies them with
/// `docker tag`. Runs every time: it is cheap, and git may have moved since the last run.
struct TagStage: StageRunner {
    let config: TagConfig

    func isCacheable(_ stage: Stage) -> Bool { false }

    func uncachedReason(_ stage: Stage) -> String { "tags follow git, so they are applied on every run" }

    /// The tags come from git when it runs; each real `docker tag` line is logged then.
    func commandLine(for stage: Stage) -> String? { nil }

    func run(_ context: StageContext) async -> StageResult {
        guard let image = config.image ?? context.upstream(\.image) else {
            return .failed("no image to tag: set \"image\" or make the stage need a docker-build stage")
        }
        let source = context.upstream(\.imageID) ?? image
        // The image's own name keeps its registry (host and port): `127.0.0.1:5000/team/app`
        // is tagged and pushed there, never on Docker Hub.
        let repositories = config.repositories.isEmpty ? [ImageReference.name(of: image)] : config.repositories.map(ImageReference.name(of:))
        let git = GitCommands(runner: context.runner, environment: context.environment, directory: context.root)
        guard let facts = await git.facts() else {
            return .failed("\(context.root) is not a git repository with a commit; tags are computed from git (release tags, the branch and the commit)")
        }
        context.output.note("git: \(facts.sha.prefix(7)) on \(facts.branch ?? "a detached HEAD")"
            + (facts.tagsAtHead.isEmpty ? "" : ", tagged \(facts.tagsAtHead.joined(separator: " "))")
            + (facts.dirty ? ", with uncommitted changes (no release tags)" : ""))
        let tags = ImageTags.compute(facts, defaultBranch: config.defaultBranch)
        var applied: [String] = []
        for repository in repositories {
            for tag in tags {
                let reference = repository + ":" + tag
                context.output.note(await context.docker.callLine(DockerCommands.tag(source, reference)))
                if case .failure(let error) = await context.docker.tag(source, reference) {
                    return .failed("docker tag \(source) \(reference) failed: \(error)")
                }
                context.output.note("tagged \(reference)")
                applied.append(reference)
            }
        }
        return StageResult(status: .succeeded, facts: StageFacts(image: image, imageID: source, tags: applied))
    }
}
