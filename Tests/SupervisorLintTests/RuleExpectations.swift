import Basics
import Testing
import TestSupport
@testable import SupervisorLint

/// Lints a snippet whose markers (1️⃣ 2️⃣ …) stand where findings with `code` must start; a
/// snippet without markers must produce none.
func expectRule(_ code: String, _ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    let findings = SupervisorLinter.lint(source: text.text, file: "supervisord.conf")
    let parseErrors = findings.filter { $0.code == SupervisorLinter.syntaxErrorCode }
    #expect(parseErrors.isEmpty || code == SupervisorLinter.syntaxErrorCode, "snippet does not parse: \(parseErrors)",
            sourceLocation: sourceLocation)
    let mismatch = text.mismatch(findings.filter { $0.code == code })
    #expect(mismatch == nil, "\(code): \(mismatch ?? "")", sourceLocation: sourceLocation)
}

/// The findings with `code` in `source`.
func findings(_ code: String, in source: String) -> [Finding] {
    SupervisorLinter.lint(source: source, file: "supervisord.conf").filter { $0.code == code }
}
