import Basics

/// Use single quotes, otherwise this expands now rather than when signalled.
///
/// `trap "rm $tmp" EXIT` fixes the value of `$tmp` when the trap is set.
struct SC2064: ShellRule {
    let code = "SC2064"
    let severity = Severity.warning
    let summary = "Use single quotes, otherwise this expands now rather than when signalled."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "trap",
                  let action = simple.arguments.first, action.literalText != "-" else { continue }
            for part in action.parts {
                guard case .doubleQuoted(let inner, _) = part.kind else { continue }
                if let expansion = inner.first(where: Self.expands) {
                    report.add(expansion.span)
                    break
                }
            }
        }
    }

    static func expands(_ part: WordPart) -> Bool {
        switch part.kind {
        case .parameter, .commandSubstitution: true
        default: false
        }
    }
}
