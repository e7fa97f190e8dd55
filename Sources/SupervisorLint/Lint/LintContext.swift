/// What every rule reads: the parsed file and the sections as supervisord sees them.
struct LintContext: Sendable {
    let config: SupervisorConfig
    /// One per distinct header, in order of first appearance: supervisord's non-strict parser
    /// merges repeated sections, later keys winning.
    let merged: [MergedSection]

    init(config: SupervisorConfig) {
        self.config = config
        var order: [String] = []
        var byHeader: [String: MergedSection] = [:]
        for section in config.sections {
            if byHeader[section.header] == nil {
                order.append(section.header)
                byHeader[section.header] = MergedSection(first: section)
            }
            for entry in section.entries { byHeader[section.header]?.values[entry.key] = entry }
        }
        merged = order.compactMap { byHeader[$0] }
    }

    /// `[supervisord]`, if this file has one.
    var supervisord: MergedSection? { merged.first { $0.first.header == "supervisord" } }

    /// Named `[program:x]`, `[fcgi-program:x]` and `[eventlistener:x]` sections.
    var processes: [MergedSection] {
        merged.filter { SectionSchema.processKinds.contains($0.kind) && $0.first.name?.isEmpty == false }
    }

    /// Every entry of every section, in file order.
    var entries: [(section: ConfigSection, entry: ConfigEntry)] {
        config.sections.flatMap { section in section.entries.map { (section, $0) } }
    }

    /// Whether the file pulls in others, which may define what this one refers to.
    var hasInclude: Bool { config.sections.contains { $0.header == "include" } }
}

/// A section with its repeats merged: the first header for positions, the last value of each key.
struct MergedSection: Sendable {
    let first: ConfigSection
    var values: [String: ConfigEntry] = [:]

    var kind: String { first.kind }
    var name: String { first.name ?? first.header }

    subscript(key: String) -> ConfigEntry? { values[key] }
}
