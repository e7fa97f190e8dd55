import Basics
import Glibc
import Synchronization
import SystemIO
import Testing

/// A one-connection Unix-socket server on its own thread: reads the request up to its blank
/// line, then answers with `answer` after `delay` microseconds and closes.
final class OneShotSocketServer: @unchecked Sendable {
    // @unchecked: `received` is written by the server thread and read after it finished (join).
    let path: String
    private let listener: Int32
    private var thread = pthread_t()
    private(set) var received: [UInt8] = []

    init(path: String, answer: [UInt8], delay: UInt32 = 0) throws {
        self.path = path
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8))
            raw[path.utf8.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw SystemCallError(call: "bind", code: errno) }
        let box = Unmanaged.passRetained(Job(server: self, answer: answer, delay: delay)).toOpaque()
        pthread_create(&thread, nil, { raw in
            let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            job.server.serve(job.answer, job.delay)
            return nil
        }, box)
    }

    private final class Job {
        let server: OneShotSocketServer
        let answer: [UInt8]
        let delay: UInt32
        init(server: OneShotSocketServer, answer: [UInt8], delay: UInt32) {
            self.server = server
            self.answer = answer
            self.delay = delay
        }
    }

    private func serve(_ answer: [UInt8], _ delay: UInt32) {
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        var byte: UInt8 = 0
        while read(connection, &byte, 1) == 1 {
            received.append(byte)
            if received.suffix(4) == [13, 10, 13, 10] { break }
        }
        usleep(delay)
        // The client may have gone (stopped): no SIGPIPE for the test process.
        _ = answer.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        close(connection)
    }

    /// Waits for the server thread and closes the listener.
    func finish() {
        pthread_join(thread, nil)
        close(listener)
        unlink(path)
    }
}

@Suite struct UnixSocketClientTests {
    @Test func sendsTheRequestAndReadsTheAnswerToTheEnd() async throws {
        try await withTemporaryDirectory { directory in
            let answer = Array("HTTP/1.0 200 OK\r\n\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 200_000)
            let server = try OneShotSocketServer(path: directory + "/engine.sock", answer: answer)
            let request = Array("GET /version HTTP/1.0\r\nHost: docker\r\n\r\n".utf8)
            let result = await UnixSocketClient().exchange(socket: server.path, request: request, timeoutMilliseconds: 5000)
            server.finish()
            #expect(try result.get() == answer)
            #expect(server.received == request)
        }
    }

    @Test func nothingListeningIsANotConnectedFailure() async throws {
        try await withTemporaryDirectory { directory in
            let result = await UnixSocketClient().exchange(socket: directory + "/absent.sock", request: [], timeoutMilliseconds: 1000)
            guard case .failure(let error) = result else { Issue.record("connected to nothing"); return }
            #expect(error.notConnected)
            #expect(error.description == "cannot connect to \(directory)/absent.sock: No such file or directory")
        }
    }

    @Test func aWaitEndsWhenStopSaysSo() async throws {
        try await withTemporaryDirectory { directory in
            let server = try OneShotSocketServer(path: directory + "/slow.sock", answer: Array("late".utf8), delay: 1_500_000)
            let stopped = Mutex(false)
            let request = Array("POST /exec/e1/start HTTP/1.0\r\n\r\n".utf8)
            async let result = UnixSocketClient().exchange(socket: server.path, request: request, timeoutMilliseconds: nil,
                                                           stop: { stopped.withLock { $0 } })
            usleep(300_000)
            stopped.withLock { $0 = true }
            let ended = await result
            server.finish()
            guard case .failure(let error) = ended else { Issue.record("the slow answer was waited for"); return }
            #expect(!error.notConnected)
            #expect(error.description == "stopped while waiting for \(directory)/slow.sock")
        }
    }
}
