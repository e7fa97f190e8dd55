import Basics

/// In POSIX sh, string replacement is undefined.
///
/// `${x/a/b}` is a bash extension.
struct SC3060: ShellRule {
    let code = "SC3060"
    let severity = Severity.warning
    let summary = "In POSIX sh, string replacement is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        let operations: Set<ParameterOperation> = [.replaceFirst, .replaceAll, .replacePrefix, .replaceSuffix]
        for site in context.index.expansions {
            if let operation = site.expansion.operation, operations.contains(operation) { report.add(site.span) }
        }
    }
}
