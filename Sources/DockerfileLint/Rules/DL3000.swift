extension DockerfileRule {
    /// Use absolute WORKDIR
    ///
    /// A relative WORKDIR depends on the previous one, which is easy to lose track of.
    static let dl3000 = DockerfileRule(code: "DL3000", severity: .error, message: "Use absolute WORKDIR") { context, report in
        for item in context.instructions where item.kind == .workdir {
            guard let word = item.instruction.words.first else { continue }
            let path = word.value
            if path.hasPrefix("/") || path.hasPrefix("$") || isWindowsAbsolute(path) { continue }
            report.add(item, at: word.span)
        }
    }

    /// `C:\…` or `c:/…`.
    static func isWindowsAbsolute(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars)
        return scalars.count >= 2 && scalars[0].properties.isAlphabetic && scalars[1] == ":"
    }
}
