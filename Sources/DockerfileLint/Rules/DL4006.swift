extension DockerfileRule {
    /// Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check
    ///
    /// Not reported when the script turns pipefail on itself (`set -o pipefail`, a bash heredoc
    /// that does so) or under a non-POSIX SHELL such as pwsh.
    static let dl4006 = DockerfileRule(
        code: "DL4006", severity: .warning,
        message: "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check"
    ) { context, report in
        for (item, facts) in context.runs where item.instruction.shell != nil {
            if item.shell.hasPipefail || item.shell.isNonPosix || facts.setsPipefail { continue }
            if let pipe = facts.commands.first(where: { $0.pipelineCount > 1 }) { report.add(item, at: pipe.span) }
        }
    }
}
