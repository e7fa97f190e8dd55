import Foundation
import FoundationXML
import Testing

/// `pipeline ci` as each CI system runs it: the log format, annotations, summaries and reports,
/// each checked against the rules of its format, with a secret in play.
@Suite struct CITests {
    static let secret = "Sekr3tValue"

    /// A lint stage with a finding in a file whose name needs escaping, a failing stage whose
    /// reason holds a secret, and a passing one.
    func project() throws -> Project {
        let project = try Project(#"""
        {"version": 1, "default": "all", "secrets": ["TOKEN"], "stages": {
          "lint": {"kind": "lint", "inputs": ["scripts/**"], "failureThreshold": "error"},
          "fails": {"kind": "exec", "outputs": ["out-${TOKEN}.txt"], "sh": "echo '100% done'"},
          "passes": {"kind": "exec", "sh": "echo fine"}
        }, "targets": {"all": ["lint", "fails", "passes"]}}
        """#)
        try project.write("scripts/a,b:c.sh", "#!/bin/sh\necho $1\n")
        return project
    }

    func environment(_ extra: [String: String]) -> [String: String] {
        ["TOKEN": Self.secret].merging(extra) { _, new in new }
    }

    @Test func gitHubActionsGetsGroupsAnnotationsAndASummary() throws {
        let project = try project()
        try project.write("summary.md", "earlier step\n")
        let result = try project.run("ci", "-k", environment: environment(["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": project.path + "/summary.md"]))
        #expect(result.code == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let opened = lines.filter { $0.hasPrefix("::group::") }.count
        #expect(opened == 3 && lines.filter { $0 == "::endgroup::" }.count == opened, "\(result.stdout)")
        // Properties escape `:` and `,`; the message escapes `%`.
        #expect(lines.contains("::notice file=scripts/a%2Cb%3Ac.sh,line=2,col=6,title=SC2086::Double quote to prevent globbing and word splitting."),
                "\(result.stdout)")
        #expect(lines.contains("::error title=stage fails failed::the command succeeded but did not produce the declared output 'out-***.txt'"))
        #expect(result.stdout.contains("100% done"), "group content is the raw log")
        let summary = project.read("summary.md") ?? ""
        #expect(summary.hasPrefix("earlier step\n"), "appended, not overwritten")
        #expect(summary.contains("| stage | status | time | why |\n|---|---|---|---|\n"))
        #expect(summary.contains("| fails | failed | "))
        #expect(summary.contains("| passes | ran | "))
        for text in [result.stdout, result.stderr, summary, project.read(".pipeline/reports/junit.xml") ?? ""] {
            #expect(!text.contains(Self.secret))
        }
    }

    @Test func gitLabGetsSectionsAndCodeQuality() throws {
        let project = try project()
        let result = try project.run("ci", "-k", environment: environment(["GITLAB_CI": "true"]))
        #expect(result.code == 1)
        let starts = result.stdout.components(separatedBy: "\u{1B}[0Ksection_start:").count - 1
        let ends = result.stdout.components(separatedBy: "\u{1B}[0Ksection_end:").count - 1
        #expect(starts == 3 && ends == 3, "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains(":pipeline_fails[collapsed=true]\r\u{1B}[0Kfails: failed after "))
        let data = try #require(project.read(".pipeline/reports/gl-code-quality.json")).data(using: .utf8) ?? Data()
        let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(issues.count == 1)
        for issue in issues {
            for key in ["description", "check_name", "fingerprint", "severity", "location"] { #expect(issue[key] != nil, "\(key)") }
            let location = issue["location"] as? [String: Any]
            #expect(location?["path"] as? String == "scripts/a,b:c.sh")
            #expect((location?["lines"] as? [String: Any])?["begin"] as? Int == 2)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
        }
    }

    @Test func elsewhereItIsPlainLinesAndTheReportsFollowTheirFormats() throws {
        let project = try project()
        let result = try project.run("ci", "-k", environment: environment([:]))
        #expect(result.code == 1)
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("::group::"))
        #expect(result.stdout.contains("[passes] fine\n"))

        // JUnit: one testsuite, one testcase per stage, counts that match.
        let junit = try #require(project.read(".pipeline/reports/junit.xml"))
        let document = try XMLDocument(xmlString: junit)
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "3")
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase").compactMap { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue }
        #expect(cases.sorted() == ["fails", "lint", "passes"])
        #expect(try document.nodes(forXPath: "//testcase[@name='fails']/failure").count == 1)
        #expect(!junit.contains(Self.secret))

        // SARIF 2.1.0: version, runs with a tool driver name, results with ruleId, message text and a location.
        let sarifData = try #require(project.read(".pipeline/reports/lint.sarif")).data(using: .utf8) ?? Data()
        let sarif = try #require(try JSONSerialization.jsonObject(with: sarifData) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        #expect(((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["name"] != nil)
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["ruleId"] as? String == "SC2086")
        #expect((results.first?["message"] as? [String: Any])?["text"] != nil)
        let uri = (((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri != nil)
    }

    @Test func aCachedLintStageStillLeavesItsReports() throws {
        let project = try project()
        #expect(try project.run("ci", "lint").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/.pipeline/out")
        try FileManager.default.removeItem(atPath: project.path + "/.pipeline/reports")
        let again = try project.run("ci", "lint")
        #expect(again.code == 0)
        #expect(again.stdout.contains("[lint] cached"), "\(again.stdout)")
        #expect(project.read(".pipeline/reports/lint.sarif")?.contains("SC2086") == true)
        #expect(project.read(".pipeline/reports/junit.xml") != nil)
    }

    @Test func junitGoesWhereTheOptionSays() throws {
        let project = try project()
        #expect(try project.run("ci", "--junit", "j.xml", "passes").code == 0)
        #expect(project.read("j.xml")?.contains("<testcase classname=\"exec\" name=\"passes\"") == true)
        #expect(!project.exists(".pipeline/reports/junit.xml"))
    }
}
