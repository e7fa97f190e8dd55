import Basics

/// This loop will only ever run once. Bad quoting or missing glob/expansion?
///
/// A `for` over one constant word is usually a quoting mistake.
struct SC2043: ShellRule {
    let code = "SC2043"
    let severity = Severity.warning
    let summary = "This loop will only ever run once. Bad quoting or missing glob/expansion?"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard case .forLoop(let loop) = site.command.kind, let items = loop.items, items.count == 1,
                  let text = items[0].literalText, !items[0].unquotedLiteralText.contains(where: { "*?[{".contains($0) }),
                  !text.isEmpty else { continue }
            report.add(items[0].span)
        }
    }
}
