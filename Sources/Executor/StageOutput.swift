import Basics
import Synchronization

/// Collects one stage's merged output: splits it into lines, redacts secrets, writes the log
/// file, keeps the last lines for the failure report and passes lines to the reporter.
///
/// Fed from the process runner's thread and finished from the executor; a mutex orders both.
final class StageOutput: Sendable {
    static let tailLength = 20
    /// A line longer than this is cut and passed on, so a stream without newlines cannot grow
    /// the buffer without bound.
    static let maximumLine = 64 * 1024

    private struct State {
        var pending: [UInt8] = []
        var tail: [String] = []
        var closed = false
    }

    private let name: String
    private let log: (any OutputFile)?
    private let reporter: any RunReporter
    private let redactor: Redactor
    private let state = Mutex(State())

    init(name: String, log: (any OutputFile)?, reporter: any RunReporter, redactor: Redactor) {
        self.name = name
        self.log = log
        self.reporter = reporter
        self.redactor = redactor
    }

    /// Raw bytes from the process.
    func append(_ bytes: ArraySlice<UInt8>) {
        state.withLock { state in
            guard !state.closed else { return }
            var start = bytes.startIndex
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                state.pending.append(contentsOf: bytes[start..<newline])
                emit(&state)
                start = newline + 1
            }
            state.pending.append(contentsOf: bytes[start...])
            if state.pending.count > Self.maximumLine { emitCut(&state) }
        }
    }

    /// A line of the tool's own (the command being run, a failure reason): logged, but not part
    /// of the output's tail.
    func note(_ line: String) {
        state.withLock { state in
            guard !state.closed else { return }
            if !state.pending.isEmpty { emit(&state) }
            log?.write(ArraySlice(Array((redactor.redact(line) + "\n").utf8)))
        }
    }

    /// The last of the last lines of output that satisfies `predicate`.
    func lastLine(where predicate: (String) -> Bool) -> String? {
        state.withLock { state in state.tail.last(where: predicate) }
    }

    /// Whether one of the last lines of output contains `text` (to recognise a tool's error).
    func sawText(_ text: String) -> Bool {
        state.withLock { state in
            state.tail.contains { $0.contains(text) } || String(decoding: state.pending, as: UTF8.self).contains(text)
        }
    }

    /// Flushes a last unterminated line and closes the log; returns the last lines of output.
    func finish() -> [String] {
        state.withLock { state in
            if !state.pending.isEmpty { emit(&state) }
            if !state.closed {
                state.closed = true
                log?.close()
            }
            return state.tail
        }
    }

    /// Passes on the first part of a line too long to wait for: a secret straddling the cut,
    /// or one that may still be arriving, stays behind with the rest of the line.
    private func emitCut(_ state: inout State) {
        let cut = redactor.safeCut(state.pending, limit: state.pending.count - max(0, redactor.longestSecret - 1))
        // A secret longer than the whole buffer cannot hold the line back for ever.
        guard cut > 0 else { return state.pending.count > 4 * Self.maximumLine ? emit(&state) : () }
        let rest = Array(state.pending[cut...])
        state.pending.removeSubrange(cut...)
        emit(&state)
        state.pending = rest
    }

    private func emit(_ state: inout State) {
        var text = String(decoding: state.pending, as: UTF8.self)
        state.pending.removeAll(keepingCapacity: true)
        if text.hasSuffix("\r") { text.removeLast() }
        write(redactor.redact(text), into: &state)
    }

    private func write(_ line: String, into state: inout State) {
        log?.write(ArraySlice(Array((line + "\n").utf8)))
        state.tail.append(line)
        if state.tail.count > Self.tailLength { state.tail.removeFirst(state.tail.count - Self.tailLength) }
        // Progress bars rewrite a line with \r; show what the terminal would.
        let visible = line.split(separator: "\r", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        reporter.stageOutput(name, line: visible)
    }
}
