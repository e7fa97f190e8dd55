import Basics

extension SupervisorRule {
    /// Group lists a program that is not defined: supervisord refuses to start
    ///
    /// Not reported when the file has an `[include]`, whose files may define it.
    static let pl2018 = SupervisorRule(
        code: "PL2018", severity: .error,
        message: "Group lists a program that is not defined: supervisord refuses to start"
    ) { context, report in
        guard !context.hasInclude else { return }
        let defined = Set(context.merged.filter { $0.kind == "program" || $0.kind == "fcgi-program" }
            .compactMap { $0.first.name?.trimmedBlanks() })
        for group in context.merged where group.kind == "group" {
            guard let programs = group["programs"] else { continue }
            for program in programs.value.split(separator: ",").map({ $0.trimmedBlanks() })
            where !program.isEmpty && !defined.contains(program) {
                report.add(programs, message: "`[\(group.first.header)]` lists `\(program)`, which is not a [program:…]"
                    + Suggestion.hint(for: program, in: defined.sorted()))
            }
        }
    }
}
