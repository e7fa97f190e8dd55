import Basics

/// Small facts several rules share (package managers, mounts, paths).
enum RuleSupport {
    /// Whether a RUN has `--mount=type=cache` (any key order) with a target under `path`.
    static func hasCacheMount(_ item: LintedInstruction, target path: String) -> Bool {
        item.instruction.flags.contains { flag in
            guard flag.name == "mount" else { return false }
            let options = flag.options
            guard options["type"] == "cache" else { return false }
            let target = options["target"] ?? options["dst"] ?? options["destination"] ?? ""
            return target.trimmingTrailingSlash.hasPrefix(path.trimmingTrailingSlash)
        }
    }

    /// `rm -rf <path…>` (any flag spelling with r and f) naming a path that starts with `prefix`.
    static func removes(_ facts: RunFacts, _ prefix: String) -> Bool {
        facts.commands(named: "rm").contains { command in
            command.hasFlag("r", "R", "recursive") && command.nonFlagArgs.contains { $0.hasPrefix(prefix) }
        }
    }

    /// Package-manager subcommands: `apt-get install`, `apk add` …
    static func commands(_ facts: RunFacts, _ names: [String], _ subcommands: [String],
                         valued: Set<String> = []) -> [RunCommand] {
        facts.commands.filter { command in
            guard names.contains(command.name) else { return false }
            return command.nonFlagArgs(droppingValuesOf: valued).first.map(subcommands.contains) ?? false
        }
    }

    /// The package arguments after the subcommand.
    static func packages(_ command: RunCommand, valued: Set<String>) -> [RunWord] {
        var result: [RunWord] = []
        var skipNext = false
        var sawSubcommand = false
        for word in command.arguments {
            if skipNext { skipNext = false; continue }
            if word.text.hasPrefix("-") {
                if valued.contains(word.text) { skipNext = true }
                continue
            }
            if !sawSubcommand { sawSubcommand = true; continue }
            result.append(word)
        }
        return result
    }

    /// The image reference with global ARG defaults substituted; nil when a value is unknown.
    static func expandedImage(_ from: FromClause, _ context: LintContext) -> FromImage? {
        guard from.image.hasVariable else { return from.image }
        return DockerVariables.expand(from.image.text) { context.globalArgs[$0] }.map(FromImage.init)
    }

    /// Whether `text` names a remote file (`http://`, `https://`, `git@`).
    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("git@")
            || lower.hasPrefix("git://")
    }

    static let archiveSuffixes = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz",
                                  ".tar.lz", ".tlz", ".tar.lzma", ".tar.Z", ".tZ", ".tar.zst", ".tzst",
                                  ".gz", ".bz2", ".xz", ".lz", ".lzma", ".Z", ".zst", ".zip"]

    /// Whether `text` names an archive ADD would unpack.
    static func isArchive(_ text: String) -> Bool {
        let trimmed = text.trimmingTrailingSlash
        return archiveSuffixes.contains { trimmed.hasSuffix($0) }
    }
}

extension String {
    var trimmingTrailingSlash: String {
        var text = self
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

extension StringProtocol {
    /// Substring search on UTF-8 bytes; the generic `contains(_:)` from string processing was a
    /// sixth of the run time on large files.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}
