extension DockerfileRule {
    /// `useradd` without flag `-l` and high UID will result in excessively large Image.
    ///
    /// The lastlog file grows sparse to the UID's size and some tools copy it whole.
    static let dl3046 = DockerfileRule(
        code: "DL3046", severity: .warning,
        message: "`useradd` without flag `-l` and high UID will result in excessively large Image."
    ) { context, report in
        for (item, facts) in context.runs {
            for command in facts.commands(named: "useradd") where !command.hasFlag("l", "no-log-init") {
                let args = command.args
                var uid: String?
                for (index, arg) in args.enumerated() {
                    if arg == "-u" || arg == "--uid", index + 1 < args.count { uid = args[index + 1] }
                    if arg.hasPrefix("--uid=") { uid = String(arg.dropFirst(6)) }
                    if arg.hasPrefix("-u"), arg.count > 2, !arg.hasPrefix("--") { uid = String(arg.dropFirst(2)) }
                }
                if let uid, uid.count > 5, uid.allSatisfy(\.isNumber) { report.add(item, at: command.span) }
            }
        }
    }
}
