/// `pipeline build`: run the default target.
struct BuildCommand: Command {
    static let name = "build"
    static let summary = "run the default target (or every stage when none is set)"
    static let usage = """
    pipeline [options] build

    Runs the target named by "default" in pipeline.json and everything it needs, skipping
    nothing that has to run. Independent stages run in parallel (-j).
    """
    let global: GlobalOptions

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.isEmpty else {
            throw UsageError("'pipeline build' takes no names; use 'pipeline run \(invocation.arguments.joined(separator: " "))'", command: Self.name)
        }
        global = invocation.global
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        try await RunSession(global: global, names: [], ci: false).run(system)
    }
}

/// `pipeline run NAME...`: run stages or targets and what they need.
struct RunCommand: Command {
    static let name = "run"
    static let summary = "run the named stages or targets and what they need"
    static let usage = """
    pipeline [options] run NAME...

    Runs each named stage or target after everything it needs.
    """
    let global: GlobalOptions
    let names: [String]

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard !invocation.arguments.isEmpty else {
            throw UsageError("'pipeline run' needs at least one stage or target name ('pipeline list' shows them)", command: Self.name)
        }
        global = invocation.global
        names = invocation.arguments
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        try await RunSession(global: global, names: names, ci: false).run(system)
    }
}

/// `pipeline ci [NAME...]`: the CI job entry; plain output, no terminal animation.
struct CICommand: Command {
    static let name = "ci"
    static let summary = "run as a CI job: output for the CI system, JUnit and lint reports"
    static let usage = """
    pipeline [options] ci [NAME...]

    Runs the named stages or targets (default: the default target) as a CI job, never with the
    live terminal view. On GitHub Actions (GITHUB_ACTIONS=true) each stage's output is a
    collapsible group, failures and lint findings are annotations, and a table of the stages
    goes to the job summary. On GitLab CI (GITLAB_CI=true) each stage is a collapsible section
    and lint findings also go to .pipeline/reports/gl-code-quality.json. Elsewhere: plain
    prefixed lines. Always writes .pipeline/reports/junit.xml (or --junit FILE) and each lint
    stage's SARIF as .pipeline/reports/<stage>.sarif. Secrets are redacted in all of it.
    """
    let global: GlobalOptions
    let names: [String]

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        global = invocation.global
        names = invocation.arguments
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        try await RunSession(global: global, names: names, ci: true).run(system)
    }
}
