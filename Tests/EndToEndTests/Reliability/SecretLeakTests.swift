import Foundation
import Testing

/// A secret's value never leaves the process: not in failure reasons, traces, JUnit reports,
/// logs or the terminal, whether it spans lines or a forced line cut.
@Suite struct SecretLeakTests {
    static let token = "S3cr3tVALUEzz9"

    /// Everything the run wrote that a user or CI could see.
    func visible(_ project: Project, _ result: PipelineBinary.Result) -> [String: String] {
        var texts = ["stdout": result.stdout, "stderr": result.stderr]
        for file in ["t.json", "j.xml", ".pipeline/logs/s.log", ".pipeline/logs/i.log"] {
            if let text = project.read(file) { texts[file] = text }
        }
        return texts
    }

    @Test func aFailureReasonHoldingASecretIsRedactedEverywhere() throws {
        let project = try Project(#"{"version":1,"default":"s","secrets":["TOKEN"],"stages":{"s":{"kind":"exec","outputs":["out-${TOKEN}.txt"],"sh":"true"}}}"#)
        let result = try project.run("--trace", "t.json", "--junit", "j.xml", "build", environment: ["TOKEN": Self.token])
        #expect(result.code == 1)
        #expect(result.stderr.contains("did not produce the declared output 'out-***.txt'"), "\(result.stderr)")
        let texts = visible(project, result)
        #expect(texts["t.json"]?.contains("out-***.txt") == true && texts["j.xml"]?.contains("out-***.txt") == true)
        for (name, text) in texts { #expect(!text.contains(Self.token), "\(name) holds the secret") }
    }

    @Test func aLoadErrorHoldingASecretIsRedacted() throws {
        let project = try Project(#"{"version":1,"default":"i","secrets":["TOKEN"],"stages":{"i":{"kind":"docker-build","context":".","image":"rt/${TOKEN}:dev"}}}"#)
        let result = try project.run("build", environment: ["TOKEN": Self.token])
        #expect(result.code == 2)
        #expect(result.stderr.contains("stages.i.image: 'rt/***:dev' is not a valid Docker image name"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.token))
    }

    @Test func aMultiLineSecretIsRedactedLineByLine() throws {
        let key = "-----BEGIN KEY-----\nMIIEowIBAAKCAQEAzQx7\n-----END KEY-----"
        let project = try Project(#"{"version":1,"default":"s","secrets":["MULTI"],"stages":{"s":{"kind":"exec","env":{"M":"${MULTI}"},"sh":"printf '%s\\n' \"$M\"; printf 'indented: %s\\n' \"$M\"; exit 3"}}}"#)
        let result = try project.run("--trace", "t.json", "--junit", "j.xml", "build", environment: ["MULTI": key])
        #expect(result.code == 1)
        for (name, text) in visible(project, result) { #expect(!text.contains("MIIEowIBAAKCAQEAzQx7"), "\(name) holds a line of the key") }
        #expect(project.read(".pipeline/logs/s.log")?.contains("indented: ***") == true)
    }

    @Test func aSecretStraddlingTheForcedLineCutIsRedacted() throws {
        // 65,535 x's, the first six characters of the token, a pause, then the rest: the tool
        // cuts lines at 64 KiB and must not print the two halves.
        let script = #"XS=$(head -c 65535 /dev/zero | tr '\\0' x); printf '%s%s' \"$XS\" \"$(printf %s \"$TOK\" | head -c 6)\"; sleep 0.3; printf '%s\\n' \"$(printf %s \"$TOK\" | tail -c +7)\""#
        let project = try Project(#"{"version":1,"default":"s","secrets":["TOKEN"],"stages":{"s":{"kind":"exec","env":{"TOK":"${TOKEN}"},"sh":"\#(script)"}}}"#)
        let result = try project.run("build", environment: ["TOKEN": Self.token])
        #expect(result.code == 0, "\(result.stderr)")
        let log = project.read(".pipeline/logs/s.log") ?? ""
        #expect(log.contains("x***"), "the token is masked whole")
        for (name, text) in visible(project, result) {
            #expect(!text.contains("S3cr3t") && !text.contains("VALUEzz9"), "\(name) holds half of the secret")
        }
    }

    @Test(arguments: ["args", "labels"])
    func aSecretInBuildArgsOrLabelsIsRefusedAtLoad(_ key: String) throws {
        let project = try Project(#"{"version":1,"default":"i","secrets":["TOKEN"],"stages":{"i":{"kind":"docker-build","context":".","image":"rt/x:dev","\#(key)":{"X":"a-${TOKEN}"}}}}"#)
        let result = try project.run("build", environment: ["TOKEN": Self.token])
        #expect(result.code == 2)
        #expect(result.stderr.contains("stages.i.\(key).X: uses secret 'TOKEN'"), "\(result.stderr)")
        #expect(result.stderr.contains(#""secrets": ["TOKEN"]"#))
        #expect(!result.stderr.contains(Self.token))
    }
}
