import Basics
import Executor
import Pipeline

/// `pipeline release VERSION [--dry-run]`: refuses a dirty tree, an invalid
/// version or one already tagged; creates the annotated tag `vVERSION`; runs the `release`
/// target; pushes the git tag only if everything passed, and deletes the tag it made if not.
struct ReleaseCommand: Command {
    static let name = "release"
    static let summary = "tag a release, run the release target, push the tag"
    static let usage = """
    pipeline [options] release VERSION [--dry-run]

    Cuts release VERSION (X.Y.Z or X.Y.Z-pre): checks the tree is clean and vVERSION is new,
    creates the annotated git tag vVERSION, runs the "release" target (so the tag stage sees
    the tag), and pushes the git tag to origin only when every stage passed. On failure the
    tag it created is deleted again.
      --dry-run    say what would happen, change nothing
    """
    static let flags: Set<String> = ["dry-run"]
    let global: GlobalOptions
    let version: String
    let dryRun: Bool

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.count == 1 else {
            throw UsageError("'pipeline release' needs exactly one VERSION, such as 7.0.1", command: Self.name)
        }
        global = invocation.global
        version = invocation.arguments[0].hasPrefix("v") ? String(invocation.arguments[0].dropFirst()) : invocation.arguments[0]
        dryRun = invocation.flags["dry-run"] != nil
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let workspace = try await Workspace.load(global, system: system)
        guard workspace.definition.graph.contains("release") else {
            throw ReleaseRefusal(description: "pipeline.json has no \"release\" target or stage; add one (for example \"targets\": {\"release\": [\"push\"]})")
        }
        let git = GitInfoReader(runner: system.runner, environment: system.environment, root: workspace.root)
        guard let facts = await git.facts() else {
            throw ReleaseRefusal(description: "\(workspace.root) is not a git repository with a commit")
        }
        do {
            _ = try ImageTags.validateReleaseVersion(version, existingTags: facts.allTags)
        } catch {
            throw ReleaseRefusal(description: "cannot release \(version): \(error)")
        }
        if facts.dirty {
            throw ReleaseRefusal(description: "cannot release \(version): the working tree has uncommitted changes or untracked files (see `git status`; untracked files count because they would end up in a build context); commit, stash or ignore them first")
        }
        let tag = "v" + version
        if dryRun {
            system.console.out("""
            would create the annotated tag \(tag) at \(facts.sha.prefix(7))
            would run the release target: \(try Planner.plan(workspace.definition, names: ["release"]).steps.map { workspace.definition.stages[$0.stage].name }.joined(separator: " → "))
            would push \(tag) to origin if every stage passes, or delete it if not

            """)
            return 0
        }
        let created = await system.execute(["git", "tag", "-a", tag, "-m", "Release \(version)"], in: workspace.root)
        guard created.succeeded else {
            throw ReleaseRefusal(description: "git could not create the tag \(tag): \(created.output)")
        }
        system.console.out("pipeline: created tag \(tag)\n")
        let code: Int32
        do {
            code = try await RunSession(global: global, names: ["release"], ci: false).run(system)
        } catch {
            _ = await system.capture(["git", "tag", "-d", tag], in: workspace.root)
            system.console.err("pipeline: deleted tag \(tag) again\n")
            throw error
        }
        guard code == 0 else {
            _ = await system.capture(["git", "tag", "-d", tag], in: workspace.root)
            system.console.err("pipeline: the release target failed; deleted tag \(tag) again\n")
            return code
        }
        let pushed = await system.execute(["git", "push", "origin", tag], in: workspace.root)
        guard pushed.succeeded else {
            system.console.err("pipeline: released, but `git push origin \(tag)` failed (\(pushed.output)); push the tag by hand\n")
            return 1
        }
        system.console.out("pipeline: pushed \(tag) to origin\n")
        return 0
    }
}
