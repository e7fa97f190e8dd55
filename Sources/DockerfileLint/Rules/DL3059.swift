extension DockerfileRule {
    /// Multiple consecutive `RUN` instructions. Consider consolidation.
    ///
    /// RUNs with different flags (mounts, network) cannot be merged, and a RUN that already chains
    /// several commands was split on purpose: neither is reported.
    static let dl3059 = DockerfileRule(
        code: "DL3059", severity: .info, message: "Multiple consecutive `RUN` instructions. Consider consolidation."
    ) { context, report in
        var previous: LintedInstruction?
        for item in context.instructions where !item.isTriggered {
            defer { previous = item }
            guard item.kind == .run, let before = previous, before.kind == .run, before.stage == item.stage else { continue }
            let flags = { (run: LintedInstruction) in run.instruction.flags.map { "\($0.name)=\($0.value ?? "")" } }
            // A `[ … ]` test is a condition, not one more step of the RUN.
            let isSingle = { (run: LintedInstruction) in
                (run.run?.commands.filter { $0.name != "[" && $0.name != "test" }.count ?? 0) <= 1
            }
            if flags(before) == flags(item), isSingle(before), isSingle(item) { report.add(item) }
        }
    }
}
