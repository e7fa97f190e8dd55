extension DockerfileRule {
    /// `zypper clean` missing after zypper use.
    static let dl3036 = DockerfileRule(code: "DL3036", severity: .warning, message: "`zypper clean` missing after zypper use.") { context, report in
        for (item, facts) in context.runs {
            guard let install = RuleSupport.commands(facts, ["zypper"], ["install", "in"]).first else { continue }
            let cleaned = !RuleSupport.commands(facts, ["zypper"], ["clean", "cc"]).isEmpty
                || RuleSupport.hasCacheMount(item, target: "/var/cache/zypp")
            if !cleaned { report.add(item, at: install.span) }
        }
    }
}
