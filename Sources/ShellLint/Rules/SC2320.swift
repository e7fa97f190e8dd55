import Basics

/// This $? refers to echo/printf, not a previous command. Assign to variable to avoid it being overwritten.
///
/// After `echo`, `$?` is echo's status, not the status of the command before it.
struct SC2320: ShellRule {
    let code = "SC2320"
    let severity = Severity.warning
    let summary = "This $? refers to echo/printf, not a previous command. Assign to variable to avoid it being overwritten."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for list in context.allLists {
            for position in list.items.indices.dropFirst() {
                guard let previous = list.items[position - 1].loneSimpleCommand?.name,
                      previous == "echo" || previous == "printf" else { continue }
                // Only the first command to run reads echo's status: the item's first simple command,
                // or the first command of an `if`/`while` condition. After `||` it is another's.
                guard let first = Self.firstToRun(list.items[position]) else { continue }
                var walker = SyntaxWalker()
                walker.walk(first, site: CommandSite(
                    command: first, isStatusChecked: false, followedBy: nil, isInFunction: false,
                    isInPipeline: false, isInSubstitution: false, pipelineIndex: 0, pipelineCount: 1))
                if let status = walker.index.expansions.first(where: { $0.expansion.name == "?" }) {
                    report.add(status.span)
                }
            }
        }
    }

    static func firstToRun(_ item: AndOrList) -> Command? {
        guard let command = item.first.commands.first else { return nil }
        switch command.kind {
        case .simple:
            return command
        case .ifClause(let clause):
            return clause.branches.first?.condition.items.first.flatMap(firstToRun)
        case .whileLoop(let loop):
            return loop.condition.items.first.flatMap(firstToRun)
        default:
            return nil
        }
    }
}
