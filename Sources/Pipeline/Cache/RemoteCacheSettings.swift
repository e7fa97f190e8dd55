import Basics

/// The `cache` section of pipeline.json after the command line had its say: where the remote
/// stage cache is, whether this run writes to it, and which secret holds its credentials.
public struct RemoteCacheSettings: Sendable, Hashable {
    /// How the `Authorization` header is made, from a secret's value.
    public enum Credential: Sendable, Hashable {
        /// `Authorization: Basic base64(value)`; the secret holds `user:password`.
        case basic(secret: String)
        /// `Authorization: Bearer value`.
        case bearer(secret: String)

        public var secret: String {
            switch self {
            case .basic(let secret), .bearer(let secret): secret
            }
        }
    }

    public var address: RemoteCacheAddress
    /// Write results to the remote (false: read only, as pull requests should).
    public var upload: Bool
    public var credential: Credential?
    /// The longest wait for the server to accept a connection, take a request or answer.
    public var timeoutMilliseconds: Int

    public static let defaultTimeoutMilliseconds = 10_000

    public init(address: RemoteCacheAddress, upload: Bool = true, credential: Credential? = nil,
                timeoutMilliseconds: Int = defaultTimeoutMilliseconds) {
        self.address = address
        self.upload = upload
        self.credential = credential
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// The `Authorization` header for the secret's value, nil without credentials.
    public func authorization(secrets: [String: String]) -> HTTPHeader? {
        guard let credential, let value = secrets[credential.secret] else { return nil }
        switch credential {
        case .basic: return HTTPHeader("Authorization", "Basic " + Base64.encode(Array(value.utf8)))
        case .bearer: return HTTPHeader("Authorization", "Bearer " + value)
        }
    }

    /// Applies `--remote-cache` / `PIPELINE_REMOTE_CACHE` (an address, or `off`) and
    /// `--remote-upload` to pipeline.json's `cache` section. Nil: no remote cache this run.
    public static func resolve(_ section: RemoteCacheSection?, override: String?, upload: Bool?) throws(RemoteCacheAddress.Invalid) -> RemoteCacheSettings? {
        var address = section?.address
        if let override {
            if override.isEmpty || override == "off" { return nil }
            address = try RemoteCacheAddress(parsing: override)
        }
        guard let address else { return nil }
        return RemoteCacheSettings(address: address, upload: upload ?? section?.upload ?? true, credential: section?.credential,
                                   timeoutMilliseconds: section?.timeoutMilliseconds ?? defaultTimeoutMilliseconds)
    }
}

/// pipeline.json's `cache` section as written; the address may come from the command line.
public struct RemoteCacheSection: Sendable, Hashable {
    public var address: RemoteCacheAddress?
    public var upload: Bool
    public var credential: RemoteCacheSettings.Credential?
    public var timeoutMilliseconds: Int

    public init(address: RemoteCacheAddress? = nil, upload: Bool = true, credential: RemoteCacheSettings.Credential? = nil,
                timeoutMilliseconds: Int = RemoteCacheSettings.defaultTimeoutMilliseconds) {
        self.address = address
        self.upload = upload
        self.credential = credential
        self.timeoutMilliseconds = timeoutMilliseconds
    }
}

/// RFC 4648 base64, for the `Basic` authorization header.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
