extension DockerfileRule {
    /// Use only an allowed registry in the FROM image
    ///
    /// Active when `trustedRegistries` is set; `*.example.com` matches any subdomain.
    static let dl3026 = DockerfileRule(code: "DL3026", severity: .error, message: "Use only an allowed registry in the FROM image") { context, report in
        let trusted = context.config.trustedRegistries
        guard !trusted.isEmpty else { return }
        for item in context.instructions where item.kind == .from && !item.isTriggered {
            guard let from = item.instruction.from else { continue }
            if from.image.isScratch || context.aliases(before: item.index).contains(from.image.text.lowercased()) { continue }
            let image = RuleSupport.expandedImage(from, context) ?? from.image
            let registry = image.registry ?? "docker.io"
            let allowed = trusted.contains { pattern in
                if pattern == "*" { return true }
                if pattern.hasPrefix("*.") { return registry.hasSuffix(String(pattern.dropFirst())) }
                if pattern == "docker.io" || pattern == "hub.docker.com" {
                    return registry == "docker.io" || registry == "index.docker.io" || registry == "registry-1.docker.io"
                }
                return pattern == registry
            }
            if !allowed { report.add(item, at: from.imageSpan) }
        }
    }
}
