import Executor

/// The end of a run: the summary table and, for each failed stage, why and the end of its log.
struct RunSummary {
    let style: Style

    /// The table (stage, status, time) and a totals line.
    func table(_ result: RunResult) -> String {
        let rows = result.outcomes.map { outcome -> (String, String, String) in
            (outcome.name, outcome.status.label, outcome.started == nil ? "-" : formatDuration(nanoseconds: outcome.durationNanoseconds))
        }
        let nameWidth = max(5, rows.map(\.0.count).max() ?? 0)
        let statusWidth = max(6, rows.map(\.1.count).max() ?? 0)
        func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var out = style.bold(pad("stage", nameWidth) + "  " + pad("status", statusWidth) + "  time") + "\n"
        for (outcome, row) in zip(result.outcomes, rows) {
            out += pad(row.0, nameWidth) + "  " + colored(outcome.status, pad(row.1, statusWidth)) + "  " + row.2 + "\n"
        }
        var counts: [String: Int] = [:]
        for outcome in result.outcomes { counts[outcome.status.label, default: 0] += 1 }
        let parts = ["ran", "cached", "failed", "interrupted", "skipped"].compactMap { label in
            counts[label].map { "\($0) \(label)" }
        }
        out += parts.joined(separator: ", ") + " in " + formatDuration(nanoseconds: result.finished - result.started) + "\n"
        return out
    }

    /// What went wrong, stage by stage, with the last lines of each failed stage's log.
    func failures(_ result: RunResult, root: String) -> String {
        var out = ""
        for outcome in result.outcomes {
            guard case .failed(let reason) = outcome.status else { continue }
            out += style.red(style.bold("stage '\(outcome.name)' failed")) + ": \(reason)\n"
            if let log = outcome.logPath {
                let shown = log.hasPrefix(root + "/") ? String(log.dropFirst(root.count + 1)) : log
                let lines = outcome.tail
                if !lines.isEmpty {
                    out += style.dim("last \(lines.count) line\(lines.count == 1 ? "" : "s") of \(shown):") + "\n"
                    for line in lines { out += "  " + line + "\n" }
                } else {
                    out += style.dim("full log: \(shown)") + "\n"
                }
            }
        }
        return out
    }

    func colored(_ status: StageStatus, _ text: String) -> String {
        switch status {
        case .succeeded: style.green(text)
        case .cached: style.cyan(text)
        case .failed, .interrupted: style.red(text)
        case .skipped: style.yellow(text)
        }
    }
}
