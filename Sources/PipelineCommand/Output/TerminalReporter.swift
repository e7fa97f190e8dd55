import Executor
import Synchronization
import SystemIO

/// Output on a terminal: finished stages scroll up as permanent lines, and below them one live
/// line per running stage (spinner, name, elapsed time, its latest output), redrawn 10 times a
/// second. With -v every output line is printed too.
final class TerminalReporter: RunReporter, @unchecked Sendable {
    // @unchecked: all mutable state is touched only while holding `lock`.
    private struct Running {
        var started: UInt64
        var lastLine: String
    }

    private let console: Console
    private let style: Style
    private let verbose: Bool
    private let quiet: Bool
    private let width: () -> Int
    private let now: () -> UInt64
    private let lock = Mutex(())
    private var running: [(name: String, state: Running)] = []
    private var drawnLines = 0
    private var frame = 0
    private var timer: RepeatingTimer?
    private static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    init(console: Console, style: Style, verbose: Bool, quiet: Bool, width: @escaping () -> Int, now: @escaping () -> UInt64) {
        self.console = console
        self.style = style
        self.verbose = verbose
        self.quiet = quiet
        self.width = width
        self.now = now
    }

    /// Starts the redraw timer.
    func start() {
        let timer = RepeatingTimer(intervalMilliseconds: 100) { [weak self] in self?.redraw(permanent: "") }
        lock.withLock { _ in self.timer = timer }
    }

    /// Stops the timer and clears the live lines.
    func stop() {
        lock.withLock { _ in
            timer?.cancel()
            timer = nil
            running.removeAll()
        }
        redraw(permanent: "")
    }

    func stageStarted(_ name: String, command: String?, reason: String?) {
        if verbose, let reason { redraw(permanent: style.dim("[\(name)] runs: \(reason)") + "\n") }
        lock.withLock { _ in running.append((name, Running(started: now(), lastLine: command.map { "$ " + $0 } ?? ""))) }
        redraw(permanent: "")
    }

    func stageOutput(_ name: String, line: String) {
        lock.withLock { _ in
            if let i = running.firstIndex(where: { $0.name == name }), !line.isEmpty {
                running[i].state.lastLine = line
            }
        }
        if verbose { redraw(permanent: style.dim("[\(name)]") + " " + line + "\n") }
    }

    func stageFinished(_ outcome: StageOutcome) {
        lock.withLock { _ in running.removeAll { $0.name == outcome.name } }
        let time = style.dim(formatDuration(nanoseconds: outcome.durationNanoseconds))
        let line: String
        switch outcome.status {
        case .succeeded: line = quiet ? "" : style.green("✓") + " \(outcome.name) \(time)\n"
        case .cached: line = quiet ? "" : style.cyan("≡") + " \(outcome.name) " + style.dim("cached") + "\n"
        case .failed(let reason): line = style.red("✗") + " \(outcome.name) \(time) " + style.red(reason) + "\n"
        case .interrupted: line = style.red("✗") + " \(outcome.name) \(time) " + style.red("interrupted") + "\n"
        case .skipped(let reason): line = verbose ? style.yellow("-") + " \(outcome.name) " + style.dim(reason) + "\n" : ""
        }
        redraw(permanent: line)
    }

    func notice(_ message: String) {
        redraw(permanent: style.yellow("pipeline: " + message) + "\n")
    }

    /// Erases the live block, prints `permanent` (if any), and draws the live block again.
    private func redraw(permanent: String) {
        lock.withLock { _ in draw(permanent: permanent) }
    }

    /// `redraw` with `lock` held.
    private func draw(permanent: String) {
        var out = ""
        if drawnLines > 0 { out += "\u{1B}[\(drawnLines)A\r\u{1B}[J" }
        out += permanent
        let columns = max(20, width())
        frame += 1
        let spin = Self.spinner[frame % Self.spinner.count]
        let current = now()
        for (name, state) in running {
            let elapsed = formatDuration(nanoseconds: current >= state.started ? current - state.started : 0)
            let head = "\(spin) \(name) \(elapsed) "
            let room = columns - head.count - 1
            let detail = room > 3 ? String(state.lastLine.prefix(room)) : ""
            out += style.cyan(String(spin)) + " \(name) " + style.dim(elapsed) + " " + style.dim(detail) + "\n"
        }
        drawnLines = running.count
        if !out.isEmpty { console.out(out) }
    }
}
