extension DockerfileRule {
    /// Non-numeric user-id may not be resolvable by host system
    static let dl3066 = DockerfileRule(
        code: "DL3066", severity: .info, message: "Non-numeric user-id may not be resolvable by host system"
    ) { context, report in
        for item in context.instructions where item.kind == .user {
            guard let word = item.instruction.words.first else { continue }
            let user = word.value.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if !user.allSatisfy(\.isNumber) { report.add(item, at: word.span) }
        }
    }
}
