extension DockerfileRule {
    /// Either use Wget or Curl but not both
    ///
    /// A RUN using one of them is reported once both have appeared in its stage.
    static let dl4001 = DockerfileRule(code: "DL4001", severity: .warning, message: "Either use Wget or Curl but not both") { context, report in
        var seen: [Int: Set<String>] = [:]
        for (item, facts) in context.runs {
            let used = facts.commands(named: "wget", "curl")
            guard !used.isEmpty else { continue }
            seen[item.stage, default: []].formUnion(used.map(\.name))
            if seen[item.stage]?.count == 2 { report.add(item, at: used.first?.span) }
        }
    }
}
