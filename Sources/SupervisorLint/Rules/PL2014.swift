extension SupervisorRule {
    /// Value must be an integer
    ///
    /// `priority`, `startsecs`, `startretries`, `stopwaitsecs`, `numprocs`, the `*_backups` and the
    /// other counts; `exitcodes` is a comma-separated list of them.
    static let pl2014 = SupervisorRule(
        code: "PL2014", severity: .error,
        message: "Value must be an integer"
    ) { context, report in
        for (_, entry) in context.entries where !ValueSyntax.isExpanded(entry) {
            if SectionSchema.integerKeys.contains(entry.key), ValueSyntax.integer(entry.value) == nil {
                report.add(entry, message: "`\(entry.key)` must be an integer, not `\(entry.value)`")
            } else if entry.key == "exitcodes",
                      entry.value.split(separator: ",", omittingEmptySubsequences: false)
                          .contains(where: { ValueSyntax.integer($0.trimmedBlanks()) == nil }) {
                report.add(entry, message: "`exitcodes` must be a comma-separated list of integers, not `\(entry.value)`")
            }
        }
    }
}
