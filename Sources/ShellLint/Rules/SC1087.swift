import Basics

/// Use braces when expanding arrays, e.g. ${array[idx]} (or ${var}[.. to quiet).
///
/// `$arr[1]` is `$arr` followed by the text `[1]`, not the element.
struct SC1087: ShellRule {
    let code = "SC1087"
    let severity = Severity.error
    let summary = "Use braces when expanding arrays, e.g. ${array[idx]} (or ${var}[.. to quiet)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words { Self.scan(site.word.parts, &report) }
    }

    /// Looks at neighbours within one quoting level: `"$a""[x]"` is not the mistake.
    static func scan(_ parts: [WordPart], _ report: inout RuleReport) {
        for (position, part) in parts.enumerated() {
            switch part.kind {
            case .doubleQuoted(let inner, _):
                scan(inner, &report)
            case .parameter(let expansion) where !expansion.braced && expansion.isVariableName:
                if position + 1 < parts.count, case .literal(let text) = parts[position + 1].kind, text.hasPrefix("[") {
                    report.add(SourceSpan(at: part.span.start))
                }
            default:
                break
            }
        }
    }
}
