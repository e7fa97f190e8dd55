import Basics
import Pipeline

/// Everything a stage kind needs to run one stage.
struct StageContext: Sendable {
    let stage: Stage
    /// Absolute project root.
    let root: String
    /// The environment stages start from (the tool's own).
    let environment: [String: String]
    let runner: any ProcessRunner
    let fileSystem: any FileSystem
    let output: StageOutput
    let redactor: Redactor
}

/// One stage kind: how its stages run. One file per kind (DESIGN.md §3).
protocol StageRunner: Sendable {
    /// The command line shown when the stage starts, before redaction.
    func commandLine(for stage: Stage) -> String?
    /// Runs the stage; returns `.succeeded` or `.failed` with a reason the user can act on.
    func run(_ context: StageContext) async -> StageStatus
    /// Whether its result may be reused when its cache key is unchanged.
    func isCacheable(_ stage: Stage) -> Bool
}

/// The kinds this build of pipeline can run.
enum StageRunners {
    static func runner(for kind: StageKind) -> (any StageRunner)? {
        switch kind {
        case .exec: ExecStage()
        case .lint, .render, .dockerBuild, .smoke, .tag, .push: nil
        }
    }

    /// Names of the kinds that can run, for the "not available yet" message.
    static var available: [String] {
        StageKind.allCases.filter { runner(for: $0) != nil }.map(\.rawValue)
    }
}
