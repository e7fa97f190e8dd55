import Basics
import Testing
import TestSupport
@testable import DockerfileLint

/// Lints a snippet whose markers (1️⃣ 2️⃣ …) stand where findings with `code` must start; a
/// snippet without markers must produce none.
func expectRule(_ code: String, _ marked: String, config: DockerfileLintConfig = DockerfileLintConfig(),
                scripts: [String: String] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    let findings = DockerfileLinter.lint(source: text.text, file: "Dockerfile", config: config, scripts: scripts)
    let parseErrors = findings.filter { $0.code == "DL1000" }
    #expect(parseErrors.isEmpty || code == "DL1000", "snippet does not parse: \(parseErrors)", sourceLocation: sourceLocation)
    let mismatch = text.mismatch(findings.filter { $0.code == code })
    #expect(mismatch == nil, "\(code): \(mismatch ?? "")", sourceLocation: sourceLocation)
}

/// The codes found in `source`.
func codes(in source: String, config: DockerfileLintConfig = DockerfileLintConfig()) -> [String] {
    DockerfileLinter.lint(source: source, file: "Dockerfile", config: config).map(\.code)
}
