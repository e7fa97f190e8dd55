import Foundation
import Testing
@testable import DockerfileLint

/// `.github/workflows/ci.yml`, read with the checkers' YAML subset reader: it runs the commands
/// the README documents, in order, and releases only on tags.
@Suite struct WorkflowTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func mapping(_ node: YAMLNode?) -> [(String, YAMLNode)] {
        if case .mapping(let members)? = node?.value { return members }
        return []
    }

    func member(_ node: YAMLNode?, _ key: String) -> YAMLNode? { mapping(node).first { $0.0 == key }?.1 }

    func scalar(_ node: YAMLNode?) -> String? {
        if case .scalar(let text)? = node?.value { return text }
        return nil
    }

    func steps(_ job: YAMLNode?) -> [YAMLNode] {
        if case .list(let items)? = member(job, "steps")?.value { return items }
        return []
    }

    @Test func theWorkflowRunsWhatTheReadmeDocuments() throws {
        let text = try String(contentsOfFile: Self.repository + "/.github/workflows/ci.yml", encoding: .utf8)
        let workflow = try TinyYAML.parse(text)
        let jobs = member(workflow, "jobs")
        let build = member(jobs, "build")
        let runs = steps(build).compactMap { scalar(member($0, "run")) }
        #expect(runs == ["swift build", "swift test", "swift run pipeline ci"])
        let uses = steps(build).compactMap { scalar(member($0, "uses")) }
        #expect(uses.contains("github/codeql-action/upload-sarif@v3"))
        let sarif = steps(build).first { scalar(member($0, "uses")) == "github/codeql-action/upload-sarif@v3" }
        #expect(scalar(member(member(sarif, "with"), "sarif_file")) == ".pipeline/reports/lint.sarif")

        let release = member(jobs, "release")
        #expect(scalar(member(release, "if")) == "startsWith(github.ref, 'refs/tags/v')")
        #expect(steps(release).compactMap { scalar(member($0, "run")) } == ["swift run pipeline ci release"])
        #expect(steps(release).contains { scalar(member($0, "uses"))?.hasPrefix("docker/login-action@") == true })

        let readme = try String(contentsOfFile: Self.repository + "/README.md", encoding: .utf8)
        for command in runs + ["swift run pipeline ci release"] {
            #expect(readme.contains(command), "README documents \(command)")
        }
        #expect(readme.contains("swift run pipeline build") && readme.contains("swift test"), "the two set-up commands")
        // The SARIF the workflow uploads is the lint stage of this repository's pipeline.json.
        let pipeline = try String(contentsOfFile: Self.repository + "/pipeline.json", encoding: .utf8)
        #expect(pipeline.contains(#""lint": {"#) && pipeline.contains(#""kind": "lint""#))
    }
}
