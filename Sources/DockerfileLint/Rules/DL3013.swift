extension DockerfileRule {
    /// Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`
    static let dl3013 = DockerfileRule(
        code: "DL3013", severity: .warning,
        message: "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in pipInstalls(facts) {
                let unpinned = RuleSupport.packages(command.command, valued: pipValuedOptions)
                    .dropFirst(command.skip)
                    .filter { !isPinnedPipPackage($0.text) }
                if let first = unpinned.first { report.add(item, at: first.span) }
            }
        }
    }

    /// `pip install`, `pip3 install`, `python -m pip install` (skip: words before `install` to drop).
    static func pipInstalls(_ facts: RunFacts) -> [(command: RunCommand, skip: Int)] {
        var result: [(RunCommand, Int)] = []
        for command in facts.commands {
            let nonFlags = command.nonFlagArgs(droppingValuesOf: pipValuedOptions)
            if command.name.hasPrefix("pip"), command.name != "pipx", command.name != "pipenv",
               nonFlags.first == "install" {
                result.append((command, 0))
            } else if command.name.hasPrefix("python"), command.args.starts(with: ["-m", "pip"]),
                      nonFlags.first == "install" {
                // `python -m pip install x`: `pip` is the value of `-m`, so `install` comes first.
                result.append((command, 0))
            }
        }
        return result
    }

    static let pipValuedOptions: Set = [
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
        "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--upgrade-strategy", "--platform",
        "--python-version", "--implementation", "--abi", "--trusted-host", "--cache-dir", "--log", "--proxy",
        "--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--no-binary", "--only-binary",
        "--progress-bar", "-m",
    ]

    static func isPinnedPipPackage(_ text: String) -> Bool {
        if text.contains("==") || text.contains(">=") || text.contains("<=") || text.contains("~=")
            || text.contains("!=") || text.contains("<") || text.contains(">") || text.contains("@") {
            return true
        }
        // A VCS URL is pinned only by `@ref`; local paths, archives and wheels pin themselves.
        if text.hasPrefix("git+") || text.hasPrefix("hg+") || text.hasPrefix("svn+") || text.hasPrefix("bzr+") {
            return text.split(separator: "/").dropFirst(3).contains { $0.contains("@") }
        }
        return text.hasPrefix(".") || text.hasPrefix("/") || text.contains("://") || text.hasSuffix(".whl")
            || text.hasSuffix(".tar.gz") || text.hasSuffix(".zip") || text.contains("$")
    }
}
