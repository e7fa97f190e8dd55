/// Receives a run's events as they happen; the executable shows them (live lines, prefixed
/// lines, summary). Called from several threads; implementations synchronise themselves.
public protocol RunReporter: Sendable {
    /// A stage starts running (a cached stage only finishes). `command` is the redacted command
    /// line, when it runs one; `reason` says why it runs.
    func stageStarted(_ name: String, command: String?, reason: String?)
    /// One line of output, redacted, without its line break.
    func stageOutput(_ name: String, line: String)
    func stageFinished(_ outcome: StageOutcome)
    /// A message from the tool itself about the run (interrupts, waits).
    func notice(_ message: String)
}
