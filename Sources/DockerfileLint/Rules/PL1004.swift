import ShellLint

extension DockerfileRule {
    /// The ENTRYPOINT script does not end by `exec`-ing its arguments
    ///
    /// Without `exec "$@"` the script's shell stays PID 1: the container's command does not get
    /// SIGTERM and stops only when Docker kills it. Runs only when the caller passes the script.
    static let pl1004 = DockerfileRule(
        code: "PL1004", severity: .warning, message: "The ENTRYPOINT script does not end by `exec`-ing its arguments"
    ) { context, report in
        guard !context.scripts.isEmpty else { return }
        for item in context.instructions where item.kind == .entrypoint && !item.isTriggered {
            guard let path = (item.instruction.exec?.first ?? item.instruction.words.first)?.value,
                  let text = entrypointText(path, context) else { continue }
            if !endsWithExec(text) { report.add(item) }
        }
    }

    /// The script's text: by its path, by the COPY that put it there, or by file name.
    static func entrypointText(_ path: String, _ context: LintContext) -> String? {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        if let text = context.scripts[path] ?? context.scripts[trimmed] { return text }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for item in context.instructions where item.kind == .copy || item.kind == .add {
            let words = item.instruction.words
            guard let target = words.last?.value, words.count >= 2 else { continue }
            let lands = target == path || (target.hasSuffix("/") && target + name == path)
            guard lands else { continue }
            for source in words.dropLast() {
                if let text = context.scripts[source.value] ?? context.scripts[source.value.trimmingPrefix("./")] { return text }
            }
        }
        let byName = context.scripts.filter { $0.key.split(separator: "/").last.map(String.init) == name }
        return byName.count == 1 ? byName.first?.value : nil
    }

    /// Whether the last top-level command is `exec …` (or the script is not a shell script).
    static func endsWithExec(_ text: String) -> Bool {
        if let first = text.split(separator: "\n").first, first.hasPrefix("#!"),
           ShellDialect(shebang: String(first)) == nil { return true }
        let parsed = ShellParser.parse(text, dialect: ShellDialect.declared(in: text) ?? .sh)
        guard let last = parsed.script.body.items.last else { return false }
        let commands = last.pipelines.last?.commands ?? []
        guard let command = commands.last, case .simple(let simple) = command.kind else { return false }
        return simple.name == "exec"
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
