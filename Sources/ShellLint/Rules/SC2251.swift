import Basics

/// This ! is not on a condition and skips errexit. Use `&& exit 1` instead, or make sure $? is checked.
///
/// Under `set -e` a negated pipeline never stops the script, whatever its status; only where
/// that status is tested, or becomes the status of a function, subshell or the script, does the
/// `!` do anything.
struct SC2251: ShellRule {
    let code = "SC2251"
    let severity = Severity.info
    let summary = "This ! is not on a condition and skips errexit. Use `&& exit 1` instead, or make sure $? is checked."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.hasErrexit else { return }
        Self.visit(context.script.body, lastIsResult: true, &report)
        for substitution in context.index.substitutions {
            Self.visit(substitution.list, lastIsResult: true, &report)
        }
    }

    /// Reports negated pipelines that stand alone in `list`; the last one is exempt when its
    /// status is the status of the enclosing function, subshell or script.
    static func visit(_ list: CommandList, lastIsResult: Bool, _ report: inout RuleReport) {
        for (position, item) in list.items.enumerated() {
            let isResult = lastIsResult && position == list.items.count - 1
            if item.rest.isEmpty, !item.isBackground, item.first.isNegated, !isResult {
                report.add(SourceSpan(at: item.first.span.start))
            }
            for pipeline in item.pipelines {
                for command in pipeline.commands { visit(command, &report) }
            }
        }
    }

    static func visit(_ command: Command, _ report: inout RuleReport) {
        switch command.kind {
        case .subshell(let list):
            visit(list, lastIsResult: true, &report)
        case .group(let list):
            visit(list, lastIsResult: false, &report)
        case .ifClause(let clause):
            for branch in clause.branches { visit(branch.body, lastIsResult: false, &report) }
            if let elseBody = clause.elseBody { visit(elseBody, lastIsResult: false, &report) }
        case .forLoop(let loop):
            visit(loop.body, lastIsResult: false, &report)
        case .arithmeticFor(let loop):
            visit(loop.body, lastIsResult: false, &report)
        case .whileLoop(let loop):
            visit(loop.body, lastIsResult: false, &report)
        case .caseClause(let clause):
            for item in clause.items { visit(item.body, lastIsResult: false, &report) }
        case .function(let function):
            switch function.body.kind {
            case .group(let list), .subshell(let list): visit(list, lastIsResult: true, &report)
            default: visit(function.body, &report)
            }
        case .simple, .doubleBracket, .arithmetic:
            break
        }
    }
}
