import Basics
import Executor
import Pipeline
import SystemIO

/// `pipeline plan [NAME...] [--json]`: what would run, in order, and why.
struct PlanCommand: Command {
    static let name = "plan"
    static let summary = "show what would run, in order, and why"
    static let usage = """
    pipeline [options] plan [NAME...] [--json]

    Lists the stages a run of NAME (default: the default target) would include, in execution
    order, each with "run" or "cached" and the reason. Runs nothing.
      --json    print {"target": …, "stages": [{"name", "kind", "action", "reason"}]}
    """
    static let flags: Set<String> = ["json"]
    let global: GlobalOptions
    let names: [String]
    let json: Bool

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        global = invocation.global
        names = invocation.arguments
        json = invocation.flags["json"] != nil
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let workspace = try await Workspace.load(global, system: system)
        let definition = workspace.definition
        var plan = try Planner.plan(definition, names: names)
        // A query: it creates nothing, so it works in a read-only checkout.
        let cache = try RunCache(root: workspace.root, fileSystem: system.fileSystem, time: system.time, secrets: definition.setSecrets,
                                 query: true, remote: try RemoteCacheSetup.make(definition, global, system: system))
        let policy = CachePolicy(readCache: !global.noCache, forced: Set(global.force))
        let world = PlanningWorld(root: workspace.root, environment: system.environment, runner: system.runner, fileSystem: system.fileSystem, time: system.time,
                                  dockerSocket: UnixSocketClient())
        let predictions = try await CachePlanner.predict(plan, definition: definition, cache: cache, policy: policy, world: world)
        plan.steps = predictions.map(\.step)
        let warnings = predictions.compactMap(\.warning)
        if !warnings.isEmpty { system.console.err(warnings.map { "warning: \($0)\n" }.joined()) }
        try? cache.save()
        if json {
            system.console.out(JSONWriter.write(Planner.json(plan, graph: definition.graph), indent: 2) + "\n")
            return 0
        }
        let stages = plan.steps.map { definition.stages[$0.stage] }
        let nameWidth = stages.map(\.name.count).max() ?? 0
        let kindWidth = stages.map(\.kind.rawValue.count).max() ?? 0
        var out = plan.requested.isEmpty ? "all stages:\n" : "plan for \(plan.requested.joined(separator: " ")):\n"
        for (step, stage) in zip(plan.steps, stages) {
            out += "  \(pad(stage.name, nameWidth))  \(pad(stage.kind.rawValue, kindWidth))  \(pad(step.action.rawValue, 6))  \(step.reason)\n"
        }
        system.console.out(out)
        return 0
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

/// `pipeline graph [--format dot|mermaid|json]`.
struct GraphCommand: Command {
    static let name = "graph"
    static let summary = "print the stage graph as dot, mermaid or json"
    static let usage = """
    pipeline [options] graph [--format dot|mermaid|json]

    Prints every stage and what it needs (default format: dot; pipe it to `dot -Tsvg`).
    """
    static let flags: Set<String> = ["format"]
    let global: GlobalOptions
    let format: GraphRenderer.Format

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.isEmpty else { throw UsageError("'pipeline graph' takes no names", command: Self.name) }
        global = invocation.global
        let text = invocation.flags["format"] ?? "dot"
        guard let format = GraphRenderer.Format(rawValue: text) else {
            throw UsageError("--format expects dot, mermaid or json, got '\(text)'", command: Self.name)
        }
        self.format = format
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let definition = try await Workspace.load(global, system: system).definition
        system.console.out(GraphRenderer.render(definition.graph, format: format))
        return 0
    }
}

/// `pipeline list`: stages and targets with their descriptions.
struct ListCommand: Command {
    static let name = "list"
    static let summary = "list stages and targets"
    static let usage = """
    pipeline [options] list

    Lists the stages (name, kind, what they need, description) and the targets.
    """
    let global: GlobalOptions

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.isEmpty else { throw UsageError("'pipeline list' takes no names", command: Self.name) }
        global = invocation.global
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let definition = try await Workspace.load(global, system: system).definition
        let graph = definition.graph
        let nameWidth = graph.stages.map(\.name.count).max() ?? 0
        let kindWidth = graph.stages.map(\.kind.rawValue.count).max() ?? 0
        var out = "stages:\n"
        for (i, stage) in graph.stages.enumerated() {
            let needs = graph.dependencies[i].map { graph.stages[$0].name }
            var line = "  \(pad(stage.name, nameWidth))  \(pad(stage.kind.rawValue, kindWidth))"
            if let description = stage.description { line += "  \(description)" }
            if !needs.isEmpty { line += "  (needs \(needs.joined(separator: ", ")))" }
            out += line + "\n"
        }
        if !graph.targetNames.isEmpty {
            out += "targets:\n"
            for name in graph.targetNames {
                let marker = name == definition.defaultTarget ? " (default)" : ""
                out += "  \(name)\(marker): \((graph.targets[name] ?? []).map { graph.stages[$0].name }.joined(separator: ", "))\n"
            }
        } else if let defaultTarget = definition.defaultTarget {
            out += "default: \(defaultTarget)\n"
        }
        system.console.out(out)
        return 0
    }
}

/// `pipeline schema`: the JSON Schema of pipeline.json, for editors.
struct SchemaCommand: Command {
    static let name = "schema"
    static let summary = "print the JSON Schema of pipeline.json (for editors)"
    static let usage = """
    pipeline [options] schema

    Prints the JSON Schema that pipeline.json follows; the same text is committed as
    Sources/Pipeline/pipeline.schema.json, which .vscode/settings.json points editors at.
    """

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.isEmpty else { throw UsageError("'pipeline schema' takes no arguments", command: Self.name) }
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        system.console.out(JSONSchemaDocument.render())
        return 0
    }
}
