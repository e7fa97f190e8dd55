extension DockerfileRule {
    /// Use COPY instead of ADD for files and folders
    ///
    /// ADD's URL fetching and archive unpacking surprise readers; COPY does only what it says.
    static let dl3020 = DockerfileRule(code: "DL3020", severity: .error, message: "Use COPY instead of ADD for files and folders") { context, report in
        for item in context.instructions where item.kind == .add {
            guard item.instruction.heredocs.isEmpty else { continue }
            let sources = item.instruction.words.dropLast()
            if sources.contains(where: { !RuleSupport.isURL($0.value) && !RuleSupport.isArchive($0.value) }) {
                report.add(item)
            }
        }
    }
}
