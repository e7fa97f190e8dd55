extension DockerfileRule {
    /// `COPY --from` should reference a previously defined `FROM` alias
    ///
    /// `--from=${ARG}` and tagged image references (`--from=nginx:1.27`) are not reported; an
    /// untagged name that is no stage (`--from=example/tools`) is, being either a typo for a stage
    /// or an unpinned image.
    static let dl3022 = DockerfileRule(
        code: "DL3022", severity: .warning, message: "`COPY --from` should reference a previously defined `FROM` alias"
    ) { context, report in
        for item in context.instructions where item.kind == .copy {
            guard let flag = item.instruction.flag("from"), let value = flag.value, !value.isEmpty else { continue }
            if value.contains("$") || value.contains(":") || value.contains("@") { continue }
            let earlier = context.stages.filter { $0.fromIndex < item.index }
            if let number = Int(value), number >= 0, number < earlier.count { continue }
            if context.aliases(before: item.index).contains(value.lowercased()) { continue }
            report.add(item, at: flag.span)
        }
    }
}
