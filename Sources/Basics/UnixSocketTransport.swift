/// One request, one answer over a Unix domain socket (the Docker engine's API): the request's
/// bytes are written, and everything the peer sends until it closes the connection is returned.
public protocol UnixSocketTransport: Sendable {
    /// `timeoutMilliseconds` bounds each wait for bytes (nil: wait as long as the peer takes,
    /// for an exec that runs a slow command); `stop` is asked every fraction of a second while
    /// waiting, and ends the exchange when it says so (Ctrl-C during a long exec).
    func exchange(socket path: String, request: [UInt8], timeoutMilliseconds: Int?,
                  stop: (@Sendable () -> Bool)?) async -> Result<[UInt8], UnixSocketError>
}

extension UnixSocketTransport {
    public func exchange(socket path: String, request: [UInt8], timeoutMilliseconds: Int?) async -> Result<[UInt8], UnixSocketError> {
        await exchange(socket: path, request: request, timeoutMilliseconds: timeoutMilliseconds, stop: nil)
    }
}

/// Why a Unix-socket exchange failed, and whether the socket could not even be connected to
/// (nothing listens there, or no permission): the engine's API is then not used at all.
public struct UnixSocketError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    /// True when `connect` failed: nothing was sent.
    public var notConnected: Bool

    public init(_ description: String, notConnected: Bool = false) {
        self.description = description
        self.notConnected = notConnected
    }
}
