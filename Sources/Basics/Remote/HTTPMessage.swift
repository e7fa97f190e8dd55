/// One HTTP/1.1 request as the remote cache sends it.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    /// The request target: an absolute path, already percent-encoded where needed.
    public var path: String
    /// Extra header lines (`Authorization`, `Content-Type`), name and value.
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: String, path: String, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The bytes on the wire: request line, `Host`, the headers, `Content-Length` for a
    /// request with a body (or a PUT), and the body. The connection is kept open.
    public func serialized(host: String) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: pipeline\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        if !body.isEmpty || method == "PUT" || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }
}

/// A header line.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// Frames HTTP/1.1 responses in a byte stream: the status line and headers, then a body
/// delimited by `Content-Length`, chunked transfer coding, or the end of the connection.
/// Pure, so truncation and framing are tested without a socket.
public enum HTTPResponseFraming {
    /// A complete response, how many bytes of the buffer it took, and whether the server lets
    /// the connection be reused.
    public struct Framed: Sendable, Hashable {
        public var response: HTTPResponse
        public var consumed: Int
        public var reusable: Bool
    }

    /// The largest head accepted (status line and headers).
    public static let maximumHeadSize = 64 << 10

    /// The response at the start of `buffer`, or nil when more bytes are needed. `closed`: the
    /// server closed the connection after these bytes, so a response cut short is an error,
    /// not a wait. `method` matters because a HEAD answer has no body.
    public static func frame(_ buffer: [UInt8], method: String, closed: Bool) throws(HTTPError) -> Framed? {
        guard let headEnd = endOfHead(buffer) else {
            if buffer.count > maximumHeadSize { throw HTTPError("the response head is larger than \(maximumHeadSize) bytes") }
            if closed { throw HTTPError(buffer.isEmpty ? "the server closed the connection without answering" : "the response was cut off in its head") }
            return nil
        }
        let head = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).makeIterator()
        let statusLine = lines.next() ?? ""
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].utf8.count == 3, let status = Int(parts[1]) else {
            throw HTTPError("the answer is not HTTP: \(String(statusLine.prefix(60)))")
        }
        var contentLength: Int?
        var chunked = false
        var reusable = parts[0] == "HTTP/1.1"
        while let line = lines.next() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces().lowercased()
            switch name {
            case "content-length":
                guard let length = Int(value), length >= 0 else { throw HTTPError("invalid Content-Length '\(value)'") }
                if let contentLength, contentLength != length { throw HTTPError("conflicting Content-Length headers") }
                contentLength = length
            case "transfer-encoding":
                chunked = value.split(separator: ",").last?.trimmingSpaces() == "chunked"
            case "connection":
                let tokens = value.split(separator: ",").map { $0.trimmingSpaces() }
                if tokens.contains("close") { reusable = false }
                if tokens.contains("keep-alive") { reusable = true }
            default: continue
            }
        }
        let bodyStart = headEnd + 4
        if method == "HEAD" || status / 100 == 1 || status == 204 || status == 304 {
            return Framed(response: HTTPResponse(status: status, body: []), consumed: bodyStart, reusable: reusable)
        }
        if chunked {
            guard let (body, end) = try dechunk(buffer, from: bodyStart) else {
                if closed { throw HTTPError("the response was cut off in its chunked body") }
                return nil
            }
            return Framed(response: HTTPResponse(status: status, body: body), consumed: end, reusable: reusable)
        }
        if let contentLength {
            let available = buffer.count - bodyStart
            guard available >= contentLength else {
                if closed { throw HTTPError("the response was cut off: \(available) of \(contentLength) bytes") }
                return nil
            }
            return Framed(response: HTTPResponse(status: status, body: Array(buffer[bodyStart..<(bodyStart + contentLength)])),
                          consumed: bodyStart + contentLength, reusable: reusable)
        }
        // Neither: the body runs to the end of the connection, which cannot be reused.
        guard closed else { return nil }
        return Framed(response: HTTPResponse(status: status, body: Array(buffer[bodyStart...])), consumed: buffer.count, reusable: false)
    }

    private static func endOfHead(_ buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4) where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }

    /// Decodes a chunked body starting at `start`: the body and the index after its last
    /// CRLF, or nil when incomplete.
    private static func dechunk(_ buffer: [UInt8], from start: Int) throws(HTTPError) -> ([UInt8], Int)? {
        var body: [UInt8] = []
        var position = start
        func line() -> (String, Int)? {
            var i = position
            while i + 1 < buffer.count {
                if buffer[i] == 13 && buffer[i + 1] == 10 { return (String(decoding: buffer[position..<i], as: UTF8.self), i + 2) }
                i += 1
            }
            return nil
        }
        while true {
            guard let (sizeLine, afterSize) = line() else { return nil }
            let sizeText = sizeLine.split(separator: ";").first.map { $0.trimmingSpaces() } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0, size < Int(Int32.max) else {
                throw HTTPError("invalid chunk size '\(sizeLine.prefix(20))'")
            }
            position = afterSize
            if size == 0 {
                // Trailer lines, then an empty line.
                while true {
                    guard let (trailer, next) = line() else { return nil }
                    position = next
                    if trailer.isEmpty { return (body, position) }
                }
            }
            guard buffer.count - position >= size + 2 else { return nil }
            body.append(contentsOf: buffer[position..<(position + size)])
            guard buffer[position + size] == 13, buffer[position + size + 1] == 10 else { throw HTTPError("malformed chunk") }
            position += size + 2
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        return String(String.UnicodeScalarView(scalars))
    }
}
