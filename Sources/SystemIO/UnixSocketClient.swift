import Basics
import Glibc

/// `UnixSocketTransport` on a blocking `AF_UNIX` stream socket, each exchange on its own
/// thread so no async worker blocks while the peer works (an exec can take minutes).
public struct UnixSocketClient: UnixSocketTransport {
    /// The most bytes one answer may hold; an engine never sends this much to the calls made.
    static let maximumAnswer = 64 << 20

    public init() {}

    public func exchange(socket path: String, request: [UInt8], timeoutMilliseconds: Int?,
                         stop: (@Sendable () -> Bool)?) async -> Result<[UInt8], UnixSocketError> {
        await withCheckedContinuation { continuation in
            do {
                try DetachedThread.start {
                    continuation.resume(returning: Self.exchange(path, request, timeoutMilliseconds, stop))
                }
            } catch {
                continuation.resume(returning: .failure(UnixSocketError("cannot start a thread: \(error)", notConnected: true)))
            }
        }
    }

    /// How often a waiting exchange asks `stop`.
    static let stopCheckMilliseconds: Int32 = 200

    static func exchange(_ path: String, _ request: [UInt8], _ timeout: Int?, _ stop: (@Sendable () -> Bool)?) -> Result<[UInt8], UnixSocketError> {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else {
            return .failure(UnixSocketError("the socket path \(path) is longer than \(capacity - 1) bytes", notConnected: true))
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
            raw[pathBytes.count] = 0
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .failure(UnixSocketError("socket: \(errorText(errno))", notConnected: true)) }
        defer { close(fd) }
        if let timeout {
            var limit = timeval(tv_sec: timeout / 1000, tv_usec: (timeout % 1000) * 1000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            return .failure(UnixSocketError("cannot connect to \(path): \(errorText(errno))", notConnected: true))
        }
        let sent = request.withUnsafeBytes { Descriptors.writeAll(fd, $0) }
        guard sent == 0 else { return .failure(UnixSocketError("cannot send to \(path): \(errorText(sent))")) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while answer.count < maximumAnswer {
            if let stop {
                var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&waiting, 1, stopCheckMilliseconds)
                if ready == 0 || (ready < 0 && errno == EINTR) {
                    if stop() { return .failure(UnixSocketError("stopped while waiting for \(path)")) }
                    continue
                }
            }
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got > 0 {
                answer.append(contentsOf: chunk[0..<got])
            } else if got == 0 {
                return .success(answer)
            } else if errno != EINTR {
                let reason = errno == EAGAIN ? "no answer within \(timeout ?? 0) ms" : errorText(errno)
                return .failure(UnixSocketError("reading from \(path): \(reason)"))
            }
        }
        return .failure(UnixSocketError("the answer from \(path) exceeds \(maximumAnswer >> 20) MiB"))
    }
}
