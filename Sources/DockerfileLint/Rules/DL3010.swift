extension DockerfileRule {
    /// Use `ADD` for extracting archives into an image
    ///
    /// COPY of an archive that a later RUN unpacks with tar: ADD does both in one layer.
    static let dl3010 = DockerfileRule(code: "DL3010", severity: .info, message: "Use `ADD` for extracting archives into an image") { context, report in
        var copied: [(name: String, item: LintedInstruction)] = []
        for item in context.instructions {
            if item.kind == .copy, item.instruction.flag("from") == nil {
                for word in item.instruction.words.dropLast() where RuleSupport.isArchive(word.value) {
                    let name = word.value.split(separator: "/").last.map(String.init) ?? word.value
                    copied.append((name, item))
                }
            }
            guard let facts = item.run else { continue }
            for command in facts.commands(named: "tar") where command.hasFlag("x", "extract", "get") {
                for (name, copy) in copied where command.args.contains(where: { $0.hasSuffix(name) }) {
                    report.add(copy)
                }
            }
        }
    }
}
