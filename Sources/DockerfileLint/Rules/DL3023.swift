extension DockerfileRule {
    /// `COPY --from` cannot reference its own `FROM` alias
    static let dl3023 = DockerfileRule(code: "DL3023", severity: .error, message: "`COPY --from` cannot reference its own `FROM` alias") { context, report in
        for item in context.instructions where item.kind == .copy && item.stage >= 0 {
            guard let flag = item.instruction.flag("from"), let value = flag.value else { continue }
            if let alias = context.stages[item.stage].from.alias, alias.lowercased() == value.lowercased() {
                report.add(item, at: flag.span)
            }
        }
    }
}
