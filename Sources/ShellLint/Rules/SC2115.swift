import Basics

/// Use "${var:?}" to ensure this never expands to / .
///
/// `rm -rf "$dir/"*` deletes from the root when `dir` is empty or unset.
struct SC2115: ShellRule {
    let code = "SC2115"
    let severity = Severity.warning
    let summary = "Use \"${var:?}\" to ensure this never expands to / ."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "rm" else { continue }
            let flags = simple.arguments.compactMap(\.literalText).filter { $0.hasPrefix("-") && !$0.hasPrefix("--") }
            let recursive = flags.contains { $0.contains("r") || $0.contains("R") }
                || simple.arguments.contains { $0.literalText == "--recursive" }
            guard recursive else { continue }
            for argument in simple.arguments {
                let flat = SC2145.flatten(argument.parts)
                guard let first = flat.first, case .parameter(let expansion) = first.kind,
                      Self.isUnguarded(expansion),
                      !expansion.isLength, flat.count > 1 else { continue }
                let rest = flat.dropFirst().map { $0.constantText ?? "" }.joined()
                guard Self.importantPaths.contains(rest) else { continue }
                report.add(argument.span, "Use \"${var:?}\" to ensure this never expands to \(rest) .")
            }
        }
    }

    /// What an empty variable turns into something dangerous: `/`, `/*`, `/usr`, `/etc/*` …
    static let importantPaths: Set<String> = {
        let roots = ["", "/bin", "/etc", "/home", "/mnt", "/usr", "/usr/share", "/usr/local", "/var", "/lib",
                     "/dev", "/media", "/boot", "/lib64", "/usr/bin"]
        var paths = Set<String>()
        for root in roots {
            for suffix in ["", "/", "/*", "/*/*"] where !(root + suffix).isEmpty {
                paths.insert(root + suffix)
            }
        }
        return paths
    }()

    /// Without `:?`, `:-` and friends the expansion may be empty.
    static func isUnguarded(_ expansion: ParameterExpansion) -> Bool {
        guard let operation = expansion.operation else { return true }
        return !operation.providesDefault || operation == .alternative || operation == .alternativeIfSet
    }
}
