import Foundation
import Testing

/// The terminal view, seen through a real pseudo-terminal (util-linux `script`).
@Suite struct TerminalTests {
    @Test func liveViewShowsStagesAndTheSummaryInColour() throws {
        let project = try Project(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "echo working; sleep 0.3"}, "b": {"kind": "exec", "run": ["true"], "needs": ["a"]}}}"#)
        let command = "\(PipelineBinary.path) build"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: project.path)
        process.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm", "COLUMNS": "80"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let screen = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(screen.contains("\u{1B}[32m✓\u{1B}[0m a "), "a finished line in green")
        #expect(screen.contains("\u{1B}[32m✓\u{1B}[0m b "))
        #expect(screen.contains(" a "), "a live line while it runs")
        #expect(screen.contains("\u{1B}[1mstage  status  time\u{1B}[0m"))
        #expect(!screen.contains("[a] "), "no prefixed lines on a terminal")
    }
}
