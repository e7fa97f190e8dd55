import Basics

/// Invalid flags are not handled. Add a *) case.
///
/// getopts sets the variable to `?` for unknown options; an unhandled `?` is silently ignored.
struct SC2220: ShellRule {
    let code = "SC2220"
    let severity = Severity.warning
    let summary = "Invalid flags are not handled. Add a *) case."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard case .whileLoop(let loop) = site.command.kind, !loop.isUntil,
                  let simple = loop.condition.items.last?.first.commands.last?.simple, simple.name == "getopts",
                  simple.arguments.count >= 2, let variable = simple.arguments[1].literalText else { continue }
            for item in loop.body.items {
                for command in item.first.commands {
                    guard case .caseClause(let clause) = command.kind,
                          clause.subject.canonicalText == "${\(variable)}" else { continue }
                    let handlesInvalid = clause.items.contains { arm in
                        arm.patterns.contains { pattern in
                            let text = pattern.literalText ?? ""
                            return text == "*" || text == "?" || pattern.unquotedLiteralText == "?" || text == "\\?"
                        }
                    }
                    if !handlesInvalid { report.add(SourceSpan(at: command.span.start)) }
                }
            }
        }
    }
}
