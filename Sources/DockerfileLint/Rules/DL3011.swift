extension DockerfileRule {
    /// Valid UNIX ports range from 0 to 65535
    static let dl3011 = DockerfileRule(code: "DL3011", severity: .error, message: "Valid UNIX ports range from 0 to 65535") { context, report in
        for item in context.instructions where item.kind == .expose {
            for word in item.instruction.words where !word.value.contains("$") {
                let ports = word.value.split(separator: "/").first.map(String.init) ?? word.value
                for part in ports.split(separator: "-") {
                    if let port = Int(part), port > 65535 { report.add(item, at: word.span) }
                }
            }
        }
    }
}
