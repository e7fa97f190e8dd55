extension DockerfileRule {
    /// Specify version with `dnf install -y <package>-<version>`
    static let dl3041 = DockerfileRule(
        code: "DL3041", severity: .warning, message: "Specify version with `dnf install -y <package>-<version>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["dnf", "microdnf"], ["install", "groupinstall", "localinstall"]) {
                let unpinned = RuleSupport.packages(command, valued: rpmValuedOptions).filter { !isPinnedRPMPackage($0.text) }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }
}
