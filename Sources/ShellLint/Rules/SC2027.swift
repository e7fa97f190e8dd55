import Basics

/// The surrounding quotes actually unquote this. Remove or escape them.
///
/// In `"a"$b"c"` the expansion sits between two quoted strings, outside both.
struct SC2027: ShellRule {
    let code = "SC2027"
    let severity = Severity.warning
    let summary = "The surrounding quotes actually unquote this. Remove or escape them."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words {
            let parts = site.word.parts
            guard parts.count >= 3 else { continue }
            for position in 1..<(parts.count - 1) {
                guard case .doubleQuoted = parts[position - 1].kind,
                      case .doubleQuoted = parts[position + 1].kind else { continue }
                switch parts[position].kind {
                case .parameter, .commandSubstitution:
                    report.add(parts[position].span)
                default:
                    continue
                }
            }
        }
    }
}
