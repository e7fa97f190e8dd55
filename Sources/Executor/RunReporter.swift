/// Receives a run's events as they happen; the executable shows them (live lines, prefixed
/// lines, summary). Called from several threads; implementations synchronise themselves.
public protocol RunReporter: Sendable {
    /// `command` is the redacted command line, when the stage runs one.
    func stageStarted(_ name: String, command: String?)
    /// One line of output, redacted, without its line break.
    func stageOutput(_ name: String, line: String)
    func stageFinished(_ outcome: StageOutcome)
    /// A message from the tool itself about the run (interrupts, waits).
    func notice(_ message: String)
}
