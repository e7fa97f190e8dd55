import Basics
import Pipeline

/// What kinds need to compute cache keys outside a run: processes (for the docker engine),
/// files, the environment.
public struct PlanningWorld: Sendable {
    let root: String
    let environment: [String: String]
    let runner: any ProcessRunner
    let fileSystem: any FileSystem
    let docker: any DockerEngine
    let time: any TimeSource

    /// `dockerSocket` reaches the Docker engine's API; nil: the CLI only.
    public init(root: String, environment: [String: String], runner: any ProcessRunner, fileSystem: any FileSystem, time: any TimeSource,
                dockerSocket: (any UnixSocketTransport)? = nil) {
        self.time = time
        self.root = root
        self.environment = environment
        self.runner = runner
        self.fileSystem = fileSystem
        docker = DockerEngines.make(environment: environment, runner: runner, workingDirectory: root, socket: dockerSocket)
    }

    func context(for stage: Stage, upstream: [(name: String, facts: StageFacts)], definition: PipelineDefinition) -> StageContext {
        StageContext(stage: stage, root: root, environment: environment, runner: runner, fileSystem: fileSystem,
                     output: StageOutput(name: stage.name, log: nil, reporter: SilentReporter(), redactor: Redactor(secrets: [])),
                     redactor: Redactor(secrets: definition.secretValues), upstreamFacts: { upstream }, docker: docker,
                     secrets: definition.setSecrets, variables: definition.variables, forced: false, pipelineName: definition.name, time: time,
                     isInterrupted: { false }, http: nil, outputGuard: OutputGuard(root: root, fileSystem: fileSystem), recordedOutputs: [],
                     random: { UInt64.random(in: 0...UInt64.max) })
    }
}

/// A reporter that drops everything (planning runs nothing worth showing).
struct SilentReporter: RunReporter {
    func stageStarted(_ name: String, command: String?, reason: String?) {}
    func stageOutput(_ name: String, line: String) {}
    func stageFinished(_ outcome: StageOutcome) {}
    func notice(_ message: String) {}
}

/// Predicts, without running anything, which stages of a plan the cache will serve, and why
/// the others run: what `plan` prints and what `explain` starts from.
public enum CachePlanner {
    /// One stage's prediction.
    public struct Prediction: Sendable {
        public var step: PlannedStage
        /// Nil when the stage is not cacheable or an upstream must run first.
        public var ingredients: CacheIngredients?
        /// A damaged local cache or a failing remote one, said once.
        public var warning: String?
    }

