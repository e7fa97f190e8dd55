extension DockerfileRule {
    /// Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`
    static let dl3028 = DockerfileRule(
        code: "DL3028", severity: .warning,
        message: "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`"
    ) { context, report in
        let valued: Set = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "--platform"]
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["gem"], ["install", "i"], valued: valued) {
                if command.hasFlag("v", "version") { continue }
                let unpinned = RuleSupport.packages(command, valued: valued).filter { !$0.text.contains(":") && !$0.text.contains("$") }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }
}
