extension DockerfileRule {
    /// `yum clean all` missing after yum command.
    static let dl3032 = DockerfileRule(code: "DL3032", severity: .warning, message: "`yum clean all` missing after yum command.") { context, report in
        for (item, facts) in context.runs {
            guard let install = RuleSupport.commands(facts, ["yum"], ["install", "groupinstall", "localinstall"]).first else { continue }
            let cleaned = RuleSupport.commands(facts, ["yum"], ["clean"]).contains { $0.hasArg("all") }
                || RuleSupport.removes(facts, "/var/cache/yum") || RuleSupport.hasCacheMount(item, target: "/var/cache/yum")
            if !cleaned { report.add(item, at: install.span) }
        }
    }
}
