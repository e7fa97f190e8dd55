extension DockerfileRule {
    /// Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`
    ///
    /// A package given by a variable (`apk add $PKGS`) counts as unpinned, as in DL3008: the
    /// list is not visible here, and a pinned one would carry `=`.
    static let dl3018 = DockerfileRule(
        code: "DL3018", severity: .warning,
        message: "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["apk"], ["add"], valued: apkValuedOptions) {
                let unpinned = RuleSupport.packages(command, valued: apkValuedOptions).filter { word in
                    !(word.text.contains("=") || word.text.contains("~") || word.text.hasSuffix(".apk"))
                }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }

    /// apk options that take a separate value.
    static let apkValuedOptions: Set = ["-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch",
                                        "--cache-dir", "--keys-dir", "--repositories-file"]
}
