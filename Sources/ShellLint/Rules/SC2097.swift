import Basics

/// This assignment is only seen by the forked process.
///
/// In `A=1 cmd $A` the shell expands `$A` before it assigns `A` for `cmd`, so `$A` is the old
/// value; SC2098 marks the expansion.
struct SC2097: ShellRule {
    let code = "SC2097"
    let severity = Severity.warning
    let summary = "This assignment is only seen by the forked process."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (assignment, _) in Self.prefixAssignmentsSeenTooEarly(context) {
            report.add(SourceSpan(at: assignment.span.start))
        }
    }

    /// Each `NAME=value` before a command, with the expansions of `NAME` in that same command
    /// (its words or the other assignments' values), which see the value from before.
    static func prefixAssignmentsSeenTooEarly(_ context: ShellLintContext) -> [(Assignment, [WordPart])] {
        var result: [(Assignment, [WordPart])] = []
        for (simple, _) in context.simpleCommands where !simple.words.isEmpty && !simple.assignments.isEmpty {
            for assignment in simple.assignments {
                // Its own value (`PATH=/x:$PATH cmd`) rightly reads the old value.
                var words = simple.words
                for other in simple.assignments where other.span != assignment.span {
                    if case .word(let value) = other.value { words.append(value) }
                }
                let uses = words.flatMap { SC2145.flatten($0.parts) }.filter { part in
                    if case .parameter(let expansion) = part.kind { return expansion.name == assignment.name }
                    return false
                }
                if !uses.isEmpty { result.append((assignment, uses)) }
            }
        }
        return result
    }
}
