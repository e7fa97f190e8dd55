extension DockerfileRule {
    /// Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`
    ///
    /// Unpinned packages make rebuilds pick up whatever the mirror has that day.
    static let dl3008 = DockerfileRule(
        code: "DL3008", severity: .warning,
        message: "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["apt-get"], ["install"], valued: aptValuedOptions) {
                let unpinned = RuleSupport.packages(command, valued: aptValuedOptions).filter { word in
                    !(word.text.contains("=") || word.text.contains("/") || word.text.hasSuffix(".deb"))
                }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }

    /// apt-get options that take a separate value.
    static let aptValuedOptions: Set = ["-t", "--target-release", "-o", "--option", "-c", "--config-file"]
}
