import Basics

/// In POSIX sh, case modification is undefined.
///
/// `${x^^}` and `${x,,}` are bash extensions.
struct SC3059: ShellRule {
    let code = "SC3059"
    let severity = Severity.warning
    let summary = "In POSIX sh, case modification is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        let operations: Set<ParameterOperation> = [.upperFirst, .upperAll, .lowerFirst, .lowerAll]
        for site in context.index.expansions {
            if let operation = site.expansion.operation, operations.contains(operation) { report.add(site.span) }
        }
    }
}
