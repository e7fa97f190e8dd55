import Basics
import Glibc

/// TLS through the system's OpenSSL (`libssl.so.3`), loaded when the first `https://` connection
/// is made, so the tool links nothing extra and runs without it when no TLS is asked for.
/// Certificates are checked against the system's trust store (`SSL_CERT_FILE` and
/// `SSL_CERT_DIR` override it, as for every OpenSSL program), and the name or IP address
/// against the certificate.
final class SystemTLS: @unchecked Sendable {
    // Signatures of the few OpenSSL 3 functions used (opaque pointers for SSL_CTX, SSL, …).
    private typealias ClientMethod = @convention(c) () -> OpaquePointer?
    private typealias ContextNew = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias ContextInt = @convention(c) (OpaquePointer?) -> Int32
    private typealias SetVerify = @convention(c) (OpaquePointer?, Int32, OpaquePointer?) -> Void
    private typealias SessionNew = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias SetFD = @convention(c) (OpaquePointer?, Int32) -> Int32
    private typealias Control = @convention(c) (OpaquePointer?, Int32, Int, UnsafeMutableRawPointer?) -> Int
    private typealias SetText = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    private typealias GetParam = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias Read = @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, Int32) -> Int32
    private typealias Write = @convention(c) (OpaquePointer?, UnsafeRawPointer?, Int32) -> Int32
    private typealias GetError = @convention(c) (OpaquePointer?, Int32) -> Int32
    private typealias Free = @convention(c) (OpaquePointer?) -> Void
    private typealias VerifyResult = @convention(c) (OpaquePointer?) -> Int
    private typealias VerifyText = @convention(c) (Int) -> UnsafePointer<CChar>?
    private typealias ErrorCode = @convention(c) () -> UInt
    private typealias ErrorText = @convention(c) (UInt, UnsafeMutablePointer<CChar>?, Int) -> Void

    private let context: OpaquePointer
    private let sessionNew: SessionNew
    private let setFD: SetFD
    private let control: Control
    private let setHost: SetText
    private let getParam: GetParam
    private let setIP: SetText
    private let connect: ContextInt
    private let read: Read
    private let write: Write
    private let pending: ContextInt
    private let getError: GetError
    private let free: Free
    private let verifyResult: VerifyResult
    private let verifyText: VerifyText
    private let errorCode: ErrorCode
    private let errorText: ErrorText

    /// The library, loaded once; or why it cannot be.
    static let shared: Result<SystemTLS, HTTPError> = load()

    private init(context: OpaquePointer, symbol: (String) throws(HTTPError) -> UnsafeMutableRawPointer) throws(HTTPError) {
        self.context = context
        sessionNew = unsafeBitCast(try symbol("SSL_new"), to: SessionNew.self)
        setFD = unsafeBitCast(try symbol("SSL_set_fd"), to: SetFD.self)
        control = unsafeBitCast(try symbol("SSL_ctrl"), to: Control.self)
        setHost = unsafeBitCast(try symbol("SSL_set1_host"), to: SetText.self)
        getParam = unsafeBitCast(try symbol("SSL_get0_param"), to: GetParam.self)
        setIP = unsafeBitCast(try symbol("X509_VERIFY_PARAM_set1_ip_asc"), to: SetText.self)
        connect = unsafeBitCast(try symbol("SSL_connect"), to: ContextInt.self)
        read = unsafeBitCast(try symbol("SSL_read"), to: Read.self)
        write = unsafeBitCast(try symbol("SSL_write"), to: Write.self)
        pending = unsafeBitCast(try symbol("SSL_pending"), to: ContextInt.self)
        getError = unsafeBitCast(try symbol("SSL_get_error"), to: GetError.self)
        free = unsafeBitCast(try symbol("SSL_free"), to: Free.self)
        verifyResult = unsafeBitCast(try symbol("SSL_get_verify_result"), to: VerifyResult.self)
        verifyText = unsafeBitCast(try symbol("X509_verify_cert_error_string"), to: VerifyText.self)
        errorCode = unsafeBitCast(try symbol("ERR_get_error"), to: ErrorCode.self)
        errorText = unsafeBitCast(try symbol("ERR_error_string_n"), to: ErrorText.self)
    }

    private static func load() -> Result<SystemTLS, HTTPError> {
        guard let library = dlopen("libssl.so.3", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(HTTPError("https:// needs the system's OpenSSL 3 (libssl.so.3, Debian package libssl3), which cannot be loaded"))
        }
        func symbol(_ name: String) throws(HTTPError) -> UnsafeMutableRawPointer {
            guard let pointer = dlsym(library, name) else { throw HTTPError("libssl.so.3 lacks \(name)") }
            return pointer
        }
        do {
            return .success(try make(symbol))
        } catch {
            return .failure(error)
        }
    }

    private static func make(_ symbol: (String) throws(HTTPError) -> UnsafeMutableRawPointer) throws(HTTPError) -> SystemTLS {
        let method = unsafeBitCast(try symbol("TLS_client_method"), to: ClientMethod.self)
        let contextNew = unsafeBitCast(try symbol("SSL_CTX_new"), to: ContextNew.self)
        guard let context = contextNew(method()) else { throw HTTPError("cannot create a TLS context") }
        _ = unsafeBitCast(try symbol("SSL_CTX_set_default_verify_paths"), to: ContextInt.self)(context)
        // SSL_VERIFY_PEER: the handshake fails on a certificate the trust store does not vouch for.
        unsafeBitCast(try symbol("SSL_CTX_set_verify"), to: SetVerify.self)(context, 1, nil)
        return try SystemTLS(context: context, symbol: symbol)
    }

    /// OpenSSL's own words for its last error.
    private func lastError() -> String {
        let code = errorCode()
        guard code != 0 else { return "TLS error" }
        var text = [CChar](repeating: 0, count: 256)
        errorText(code, &text, text.count)
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A TLS session on the connected socket `fd`, its handshake done and the server's
    /// certificate checked for `host`.
    func session(fd: Int32, host: String) -> Result<TLSSession, HTTPError> {
        guard let ssl = sessionNew(context) else { return .failure(HTTPError("cannot create a TLS session: \(lastError())")) }
        var v4 = in_addr(), v6 = in6_addr()
        let isAddress = inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
        let named = host.withCString { name -> Bool in
            if isAddress { return setIP(getParam(ssl), name) == 1 }
            // SNI (SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name), then the name check.
            _ = control(ssl, 55, 0, UnsafeMutableRawPointer(mutating: name))
            return setHost(ssl, name) == 1
        }
        guard named, setFD(ssl, fd) == 1 else {
            free(ssl)
            return .failure(HTTPError("cannot set up TLS for \(host): \(lastError())"))
        }
        guard connect(ssl) == 1 else {
            let verified = verifyResult(ssl)
            let reason = verified != 0 ? verifyText(verified).map { String(cString: $0) } ?? "certificate refused" : lastError()
            free(ssl)
            return .failure(HTTPError("TLS handshake with \(host) failed: \(reason)"))
        }
        return .success(TLSSession(ssl: ssl, library: self))
    }

    fileprivate func receive(_ ssl: OpaquePointer, _ buffer: UnsafeMutableRawBufferPointer) -> TLSSession.Outcome {
        let got = read(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if got > 0 { return .bytes(Int(got)) }
        switch getError(ssl, got) {
        case 2, 3: return .again                  // SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE
        case 6: return .closed                    // SSL_ERROR_ZERO_RETURN: close_notify
        case 5 where errno == 0: return .closed   // SSL_ERROR_SYSCALL at EOF without close_notify
        case 5: return errno == EAGAIN ? .again : .failed(SystemIO.errorText(errno))
        default: return .failed(lastError())
        }
    }

    fileprivate func send(_ ssl: OpaquePointer, _ buffer: UnsafeRawBufferPointer) -> TLSSession.Outcome {
        let sent = write(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if sent > 0 { return .bytes(Int(sent)) }
        switch getError(ssl, sent) {
        case 2, 3: return .again
        case 5 where errno == EPIPE || errno == ECONNRESET: return .closed
        case 6: return .closed
        default: return .failed(lastError())
        }
    }

    fileprivate func hasPending(_ ssl: OpaquePointer) -> Bool { pending(ssl) > 0 }
    fileprivate func release(_ ssl: OpaquePointer) { free(ssl) }
}

/// One TLS session over a socket; used by one thread at a time.
final class TLSSession: @unchecked Sendable {
    enum Outcome {
        case bytes(Int)
        case again
        case closed
        case failed(String)
    }

    private let ssl: OpaquePointer
    private let library: SystemTLS

    fileprivate init(ssl: OpaquePointer, library: SystemTLS) {
        self.ssl = ssl
        self.library = library
    }

    deinit { library.release(ssl) }

    func receive(_ buffer: UnsafeMutableRawBufferPointer) -> Outcome { library.receive(ssl, buffer) }
    func send(_ buffer: UnsafeRawBufferPointer) -> Outcome { library.send(ssl, buffer) }
    /// Decrypted bytes waiting: read them before polling the socket.
    var hasPending: Bool { library.hasPending(ssl) }
}
