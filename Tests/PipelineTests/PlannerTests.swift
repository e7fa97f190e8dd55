import Basics
import Testing
@testable import Pipeline

@Suite struct PlannerTests {
    let definition: PipelineDefinition

    init() throws {
        definition = try load("""
        {"version": 1, "default": "ship",
         "stages": {
           "lint":  {"kind": "exec", "run": ["x"]},
           "build": {"kind": "exec", "run": ["x"], "needs": ["lint"]},
           "test":  {"kind": "exec", "run": ["x"], "needs": ["build"]},
           "docs":  {"kind": "exec", "run": ["x"]},
           "push":  {"kind": "exec", "run": ["x"], "needs": ["test", "docs"]}
         },
         "targets": {"ship": ["push"], "check": ["test"]}}
        """)
    }

    private func names(_ plan: Plan) -> [String] { plan.steps.map { definition.stages[$0.stage].name } }

    @Test func defaultTargetSelectsItsClosureInOrder() throws {
        let plan = try Planner.plan(definition, names: [])
        #expect(names(plan) == ["lint", "build", "test", "docs", "push"])
        #expect(plan.steps.allSatisfy { $0.action == .run && $0.reason == Planner.uncheckedReason })
    }

    @Test func namedStageSelectsOnlyWhatItNeeds() throws {
        #expect(names(try Planner.plan(definition, names: ["check"])) == ["lint", "build", "test"])
        #expect(names(try Planner.plan(definition, names: ["docs", "build"])) == ["lint", "build", "docs"])
    }

    @Test func unknownNameSuggestsTheNearest() {
        #expect(throws: UnknownNameError(name: "tset", suggestion: "test")) { try Planner.plan(definition, names: ["tset"]) }
    }

    @Test func jsonHasTheShapeOfDesignSection7() throws {
        let plan = try Planner.plan(definition, names: ["check"])
        let text = JSONWriter.write(Planner.json(plan, graph: definition.graph))
        #expect(text == #"{"target":"check","stages":[{"name":"lint","kind":"exec","action":"run","reason":"not checked against the cache"},{"name":"build","kind":"exec","action":"run","reason":"not checked against the cache"},{"name":"test","kind":"exec","action":"run","reason":"not checked against the cache"}]}"#)
    }

    @Test func graphRendersEveryEdgeInEachFormat() {
        let dot = GraphRenderer.render(definition.graph, format: .dot)
        #expect(dot.contains(#""lint" -> "build";"#))
        #expect(dot.contains(#""docs" -> "push";"#))
        let mermaid = GraphRenderer.render(definition.graph, format: .mermaid)
        #expect(mermaid.contains("s0 --> s1"))
        #expect(mermaid.contains("s3 --> s4"))
        let json = GraphRenderer.render(definition.graph, format: .json)
        #expect(json.contains(#""needs": ["#))
        #expect(json.contains(#""ship": ["#))
    }

    @Test func deepChainsDoNotOverflowTheStack() throws {
        var stages: [String] = [#""s0": {"kind": "exec", "run": ["x"]}"#]
        for i in 1..<5000 { stages.append(#""s\#(i)": {"kind": "exec", "run": ["x"], "needs": ["s\#(i - 1)"]}"#) }
        let deep = try load(#"{"version": 1, "stages": {"# + stages.joined(separator: ",") + "}}")
        #expect(deep.graph.topologicalOrder == Array(0..<5000))
        #expect(deep.graph.criticalPath[0] == 5000)
    }
}
