import Basics
import Pipeline

/// Predicts, without running anything, which stages of a plan the cache will serve, and why
/// the others run: what `plan` prints and what `explain` starts from.
public enum CachePlanner {
    /// One stage's prediction.
    public struct Prediction: Sendable {
        public var step: PlannedStage
        /// Nil when the stage is not cacheable or an upstream must run first.
        public var ingredients: CacheIngredients?
    }

    /// The plan with each step's action and reason filled in from the cache.
    public static func predict(_ plan: Plan, definition: PipelineDefinition, cache: RunCache,
                               policy: CachePolicy) throws(FileSystemError) -> [Prediction] {
        let graph = definition.graph
        var predicted: [Int: Digest] = [:]
        var running: Set<Int> = []
        var result: [Prediction] = []
        for step in plan.steps {
            let stage = graph.stages[step.stage]
            guard let kind = StageRunners.runner(for: stage.kind), kind.isCacheable(stage) else {
                // Without inputs or outputs it produces nothing to key on: downstream keys see an
                // empty output either way.
                predicted[step.stage] = CacheRecord.outputDigest([])
                let reason = StageRunners.runner(for: stage.kind) == nil
                    ? "\(stage.kind.rawValue) stages cannot run in this version"
                    : "declares no inputs or outputs, so it always runs"
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: .run, reason: reason)))
                continue
            }
            if let blocker = graph.dependencies[step.stage].first(where: running.contains) {
                running.insert(step.stage)
                let reason = "runs after '\(graph.stages[blocker].name)', which runs; cached then if that produces the same outputs"
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: .run, reason: reason)))
                continue
            }
            var upstream: [String: Digest] = [:]
            for dependency in graph.dependencies[step.stage] {
                upstream[graph.stages[dependency].name] = predicted[dependency] ?? CacheRecord.outputDigest([])
            }
            let stageKey = try cache.key(of: stage, upstream: upstream)
            let ingredients = stageKey.ingredients
            switch cache.decide(stage, stageKey, policy: policy) {
            case .hit(let record):
                predicted[step.stage] = record.outputDigest
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: .cached, reason: "inputs unchanged"),
                                         ingredients: ingredients))
            case .run(let reason, _):
                running.insert(step.stage)
                result.append(Prediction(step: PlannedStage(stage: step.stage, action: .run, reason: reason), ingredients: ingredients))
            }
        }
        return result
    }

    /// `explain STAGE`: the stage's ingredients now, and what changed since its last recorded
    /// run. Upstream stages that would run are taken as producing what they produced last time.
    public static func explain(_ name: String, definition: PipelineDefinition, cache: RunCache,
                               policy: CachePolicy) throws(FileSystemError) -> String {
        let graph = definition.graph
        guard let index = graph.indexByName[name] else { return "" }
        let stage = graph.stages[index]
        let plan = Plan(requested: [name], steps: graph.closure(of: [index]).map { PlannedStage(stage: $0, action: .run, reason: "") })
        let predictions = try predict(plan, definition: definition, cache: cache, policy: policy)
        guard let mine = predictions.last else { return "" }
        var lines = ["stage \(name) (\(stage.kind.rawValue)): \(mine.step.action == .cached ? "cached" : "would run") — \(mine.step.reason)"]

        var ingredients = mine.ingredients
        if ingredients == nil, let kind = StageRunners.runner(for: stage.kind), kind.isCacheable(stage) {
            var upstream: [String: Digest] = [:]
            for dependency in graph.dependencies[index] {
                let dependencyName = graph.stages[dependency].name
                if case .found(let record) = cache.lastRecord(of: dependencyName) {
                    upstream[dependencyName] = record.outputDigest
                } else {
                    upstream[dependencyName] = CacheRecord.outputDigest([])
                }
            }
            ingredients = try cache.key(of: stage, upstream: upstream).ingredients
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
