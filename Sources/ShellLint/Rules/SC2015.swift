import Basics

/// Note that A && B || C is not if-then-else. C may run when A is true.
///
/// When B fails, C runs too.
struct SC2015: ShellRule {
    let code = "SC2015"
    let severity = Severity.info
    let summary = "Note that A && B || C is not if-then-else. C may run when A is true."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // In a condition the whole list is tested, which is what the author meant.
        for (list, isCondition) in zip(context.index.andOrLists, context.index.andOrListIsCondition)
        where list.rest.count >= 2 && !isCondition {
            for position in 0..<(list.rest.count - 1)
            where list.rest[position].op == .and && list.rest[position + 1].op == .or
                && !Self.isHarmlessFallback(list.rest[position + 1].pipeline) {
                // A pipeline's span runs up to the operator after it.
                let before = position == 0 ? list.first : list.rest[position - 1].pipeline
                report.add(SourceSpan(at: before.span.end))
                break
            }
        }
    }

    /// `… || echo`, `… || exit`, `… || true`, `… || x=1`: a fallback that is fine even if it
    /// runs after B.
    static func isHarmlessFallback(_ pipeline: Pipeline) -> Bool {
        guard pipeline.commands.count == 1, let simple = pipeline.commands[0].simple else { return false }
        guard let name = simple.name else { return simple.words.isEmpty && !simple.assignments.isEmpty }
        return ["echo", "exit", "return", "printf", "true", ":"].contains(name)
    }
}
