extension DockerfileRule {
    /// A secret passed as build ARG is used in RUN; use `RUN --mount=type=secret` instead
    ///
    /// Build args are recorded in the image history and cache keys; a secret mount is not.
    static let pl1003 = DockerfileRule(
        code: "PL1003", severity: .warning,
        message: "A secret passed as build ARG is used in RUN; use `RUN --mount=type=secret` instead"
    ) { context, report in
        var secretArgs: [Int: Set<String>] = [:]
        for item in context.instructions {
            if item.kind == .arg {
                for pair in item.instruction.pairs where isSecretName(pair.key) { secretArgs[item.stage, default: []].insert(pair.key) }
            }
            guard item.kind == .run, let source = item.instruction.shell else { continue }
            let used = Set(DockerVariables.references(in: source.text)).intersection(secretArgs[item.stage, default: []])
            if let name = used.sorted().first {
                report.add(item, message: "Build ARG `\(name)` looks like a secret and is used in RUN; use `RUN --mount=type=secret` instead")
            }
        }
    }

    /// ARG names that hold credentials.
    static func isSecretName(_ name: String) -> Bool {
        let upper = name.uppercased()
        let markers = ["TOKEN", "PASSWORD", "PASSWD", "SECRET", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY",
                       "CREDENTIAL", "AUTH"]
        return markers.contains { upper.containsBytes($0) } || upper.hasSuffix("_KEY") || upper == "KEY"
    }
}
