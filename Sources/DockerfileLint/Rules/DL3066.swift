extension DockerfileRule {
    /// Non-numeric user-id may not be resolvable by host system
    ///
    /// A USER that names a build ARG (`USER ${uid}`) is left alone, as hadolint does: the build
    /// decides its value. An ENV or undeclared variable is no number.
    static let dl3066 = DockerfileRule(
        code: "DL3066", severity: .info, message: "Non-numeric user-id may not be resolvable by host system"
    ) { context, report in
        for item in context.instructions where item.kind == .user {
            guard let word = item.instruction.words.first else { continue }
            let references = DockerVariables.references(in: word.value)
            if !references.isEmpty {
                var args = Set(context.globalArgs.keys)
                for earlier in context.instructions(inStage: item.stage) where earlier.kind == .arg && earlier.index < item.index {
                    args.formUnion(earlier.instruction.pairs.map(\.key))
                }
                if references.contains(where: args.contains) { continue }
            }
            let user = word.value.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if !user.allSatisfy(\.isNumber) { report.add(item, at: word.span) }
        }
    }
}
