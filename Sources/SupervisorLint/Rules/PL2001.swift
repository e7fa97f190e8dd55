import Basics

extension SupervisorRule {
    /// Unknown or misnamed section: supervisord ignores it or refuses to start
    ///
    /// supervisord silently skips sections it does not know, so a typo such as `[progam:web]`
    /// means the program never runs. `[program]` without a name, or a name with a blank, `:` or
    /// `/`, stops supervisord at start.
    static let pl2001 = SupervisorRule(
        code: "PL2001", severity: .error,
        message: "Unknown or misnamed section: supervisord ignores it or refuses to start"
    ) { context, report in
        let allKinds = SectionSchema.plainKinds.union(SectionSchema.namedKinds)
        for section in context.config.sections {
            let kind = section.kind
            if let name = section.name, SectionSchema.namedKinds.contains(kind) {
                if name.trimmedBlanks().isEmpty {
                    report.add(section, message: "Section `[\(section.header)]` needs a name: `[\(kind):NAME]`")
                } else if kind != "rpcinterface", kind != "ctlplugin",
                          let bad = name.trimmedBlanks().first(where: { $0 == " " || $0 == "\t" || $0 == ":" || $0 == "/" }) {
                    report.add(section, message: "Section name `\(name)` may not contain `\(bad)`")
                }
            } else if section.name == nil, SectionSchema.plainKinds.contains(kind) {
                continue
            } else if section.name == nil, SectionSchema.namedKinds.contains(kind) {
                report.add(section, message: "Section `[\(kind)]` needs a name: `[\(kind):NAME]`")
            } else {
                let hint = Suggestion.hint(for: kind.trimmedBlanks(), in: allKinds.sorted())
                report.add(section, message: "Unknown section `[\(section.header)]`; supervisord ignores it\(hint)")
            }
        }
    }
}
