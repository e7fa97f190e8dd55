import Basics
import Glibc
import Synchronization

/// `HTTPClient` on a blocking IPv4 socket, run on its own thread so no async worker blocks.
/// HTTP/1.0 without keep-alive: the server closes the connection after the body, so no
/// chunked decoding is needed.
public struct SocketHTTPClient: HTTPClient {
    public init() {}

    public func get(host: String, port: Int, path: String, timeoutMilliseconds: Int) async -> Result<HTTPResponse, HTTPError> {
        await withCheckedContinuation { continuation in
            do {
                try DetachedThread.start {
                    continuation.resume(returning: Self.fetch(host: host, port: port, path: path, timeout: timeoutMilliseconds))
                }
            } catch {
                continuation.resume(returning: .failure(HTTPError("cannot start a thread: \(error)")))
            }
        }
    }

    private static func fetch(host: String, port: Int, path: String, timeout: Int) -> Result<HTTPResponse, HTTPError> {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            return .failure(HTTPError("'\(host)' is not an IPv4 address"))
        }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .failure(HTTPError("socket: \(errorText(errno))")) }
        defer { close(fd) }
        var limit = timeval(tv_sec: timeout / 1000, tv_usec: (timeout % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return .failure(HTTPError("cannot connect to \(host):\(port): \(errorText(errno))")) }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: \(host):\(port)\r\nUser-Agent: pipeline\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ Descriptors.writeAll(fd, $0) }) == 0 else {
            return .failure(HTTPError("cannot send the request: \(errorText(errno))"))
        }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while response.count < 16 << 20 {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got > 0 {
                response.append(contentsOf: chunk[0..<got])
            } else if got == 0 {
                break
            } else if errno == EINTR {
                continue
            } else {
                return .failure(HTTPError(errno == EAGAIN ? "no answer within \(timeout) ms" : "read: \(errorText(errno))"))
            }
        }
        return parse(response)
    }

    /// The whole answer, read to the end of the connection.
    static func parse(_ response: [UInt8]) -> Result<HTTPResponse, HTTPError> {
        do {
            guard let framed = try HTTPResponseFraming.frame(response, method: "GET", closed: true) else {
                return .failure(HTTPError("the response was cut off"))
            }
            return .success(framed.response)
        } catch {
            return .failure(error)
        }
    }
}

/// `HTTPTransport` over HTTP/1.1 with keep-alive to one server: connections are reused across
/// requests (a few kept open for parallel uploads), each blocking exchange runs on its own
/// thread so no async worker blocks. Bounded: connecting (and the TLS handshake) may take
/// `connectTimeoutMilliseconds`, and every wait for the server to read or answer at most
/// `ioTimeoutMilliseconds`. With `tls`, connections speak TLS through the system's OpenSSL.
public final class KeepAliveHTTPClient: HTTPTransport {
    private let host: String
    private let port: Int
    private let hostHeader: String
    private let tls: Bool
    private let connectTimeout: Int32
    private let ioTimeout: Int32
    /// Connections the server left open, ready for the next request.
    private let idle = Mutex<[Connection]>([])
    private static let maximumIdle = 8
    /// The largest response body accepted (a blob the size of an output file).
    private static let maximumBody = 4 << 30

    public init(host: String, port: Int, hostHeader: String, tls: Bool = false, connectTimeoutMilliseconds: Int, ioTimeoutMilliseconds: Int) {
        self.host = host
        self.port = port
        self.hostHeader = hostHeader
        self.tls = tls
        connectTimeout = Int32(clamping: max(1, connectTimeoutMilliseconds))
        ioTimeout = Int32(clamping: max(1, ioTimeoutMilliseconds))
    }

    deinit {
        idle.withLock { $0.removeAll() }
    }

    public func send(_ request: HTTPRequest) async -> Result<HTTPResponse, HTTPError> {
        await withCheckedContinuation { continuation in
            do {
                try DetachedThread.start { continuation.resume(returning: self.exchange(request)) }
            } catch {
                continuation.resume(returning: .failure(HTTPError("cannot start a thread: \(error)")))
            }
        }
    }

