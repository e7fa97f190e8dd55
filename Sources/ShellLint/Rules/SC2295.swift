import Basics

/// Expansions inside ${..} need to be quoted separately, otherwise they match as patterns.
///
/// In `${path#$prefix}` the value of `prefix` is a pattern: `*`, `?` and `[` in it match
/// rather than stand for themselves. `${path#"$prefix"}` removes the literal text.
struct SC2295: ShellRule {
    let code = "SC2295"
    let severity = Severity.info
    let summary = "Expansions inside ${..} need to be quoted separately, otherwise they match as patterns."

    static let trimming: Set<ParameterOperation> = [
        .removeSmallestPrefix, .removeLargestPrefix, .removeSmallestSuffix, .removeLargestSuffix,
    ]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.expansions {
            guard let operation = site.expansion.operation, Self.trimming.contains(operation),
                  let pattern = site.expansion.argument else { continue }
            for part in pattern.parts {
                switch part.kind {
                case .parameter, .commandSubstitution: report.add(part.span)
                default: break
                }
            }
        }
    }
}
