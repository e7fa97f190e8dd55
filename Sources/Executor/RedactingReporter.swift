import Basics

extension Redactor {
    /// The outcome with its reason, failure reason and output tail redacted.
    public func redact(_ outcome: StageOutcome) -> StageOutcome {
        guard !isEmpty else { return outcome }
        var result = outcome
        switch outcome.status {
        case .failed(let reason): result.status = .failed(reason: redact(reason))
        case .skipped(let reason): result.status = .skipped(reason: redact(reason))
        case .succeeded, .cached, .interrupted: break
        }
        result.reason = outcome.reason.map(redact)
        result.tail = outcome.tail.map(redact)
        return result
    }
}

/// Passes every event on with its text redacted: the one gate between a run and what it shows.
struct RedactingReporter: RunReporter {
    let base: any RunReporter
    let redactor: Redactor

    func stageStarted(_ name: String, command: String?, reason: String?) {
        base.stageStarted(name, command: command.map(redactor.redact), reason: reason.map(redactor.redact))
    }

    func stageOutput(_ name: String, line: String) { base.stageOutput(name, line: redactor.redact(line)) }

    func stageFinished(_ outcome: StageOutcome) { base.stageFinished(redactor.redact(outcome)) }

    func notice(_ message: String) { base.notice(redactor.redact(message)) }
}
