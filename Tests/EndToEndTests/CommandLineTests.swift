import Foundation
import Testing

@Suite struct CommandLineTests {
    static let demo = """
    {
      "version": 1,
      "name": "demo",
      "default": "all",
      "vars": {"GREETING": "hello"},
      "stages": {
        "gen":   {"kind": "exec", "sh": "mkdir -p out && echo ${GREETING} > out/gen.txt", "outputs": ["out/gen.txt"], "description": "generate"},
        "check": {"kind": "exec", "run": ["grep", "-q", "hello", "out/gen.txt"], "needs": ["gen"]},
        "other": {"kind": "exec", "run": ["true"]}
      },
      "targets": {"all": ["check", "other"]}
    }
    """

    @Test func buildRunsTheDefaultTargetWithPrefixedLinesAndASummary() throws {
        let project = try Project(Self.demo)
        let result = try project.run("build")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(project.read("out/gen.txt") == "hello\n")
        #expect(result.stdout.contains("[gen] $ mkdir -p out && echo hello > out/gen.txt\n"))
        #expect(result.stdout.contains("[check] $ grep -q hello out/gen.txt\n"))
        #expect(result.stdout.contains("stage  status  time\n"))
        #expect(result.stdout.contains("3 ran in "))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        #expect(project.read(".pipeline/logs/gen.log") == "$ mkdir -p out && echo hello > out/gen.txt\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func runSelectsOnlyWhatTheNameNeeds() throws {
        let project = try Project(Self.demo)
        let result = try project.run("run", "gen", "--set", "GREETING=hi")
        #expect(result.code == 0)
        #expect(project.read("out/gen.txt") == "hi\n")
        #expect(!result.stdout.contains("[check]"))
        #expect(!result.stdout.contains("[other]"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let project = try Project(Self.demo)
        let result = try project.run("-q", "build")
        #expect(result.code == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func colorAlwaysColoursAndNoColorIsHonouredOnAuto() throws {
        let project = try Project(Self.demo)
        #expect(try project.run("--color", "always", "build").stdout.contains("\u{1B}[32mran"))
        #expect(!(try project.run("--color=auto", "build", environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    @Test func planJSONHasTheDocumentedShape() throws {
        let project = try Project(Self.demo)
        let result = try project.run("plan", "--json")
        #expect(result.code == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["target"] as? String == "all")
        let stages = json?["stages"] as? [[String: String]] ?? []
        #expect(stages.map { $0["name"] ?? "" } == ["gen", "check", "other"])
        #expect(stages.allSatisfy { $0["action"] == "run" && $0["kind"] == "exec" })
        #expect(stages.map { $0["reason"] ?? "" } == ["never ran", "declares no inputs or outputs, so it always runs",
                                                      "declares no inputs or outputs, so it always runs"])
        #expect(!project.exists("out"), "plan runs nothing")
    }

    @Test func graphListAndSchemaPrintWithoutRunning() throws {
        let project = try Project(Self.demo)
        let mermaid = try project.run("graph", "--format", "mermaid")
        #expect(mermaid.code == 0)
        #expect(mermaid.stdout == """
        flowchart LR
          s0["gen (exec)"]
          s1["check (exec)"]
          s2["other (exec)"]
          s0 --> s1

        """)
        let list = try project.run("list")
        #expect(list.stdout.contains("gen    exec  generate\n"))
        #expect(list.stdout.contains("all (default): check, other\n"))
        let dot = try project.run("graph")
        #expect(dot.stdout.hasPrefix("digraph pipeline {"))
        #expect(try project.run("schema").stdout.contains("\"$defs\""))
        #expect(!project.exists("out"))
    }

    @Test func failingCommandExitsOneAndShowsTheLast20LinesOfItsLog() throws {
        let project = try Project(#"{"version": 1, "stages": {"noisy": {"kind": "exec", "sh": "for i in $(seq 1 30); do echo line $i; done; exit 4"}}}"#)
        let result = try project.run("build")
        #expect(result.code == 1)
        #expect(result.stderr.contains("stage 'noisy' failed: command failed with exit code 4\n"))
        #expect(result.stderr.contains("last 20 lines of .pipeline/logs/noisy.log:\n"))
        #expect(result.stderr.contains("  line 11\n"))
        #expect(result.stderr.contains("  line 30\n"))
        #expect(!result.stderr.contains("  line 10\n"))
        #expect(project.read(".pipeline/logs/noisy.log")?.contains("line 1\n") == true)
    }

    @Test func missingDeclaredOutputFailsNamingIt() throws {
        let project = try Project(#"{"version": 1, "stages": {"a": {"kind": "exec", "run": ["true"], "outputs": ["dist/app.tar"]}}}"#)
        let result = try project.run("build")
        #expect(result.code == 1)
        #expect(result.stderr.contains("did not produce the declared output 'dist/app.tar'"))
    }

    @Test func secretsAreRedactedOnScreenAndInLogs() throws {
        let project = try Project(#"{"version": 1, "secrets": ["API_TOKEN"], "stages": {"a": {"kind": "exec", "sh": "echo token=${API_TOKEN}; echo env=$API_TOKEN"}}}"#)
        let result = try project.run("build", environment: ["API_TOKEN": "tok-4242"])
        #expect(result.code == 0)
        #expect(result.stdout.contains("[a] token=***"))
        #expect(result.stdout.contains("[a] env=***"))
        #expect(!result.stdout.contains("tok-4242"))
        #expect(project.read(".pipeline/logs/a.log")?.contains("tok-4242") == false)
        // ${API_TOKEN} in `sh` works, but becomes shell code; the tool says so and points at env.
        let warning = #"warning: pipeline.json:1:81: stages.a.sh: secret 'API_TOKEN' is spliced into the shell text, where its characters run as shell code; pass it in env instead ("env": {"API_TOKEN": "${API_TOKEN}"}) and write "$API_TOKEN" in the script\#n"#
        #expect(result.stderr == warning)
        let missing = try project.run("build")
        #expect(missing.code == 2)
        #expect(missing.stderr == warning + "error: stage 'a' needs secret 'API_TOKEN', which is not set; export API_TOKEN before running\n")
    }

    @Test func parallelStagesReallyOverlapWithJobsTwo() throws {
        // Each stage waits (bounded) for the other to have started: only a parallel run passes.
        let wait = "touch %@.started; i=0; while [ ! -e %@.started ] && [ $i -lt 500 ]; do sleep 0.01; i=$((i+1)); done; [ -e %@.started ]"
        let a = String(format: wait, "a", "b", "b"), b = String(format: wait, "b", "a", "a")
        let project = try Project(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "\#(a)"}, "b": {"kind": "exec", "sh": "\#(b)"}}}"#)
        #expect(try project.run("-j", "2", "build").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/a.started")
        try FileManager.default.removeItem(atPath: project.path + "/b.started")
        #expect(try project.run("-j1", "build").code == 1)
    }

    @Test func keepGoingRunsIndependentStagesAfterAFailure() throws {
        let project = try Project(#"{"version": 1, "stages": {"bad": {"kind": "exec", "run": ["false"]}, "good": {"kind": "exec", "run": ["touch", "good.txt"]}, "after": {"kind": "exec", "run": ["touch", "after.txt"], "needs": ["bad"]}}}"#)
        #expect(try project.run("-j1", "build").code == 1)
        #expect(!project.exists("good.txt"))
        let result = try project.run("-j1", "-k", "build")
        #expect(result.code == 1)
        #expect(project.exists("good.txt"))
        #expect(!project.exists("after.txt"))
        #expect(result.stdout.contains("after  skipped"))
    }

    @Test func traceFileIsChromeTraceJSON() throws {
        let project = try Project(Self.demo)
        let result = try project.run("--trace", "trace.json", "build")
        #expect(result.code == 0)
        let data = try #require(project.read("trace.json")).data(using: .utf8) ?? Data()
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let events = (json?["traceEvents"] as? [[String: Any]] ?? []).filter { $0["ph"] as? String == "X" }
        #expect(events.count == 3)
        #expect(events.allSatisfy { ($0["args"] as? [String: String])?["status"] == "ran" && $0["dur"] is Int && $0["ts"] is Int })
    }

    @Test func junitReportListsStagesAsTestCases() throws {
        let project = try Project(#"{"version": 1, "stages": {"ok": {"kind": "exec", "run": ["true"]}, "bad": {"kind": "exec", "sh": "echo '<oops>'; exit 1"}}}"#)
        let result = try project.run("-k", "ci", "--junit", "junit.xml")
        #expect(result.code == 1)
        let xml = try #require(project.read("junit.xml"))
        #expect(xml.contains(#"<testsuite name="pipeline" tests="2" failures="1" skipped="0""#))
        #expect(xml.contains(#"<failure message="command failed with exit code 1">$ echo &apos;"#) || xml.contains("&lt;oops&gt;"))
    }

    @Test func findsPipelineJSONInAParentDirectoryAndHonoursCAndF() throws {
        let project = try Project(Self.demo)
        try FileManager.default.createDirectory(atPath: project.path + "/sub/deeper", withIntermediateDirectories: true)
        let fromBelow = try PipelineBinary.run(["run", "gen"], in: project.path + "/sub/deeper")
        #expect(fromBelow.code == 0)
        #expect(project.exists("out/gen.txt"), "stages run in the project root")
        let elsewhere = try Project()
        #expect(try elsewhere.run("-C", project.path, "list").code == 0)
        try elsewhere.write("ci/other.json", #"{"version": 1, "stages": {"x": {"kind": "exec", "run": ["touch", "x.txt"]}}}"#)
        #expect(try elsewhere.run("-f", "ci/other.json", "build").code == 0)
        #expect(elsewhere.exists("ci/x.txt"), "-f without -C makes the file's directory the root")
        let none = try elsewhere.run("build")
        #expect(none.code == 2)
        #expect(none.stderr.contains("no pipeline.json in "))
    }
}

/// `--trace` and `--junit`: a missing folder is refused before anything runs, and a report that
/// cannot be written after a green run is said to be the only thing that failed.
@Suite struct ReportPathTests {
    @Test(arguments: [
        (["--trace", "missing/t.json", "build"], "error: --trace missing/t.json: folder "),
        (["--junit", "missing/deeper/j.xml", "ci"], "error: --junit missing/deeper/j.xml: folder "),
        (["--trace", ".", "build"], "error: --trace .: is a directory; name a file to write\n"),
    ])
    func aReportPathThatCannotWorkIsRefusedUpFront(arguments: [String], message: String) throws {
        let project = try Project(#"{"version": 1, "stages": {"s": {"kind": "exec", "run": ["touch", "ran.txt"]}}}"#)
        let result = try PipelineBinary.run(arguments, in: project.path)
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(!project.exists("ran.txt"), "nothing ran")
    }

    @Test func aReportLostAfterAGreenRunIsSaidToBeTheOnlyFailure() throws {
        // The stage removes the report folder, so the up-front check passes and the write fails.
        let project = try Project(#"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "rmdir reports && touch ran.txt"}}}"#)
        try FileManager.default.createDirectory(atPath: project.path + "/reports", withIntermediateDirectories: false)
        let result = try project.run("--trace", "reports/t.json", "build")
        #expect(project.exists("ran.txt"))
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("error: cannot write reports/t.json: "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\npipeline: the run itself succeeded; exit code 2 because a requested report is missing\n"))
    }
}
