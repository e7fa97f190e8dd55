extension SupervisorRule {
    /// Malformed `%(name)s` expansion: supervisord refuses to start
    ///
    /// supervisord formats every value with Python's `%` operator: a lone `%` must be `%%`, and
    /// `%(name)` needs a known name and a conversion (`%(ENV_HOME)s`, `%(process_num)02d`).
    static let pl2003 = SupervisorRule(
        code: "PL2003", severity: .error,
        message: "Malformed `%(name)s` expansion: supervisord refuses to start"
    ) { context, report in
        for (_, entry) in context.entries {
            for expansion in entry.expansions {
                guard let problem = expansion.problem else { continue }
                report.add(entry, at: entry.span(ofScalars: expansion.range),
                           message: "Malformed expansion in `\(entry.key)`: \(problem)")
            }
        }
    }
}
