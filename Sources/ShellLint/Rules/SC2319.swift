import Basics

/// This $? refers to a condition, not a command. Assign to a variable to avoid it being overwritten.
///
/// In `[ $? -gt 0 ] && exit $?` the second `$?` is the status of the test, not of the command.
struct SC2319: ShellRule {
    let code = "SC2319"
    let severity = Severity.warning
    let summary = "This $? refers to a condition, not a command. Assign to a variable to avoid it being overwritten."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for list in context.index.andOrLists {
            let pipelines = list.pipelines
            for position in pipelines.indices.dropFirst() {
                guard let previous = pipelines[position - 1].commands.last, Self.isTest(previous) else { continue }
                Self.reportStatusReads(in: pipelines[position].commands, &report)
            }
        }
        // `if [ $? -eq 0 ]; then …; elif [ $? -eq 1 ]`: the second `$?` is the first test's.
        for site in context.index.commands {
            guard case .ifClause(let clause) = site.command.kind else { continue }
            for position in clause.branches.indices.dropFirst() {
                guard let previous = clause.branches[position - 1].condition.items.last?.pipelines.last?.commands.last,
                      Self.isTest(previous),
                      let first = clause.branches[position].condition.items.first?.first else { continue }
                Self.reportStatusReads(in: first.commands, &report)
            }
        }
    }

    static func reportStatusReads(in commands: [Command], _ report: inout RuleReport) {
        var walker = SyntaxWalker()
        for command in commands {
            walker.walk(command, site: CommandSite(
                command: command, isStatusChecked: false, followedBy: nil, isInFunction: false,
                isInPipeline: false, isInSubstitution: false, pipelineIndex: 0, pipelineCount: 1))
        }
        for site in walker.index.expansions where site.expansion.name == "?" {
            report.add(site.span)
        }
    }

    static func isTest(_ command: Command) -> Bool {
        if case .doubleBracket = command.kind { return true }
        guard let name = command.simple?.name else { return false }
        return name == "[" || name == "test"
    }
}
