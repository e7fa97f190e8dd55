import Executor

/// Output when stdout is not a terminal (CI logs): one prefixed line per event, `[stage] …`.
struct PlainReporter: RunReporter {
    let console: Console
    let style: Style
    let quiet: Bool
    let verbose: Bool

    func stageStarted(_ name: String, command: String?, reason: String?) {
        guard !quiet else { return }
        if verbose, let reason { console.out(prefix(name) + "runs: " + reason + "\n") }
        console.out(prefix(name) + (command.map { "$ " + $0 } ?? "started") + "\n")
    }

    func stageOutput(_ name: String, line: String) {
        guard !quiet else { return }
        console.out(prefix(name) + line + "\n")
    }

    func stageFinished(_ outcome: StageOutcome) {
        let time = formatDuration(nanoseconds: outcome.durationNanoseconds)
        switch outcome.status {
        case .succeeded:
            if !quiet { console.out(prefix(outcome.name) + style.green(outcome.status.label) + " in \(time)\n") }
        case .cached:
            if !quiet { console.out(prefix(outcome.name) + style.cyan("cached") + "\n") }
        case .failed(let reason):
            console.out(prefix(outcome.name) + style.red("failed") + " after \(time): \(reason)\n")
        case .interrupted:
            console.out(prefix(outcome.name) + style.red("interrupted") + " after \(time)\n")
        case .skipped(let reason):
            if verbose { console.out(prefix(outcome.name) + style.yellow("skipped") + ": \(reason)\n") }
        }
    }

    func notice(_ message: String) {
        console.err("pipeline: \(message)\n")
    }

    private func prefix(_ name: String) -> String { style.dim("[\(name)]") + " " }
}
