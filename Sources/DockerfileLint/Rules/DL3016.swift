extension DockerfileRule {
    /// Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`
    static let dl3016 = DockerfileRule(
        code: "DL3016", severity: .warning,
        message: "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`"
    ) { context, report in
        let valued: Set = ["--prefix", "--registry", "--cache", "-C", "--tag", "-w", "--workspace"]
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["npm"], ["install", "i", "add", "isntall", "in", "ins", "inst", "insta", "instal"], valued: valued) {
                let unpinned = RuleSupport.packages(command, valued: valued).filter { !isPinnedNpmPackage($0.text) }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }

    static func isPinnedNpmPackage(_ text: String) -> Bool {
        // A git dependency is pinned by `#ref`; paths and tarballs name a fixed thing.
        if text.hasPrefix("git") || text.hasPrefix("github:") {
            return text.contains("#")
        }
        if text.hasPrefix(".") || text.hasPrefix("/") || text.hasPrefix("~") || text.contains("://")
            || text.hasSuffix(".tgz") || text.hasSuffix(".tar.gz") || text.contains("$") {
            return true
        }
        // `@scope/name@1.2`: the version follows the last `@` that is not the first character.
        let body = text.hasPrefix("@") ? String(text.dropFirst()) : text
        if text.hasPrefix("@"), !body.contains("/") { return false }
        return body.contains("@")
    }
}
