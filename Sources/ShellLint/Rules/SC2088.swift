import Basics

/// Tilde does not expand in quotes. Use $HOME.
///
/// `"~/x"` is a directory literally named `~`; write `~/"x"` or `"$HOME/x"`.
struct SC2088: ShellRule {
    let code = "SC2088"
    let severity = Severity.warning
    let summary = "Tilde does not expand in quotes. Use $HOME."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words {
            guard let first = site.word.parts.first else { continue }
            switch first.kind {
            case .singleQuoted(let text) where text.hasPrefix("~/"):
                report.add(SourceSpan(at: first.span.start))
            case .doubleQuoted(let inner, localized: false):
                if let head = inner.first, case .literal(let text) = head.kind, text.hasPrefix("~/") {
                    report.add(SourceSpan(at: head.span.start))
                }
            default:
                break
            }
        }
    }
}
