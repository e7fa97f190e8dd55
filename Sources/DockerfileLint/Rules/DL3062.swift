extension DockerfileRule {
    /// Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`
    ///
    /// `@latest` is no pin; a package given by a variable without `@` counts as unpinned.
    static let dl3062 = DockerfileRule(
        code: "DL3062", severity: .warning,
        message: "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["go"], ["install", "get", "run"]) {
                let unpinned = RuleSupport.packages(command, valued: ["-C", "-o", "-p", "-tags", "-ldflags", "-gcflags", "-mod"])
                    .filter { word in
                        !((word.text.contains("@") && !word.text.hasSuffix("@latest")) || word.text.hasPrefix(".")
                            || word.text.hasPrefix("/") || word.text.hasSuffix(".go"))
                    }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }
}
