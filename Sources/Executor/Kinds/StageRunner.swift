import Basics
import Pipeline

/// What a stage hands on to the stages after it besides files: the image a docker-build made
/// (`image`, `imageID`), the tags a tag stage applied. Recorded in the cache with its outputs.
public typealias StageFacts = [String: String]

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
    /// Facts of the stages it needs, directly or not, nearest first.
    /// Computed on demand: only the docker kinds ask, and walking every ancestor of every stage
    /// would cost a large graph's no-op run dearly.
    let upstreamFacts: @Sendable () -> [(name: String, facts: StageFacts)]
    /// The Docker engine, shared by the run and probed once.
    let docker: DockerEngine
    /// Secrets that are set, by name.
    let secrets: [String: String]
    /// Resolves `{{ NAME }}` in render templates the way `${NAME}` resolves.
    let variables: VariableExpander
    /// `--force` names this stage.
    let forced: Bool
    /// The pipeline's name, for image labels.
    let pipelineName: String?
    let time: any TimeSource
    /// Whether the run was interrupted (Ctrl-C): long waits stop early.
    let isInterrupted: @Sendable () -> Bool
    /// For smoke `http` checks; nil where nothing may be requested.
    let http: (any HTTPClient)?
    /// Where outputs may be removed and written.
    let outputGuard: OutputGuard
    /// What this stage recorded as its outputs last time it succeeded: the only files removed
    /// before it runs, so an output pattern never deletes what the stage did not make.
    let recordedOutputs: [String]

    /// The nearest upstream fact named `key`.
    func upstreamFact(_ key: String) -> String? {
        upstreamFacts().lazy.compactMap { $0.facts[key] }.first
    }
}

/// How a stage ended, and what it hands on.
struct StageResult: Sendable {
    var status: StageStatus
    var facts: StageFacts = [:]
    /// Files matching the stage's `outputs` that were there before it ran and that it did not
    /// write: not its outputs, so never recorded, restored or removed as such.
    var untouched: Set<String> = []

    static func failed(_ reason: String) -> StageResult { StageResult(status: .failed(reason: reason)) }
}

/// What a kind adds to the cache key beyond the stage's settings and `inputs` globs.
struct CacheInputs: Sendable {
    /// Files relative to the root (a docker context as the engine sees it).
    var files: [String] = []
    /// Facts about the world (engine version and platform).
    var environment: [String: String] = [:]
}

/// A stage that cannot even be looked up in the cache (its context is missing, no engine).
struct StageFailure: Error, Sendable {
    var reason: String
}

/// One stage kind: how its stages run. One file per kind (DESIGN.md §3).
protocol StageRunner: Sendable {
    /// The command line shown when the stage starts, before redaction.
    func commandLine(for stage: Stage) -> String?
    /// Runs the stage; returns success with its facts or a failure the user can act on.
    func run(_ context: StageContext) async -> StageResult
    /// Whether its result may be reused when its cache key is unchanged.
    func isCacheable(_ stage: Stage) -> Bool
    /// Why a stage that is not cacheable runs, for `plan` and `-v`.
    func uncachedReason(_ stage: Stage) -> String
    /// Files and facts the cache key needs beyond the stage's settings and `inputs`.
    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs
    /// On a hit, why what the record promises is gone (the image left the engine), or nil.
    func verifyCached(_ facts: StageFacts, context: StageContext) async -> String?
}

extension StageRunner {
    func uncachedReason(_ stage: Stage) -> String { "it is never cached" }
    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs { CacheInputs() }
    func verifyCached(_ facts: StageFacts, context: StageContext) async -> String? { nil }
}

/// How each kind runs.
enum StageRunners {
    static func runner(for kind: StageKind) -> any StageRunner {
        switch kind {
        case .exec: ExecStage()
        case .dockerBuild: DockerBuildStage()
        case .smoke: SmokeStage()
        case .tag: TagStage()
        case .push: PushStage()
        case .lint: LintStage()
        case .render: RenderStage()
        }
    }
}
