extension DockerfileRule {
    /// `dnf clean all` missing after dnf command.
    static let dl3040 = DockerfileRule(code: "DL3040", severity: .warning, message: "`dnf clean all` missing after dnf command.") { context, report in
        for (item, facts) in context.runs {
            guard let install = RuleSupport.commands(facts, ["dnf", "microdnf"], ["install", "groupinstall", "localinstall"]).first else {
                continue
            }
            let cleaned = RuleSupport.commands(facts, ["dnf", "microdnf"], ["clean"]).contains { $0.hasArg("all") }
                || RuleSupport.removes(facts, "/var/cache/dnf") || RuleSupport.removes(facts, "/var/cache/yum")
                || RuleSupport.hasCacheMount(item, target: "/var/cache/dnf")
            if !cleaned { report.add(item, at: install.span) }
        }
    }
}
