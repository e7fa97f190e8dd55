import Basics

/// `pipeline graph --format dot|mermaid|json`.
public enum GraphRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case dot, mermaid, json
    }

    /// The whole graph; an edge points from a stage to what it needs.
    public static func render(_ graph: StageGraph, format: Format) -> String {
        switch format {
        case .dot: dot(graph)
        case .mermaid: mermaid(graph)
        case .json: JSONWriter.write(json(graph), indent: 2) + "\n"
        }
    }

    private static func dot(_ graph: StageGraph) -> String {
        var out = "digraph pipeline {\n  rankdir=LR;\n  node [shape=box];\n"
        for stage in graph.stages {
            out += "  \(quoted(stage.name)) [label=\(quoted("\(stage.name)\n\(stage.kind.rawValue)"))];\n"
        }
        for (i, deps) in graph.dependencies.enumerated() {
            for d in deps {
                out += "  \(quoted(graph.stages[d].name)) -> \(quoted(graph.stages[i].name));\n"
            }
        }
        return out + "}\n"
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    private static func mermaid(_ graph: StageGraph) -> String {
        var out = "flowchart LR\n"
        // Mermaid ids must be plain words; stage names may hold '-' and '.'.
        let id = { (i: Int) in "s\(i)" }
        for (i, stage) in graph.stages.enumerated() {
            out += "  \(id(i))[\"\(stage.name) (\(stage.kind.rawValue))\"]\n"
        }
        for (i, deps) in graph.dependencies.enumerated() {
            for d in deps { out += "  \(id(d)) --> \(id(i))\n" }
        }
        return out
    }

    private static func json(_ graph: StageGraph) -> JSONWriter.Value {
        .object([
            ("stages", .array(graph.stages.enumerated().map { i, stage in
                .object([
                    ("name", .string(stage.name)),
                    ("kind", .string(stage.kind.rawValue)),
                    ("needs", .array(graph.dependencies[i].map { .string(graph.stages[$0].name) })),
                ])
            })),
            ("targets", .object(graph.targetNames.map { name in
                (name, .array((graph.targets[name] ?? []).map { .string(graph.stages[$0].name) }))
            })),
        ])
    }
}
