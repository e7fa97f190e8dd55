import Basics

/// What one stage will do in a run, and why.
public struct PlannedStage: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case run, cached
    }

    /// Index into the graph's stages.
    public var stage: Int
    public var action: Action
    public var reason: String

    public init(stage: Int, action: Action, reason: String) {
        self.stage = stage
        self.action = action
        self.reason = reason
    }
}

/// The stages a request selects, in execution order, each with its action.
public struct Plan: Sendable {
    /// The names asked for (stages or targets).
    public var requested: [String]
    public var steps: [PlannedStage]

    public init(requested: [String], steps: [PlannedStage]) {
        self.requested = requested
        self.steps = steps
    }
}

/// A name on the command line that is neither a stage nor a target.
public struct UnknownNameError: UserFacingError, Sendable, Hashable {
    public var exitCode: Int32 { 2 }
    public var name: String
    public var suggestion: String?

    public var description: String {
        "'\(name)' is not a stage or target in pipeline.json"
            + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            + "; `pipeline list` shows them"
    }
}

/// Decides what a run does. Pure: takes the graph and the request, returns the plan.
public enum Planner {
    /// The reason before the cache has been consulted (`CachePlanner` replaces it).
    public static let uncheckedReason = "not checked against the cache"

    /// Resolves `names` (empty: the default target, or every stage) and plans their closure.
    public static func plan(_ definition: PipelineDefinition, names: [String]) throws(UnknownNameError) -> Plan {
        let graph = definition.graph
        let requested = names.isEmpty ? (definition.defaultTarget.map { [$0] } ?? []) : names
        var roots: [Int] = []
        for name in requested {
            guard let stages = graph.resolve(name) else {
                throw UnknownNameError(name: name, suggestion: Suggestion.nearest(to: name, in: graph.stages.map(\.name) + graph.targetNames))
            }
            roots.append(contentsOf: stages)
        }
        if requested.isEmpty { roots = Array(graph.stages.indices) }
        let steps = graph.closure(of: roots).map { PlannedStage(stage: $0, action: .run, reason: uncheckedReason) }
        return Plan(requested: requested, steps: steps)
    }

    /// `plan --json`: `{"target": …, "stages": [{"name", "kind", "action", "reason"}]}`.
    public static func json(_ plan: Plan, graph: StageGraph) -> JSONWriter.Value {
        let target: JSONWriter.Value = plan.requested.count == 1 ? .string(plan.requested[0]) : .array(plan.requested.map { .string($0) })
        return .object([
            ("target", target),
            ("stages", .array(plan.steps.map { step in
                let stage = graph.stages[step.stage]
                return .object([
                    ("name", .string(stage.name)),
                    ("kind", .string(stage.kind.rawValue)),
                    ("action", .string(step.action.rawValue)),
                    ("reason", .string(step.reason)),
                ])
            })),
        ])
    }
}
