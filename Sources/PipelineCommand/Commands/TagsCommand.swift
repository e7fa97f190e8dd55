import Basics
import Executor
import Pipeline

/// `pipeline tags [--json]`: the image tags the current git state gives.
struct TagsCommand: Command {
    static let name = "tags"
    static let summary = "print the image tags computed from git"
    static let usage = """
    pipeline [options] tags [--json]

    Prints the tags a tag stage would apply now: on a clean release tag vX.Y.Z,
    X.Y.Z plus X.Y, X and latest where it is the highest release; on the default branch edge
    and sha-<7 hex>; on another branch the branch name and sha-<7 hex>.
      --json    print {"tags": [...], "sha": …, "branch": …, "dirty": …}
    """
    static let flags: Set<String> = ["json"]
    let global: GlobalOptions
    let json: Bool

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.isEmpty else { throw UsageError("'pipeline tags' takes no names", command: Self.name) }
        global = invocation.global
        json = invocation.flags["json"] != nil
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let workspace = try await Workspace.load(global, system: system)
        let definition = workspace.definition
        let defaultBranch = definition.stages.lazy.compactMap(\.config.tag).first?.defaultBranch ?? TagConfig().defaultBranch
        let git = GitInfoReader(runner: system.runner, environment: system.environment, root: workspace.root)
        guard let facts = await git.facts() else {
            throw ReleaseRefusal(description: "\(workspace.root) is not a git repository with a commit; tags are computed from git")
        }
        let tags = ImageTags.compute(facts, defaultBranch: defaultBranch)
        if json {
            system.console.out(JSONWriter.write(.object([
                ("tags", .array(tags.map { .string($0) })),
                ("sha", .string(facts.sha)),
                ("branch", facts.branch.map { .string($0) } ?? .null),
                ("dirty", .bool(facts.dirty)),
            ]), indent: 2) + "\n")
        } else {
            system.console.out(tags.joined(separator: "\n") + "\n")
        }
        return 0
    }
}
