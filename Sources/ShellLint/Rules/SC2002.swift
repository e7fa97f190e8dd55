import Basics

/// Useless cat. Consider 'cmd < file | ..' or 'cmd file | ..' instead.
///
/// Reading one file through `cat` into a pipe costs a process for nothing.
struct SC2002: ShellRule {
    let code = "SC2002"
    let severity = Severity.style
    let summary = "Useless cat. Consider 'cmd < file | ..' or 'cmd file | ..' instead."
    /// Off by default since ShellCheck 0.10.
    let optionalName: String? = "useless-use-of-cat"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (first, _) in context.pipedPairs {
            guard let cat = first.simple, cat.name == "cat", cat.arguments.count == 1, first.redirections.isEmpty,
                  let file = cat.arguments.first, file.literalText?.hasPrefix("-") != true else { continue }
            report.add(file.span)
        }
    }
}
