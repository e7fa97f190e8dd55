import Basics

/// Remove space after = if trying to assign a value (for empty string, use var='' ... ).
///
/// `x= value cmd` sets `x` to the empty string for `value`, run as a command; it is
/// usually a stray space. Emptying a variable for one command (`NAME= cmd`) trips it too, as
/// in ShellCheck (except `IFS= read`, the common idiom); `NAME='' cmd` says the same without doubt.
/// Declaration builtins count too: `local a= b`.
struct SC1007: ShellRule {
    let code = "SC1007"
    let severity = Severity.warning
    let summary = "Remove space after = if trying to assign a value (for empty string, use var='' ... )."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands {
            for (position, assignment) in simple.assignments.enumerated() where assignment.name != "IFS" {
                if Self.isBareEmpty(assignment), position + 1 < simple.assignments.count || !simple.words.isEmpty {
                    report.add(SourceSpan(at: assignment.span.end))
                }
            }
            // Declarations sit among the arguments; one followed by any other word is caught.
            for declaration in simple.declarations where Self.isBareEmpty(declaration) {
                let followed = simple.declarations.contains { $0.span.start > declaration.span.end }
                    || simple.words.contains { $0.span.start > declaration.span.end }
                if followed { report.add(SourceSpan(at: declaration.span.end)) }
            }
        }
    }

    /// `name=` with nothing after the `=`.
    static func isBareEmpty(_ assignment: Assignment) -> Bool {
        guard case .word(let value) = assignment.value, !assignment.isAppend else { return false }
        return value.parts.isEmpty
    }
}