    /// The plan with each step's action and reason filled in from the cache. `world` gives
    /// the kinds what they need to compute their keys (the docker engine, for one).
    public static func predict(_ plan: Plan, definition: PipelineDefinition, cache: RunCache, policy: CachePolicy,
                               world: PlanningWorld) async throws(FileSystemError) -> [Prediction] {
        let graph = definition.graph
        var predicted: [Int: Digest] = [:]
        var predictedFacts: [Int: StageFacts] = [:]
        var running: Set<Int> = []
        var result: [Prediction] = []
        for step in plan.steps {
            let stage = graph.stages[step.stage]
            let kind = StageRunners.runner(for: stage)
            if kind.isCacheable(stage), let blocker = graph.dependencies[step.stage].first(where: running.contains) {
                // Its upstream output is not known until that runs.
                running.insert(step.stage)
                let reason = "runs after '\(graph.stages[blocker].name)', which runs; cached then if that produces the same outputs"
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: .run, reason: reason)))
                continue
            }
            var upstream: [String: Digest] = [:]
            for dependency in graph.dependencies[step.stage] {
                upstream[graph.stages[dependency].name] = predicted[dependency] ?? CacheRecord.outputDigest([])
            }
            let upstreamFacts = graph.closure(of: graph.dependencies[step.stage]).reversed()
                .compactMap { index in predictedFacts[index].map { (graph.stages[index].name, $0) } }
            let context = world.context(for: stage, upstream: upstreamFacts, definition: definition)
            let (decision, warning) = await StageDecider(cache: cache, policy: policy).decide(stage, kind: kind, context: context, upstream: upstream)
            let (action, reason) = decision.planned
            defer { if let warning, !result.isEmpty { result[result.count - 1].warning = warning } }
            switch decision {
            case .cached(let record, let key, _, _):
                predicted[step.stage] = record.outputDigest
                predictedFacts[step.stage] = record.facts
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: action, reason: reason), ingredients: key.ingredients))
            case .run(_, let key):
                // Without inputs or outputs it produces nothing to key on: downstream keys see an
                // empty output either way.
                if key == nil { predicted[step.stage] = CacheRecord.outputDigest([]) } else { running.insert(step.stage) }
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: action, reason: reason), ingredients: key?.ingredients))
            case .fail:
                running.insert(step.stage)
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: action, reason: reason)))
            }
        }
        return result
    }

    /// `explain STAGE`: the stage's ingredients now, and what changed since its last recorded
    /// run. Upstream stages that would run are taken as producing what they produced last time.
    public static func explain(_ name: String, definition: PipelineDefinition, cache: RunCache,
                               policy: CachePolicy, world: PlanningWorld) async throws(FileSystemError) -> String {
        let graph = definition.graph
        guard let index = graph.indexByName[name] else { return "" }
        let stage = graph.stages[index]
        let plan = Plan(requested: [name], steps: graph.closure(of: [index]).map { PlannedStage(stage: $0, action: .run, reason: "") })
        let predictions = try await predict(plan, definition: definition, cache: cache, policy: policy, world: world)
        guard let mine = predictions.last else { return "" }
        var lines = predictions.compactMap(\.warning).map { "warning: " + $0 }
        lines.append("stage \(name) (\(stage.kind.rawValue)): \(mine.step.action == .cached ? "cached" : "would run") — \(mine.step.reason)")

        var ingredients = mine.ingredients
        let kind = StageRunners.runner(for: stage)
        if ingredients == nil, kind.isCacheable(stage) {
            var upstream: [String: Digest] = [:]
            for dependency in graph.dependencies[index] {
                let dependencyName = graph.stages[dependency].name
                if case .found(let record) = cache.lastRecord(of: dependencyName) {
                    upstream[dependencyName] = record.outputDigest
                } else {
                    upstream[dependencyName] = CacheRecord.outputDigest([])
                }
            }
            let extra = (try? await kind.cacheInputs(world.context(for: stage, upstream: [], definition: definition))) ?? CacheInputs()
            ingredients = try cache.key(of: stage, upstream: upstream, extra: extra).ingredients
            lines.append("(upstream stages that would run are assumed to produce what they produced last time)")
        }
        guard let ingredients else { return lines.joined(separator: "\n") + "\n" }
        lines.append("key \(ingredients.key.hex)")
        lines.append("ingredients:")
        lines.append("  cache format \(ingredients.format)")
        lines.append("  kind \(ingredients.kind)")
        for (key, value) in ingredients.settings.sorted(by: { $0.key < $1.key }) { lines.append("  config \(key) = \(value)") }
        for (key, value) in ingredients.variables.sorted(by: { $0.key < $1.key }) {
            lines.append("  var \(key) = \(SecretMasker.isMasked(value) ? "(secret)" : value)")
        }
        for input in ingredients.inputs {
            lines.append("  input \(input.path) \(input.digest.short)…\(input.executable ? " (executable)" : "")")
        }
        for (upstreamName, digest) in ingredients.upstream.sorted(by: { $0.key < $1.key }) {
            lines.append("  upstream \(upstreamName) output \(digest.short)…")
        }
        switch cache.lastRecord(of: name) {
        case .missing:
            lines.append("last recorded run: none (never ran)")
        case .corrupt(let problem):
            lines.append("last recorded run: unreadable (\(problem))")
        case .found(let record):
            guard let previous = cache.ingredients(of: record) else {
                lines.append("last recorded run: key \(record.key.short)…, its ingredients are no longer in the cache")
                break
            }
            let changes = ingredients.differences(from: previous)
            lines.append("last recorded run: key \(record.key.short)…, took \(record.durationMilliseconds) ms")
            if changes.isEmpty {
                lines.append("changes since then: none")
            } else {
                lines.append("changes since then:")
                lines.append(contentsOf: changes.map { "  " + $0 })
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
