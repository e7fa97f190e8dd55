extension DockerfileRule {
    /// Delete the apt lists (/var/lib/apt/lists) after installing something
    ///
    /// Only stages that end up in an image are reported; a cache mount on the lists is fine too.
    static let dl3009 = DockerfileRule(
        code: "DL3009", severity: .info,
        message: "Delete the apt lists (/var/lib/apt/lists) after installing something"
    ) { context, report in
        for (item, facts) in context.runs {
            guard item.stage >= 0, context.stages[item.stage].isImage else { continue }
            let updates = RuleSupport.commands(facts, ["apt-get", "apt"], ["update"])
            guard let update = updates.first else { continue }
            if RuleSupport.removes(facts, "/var/lib/apt/lists") { continue }
            // A cache mount on /var/lib/apt or its lists keeps them out of the layer.
            if RuleSupport.hasCacheMount(item, target: "/var/lib/apt") { continue }
            report.add(item, at: update.span)
        }
    }
}
