import Basics
import Testing
import TestSupport
@testable import Pipeline

/// What the schema cannot say: regexes that do not compile, names that cannot be file names,
/// env keys that are not names, secrets too short to hide or spliced into shell text, and
/// files that are too large or not UTF-8.
@Suite struct LoaderLimitsTests {
    @Test(arguments: [
        ("invalid stdout regex",
         #"{"version": 1, "stages": {"s": {"kind": "smoke", "image": "i", "checks": [{"exec": ["true"], "stdout": "([a-"}]}}}"#,
         ["pipeline.json:1:104: stages.s.checks[0].stdout: '([a-' is not a valid regular expression: expected ']'"]),
        ("invalid log regex",
         #"{"version": 1, "stages": {"s": {"kind": "smoke", "image": "i", "checks": [{"log": "ok"}, {"log": "(("}]}}}"#,
         ["pipeline.json:1:98: stages.s.checks[1].log: '((' is not a valid regular expression: expected ')'"]),
        ("invalid body regex",
         #"{"version": 1, "stages": {"s": {"kind": "smoke", "image": "i", "checks": [{"http": {"port": 80, "body": "a{2,1}"}}]}}}"#,
         ["pipeline.json:1:105: stages.s.checks[0].http.body: 'a{2,1}' is not a valid regular expression: range lower bound '2' must be less than or equal to upper bound '1'"]),
        ("regex invalid only once expanded",
         #"{"version": 1, "vars": {"P": "[z-a]"}, "stages": {"s": {"kind": "smoke", "image": "i", "checks": [{"log": "x${P}"}]}}}"#,
         ["pipeline.json:1:107: stages.s.checks[0].log: 'x[z-a]' is not a valid regular expression: character 'z' must compare less than or equal to 'a'"]),
        ("stage name too long for a file name",
         #"{"version": 1, "stages": {"\#(String(repeating: "a", count: 129))": {"kind": "exec", "sh": "true"}}}"#,
         ["pipeline.json:1:27: stages.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…: stage name of 129 characters; names become log file names and may have at most 128"]),
        ("env key with =",
         #"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "true", "env": {"A=B": "x"}}}}"#,
         ["pipeline.json:1:71: stages.s.env.A=B: 'A=B' is not a valid environment variable name: it contains '=', which separates the name from the value"]),
        ("empty env key",
         #"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "true", "env": {"": "x"}}}}"#,
         ["pipeline.json:1:71: stages.s.env: an empty environment variable name; give it a name"]),
        ("NUL in an env key and value",
         #"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "true", "env": {"A\u0000": "x\u0000"}}}}"#,
         [#"pipeline.json:1:71: stages.s.env.A\#u{0}: the environment variable name contains a NUL character (\u0000), which cannot be passed to a process"#,
          #"pipeline.json:1:82: stages.s.env.A\#u{0}: the value contains a NUL character (\u0000), which cannot be passed to a process"#]),
        ("build argument with =",
         #"{"version": 1, "stages": {"i": {"kind": "docker-build", "context": ".", "image": "i", "args": {"V=1": "2"}}}}"#,
         ["pipeline.json:1:96: stages.i.args.V=1: 'V=1' is not a valid build argument name: it contains '=', which separates the name from the value"]),
    ])
    func refusedAtLoadWithPosition(name: String, text: String, expected: [String]) {
        #expect(errors(text) == expected, "\(name)")
    }

    @Test func shortSecretValuesAreRefusedWithoutShowingThem() {
        let text = #"{"version": 1, "secrets": ["LONG", "SHORT"], "stages": {"s": {"kind": "exec", "run": ["x"], "env": {"A": "${SHORT}"}}}}"#
        let found = errors(text, environment: ["LONG": "long-enough", "SHORT": "ab"])
        #expect(found == ["pipeline.json:1:36: secrets[1]: secret 'SHORT' is set to a value shorter than 4 characters; it cannot be hidden in output without hiding unrelated text (each occurrence would become ***), so use a longer value or unset it"])
        #expect(!found.joined().contains("ab'"))
        #expect(errors(text, environment: ["LONG": "long-enough", "SHORT": "abcd"]).isEmpty)
        #expect(errors(text, environment: [:]).isEmpty, "an unset secret is the run's business, not the loader's")
    }

    @Test func aSecretInShellTextIsAWarningAndEnvIsNot() throws {
        let text = #"""
        {"version": 1, "secrets": ["TOKEN"], "vars": {"V": "x"}, "stages": {
          "bad": {"kind": "exec", "sh": "curl -H \"auth: ${TOKEN}\" ${V}"},
          "good": {"kind": "exec", "sh": "curl -H \"auth: $TOKEN\"", "env": {"TOKEN": "${TOKEN}"}},
          "argv": {"kind": "exec", "run": ["tool", "${TOKEN}"]}}}
        """#
        let definition = try load(text, environment: ["TOKEN": "long-secret"])
        #expect(definition.warnings.map(\.description) == [
            #"pipeline.json:2:33: stages.bad.sh: secret 'TOKEN' is spliced into the shell text, where its characters run as shell code; pass it in env instead ("env": {"TOKEN": "${TOKEN}"}) and write "$TOKEN" in the script"#,
        ])
        #expect(try load(#"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "echo ${PIPELINE_ROOT}"}}}"#).warnings.isEmpty)
    }

    @Test func fileLargerThanTheLimitIsRefused() {
        let bytes = [UInt8](repeating: 0x20, count: PipelineLoader.maximumFileSize + 1)
        #expect(throws: ConfigErrors.self) { try PipelineLoader.text(of: bytes, file: "/dev/zero") }
        do {
            _ = try PipelineLoader.text(of: bytes, file: "/dev/zero")
        } catch {
            #expect(error.description == "/dev/zero: larger than 16 MiB; this is not a pipeline.json (check -f)")
        }
        #expect((try? PipelineLoader.text(of: Array(bytes.dropLast()), file: "f"))?.utf8.count == PipelineLoader.maximumFileSize)
    }

    @Test(arguments: [
        ([0x7B, 0xFF], "1:2", "FF"),
        (Array("{\n  \"é\": \"".utf8) + [0xC0, 0x80], "2:9", "C0"),          // overlong NUL
        (Array("{\"a\":\n\"🙂".utf8) + [0xED, 0xA0, 0x80], "2:3", "ED"),      // a UTF-16 surrogate
        (Array("\"ab".utf8) + [0xE2, 0x82], "1:4", "E2"),                      // cut short at the end
        (Array("x".utf8) + [0xF4, 0x90, 0x80, 0x80], "1:2", "F4"),            // beyond U+10FFFF
    ] as [([UInt8], String, String)])
    func invalidUTF8IsReportedAtItsFirstBadByte(bytes: [UInt8], location: String, byte: String) {
        do {
            _ = try PipelineLoader.text(of: bytes, file: "pipeline.json")
            Issue.record("accepted")
        } catch {
            #expect(error.description == "pipeline.json:\(location): not valid UTF-8 text (byte 0x\(byte)); save the file as UTF-8")
        }
    }

    /// The position finder agrees with the standard library on what is valid.
    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var rng = SeededGenerator(state: 0x07F8)
        let pieces: [[UInt8]] = [[0x41], [0x0A], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x99, 0x82], [0x80], [0xC0], [0xED, 0xA0],
                                 [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5], [0xE0, 0x9F, 0x80], [0xFF]]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0..<8, using: &rng)).flatMap { _ in pieces.randomElement(using: &rng) ?? [] }
            let offset = UTF8Check.firstInvalidOffset(bytes)
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let offset { #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)") }
        }
    }
}
