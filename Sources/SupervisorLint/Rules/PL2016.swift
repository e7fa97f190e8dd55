extension SupervisorRule {
    /// Value must be a boolean: `true` or `false`
    ///
    /// supervisord also reads yes/no, on/off and 1/0, in any case; those are accepted.
    static let pl2016 = SupervisorRule(
        code: "PL2016", severity: .error,
        message: "Value must be a boolean: `true` or `false`"
    ) { context, report in
        for (_, entry) in context.entries where SectionSchema.booleanKeys.contains(entry.key) && !ValueSyntax.isExpanded(entry) {
            if ValueSyntax.boolean(entry.value) == nil {
                report.add(entry, message: "`\(entry.key)` must be `true` or `false`, not `\(entry.value)`")
            }
        }
    }
}
