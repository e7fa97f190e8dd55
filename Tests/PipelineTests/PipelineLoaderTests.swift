import Basics
import Testing
import TestSupport
@testable import Pipeline

/// Loads `text` as pipeline.json with a fixed environment.
func load(_ text: String, overrides: [String: String] = [:], environment: [String: String] = [:],
          builtins: [String: String] = ["PIPELINE_ROOT": "/project"]) throws(ConfigErrors) -> PipelineDefinition {
    try PipelineLoader.load(text, context: PipelineLoader.Context(file: "pipeline.json", overrides: overrides, environment: environment, builtins: builtins))
}

/// The error messages loading `text` produces (empty when it loads).
func errors(_ text: String, environment: [String: String] = [:], overrides: [String: String] = [:]) -> [String] {
    do {
        _ = try load(text, overrides: overrides, environment: environment)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

@Suite struct PipelineLoaderTests {
    static let example = """
    {
      "version": 1,
      "name": "demo",
      "default": "build",
      "vars": { "IMAGE": "registry.example/demo", "TAG": "${GIT_SHORT_SHA:-dev}", "REF": "${IMAGE}:${TAG}" },
      "secrets": ["TOKEN"],
      "stages": {
        "lint":   { "kind": "exec", "run": ["true"], "inputs": ["docker/**"], "description": "check" },
        "render": { "kind": "exec", "sh": "cp -r docker out", "needs": ["lint"], "outputs": ["out/Dockerfile"] },
        "image":  { "kind": "exec", "run": ["build", "${REF}"], "needs": ["render"], "env": { "T": "${TOKEN}" }, "cwd": "out" },
        "docs":   { "kind": "exec", "sh": "true" }
      },
      "targets": { "build": ["image"], "everything": ["build", "docs"] }
    }
    """

    @Test func loadsAndExpandsTheExample() throws {
        let definition = try load(Self.example, environment: ["TOKEN": "hunter2"])
        #expect(definition.name == "demo")
        #expect(definition.defaultTarget == "build")
        #expect(definition.stages.map(\.name) == ["lint", "render", "image", "docs"])
        let image = definition.stages[2]
        #expect(image.settings["run"]?.strings == ["build", "registry.example/demo:dev"])
        #expect(image.env == ["T": "hunter2"])
        #expect(image.settings["cwd"] == .string("out"))
        #expect(definition.vars["REF"] == "registry.example/demo:dev")
        #expect(definition.secretValues == ["hunter2"])
        #expect(definition.graph.targets["everything"] == [2, 3])
        #expect(definition.graph.topologicalOrder == [0, 1, 2, 3])
    }

    @Test func overridesBeatEnvironmentBeatVarsBeatBuiltins() throws {
        let text = """
        {"version": 1, "vars": {"A": "vars", "B": "vars"},
         "stages": {"s": {"kind": "exec", "run": ["${A}", "${B}", "${GIT_SHA}", "${PIPELINE_ROOT}"]}}}
        """
        let definition = try load(text, overrides: ["A": "set"], environment: ["A": "env", "B": "env"],
                                  builtins: ["GIT_SHA": "abc", "PIPELINE_ROOT": "/p"])
        #expect(definition.stages[0].settings["run"]?.strings == ["set", "env", "abc", "/p"])
        #expect(definition.vars == ["A": "set", "B": "env"])
    }

    @Test func unsetSecretIsRecordedOnTheStageThatNeedsIt() throws {
        let definition = try load(Self.example)
        #expect(definition.stages[2].missingSecrets == ["TOKEN"])
        #expect(definition.stages[0].missingSecrets.isEmpty)
        #expect(definition.secretValues.isEmpty)
    }

    // Each bad input gives one clear message naming where and what.
    @Test(arguments: [
        ("malformed JSON",
         #"{"version": 1, "stages": {"a": {"kind": "exec" "run": ["x"]}}}"#,
         [#"pipeline.json:1:48: invalid JSON: expected ',' or '}' after the value of "kind", found '"'"#]),
        ("wrong type",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": "true"}}}"#,
         ["pipeline.json:1:56: stages.a.run: expected a non-empty array of strings, found a string"]),
        ("wrong element type",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x", 3]}}}"#,
         ["pipeline.json:1:62: stages.a.run[1]: expected a string, found a number"]),
        ("unknown kind",
         #"{"version": 1, "stages": {"a": {"kind": "exce", "run": ["x"]}}}"#,
         ["pipeline.json:1:41: stages.a.kind: unknown stage kind 'exce' (did you mean 'exec'?); known kinds: exec, lint, render, docker-build, smoke, tag, push"]),
        ("unknown key",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputz": []}}}"#,
         ["pipeline.json:1:63: stages.a.outputz: unknown key 'outputz' in a exec stage (did you mean 'outputs'?)"]),
        ("key of another kind",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "context": "."}}}"#,
         ["pipeline.json:1:63: stages.a.context: unknown key 'context' in a exec stage ('context' belongs to docker-build stages)"]),
        ("unknown top-level key",
         #"{"version": 1, "stage": {}, "stages": {"a": {"kind": "exec", "run": ["x"]}}}"#,
         ["pipeline.json:1:16: stage: unknown key 'stage' in pipeline.json (did you mean 'stages'?)"]),
        ("cycle",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "needs": ["b"]}, "b": {"kind": "exec", "run": ["x"], "needs": ["a"]}}}"#,
         ["pipeline.json:1:27: stages.a.needs: dependency cycle: a -> b -> a"]),
        ("longer cycle",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "needs": ["c"]}, "b": {"kind": "exec", "run": ["x"], "needs": ["a"]}, "c": {"kind": "exec", "run": ["x"], "needs": ["b"]}}}"#,
         ["pipeline.json:1:27: stages.a.needs: dependency cycle: a -> c -> b -> a"]),
        ("self-dependency",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "needs": ["a"]}}}"#,
         ["pipeline.json:1:73: stages.a.needs[0]: stage 'a' needs itself (dependency cycle: a -> a)"]),
        ("missing needs target",
         #"{"version": 1, "stages": {"render": {"kind": "exec", "run": ["x"]}, "b": {"kind": "exec", "run": ["x"], "needs": ["rendr"]}}}"#,
         ["pipeline.json:1:115: stages.b.needs[0]: unknown stage or target 'rendr' (did you mean 'render'?)"]),
        ("empty stages",
         #"{"version": 1, "stages": {}}"#,
         ["pipeline.json:1:26: stages: no stages defined; add at least one stage"]),
        ("missing stages",
         #"{"version": 1}"#,
         ["pipeline.json:1:1: missing required key 'stages' in pipeline.json"]),
        ("undefined variable",
         #"{"version": 1, "vars": {"IMAGE": "x"}, "stages": {"a": {"kind": "exec", "run": ["${IMAGEE}"]}}}"#,
         ["pipeline.json:1:81: stages.a.run[0]: undefined variable 'IMAGEE' (did you mean 'IMAGE'?); define it in vars, export it, pass --set IMAGEE=VALUE, or write ${IMAGEE:-default}"]),
        ("output escaping the root",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": ["ok/../../x"]}}}"#,
         ["pipeline.json:1:75: stages.a.outputs[0]: 'ok/../../x' is outside the project root; outputs must stay inside it"]),
        ("absolute output",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": ["/etc/passwd"]}}}"#,
         ["pipeline.json:1:75: stages.a.outputs[0]: '/etc/passwd' is an absolute path; outputs must be relative to the project root"]),
        ("output is the root",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": ["./"]}}}"#,
         ["pipeline.json:1:75: stages.a.outputs[0]: './' is the project root; outputs must name files or directories inside it"]),
        ("output inside .git",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "outputs": [".git/hooks/x"]}}}"#,
         ["pipeline.json:1:75: stages.a.outputs[0]: '.git/hooks/x' is inside .git/, which belongs to git; choose another output path"]),
        ("input escaping the root",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "inputs": ["../x"]}}}"#,
         ["pipeline.json:1:74: stages.a.inputs[0]: '../x' is outside the project root; inputs must stay inside it"]),
        ("cwd escaping the root",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "cwd": ".."}}}"#,
         ["pipeline.json:1:70: stages.a.cwd: '..' is outside the project root; cwd must stay inside it"]),
        ("duplicate stage names",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"]}, "a": {"kind": "exec", "sh": "y"}}}"#,
         ["pipeline.json:1:64: stages.a: duplicate key 'a' (first defined at 1:27)"]),
        ("stage and target share a name",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"]}}, "targets": {"a": ["a"]}}"#,
         ["pipeline.json:1:77: targets.a: 'a' is already a stage name; give the target a name of its own"]),
        ("empty target",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"]}}, "targets": {"t": []}}"#,
         ["pipeline.json:1:82: targets.t: expected a non-empty array of strings, found an empty array"]),
        ("target naming nothing known",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"]}}, "targets": {"t": ["b"]}}"#,
         ["pipeline.json:1:83: targets.t[0]: unknown stage or target 'b'"]),
        ("targets in a loop",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"]}}, "targets": {"t": ["u"], "u": ["t"]}}"#,
         ["pipeline.json:1:77: targets.t: targets refer to each other in a loop: t -> u -> t"]),
        ("default naming nothing",
         #"{"version": 1, "default": "biuld", "stages": {"build": {"kind": "exec", "run": ["x"]}}}"#,
         ["pipeline.json:1:27: default: 'biuld' is not a stage or target (did you mean 'build'?)"]),
        ("unsupported version",
         #"{"version": 2, "stages": {"a": {"kind": "exec", "run": ["x"]}}}"#,
         ["pipeline.json:1:13: version: unsupported version 2; this pipeline reads version 1"]),
        ("exec with both run and sh",
         #"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["x"], "sh": "y"}}}"#,
         ["pipeline.json:1:32: stages.a: a exec stage takes only one of 'run' or 'sh', found 'run' and 'sh'"]),
        ("exec with no command",
         #"{"version": 1, "stages": {"a": {"kind": "exec"}}}"#,
         ["pipeline.json:1:32: stages.a: a exec stage needs 'run' or 'sh'"]),
        ("missing kind",
         #"{"version": 1, "stages": {"a": {"run": ["x"]}}}"#,
         ["pipeline.json:1:32: stages.a: missing required key 'kind' (one of exec, lint, render, docker-build, smoke, tag, push)"]),
        ("bad enumeration value",
         #"{"version": 1, "stages": {"a": {"kind": "smoke", "network": "hots"}}}"#,
         [#"pipeline.json:1:61: stages.a.network: expected one of "bridge", "host", "none", found "hots" (did you mean 'host'?)"#]),
        ("bad duration",
         #"{"version": 1, "stages": {"a": {"kind": "smoke", "timeout": "5 minutes"}}}"#,
         [#"pipeline.json:1:61: stages.a.timeout: expected a duration such as "300s", "5m" or "1m30s" (units ms, s, m, h, d, w), found "5 minutes""#]),
        ("secret also a var",
         #"{"version": 1, "vars": {"T": "x"}, "secrets": ["T"], "stages": {"a": {"kind": "exec", "run": ["x"]}}}"#,
         ["pipeline.json:1:48: secrets[0]: 'T' is both a var and a secret; secrets come from the environment only, remove it from vars"]),
        ("invalid stage name",
         #"{"version": 1, "stages": {"a b": {"kind": "exec", "run": ["x"]}}}"#,
         ["pipeline.json:1:27: stages.a b: 'a b' is not a valid stage name (use letters, digits, '-', '_' and '.')"]),
        ("document not an object",
         #"[1]"#,
         ["pipeline.json:1:1: expected the document to be an object, found an array"]),
    ])
    func badInputGivesOneClearMessage(name: String, text: String, expected: [String]) {
        #expect(errors(text) == expected, "\(name)")
    }

    @Test func severalSchemaErrorsAreReportedTogether() {
        let text = #"{"version": 1, "stages": {"a": {"kind": "exec", "run": 1, "cwd": 2}}}"#
        #expect(errors(text).count == 2)
    }

    @Test func secretCannotBeSetFromTheCommandLine() {
        let text = #"{"version": 1, "secrets": ["T"], "stages": {"a": {"kind": "exec", "run": ["x"]}}}"#
        #expect(errors(text, overrides: ["T": "x"]) == ["pipeline.json: secrets[0]: secret 'T' cannot be set with --set; secrets come from the environment only (export T=…)"])
    }

    @Test func needsMayNameATarget() throws {
        let text = """
        {"version": 1,
         "stages": {"a": {"kind": "exec", "run": ["x"]}, "b": {"kind": "exec", "run": ["x"]},
                    "c": {"kind": "exec", "run": ["x"], "needs": ["ab"]}},
         "targets": {"ab": ["a", "b"]}}
        """
        let definition = try load(text)
        #expect(definition.graph.dependencies[2] == [0, 1])
        #expect(definition.graph.criticalPath == [2, 2, 1])
    }
}
