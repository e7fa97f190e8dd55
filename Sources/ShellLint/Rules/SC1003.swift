import Basics

/// Want to escape a single quote? echo 'This is how it'\''s done'.
///
/// A backslash does not escape anything inside single quotes, so `'it\'s'` ends the string at
/// the second quote; a string ending in a backslash usually means that was attempted.
struct SC1003: ShellRule {
    let code = "SC1003"
    let severity = Severity.info
    let summary = "Want to escape a single quote? echo 'This is how it'\\''s done'."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (part, _) in context.index.singleQuoted {
            guard case .singleQuoted(let text) = part.kind, text.hasSuffix("\\") else { continue }
            // The backslash stands just before the closing quote.
            let end = part.span.end
            report.add(SourceSpan(at: SourceLocation(line: end.line, column: max(1, end.column - 2))))
        }
    }
}
