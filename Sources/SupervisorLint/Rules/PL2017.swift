extension SupervisorRule {
    /// `stopsignal` is not a known signal
    ///
    /// A name such as `TERM`, `QUIT` or `SIGINT` (any case) or a signal number.
    static let pl2017 = SupervisorRule(
        code: "PL2017", severity: .error,
        message: "`stopsignal` is not a known signal"
    ) { context, report in
        for (section, entry) in context.entries
        where entry.key == "stopsignal" && SectionSchema.processKinds.contains(section.kind) && !ValueSyntax.isExpanded(entry) {
            var name = entry.value.uppercased()
            if let number = Int(name), (1...64).contains(number) { continue }
            if name.hasPrefix("SIG") { name.removeFirst(3) }
            if !ValueSyntax.signalNames.contains(name) {
                report.add(entry, message: "`stopsignal=\(entry.value)` is not a known signal (TERM, INT, QUIT, HUP, KILL, USR1, …)")
            }
        }
    }
}
