import Basics

/// Possible misspelling: (name) may not be assigned. Did you mean (other)?
///
/// A reference to an unassigned name that is one letter or an underscore away from an assigned one.
struct SC2153: ShellRule {
    let code = "SC2153"
    let severity = Severity.info
    let summary = "Possible misspelling: (name) may not be assigned. Did you mean (other)?"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let flow = context.variables
        // Sorted once, with the lengths that rule most candidates out before any real comparison.
        let assigned = (Array(flow.assigned.keys) + Array(flow.initiallyAssigned)).sorted()
            .map { (name: $0, length: $0.utf8.count, bare: $0.utf8.count { $0 != UInt8(ascii: "_") }) }
        var reported = Set<String>()
        for site in context.index.expansions where site.expansion.isVariableName && site.role != .parameterArgument {
            let name = site.expansion.name
            if reported.contains(name) || flow.assigned[name] != nil || flow.initiallyAssigned.contains(name) { continue }
            if let operation = site.expansion.operation, operation.providesDefault { continue }
            // Lowercase names are SC2154's business; the shell's own variables are set.
            if name.contains(where: \.isLowercase) || Self.shellSet.contains(name)
                || SC2034.shellVariables.contains(name) || SC2128.shellArrays.contains(name) { continue }
            let length = name.utf8.count, bare = name.utf8.count { $0 != UInt8(ascii: "_") }
            // A case-only or one-edit difference keeps the length within one; an underscore-only
            // one keeps the length without underscores.
            guard let match = assigned.first(where: {
                (abs($0.length - length) <= 1 || $0.bare == bare) && Self.isLikelyMisspelling(name, of: $0.name)
            })?.name else { continue }
            reported.insert(name)
            report.add(site.span, "Possible misspelling: \(name) may not be assigned. Did you mean \(match)?")
        }
    }

    /// Variables the shell sets itself.
    static let shellSet: Set<String> = [
        "PWD", "OLDPWD", "UID", "EUID", "PPID", "HOSTNAME", "USER", "SHELL", "RANDOM", "LINENO", "SECONDS",
        "BASH_VERSION", "HOSTTYPE", "OSTYPE", "MACHTYPE", "SHLVL",
    ]

    /// One insertion, deletion or substitution apart, ignoring `_`-only differences, for names
    /// long enough that a one-letter difference means a typo.
    static func isLikelyMisspelling(_ name: String, of other: String) -> Bool {
        guard name != other, name.count >= 3, other.count >= 3 else { return false }
        // Case alone (`MY_VAR` for `My_Var`), underscores alone (`MYVAR` for `MY_VAR`); otherwise
        // one edit with case counting (ShellCheck does not take `$ARCHS` for the variable `arch`).
        if name.lowercased() == other.lowercased() { return true }
        if name.filter({ $0 != "_" }) == other.filter({ $0 != "_" }) { return true }
        let lhs = Array(name)
        let rhs = Array(other)
        guard abs(lhs.count - rhs.count) <= 1 else { return false }
        var previous = Array(0...rhs.count)
        for (row, left) in lhs.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: rhs.count)
            for (column, right) in rhs.enumerated() {
                current[column + 1] = Swift.min(previous[column] + (left == right ? 0 : 1), previous[column + 1] + 1, current[column] + 1)
            }
            previous = current
        }
        return previous[rhs.count] == 1 && lhs.count >= 4
    }
}