    /// One request on a reused connection, or on a new one if the reused one turns out closed
    /// by the server before it answered (idle keep-alive connections are closed at any time).
    private func exchange(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPError> {
        let bytes = request.serialized(host: hostHeader)
        while true {
            let reused = idle.withLock { $0.popLast() }
            let connection: Connection
            if let reused {
                connection = reused
            } else {
                switch connect() {
                case .success(let opened): connection = opened
                case .failure(let error): return .failure(error)
                }
            }
            switch attempt(bytes, method: request.method, on: connection) {
            case .answered(let response, let reusable):
                if reusable { keep(connection) }
                return .success(response)
            case .staleConnection where reused != nil:
                continue
            case .staleConnection:
                return .failure(HTTPError("the server closed the connection without answering"))
            case .failed(let error):
                return .failure(error)
            }
        }
    }

    private func keep(_ connection: Connection) {
        idle.withLock { idle in
            if idle.count < Self.maximumIdle { idle.append(connection) }
        }
    }

    private enum Attempt {
        case answered(HTTPResponse, reusable: Bool)
        /// Nothing came back at all: on a reused connection, the server had closed it.
        case staleConnection
        case failed(HTTPError)
    }

    private func attempt(_ request: [UInt8], method: String, on connection: Connection) -> Attempt {
        var sent = 0
        while sent < request.count {
            let outcome = request.withUnsafeBytes { raw in connection.send(UnsafeRawBufferPointer(rebasing: raw[sent...])) }
            switch outcome {
            case .bytes(let count): sent += count
            case .again: return .failed(HTTPError("the server took no data for \(ioTimeout) ms"))
            case .closed: return .staleConnection
            case .failed(let reason): return .failed(HTTPError("send: \(reason)"))
            }
        }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if !connection.hasPending {
                var poller = pollfd(fd: connection.fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, ioTimeout)
                if ready < 0 {
                    if errno == EINTR { continue }
                    return .failed(HTTPError("poll: \(errorText(errno))"))
                }
                if ready == 0 { return .failed(HTTPError("no answer within \(ioTimeout) ms")) }
            }
            var closed = false
            switch chunk.withUnsafeMutableBytes({ connection.receive($0) }) {
            case .bytes(let got): buffer.append(contentsOf: chunk[0..<got])
            case .again: continue
            case .closed:
                if buffer.isEmpty { return .staleConnection }
                closed = true
            case .failed(let reason):
                return buffer.isEmpty && reason == errorText(ECONNRESET) ? .staleConnection : .failed(HTTPError("read: \(reason)"))
            }
            if buffer.count > Self.maximumBody { return .failed(HTTPError("the response is larger than \(Self.maximumBody) bytes")) }
            do {
                if let framed = try HTTPResponseFraming.frame(buffer, method: method, closed: closed) {
                    // Bytes beyond the response mean the connection is out of step: not reused.
                    return .answered(framed.response, reusable: framed.reusable && !closed && framed.consumed == buffer.count)
                }
            } catch {
                return .failed(error)
            }
        }
    }

    /// A new connection, resolved with getaddrinfo, connected (and its TLS handshake done)
    /// within the connect timeout.
    private func connect() -> Result<Connection, HTTPError> {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &list)
        guard resolved == 0, let first = list else {
            return .failure(HTTPError("cannot resolve \(host): \(String(cString: gai_strerror(resolved)))"))
        }
        defer { freeaddrinfo(first) }
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            entry = current.pointee.ai_next
            let fd = socket(current.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard fd >= 0 else {
                lastError = errorText(errno)
                continue
            }
            if Glibc.connect(fd, current.pointee.ai_addr, current.pointee.ai_addrlen) != 0 && errno != EINPROGRESS {
                lastError = errorText(errno)
                close(fd)
                continue
            }
            var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            var ready: Int32
            repeat { ready = poll(&poller, 1, connectTimeout) } while ready < 0 && errno == EINTR
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &length)
            guard ready == 1, failure == 0 else {
                lastError = ready == 0 ? "no connection within \(connectTimeout) ms" : errorText(failure)
                close(fd)
                continue
            }
            // Blocking from here on; waits are bounded by poll and the socket timeouts.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            var send = timeval(tv_sec: Int(ioTimeout / 1000), tv_usec: Int(ioTimeout % 1000) * 1000)
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &send, socklen_t(MemoryLayout<timeval>.size))
            // Small requests go out at once instead of waiting for the last one's ACK.
            var on: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            guard tls else { return .success(Connection(fd: fd, session: nil)) }
            // The handshake reads without poll: bound it with a receive timeout.
            var receive = timeval(tv_sec: Int(connectTimeout / 1000), tv_usec: Int(connectTimeout % 1000) * 1000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receive, socklen_t(MemoryLayout<timeval>.size))
            let session = SystemTLS.shared.flatMap { $0.session(fd: fd, host: host) }
            switch session {
            case .success(let session): return .success(Connection(fd: fd, session: session))
            case .failure(let error):
                close(fd)
                return .failure(error)
            }
        }
        return .failure(HTTPError("cannot connect to \(hostHeader): \(lastError)"))
    }
}

/// One open connection to the server: a socket, with a TLS session on it or not. Closed when
/// the last reference goes.
private final class Connection: @unchecked Sendable {
    let fd: Int32
    private let session: TLSSession?

    init(fd: Int32, session: TLSSession?) {
        self.fd = fd
        self.session = session
    }

    deinit {
        close(fd)
    }

    /// Decrypted bytes are waiting (the socket may have nothing more to say).
    var hasPending: Bool { session?.hasPending ?? false }

    func send(_ bytes: UnsafeRawBufferPointer) -> TLSSession.Outcome {
        if let session { return session.send(bytes) }
        guard let base = bytes.baseAddress else { return .bytes(0) }
        while true {
            let count = Glibc.send(fd, base, bytes.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .bytes(count) }
            if errno == EINTR { continue }
            if errno == EPIPE || errno == ECONNRESET { return .closed }
            return errno == EAGAIN ? .again : .failed(errorText(errno))
        }
    }

    func receive(_ buffer: UnsafeMutableRawBufferPointer) -> TLSSession.Outcome {
        if let session { return session.receive(buffer) }
        while true {
            let got = recv(fd, buffer.baseAddress, buffer.count, 0)
            if got > 0 { return .bytes(got) }
            if got == 0 { return .closed }
            if errno == EINTR { continue }
            return errno == ECONNRESET ? .closed : .failed(errorText(errno))
        }
    }
}
