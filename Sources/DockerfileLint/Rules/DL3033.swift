extension DockerfileRule {
    /// Specify version with `yum install -y <package>-<version>`.
    static let dl3033 = DockerfileRule(
        code: "DL3033", severity: .warning, message: "Specify version with `yum install -y <package>-<version>`."
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["yum"], ["install", "groupinstall", "localinstall"]) {
                let unpinned = RuleSupport.packages(command, valued: rpmValuedOptions).filter { !isPinnedRPMPackage($0.text) }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }

    static let rpmValuedOptions: Set = ["--setopt", "--enablerepo", "--disablerepo", "--releasever", "--installroot",
                                        "-c", "--config", "-x", "--exclude", "--repo", "--repoid"]

    /// `name-1.2`, `name-1.2-3.el9`, a `.rpm` file, a module stream `name:1`, a version from a
    /// variable (`name-${VERSION}`). A glob (`name-1.2*`) matches several versions, and a package
    /// that is all variable (`$PKGS`) shows none: both are unpinned.
    static func isPinnedRPMPackage(_ text: String) -> Bool {
        if text.hasSuffix(".rpm") || text.contains("/") { return true }
        if text.hasPrefix("$") || text.contains("*") || text.contains("?") || text.contains("[") { return false }
        var previous: Character = " "
        for character in text {
            if (previous == "-" || previous == ":") && (character.isNumber || character == "$") { return true }
            previous = character
        }
        return false
    }
}
