import Basics

/// In POSIX sh, brace expansion is undefined.
///
/// `{a,b}` and `{1..3}` stay literal in sh.
struct SC3009: ShellRule {
    let code = "SC3009"
    let severity = Severity.warning
    let summary = "In POSIX sh, brace expansion is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.words where site.role.isSplit {
            for part in site.word.parts {
                guard case .literal(let text) = part.kind, let offset = Self.braceExpansionOffset(text) else { continue }
                let start = part.span.start
                report.add(SourceSpan(at: SourceLocation(line: start.line, column: start.column + offset)))
            }
        }
    }

    /// Where `{a,b}` or `{x..y}` starts in unquoted text, in scalars.
    static func braceExpansionOffset(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        for (open, scalar) in scalars.enumerated() where scalar == "{" {
            var depth = 0
            var hasSeparator = false
            // Brace expansions are short; a bounded look keeps odd input linear.
            for index in (open + 1)..<min(scalars.count, open + 256) {
                let inner = scalars[index]
                if inner == "{" { depth += 1 }
                if inner == "}" {
                    if depth == 0 {
                        if hasSeparator, index > open + 1 { return open }
                        break
                    }
                    depth -= 1
                }
                if depth == 0, inner == "," { hasSeparator = true }
                if depth == 0, inner == ".", index + 1 < scalars.count, scalars[index + 1] == "." { hasSeparator = true }
            }
        }
        return nil
    }
}
