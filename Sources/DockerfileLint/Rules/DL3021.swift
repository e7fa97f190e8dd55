extension DockerfileRule {
    /// COPY with more than 2 arguments requires the last argument to end with /
    static let dl3021 = DockerfileRule(
        code: "DL3021", severity: .error, message: "COPY with more than 2 arguments requires the last argument to end with /"
    ) { context, report in
        for item in context.instructions where item.kind == .copy && item.instruction.heredocs.isEmpty {
            let words = item.instruction.words
            guard words.count > 2, let last = words.last, !last.value.hasSuffix("/") else { continue }
            report.add(item, at: last.span)
        }
    }
}
