extension DockerfileRule {
    /// Specify version with `zypper install -y <package>=<version>`.
    static let dl3037 = DockerfileRule(
        code: "DL3037", severity: .warning, message: "Specify version with `zypper install -y <package>=<version>`."
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["zypper"], ["install", "in"]) {
                let unpinned = RuleSupport.packages(command, valued: ["-t", "--type", "-r", "--repo", "--from"]).filter { word in
                    !(word.text.contains("=") || word.text.contains(">") || word.text.contains("<")
                        || word.text.hasSuffix(".rpm") || word.text.contains("$"))
                }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }
}
