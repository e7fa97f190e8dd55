import Basics

/// Command appears to be unreachable. Check usage (or ignore if invoked indirectly).
///
/// Nothing after an unconditional `exit` or `return` in the same block runs.
struct SC2317: ShellRule {
    let code = "SC2317"
    let severity = Severity.info
    let summary = "Command appears to be unreachable. Check usage (or ignore if invoked indirectly)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for list in context.allLists {
            guard let stop = list.items.firstIndex(where: Self.alwaysLeaves), stop + 1 < list.items.count else { continue }
            let rest = CommandList(items: Array(list.items[(stop + 1)...]), span: list.span)
            var walker = SyntaxWalker()
            walker.walk(rest, checked: false)
            // A function defined there is unreachable as a definition; its body is another matter.
            for site in walker.index.commands where !site.isInFunction {
                if case .group = site.command.kind { continue }
                report.add(SourceSpan(at: site.command.span.start))
            }
        }
    }

    /// `exit` / `return` on their own (not backgrounded, not part of `&&` / `||` or a pipe).
    static func alwaysLeaves(_ item: AndOrList) -> Bool {
        guard !item.isBackground, let simple = item.loneSimpleCommand, let name = simple.name else { return false }
        return name == "exit" || name == "return"
    }
}
