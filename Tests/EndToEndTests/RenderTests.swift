import Foundation
import Testing

@Suite struct RenderTests {
    func project(_ templates: String = #"["Dockerfile"]"#, extra: String = "") throws -> Project {
        let project = try Project(#"{"version": 1, "vars": {"UBUNTU": "24.04", "ONE_VERSION": "7.0"}, "secrets": ["TOKEN"], "stages": {"render": {"kind": "render", "from": "docker", "templates": \#(templates)}, "after": {"kind": "exec", "sh": "cat .pipeline/out/render/Dockerfile > seen.txt", "inputs": [".pipeline/out/render/**"], "outputs": ["seen.txt"], "needs": ["render"]}\#(extra)}}"#)
        try project.write("docker/Dockerfile", "FROM ubuntu:{{ UBUNTU }}\nARG ONE_VERSION={{ONE_VERSION}}\n# {{{{ stays }}\n")
        try project.write("docker/entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n")
        try project.write("docker/README.md", "no {{ placeholders }} rendered here\n")
        chmod(project.path + "/docker/entrypoint.sh", 0o755)
        return project
    }

    @Test func rendersTemplatesCopiesTheRestAndKeepsModes() throws {
        let project = try project()
        let result = try project.run("build")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(project.read(".pipeline/out/render/Dockerfile") == "FROM ubuntu:24.04\nARG ONE_VERSION=7.0\n# {{ stays }}\n")
        #expect(project.read(".pipeline/out/render/README.md") == "no {{ placeholders }} rendered here\n", "only templates are rendered")
        #expect(FileManager.default.isExecutableFile(atPath: project.path + "/.pipeline/out/render/entrypoint.sh"))
        #expect(!FileManager.default.isExecutableFile(atPath: project.path + "/.pipeline/out/render/Dockerfile"))
        #expect(try project.run("build").stdout.contains("2 cached in "))
        #expect(try project.run("--set", "ONE_VERSION=7.1", "build").stdout.contains("2 ran in "))
        #expect(project.read("seen.txt")?.contains("ONE_VERSION=7.1") == true)
    }

    @Test func aReRenderWithIdenticalOutputKeepsDownstreamCached() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        // README.md becomes a template: render runs again, but writes the same bytes.
        try project.write("pipeline.json", try #require(project.read("pipeline.json")).replacing(#"["Dockerfile"]"#, with: #"["Dockerfile", "entrypoint.sh"]"#))
        let result = try project.run("-v", "build")
        #expect(result.stdout.contains("render  ran"), "\(result.stdout)")
        #expect(result.stdout.contains("after   cached"), "early cutoff: \(result.stdout)")
    }

    @Test(arguments: [
        ("FROM ubuntu:{{ UBUNTUU }}\n", "docker/Dockerfile:1:13: unknown variable 'UBUNTUU' (did you mean 'UBUNTU'?)"),
        ("FROM x\nRUN echo {{ TOKEN }}\n", "docker/Dockerfile:2:10: 'TOKEN' is a secret; secrets may not be rendered into files"),
        ("FROM x {{ UBUNTU\n", "docker/Dockerfile:1:8: '{{' is not closed by '}}' on the same line"),
        ("FROM {{ 9x }}\n", "docker/Dockerfile:1:6: '{{ 9x }}' does not name a variable"),
    ])
    func badTemplatesFailWithFileLineAndColumn(text: String, message: String) throws {
        let project = try project()
        try project.write("docker/Dockerfile", text)
        let result = try project.run("build", environment: ["TOKEN": "s3cr3t"])
        #expect(result.code == 1)
        #expect(result.stderr.contains("stage 'render' failed: " + message), "\(result.stderr)")
        #expect(!result.stdout.contains("s3cr3t") && !result.stderr.contains("s3cr3t"))
        #expect(!project.exists("seen.txt"))
    }

    @Test func staleFilesDisappearFromTheOutput() throws {
        let project = try project()
        try project.write("docker/old.txt", "old\n")
        #expect(try project.run("build").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/docker/old.txt")
        #expect(try project.run("build").code == 0)
        #expect(!project.exists(".pipeline/out/render/old.txt"))
    }
}
