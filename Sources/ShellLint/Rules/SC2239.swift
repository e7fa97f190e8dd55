import Basics

/// Ensure the shebang uses an absolute path to the interpreter.
///
/// The kernel does not search `PATH` for the interpreter of `#!bash`; it must be a full path
/// such as `/bin/bash` or `/usr/bin/env bash`.
struct SC2239: ShellRule {
    let code = "SC2239"
    let severity = Severity.error
    let summary = "Ensure the shebang uses an absolute path to the interpreter."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard let shebang = context.script.shebang else { return }
        let interpreter = shebang.dropFirst(2).trimmingShellWhitespace
        guard !interpreter.isEmpty, !interpreter.hasPrefix("/") else { return }
        report.add(SourceSpan(at: SourceLocation(line: 1, column: 1)))
    }
}
