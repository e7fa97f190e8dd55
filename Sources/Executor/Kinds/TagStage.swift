import Basics
import Pipeline

/// The `tag` kind: computes the image's tags from git (DESIGN.md §8) and applies them with
/// `docker tag`. Runs every time: it is cheap, and git may have moved since the last run.
struct TagStage: StageRunner {
    func isCacheable(_ stage: Stage) -> Bool { false }

    func uncachedReason(_ stage: Stage) -> String { "tags follow git, so they are applied on every run" }

    func commandLine(for stage: Stage) -> String? { "docker tag (tags from git)" }

    func run(_ context: StageContext) async -> StageResult {
        let stage = context.stage
        guard let image = stage.settings["image"]?.string ?? context.upstreamFact("image") else {
            return .failed("no image to tag: set \"image\" or make the stage need a docker-build stage")
        }
        let source = context.upstreamFact("imageID") ?? image
        let repositories: [String]
        if let explicit = stage.settings["repositories"]?.strings, !explicit.isEmpty {
            repositories = explicit
        } else {
            repositories = [ImageReference.repositoryName(of: image)]
        }
        for repository in repositories {
            if let problem = ImageReference.problem(with: repository) {
                return .failed("repository '\(repository)' is not a valid Docker image name: \(problem)")
            }
        }
        let git = GitCommands(runner: context.runner, environment: context.environment, directory: context.root)
        guard let facts = await git.facts() else {
            return .failed("\(context.root) is not a git repository with a commit; tags are computed from git (DESIGN.md §8)")
        }
        context.output.note("git: \(facts.sha.prefix(7)) on \(facts.branch ?? "a detached HEAD")"
            + (facts.tagsAtHead.isEmpty ? "" : ", tagged \(facts.tagsAtHead.joined(separator: " "))")
            + (facts.dirty ? ", with uncommitted changes (no release tags)" : ""))
        let tags = ImageTags.compute(facts, defaultBranch: stage.settings["defaultBranch"]?.string ?? "main")
        var applied: [String] = []
        for repository in repositories {
            for tag in tags {
                let reference = repository + ":" + tag
                let (termination, text) = await context.docker.capture(["tag", source, reference])
                guard termination?.succeeded == true else {
                    return .failed("docker tag \(source) \(reference) failed: \(text.split(separator: "\n").last.map(String.init) ?? text)")
                }
                context.output.note("tagged \(reference)")
                applied.append(reference)
            }
        }
        return StageResult(status: .succeeded, facts: ["image": image, "imageID": source, "tags": applied.joined(separator: " ")])
    }
}
