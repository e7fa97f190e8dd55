extension SupervisorRule {
    /// Duplicate program or group name
    ///
    /// A repeated section is merged by supervisord, the later keys silently winning; two sections
    /// that make process groups of the same name, or a program listed in two groups, start or
    /// replace processes the file does not show.
    static let pl2011 = SupervisorRule(
        code: "PL2011", severity: .error,
        message: "Duplicate program or group name"
    ) { context, report in
        var seenHeaders = Set<String>()
        for section in context.config.sections where !seenHeaders.insert(section.header).inserted {
            report.add(section, message: "`[\(section.header)]` appears twice; supervisord merges them and the later keys win")
        }

        var groupedBy: [String: String] = [:]
        for group in context.merged where group.kind == "group" {
            guard let programs = group["programs"] else { continue }
            var inThisGroup = Set<String>()
            for program in programs.value.split(separator: ",").map({ $0.trimmedBlanks() }) where !program.isEmpty {
                if !inThisGroup.insert(program).inserted {
                    report.add(programs, message: "Program `\(program)` is listed twice in `[\(group.first.header)]`")
                } else if let other = groupedBy[program] {
                    report.add(programs, message: "Program `\(program)` is listed in both `[\(other)]` and `[\(group.first.header)]`")
                } else {
                    groupedBy[program] = group.first.header
                }
            }
        }

        // Process group names: each group, each listener, each program not taken into a group.
        var groupOwner: [String: String] = [:]
        for section in context.merged {
            let kind = section.kind
            guard ["group", "eventlistener", "program", "fcgi-program"].contains(kind),
                  let rawName = section.first.name else { continue }
            let name = rawName.trimmedBlanks()
            if name.isEmpty || ((kind == "program" || kind == "fcgi-program") && groupedBy[name] != nil) { continue }
            if let other = groupOwner[name] {
                report.add(section.first, message: "`[\(section.first.header)]` and `[\(other)]` both make a process group named `\(name)`")
            } else {
                groupOwner[name] = section.first.header
            }
        }
    }
}
