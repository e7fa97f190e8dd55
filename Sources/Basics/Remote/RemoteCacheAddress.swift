/// Where a remote stage cache lives: `http[s]://host[:port][/base]`, with blobs under
/// `<base>/cas/<sha256>` and stage records under `<base>/ac/<key>` (Bazel's HTTP cache layout).
public struct RemoteCacheAddress: Sendable, Hashable, CustomStringConvertible {
    /// Bazel's two areas: content-addressed blobs and the action cache.
    public enum Area: String, Sendable {
        case cas
        case ac
    }

    /// `https`: spoken through TLS.
    public var secure: Bool
    public var host: String
    public var port: Int
    /// The path before `/cas` and `/ac`: empty, or starting with `/` and not ending with one.
    public var basePath: String

    /// Why an address was refused.
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `text`. Refused: other schemes than `http` and `https`, credentials in the
    /// address (they belong in a secret), queries and fragments.
    public init(parsing text: String) throws(Invalid) {
        let parts = text.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw Invalid(description: "'\(text)' is not an http:// address")
        }
        let scheme = parts[0].lowercased()
        guard scheme == "http" || scheme == "https" else { throw Invalid(description: "'\(text)': the scheme must be http or https") }
        secure = scheme == "https"
        let rest = parts[1]
        guard !rest.contains("?"), !rest.contains("#") else { throw Invalid(description: "'\(text)': no query or fragment allowed") }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.contains("@") else {
            throw Invalid(description: "credentials do not belong in the address; name a secret in cache.basicAuth or cache.bearerToken")
        }
        var hostPart = Substring(authority)
        var portText: Substring?
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.firstIndex(of: "]") else { throw Invalid(description: "'\(text)': unclosed [ in the host") }
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { throw Invalid(description: "'\(text)': bad host") }
            hostPart = hostPart[hostPart.index(after: hostPart.startIndex)..<close]
        } else if let colon = hostPart.lastIndex(of: ":") {
            portText = hostPart[hostPart.index(after: colon)...]
            hostPart = hostPart[..<colon]
        }
        guard !hostPart.isEmpty, hostPart.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "_" }) else {
            throw Invalid(description: "'\(text)': missing or invalid host")
        }
        host = String(hostPart)
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else { throw Invalid(description: "'\(text)': invalid port '\(portText)'") }
            port = number
        } else {
            port = secure ? 443 : 80
        }
        var base = String(rest[authorityEnd...])
        while base.hasSuffix("/") { base.removeLast() }
        let printable = base.utf8.allSatisfy { (byte: UInt8) -> Bool in byte > 0x20 && byte < 0x7F }
        let segments = base.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard printable, !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw Invalid(description: "'\(text)': the path may not hold empty, '.' or '..' segments, spaces or control characters")
        }
        basePath = base
    }

    /// The request path of `digest` in `area`.
    public func path(_ area: Area, _ digest: Digest) -> String { "\(basePath)/\(area.rawValue)/\(digest.hex)" }

    /// `host:port` as sent in the `Host` header (and shown in messages).
    public var hostHeader: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    public var description: String { (secure ? "https://" : "http://") + hostHeader + basePath }
}
