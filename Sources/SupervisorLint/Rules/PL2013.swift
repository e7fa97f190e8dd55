extension SupervisorRule {
    /// `autorestart` must be `true`, `false` or `unexpected`
    static let pl2013 = SupervisorRule(
        code: "PL2013", severity: .error,
        message: "`autorestart` must be `true`, `false` or `unexpected`"
    ) { context, report in
        for (section, entry) in context.entries
        where entry.key == "autorestart" && SectionSchema.processKinds.contains(section.kind) {
            if ValueSyntax.isExpanded(entry) { continue }
            if entry.value.lowercased() != "unexpected", ValueSyntax.boolean(entry.value) == nil { report.add(entry) }
        }
    }
}
