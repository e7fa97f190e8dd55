import Basics

/// Quotes/backslashes will be treated literally. Use an array.
///
/// `args="--name 'a b'"` stores the quotes as text; they do not group words when `$args` is
/// expanded later (reported together with SC2090 at that expansion).
struct SC2089: ShellRule {
    let code = "SC2089"
    let severity = Severity.warning
    let summary = "Quotes/backslashes will be treated literally. Use an array."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let quoted = Self.quoteHoldingAssignments(context)
        for (name, location) in quoted where !Self.unquotedUses(of: name, context).isEmpty {
            report.add(SourceSpan(at: location))
        }
    }

    /// Names assigned a value whose text holds quotes or backslashes, with where that text starts.
    static func quoteHoldingAssignments(_ context: ShellLintContext) -> [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        for site in context.index.assignments {
            guard case .word(let word) = site.assignment.value, result[site.assignment.name] == nil,
                  let location = quoteLocation(in: word.parts, quoted: false) else { continue }
            result[site.assignment.name] = location
        }
        return result
    }

    /// Where a literal quote or backslash sits in the value, looking inside quotes.
    static func quoteLocation(in parts: [WordPart], quoted: Bool) -> SourceLocation? {
        for part in parts {
            switch part.kind {
            case .doubleQuoted(let inner, _):
                if let location = quoteLocation(in: inner, quoted: true) { return location }
            case .literal(let text) where quoted:
                if text.contains("'") || text.contains("\"") || text.contains("\\") { return part.span.start }
            case .singleQuoted(let text):
                if text.contains("\"") || text.contains("\\") { return part.span.start }
            case .escaped(let text):
                if text == "\"" || text == "'" || text == "\\" { return part.span.start }
            default:
                continue
            }
        }
        return nil
    }

    /// Unquoted expansions of `name` in split positions.
    static func unquotedUses(of name: String, _ context: ShellLintContext) -> [SourceSpan] {
        context.index.expansions.compactMap { site in
            guard !site.isQuoted, let role = site.role, role.isSplit, site.expansion.name == name,
                  site.expansion.index == nil, !site.expansion.isLength else { return nil }
            return site.span
        }
    }
}
