extension DockerfileRule {
    /// Avoid additional packages by specifying `--no-install-recommends`
    static let dl3015 = DockerfileRule(
        code: "DL3015", severity: .info, message: "Avoid additional packages by specifying `--no-install-recommends`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["apt-get"], ["install"], valued: aptValuedOptions) {
                if command.hasFlag("no-install-recommends") { continue }
                if command.args.contains(where: { $0.contains("APT::Install-Recommends=false") || $0.contains("APT::Install-Recommends=0") }) {
                    continue
                }
                report.add(item, at: command.span)
            }
        }
    }
}
