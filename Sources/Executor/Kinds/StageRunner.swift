import Basics
import Pipeline

/// What a stage hands on to the stages after it besides files. Recorded in the cache with its
/// outputs, and part of what downstream keys see of it.
public struct StageFacts: Sendable, Hashable {
    /// The image a docker-build made, or a tag stage tagged: its name as configured.
    public var image: String?
    /// Its ID (`sha256:…`).
    public var imageID: String?
    /// The full references a tag stage applied (`registry/repo:tag`).
    public var tags: [String] = []
    /// The image ID a smoke stage checked.
    public var smokedImage: String?
    /// The references a push stage pushed.
    public var pushed: [String] = []
    /// The digest of a render stage's output tree.
    public var tree: String?

    public init(image: String? = nil, imageID: String? = nil, tags: [String] = [], smokedImage: String? = nil,
                pushed: [String] = [], tree: String? = nil) {
        self.image = image
        self.imageID = imageID
        self.tags = tags
        self.smokedImage = smokedImage
        self.pushed = pushed
        self.tree = tree
    }

    /// As stored in a cache record: name → text, absent values left out.
    var encoded: [String: String] {
        var result: [String: String] = [:]
        result["image"] = image
        result["imageID"] = imageID
        if !tags.isEmpty { result["tags"] = tags.joined(separator: " ") }
        result["smokedImage"] = smokedImage
        if !pushed.isEmpty { result["pushed"] = pushed.joined(separator: " ") }
        result["tree"] = tree
        return result
    }

    init(encoded: [String: String]) {
        func list(_ key: String) -> [String] { encoded[key].map { $0.split(separator: " ").map(String.init) } ?? [] }
        self.init(image: encoded["image"], imageID: encoded["imageID"], tags: list("tags"), smokedImage: encoded["smokedImage"],
                  pushed: list("pushed"), tree: encoded["tree"])
    }
}

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
    let docker: any DockerEngine
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
    /// Randomness for unique names, injected so tests can fix it.
    let random: @Sendable () -> UInt64

    /// The nearest upstream stage's value of `fact`.
    func upstream<T>(_ fact: (StageFacts) -> T?) -> T? {
        for (_, facts) in upstreamFacts() {
            if let value = fact(facts) { return value }
        }
        return nil
    }
}

/// How a stage ended, and what it hands on.
struct StageResult: Sendable {
    var status: StageStatus
    var facts = StageFacts()
    /// Files matching the stage's `outputs` that were there before it ran and that it did not
    /// write: not its outputs, so never recorded, restored or removed as such.
    var untouched: Set<String> = []
    /// Files the kind itself wrote under `.pipeline/out/<stage>/` (the lint reports), relative to
    /// the root: recorded and restored with the declared outputs.
    var produced: [String] = []

    static func failed(_ reason: String) -> StageResult { StageResult(status: .failed(reason: reason)) }
}

/// What a kind adds to the cache key beyond the stage's settings and `inputs` globs.
struct CacheInputs: Sendable {
    /// Files relative to the root (a docker context as the engine sees it).
    var files: [String] = []
    /// Facts about the world (engine version and platform).
    var environment: [String: String] = [:]
}

/// What a cache hit's promise looks like in the world.
enum CachedState: Sendable, Hashable {
    case intact
    /// Usable after an explicit action the plan shows and the run carries out (an image name
    /// that moved, tagged back onto the cached image).
    case repairable(RepairAction)
    /// Gone (the image left the engine): the stage runs, for this reason.
    case gone(String)
}

/// A docker call that makes a cached result whole again, and what it does in words: an image
/// name tagged back onto the cached image.
struct RepairAction: Sendable, Hashable {
    var description: String
    /// The image ID, and the name to point at it again.
    var source: String
    var reference: String
}

/// A stage that cannot even be looked up in the cache (its context is missing, no engine).
struct StageFailure: Error, Sendable {
    var reason: String
}

/// One stage kind: how its stages run. One file per kind.
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
    /// On a hit, whether what the record promises is still there. Never changes anything: a
    /// repair it finds needed is returned for the plan to carry out.
    func verifyCached(_ facts: StageFacts, context: StageContext) async -> CachedState
}

extension StageRunner {
    func uncachedReason(_ stage: Stage) -> String { "it is never cached" }
    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs { CacheInputs() }
    func verifyCached(_ facts: StageFacts, context: StageContext) async -> CachedState { .intact }
}

/// How each kind runs.
enum StageRunners {
    /// The kind's runner, holding the stage's typed config.
    static func runner(for stage: Stage) -> any StageRunner {
        switch stage.config {
        case .exec(let config): ExecStage(config: config)
        case .dockerBuild(let config): DockerBuildStage(config: config)
        case .smoke(let config): SmokeStage(config: config)
        case .tag(let config): TagStage(config: config)
        case .push(let config): PushStage(config: config)
        case .lint(let config): LintStage(config: config)
        case .render(let config): RenderStage(config: config)
        }
    }
}

extension Array {
    /// Nil when empty, for "the nearest upstream stage that has any".
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}
