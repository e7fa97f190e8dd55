import Basics

/// Argument mixes string and array. Use * or separate argument.
///
/// `"foo $@"` makes the first element part of `foo …` and the others separate words.
struct SC2145: ShellRule {
    let code = "SC2145"
    let severity = Severity.error
    let summary = "Argument mixes string and array. Use * or separate argument."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role == .argument {
            let flat = Self.flatten(site.word.parts)
            guard flat.count > 1 else { continue }
            for part in flat {
                if case .parameter(let expansion) = part.kind, expansion.isArrayAll {
                    report.add(part.span)
                    break
                }
            }
        }
    }

    /// The word's pieces with double quotes opened up; empty literals are dropped.
    static func flatten(_ parts: [WordPart]) -> [WordPart] {
        parts.flatMap { part -> [WordPart] in
            switch part.kind {
            case .doubleQuoted(let inner, _): flatten(inner)
            case .literal(let text) where text.isEmpty: []
            default: [part]
            }
        }
    }
}
