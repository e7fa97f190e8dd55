import Basics

/// Expressions don't expand in single quotes, use double quotes for that.
///
/// `'$HOME'` is the five characters `$HOME`. Commands that take code in single quotes on
/// purpose (awk, perl, sh -c, trap, jq …) are skipped.
struct SC2016: ShellRule {
    let code = "SC2016"
    let severity = Severity.info
    let summary = "Expressions don't expand in single quotes, use double quotes for that."

    static let exemptCommands: Set<String> = [
        "trap", "sh", "bash", "ksh", "zsh", "dash", "ash", "ssh", "eval", "xprop", "alias", "sudo", "doas",
        "docker", "podman", "oc", "kubectl", "dpkg-query", "jq", "yq", "rename", "rg", "unset", "git", "su",
        "busybox", "env", "expect", "python", "python3", "ruby", "php", "node", "perl", "runuser", "flock",
    ]
    static let exemptAssignments: Set<String> = ["PS1", "PS2", "PS3", "PS4", "PROMPT_COMMAND"]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (part, site) in context.index.singleQuoted {
            guard case .singleQuoted(let text) = part.kind, Self.looksLikeExpansion(text) else { continue }
            if let name = site.command?.name, Self.isExempt(name) { continue }
            if Self.isFindExecOfExempt(site) { continue }
            if site.command?.name == "sed", Self.isSedAddress(text) { continue }
            if let name = site.assignmentName, Self.exemptAssignments.contains(name) { continue }
            report.add(part.span)
        }
    }

    static func isExempt(_ command: String) -> Bool {
        let base = command.split(separator: "/").last.map(String.init) ?? command
        return exemptCommands.contains(base) || base.hasSuffix("awk") || base.hasPrefix("perl")
            || base.hasPrefix("python")
    }

    /// `find … -exec awk '…' {} +`: the quoted text is code for the command `find` runs.
    static func isFindExecOfExempt(_ site: WordSite) -> Bool {
        guard let command = site.command, command.name == "find", site.wordIndex > 0 else { return false }
        let before = command.words[..<min(site.wordIndex, command.words.count)]
        guard let exec = before.lastIndex(where: { ["-exec", "-execdir", "-ok", "-okdir"].contains($0.literalText ?? "") }),
              exec + 1 < site.wordIndex, let executed = command.words[exec + 1].literalText else { return false }
        return isExempt(executed)
    }

    /// `$name`, `${`, `$(`, `$1` or a backtick pair.
    static func looksLikeExpansion(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            if scalar == "$", position + 1 < scalars.count {
                let next = scalars[position + 1]
                if next.isNameCharacter || next == "{" || next == "(" { return true }
            }
            if scalar == "`", scalars[(position + 1)...].contains("`") { return true }
        }
        return false
    }

    /// `sed '$d'`, `sed -e '$a\'`: `$` is sed's last-line address, followed by a command letter.
    static func isSedAddress(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where scalar == "$" && position + 1 < scalars.count {
            let next = scalars[position + 1]
            guard next.isNameCharacter || next == "{" || next == "(" else { continue }
            let after = position + 2 < scalars.count ? scalars[position + 2] : " "
            if !("adipqcgGhHlnNrwxy=".unicodeScalars.contains(next) && !after.isNameCharacter) { return false }
        }
        return true
    }
}
