import Foundation
import Testing

/// Ctrl-C and SIGTERM: children are signalled, waited for, reported, and none survive.
@Suite struct InterruptTests {
    /// Starts a stage whose shell leaves a background child, then signals pipeline once both
    /// processes exist.
    func interruptRun(with signal: Int32) throws -> (PipelineBinary.Result, Project, [Int32]) {
        let project = try Project("""
        {"version": 1, "stages": {
          "long": {"kind": "exec", "sh": "sleep 300 & echo $! > bg.pid; echo $$ > sh.pid; wait"},
          "next": {"kind": "exec", "run": ["touch", "next.txt"], "needs": ["long"]},
          "other": {"kind": "exec", "run": ["touch", "other.txt"]}
        }}
        """)
        let (process, out, err) = try PipelineBinary.start(["-j1", "build"], in: project.path)
        var pids: [Int32] = []
        for _ in 0..<500 where pids.count < 2 {
            pids = ["bg.pid", "sh.pid"].compactMap { project.read($0).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } }
            if pids.count < 2 { usleep(10_000) }
        }
        #expect(pids.count == 2, "the stage started its processes")
        kill(process.processIdentifier, signal)
        return (PipelineBinary.finish(process, out, err), project, pids)
    }

    /// Gone, or a zombie waiting for a reaper that is not ours (PID 1 in some containers).
    static func isDead(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 { return true }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        return status.contains("State:\tZ")
    }

    /// A closed terminal (SIGHUP), Ctrl-\ (SIGQUIT) and the user signals stop a run like
    /// SIGTERM; their default action would end the tool and leave every stage running.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGQUIT, Int32(131)),
                      (SIGUSR1, Int32(138)), (SIGUSR2, Int32(140))])
    func signalStopsTheRunAndLeavesNoProcessBehind(signal: Int32, code: Int32) throws {
        let (result, project, pids) = try interruptRun(with: signal)
        #expect(result.code == code)
        #expect(result.stderr.contains("pipeline: interrupted; stopped: long\n"), "\(result.stderr)")
        #expect(result.stdout.contains("long   interrupted"))
        #expect(result.stdout.contains("next   skipped"))
        #expect(!project.exists("next.txt"))
        #expect(!project.exists("other.txt"), "no stage starts after the interrupt")
        for _ in 0..<100 where !pids.allSatisfy(Self.isDead) { usleep(10_000) }
        for pid in pids { #expect(Self.isDead(pid), "process \(pid) outlived the run") }
    }

    /// `pipeline build | head -1`: the reader goes away after one line. The tool neither
    /// crashes nor orphans the stage; it carries on quietly and ends as the run does.
    @Test func closedStandardOutputIsNotACrash() throws {
        let project = try Project(#"{"version": 1, "stages": {"s": {"kind": "exec", "sh": "sleep 1 & echo $! > bg.pid; sleep 0.3; echo a; echo b; wait"}}}"#)
        let script = #"set -o pipefail; "$0" build | head -1 > first.txt; echo "status ${PIPESTATUS[0]}" >&2"#
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", script, PipelineBinary.path]
        shell.currentDirectoryURL = URL(fileURLWithPath: project.path)
        let err = Pipe()
        shell.standardError = err
        try shell.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(stderr.contains("status 0\n"), "\(stderr)")
        #expect(stderr.contains("pipeline: standard output is gone (Broken pipe); carrying on without printing to it\n"))
        #expect(!stderr.contains("Fatal error"))
        #expect(project.read("first.txt")?.hasPrefix("[s] ") == true)
        let pid = try #require(project.read("bg.pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        for _ in 0..<100 where !Self.isDead(pid) { usleep(10_000) }
        #expect(Self.isDead(pid))
    }

    @Test func aStageThatFinishesLeavesNoBackgroundProcess() throws {
        let project = try Project(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "sleep 300 >/dev/null 2>&1 & echo $! > bg.pid"}}}"#)
        let result = try project.run("build")
        #expect(result.code == 0)
        let pid = try #require(project.read("bg.pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        for _ in 0..<100 where !Self.isDead(pid) { usleep(10_000) }
        #expect(Self.isDead(pid))
    }
}
