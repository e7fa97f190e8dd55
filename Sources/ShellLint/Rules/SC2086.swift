import Basics

/// Double quote to prevent globbing and word splitting.
///
/// An unquoted `$var` in a command's words is split on blanks and each piece is glob-expanded.
/// Variables only ever assigned plain constants or numbers are left alone, as ShellCheck does.
struct SC2086: ShellRule {
    let code = "SC2086"
    let severity = Severity.info
    let summary = "Double quote to prevent globbing and word splitting."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where Self.isSplitHere(site, context) && !SC2223.isDefaultAssignment(site) {
            for part in site.word.parts {
                guard case .parameter(let expansion) = part.kind else { continue }
                // `$@` and `${a[@]}` get SC2068 instead.
                if expansion.isArrayAll || context.values.isSafeUnquoted(expansion, at: part.span.start) { continue }
                // `${x:+--flag}` is the idiom for an optional argument; splitting is intended.
                if expansion.operation == .alternative || expansion.operation == .alternativeIfSet { continue }
                report.add(part.span)
            }
        }
    }

    /// Split roles, minus loop lists (splitting is the point there) and command names that are
    /// one lone expansion (`$cmd args`, as ShellCheck; `handler_$1` is caught); plain sh also
    /// splits the values of `local x=$y` and `export x=$y`.
    static func isSplitHere(_ site: WordSite, _ context: ShellLintContext) -> Bool {
        switch site.role {
        case .argument, .redirectionTarget: true
        case .commandName: site.word.parts.count > 1
        case .declarationValue: context.isStrictSh
        default: false
        }
    }
}
