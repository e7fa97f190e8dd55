extension SupervisorRule {
    /// Size must be a number of bytes with an optional KB, MB or GB suffix
    static let pl2015 = SupervisorRule(
        code: "PL2015", severity: .error,
        message: "Size must be a number of bytes with an optional KB, MB or GB suffix"
    ) { context, report in
        for (_, entry) in context.entries where SectionSchema.isByteSizeKey(entry.key) && !ValueSyntax.isExpanded(entry) {
            if ValueSyntax.byteSize(entry.value) == nil {
                report.add(entry, message: "`\(entry.key)` must be a size such as `0`, `1024` or `50MB`, not `\(entry.value)`")
            }
        }
    }
}
