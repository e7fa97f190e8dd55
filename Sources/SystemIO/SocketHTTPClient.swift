import Basics
import Glibc

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

    static func parse(_ response: [UInt8]) -> Result<HTTPResponse, HTTPError> {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd = response.count
        if response.count >= 4 {
            for i in 0...(response.count - 4) where Array(response[i..<(i + 4)]) == separator {
                headerEnd = i
                break
            }
        }
        let head = String(decoding: response[0..<headerEnd], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            return .failure(HTTPError("the answer is not HTTP: \(String(statusLine.prefix(60)))"))
        }
        let body = headerEnd + 4 <= response.count ? Array(response[(headerEnd + 4)...]) : []
        return .success(HTTPResponse(status: status, body: body))
    }
}
