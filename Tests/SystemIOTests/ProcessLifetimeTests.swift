import Basics
import Glibc
import SystemIO
import Testing

/// Runs end when the child is reaped, leave nothing behind and stop when signalled.
@Suite struct ProcessLifetimeTests {
    @Test func backgroundedGrandchildIsKilled() async throws {
        let result = try await run(["sh", "-c", "sleep 300 & echo $!"])
        let pid = try #require(pid_t(result.output.trimmingSuffix("\n")))
        #expect(await eventually { isDead(pid) })
    }

    @Test func grandchildHoldingThePipeDoesNotDelayTheRun() async throws {
        let start = ContinuousClock.now
        let result = try await run(["sh", "-c", "sleep 300 >&1 & exit 0"])
        #expect(result.termination == .exited(0))
        #expect(ContinuousClock.now - start < .seconds(240), "less than the 300 s the leftover process sleeps: it was not waited for (the bound is loose because blocking end-to-end tests can starve the async pool for a minute on two cores)")
    }

    @Test func grandchildOutsideTheGroupDoesNotDelayTheRun() async throws {
        // setsid puts it out of reach of the group kill, so only not waiting for EOF helps.
        guard access("/usr/bin/setsid", X_OK) == 0 else { return }
        let start = ContinuousClock.now
        let result = try await run(["sh", "-c", "setsid sleep 300 & echo $!"])
        let elapsed = ContinuousClock.now - start
        let pid = try #require(pid_t(result.output.trimmingSuffix("\n")))
        _ = kill(pid, SIGKILL)
        #expect(result.termination == .exited(0))
        #expect(elapsed < .seconds(240), "less than the 300 s the leftover process sleeps: it was not waited for (the bound is loose because blocking end-to-end tests can starve the async pool for a minute on two cores)")
    }

    @Test func noZombieIsLeft() async throws {
        let result = try await run(["sh", "-c", "echo $$"])
        let pid = try #require(pid_t(result.output.trimmingSuffix("\n")))
        #expect(waitpid(pid, nil, WNOHANG) == -1)
        #expect(errno == ECHILD)
    }

    @Test func signalAllStopsARunningChild() async throws {
        let runner = SystemProcessRunner()
        let start = ContinuousClock.now
        // The signal goes out once the child says it is running; exec keeps the pid the
        // group leader's, so the result is sleep's own death.
        let spec = ProcessSpec(
            arguments: ["sh", "-c", "echo ready; exec sleep 300"],
            environment: ["PATH": testPath], workingDirectory: "/")
        let termination = try await runner.run(spec) { chunk in
            if chunk.contains(UInt8(ascii: "\n")) { runner.signalAll(SIGTERM) }
        }
        #expect(termination == .signaled(15))
        #expect(ContinuousClock.now - start < .seconds(240), "less than the 300 s the leftover process sleeps: it was not waited for (the bound is loose because blocking end-to-end tests can starve the async pool for a minute on two cores)")
    }

    @Test func signalAllLeavesOtherRunnersAlone() async throws {
        let bystander = SystemProcessRunner()
        async let bystanderRun = run(["sh", "-c", "sleep 0.3; echo done"], runner: bystander)
        let runner = SystemProcessRunner()
        let spec = ProcessSpec(
            arguments: ["sh", "-c", "echo ready; exec sleep 300"],
            environment: ["PATH": testPath], workingDirectory: "/")
        let termination = try await runner.run(spec) { _ in runner.signalAll(SIGKILL) }
        #expect(termination == .signaled(9))
        let other = try await bystanderRun
        #expect(other.termination == .exited(0))
        #expect(other.output == "done\n")
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
