/// A plain-HTTP GET to a local port, for smoke checks (`http` probes) of containers.
public protocol HTTPClient: Sendable {
    /// GET `path` from `host:port` over HTTP/1.0; the status code and body, or why it failed.
    func get(host: String, port: Int, path: String, timeoutMilliseconds: Int) async -> Result<HTTPResponse, HTTPError>
}

/// What a server answered.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var body: [UInt8]

    public init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }
}

/// Why there was no answer (connection refused, timed out, not HTTP).
public struct HTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Sends HTTP/1.1 requests to one server, reusing open connections (keep-alive). Every
/// request is bounded in time; a failure is an `HTTPError`, never a hang or a crash.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, HTTPError>
}
