import Basics

/// Expanding an array without an index only gives the first element.
///
/// After `arr=(a b)`, `$arr` is `a`; use `"${arr[@]}"` for all of them.
struct SC2128: ShellRule {
    let code = "SC2128"
    let severity = Severity.warning
    let summary = "Expanding an array without an index only gives the first element."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let checks = SC2154.testedNames(context)
        for site in context.index.expansions {
            let expansion = site.expansion
            // Only the bare `$arr` / `${arr}`: ShellCheck leaves `${arr%…}`, `${arr:-…}` and the like alone.
            guard expansion.isVariableName, expansion.index == nil, !expansion.isIndirect,
                  !expansion.isLength, expansion.operation == nil else { continue }
            if context.values.arrays[expansion.name] != nil {
                guard context.values.isArray(expansion.name, at: site.span.start) else { continue }
                // Testing it (`[ -z "$arr" ]`) is the idiom for "has a first element"; ShellCheck
                // is silent there and after.
                if let tested = checks[expansion.name], tested <= site.span.start { continue }
            } else if !Self.shellArrays.contains(expansion.name) || context.variables.assigned[expansion.name] != nil {
                continue
            }
            report.add(site.span)
        }
    }

    /// Arrays the shell itself sets.
    static let shellArrays: Set<String> = [
        "BASH_SOURCE", "FUNCNAME", "PIPESTATUS", "BASH_LINENO", "BASH_REMATCH", "BASH_VERSINFO", "GROUPS",
        "DIRSTACK", "BASH_ARGV", "BASH_ARGC", "COMP_WORDS",
    ]
}
