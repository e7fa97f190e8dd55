extension DockerfileRule {
    /// Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages
    static let dl3019 = DockerfileRule(
        code: "DL3019", severity: .info,
        message: "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages"
    ) { context, report in
        for (item, facts) in context.runs {
            if RuleSupport.hasCacheMount(item, target: "/var/cache/apk") { continue }
            for command in RuleSupport.commands(facts, ["apk"], ["add"], valued: apkValuedOptions)
            where !command.hasFlag("no-cache") {
                report.add(item, at: command.span)
            }
        }
    }
}
