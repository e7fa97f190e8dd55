extension DockerfileRule {
    /// Do not copy an entire filesystem from another stage
    static let dl3067 = DockerfileRule(
        code: "DL3067", severity: .warning, message: "Do not copy an entire filesystem from another stage"
    ) { context, report in
        for item in context.instructions where item.kind == .copy && item.instruction.flag("from") != nil {
            let words = item.instruction.words
            guard let target = words.last, target.value == "/" else { continue }
            if words.dropLast().contains(where: { $0.value == "/" }) { report.add(item) }
        }
    }
}
