import Basics

extension SupervisorRule {
    /// Unknown key for its section: supervisord ignores it
    ///
    /// Keys are those supervisord 4.2 documents for the section's type; a misspelt key silently
    /// keeps the default. `[rpcinterface:x]` and `[ctlplugin:x]` pass any key to their factory.
    static let pl2002 = SupervisorRule(
        code: "PL2002", severity: .error,
        message: "Unknown key for its section: supervisord ignores it"
    ) { context, report in
        for section in context.config.sections {
            let kind = section.kind
            guard SectionSchema.plainKinds.contains(kind) || SectionSchema.namedKinds.contains(kind),
                  let known = SectionSchema.keys(for: kind) else { continue }
            for entry in section.entries where !known.contains(entry.key) {
                let hint = Suggestion.hint(for: entry.key, in: known.sorted())
                report.add(entry, at: entry.keySpan,
                           message: "Unknown key `\(entry.key)` in `[\(section.header)]`; supervisord ignores it\(hint)")
            }
        }
    }
}
