import Glibc
import SystemIO
import Testing

/// Terminal and machine facts.
@Suite struct TerminalTests {
    @Test func pipeIsNotATerminal() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(Terminal.isTerminal(fd: fds[0]) == false)
        #expect(Terminal.width(fd: fds[0]) == nil)
    }

    @Test func processorCountMatchesTheSystem() {
        #expect(Terminal.processorCount >= 1)
        #expect(Terminal.processorCount <= sysconf(Int32(_SC_NPROCESSORS_CONF)))
    }

    @Test func environmentMatchesGetenv() throws {
        let environment = Terminal.environment()
        let path = try #require(getenv("PATH"))
        #expect(environment["PATH"] == String(cString: path))
        #expect(environment.count > 0)
    }
}
