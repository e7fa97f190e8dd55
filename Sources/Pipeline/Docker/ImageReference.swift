/// An image reference (`registry/repository:tag@digest`) checked against Docker's grammar
/// (distribution/reference), so a bad name fails before docker is called, with a fix to try.
///
/// One stricter rule: Docker reads an uppercase first component without `.` or `:` (`Example/app`)
/// as a registry host; that is nearly always a mistyped Docker Hub namespace, so it is an error.
public struct ImageReference: Sendable, Hashable, CustomStringConvertible {
    /// The registry host with optional port (`docker.io`, `localhost:5000`), nil for Docker Hub's default.
    public let registry: String?
    /// The slash-separated repository path (`example/opennebula`).
    public let repository: String
    /// The tag, when the reference names one.
    public let tag: String?
    /// The content digest (`sha256:<64 hex>`), when the reference pins one.
    public let digest: String?

    /// Docker's limit on the name (registry and repository) in bytes.
    public static let maximumNameLength = 255
    /// Docker's limit on a tag's length.
    public static let maximumTagLength = 128

    /// Parses and validates `text`; the error says what is wrong and suggests a fix.
    public init(parsing text: String) throws(ImageReferenceError) {
        self = try Self.parse(text)
    }

    private init(registry: String?, repository: String, tag: String?, digest: String?) {
        self.registry = registry
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// Registry and repository: what `docker tag` and `docker push` name, without tag or digest.
    public var name: String { registry.map { $0 + "/" + repository } ?? repository }

    /// The whole reference as Docker writes it.
    public var fullName: String {
        name + (tag.map { ":" + $0 } ?? "") + (digest.map { "@" + $0 } ?? "")
    }

    public var description: String { fullName }

    /// The same name with `tag`, dropping any digest (a digest cannot be moved to a new tag).
    public func withTag(_ tag: String) throws(ImageReferenceError) -> ImageReference {
        guard Self.isValidTag(tag) else { throw Self.tagError(tag, in: name + ":" + tag) }
        return ImageReference(registry: registry, repository: repository, tag: tag, digest: nil)
    }

    /// Throws when `text` is not a valid reference.
    public static func validate(_ text: String) throws(ImageReferenceError) {
        _ = try parse(text)
    }

    /// What is wrong with `text` as an image reference, or nil when it is valid.
    public static func problem(with text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    /// Registry and repository of `text` without tag or digest (`127.0.0.1:5000/team/app:1` →
    /// `127.0.0.1:5000/team/app`): where `docker tag` and `docker push` put it. `text` itself
    /// when it does not parse.
    public static func name(of text: String) -> String {
        (try? parse(text))?.name ?? text
    }

    /// Whether the reference names a registry on this machine (`localhost`, `127.x.x.x`,
    /// `[::1]`): docker talks plain HTTP to those, so `docker manifest inspect` needs `--insecure`.
    public static func isLoopbackRegistry(_ reference: String) -> Bool {
        guard let registry = (try? ImageReference(parsing: reference))?.registry else { return false }
        if registry.hasPrefix("[::1]") { return true }
        let host = registry.split(separator: ":").first.map(String.init) ?? registry
        return host == "localhost" || host.hasPrefix("127.")
    }

    /// The repository path of `text` (`docker.io/example/app:1` → `example/app`); `text` itself
    /// when it does not parse. Not a name to tag or push with: it has no registry.
    public static func repositoryName(of text: String) -> String {
        (try? parse(text))?.repository ?? text
    }

    /// The tag of `text`, or nil when it has none or does not parse.
    public static func tag(of text: String) -> String? {
        (try? parse(text))?.tag
    }

    /// Whether `tag` fits Docker's tag grammar `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`.
    public static func isValidTag(_ tag: String) -> Bool {
        let bytes = Array(tag.utf8)
        guard let first = bytes.first, bytes.count <= maximumTagLength, isWordByte(first) else { return false }
        return bytes.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// A branch name turned into a valid tag: each run of other characters becomes `-`, leading
    /// `.` and `-` go, at most 128 characters; `""` when nothing usable is left.
    public static func sanitizeTag(_ branch: String) -> String {
        var bytes: [UInt8] = []
        var replacing = false
        for scalar in branch.unicodeScalars {
            if scalar.isASCII, case let byte = UInt8(scalar.value),
               isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                bytes.append(byte)
                replacing = false
            } else if !replacing {
                bytes.append(UInt8(ascii: "-"))
                replacing = true
            }
        }
        let start = bytes.firstIndex { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "-") } ?? bytes.endIndex
        return String(decoding: bytes[start...].prefix(maximumTagLength), as: UTF8.self)
    }

    // MARK: - Parsing

    private static func parse(_ text: String) throws(ImageReferenceError) -> ImageReference {
        func fail(_ message: String) -> ImageReferenceError { ImageReferenceError(reference: text, message: message) }
        guard !text.isEmpty else { throw fail("the image name is empty; write it as [registry/]name[:tag], e.g. 'docker.io/example/app:1.0'") }
        if let space = text.unicodeScalars.first(where: { $0.properties.isWhitespace }) {
            throw fail("image name '\(text)' contains white space (\(describe(space))); remove it")
        }

        var remainder = Substring(text)
        var digest: String?
        if let at = remainder.firstIndex(of: "@") {
            digest = String(remainder[remainder.index(after: at)...])
            remainder = remainder[..<at]
            try validateDigest(digest ?? "", in: text)
        }
        var tag: String?
        let lastSlash = remainder.lastIndex(of: "/")
        if let colon = remainder.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            let candidate = String(remainder[remainder.index(after: colon)...])
            guard isValidTag(candidate) else { throw tagError(candidate, in: text) }
            tag = candidate
            remainder = remainder[..<colon]
        }
        let name = String(remainder)
        guard !name.isEmpty else { throw fail("'\(text)' has no repository name before ':' or '@'") }

        if name.utf8.count == 64, name.utf8.allSatisfy(isLowerHex) {
            throw fail("'\(text)' is a 64-character hex string, which Docker reserves for image IDs; use a name")
        }

        var registry: String?
        var path = name
        if let slash = name.firstIndex(of: "/") {
            let first = name[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                registry = String(first)
                path = String(name[name.index(after: slash)...])
            }
        }
        if let registry { try validateRegistry(registry, in: text) }

        if path.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) {
            let fixed = (registry.map { $0.lowercased() + "/" } ?? "") + path.lowercased()
                + (tag.map { ":" + $0 } ?? "") + (digest.map { "@" + $0 } ?? "")
            throw fail("uppercase letters are not allowed in repository names: '\(text)' → '\(fixed)'?")
        }
        try validatePath(path, in: text)
        let fullNameLength = name.utf8.count
        guard fullNameLength <= maximumNameLength else {
            throw fail("image name '\(name)' is \(fullNameLength) characters long; Docker allows at most \(maximumNameLength)")
        }
        return ImageReference(registry: registry, repository: path, tag: tag, digest: digest)
    }

    /// Path components: `[a-z0-9]+` runs joined by `.`, `_`, `__` or any number of `-`.
    private static func validatePath(_ path: String, in text: String) throws(ImageReferenceError) {
        func fail(_ message: String) -> ImageReferenceError { ImageReferenceError(reference: text, message: message) }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard !component.isEmpty else {
                throw fail("'\(text)' has an empty path component (a leading, trailing or doubled '/'); remove the extra '/'")
            }
            if let bad = component.unicodeScalars.first(where: { !isPathScalar($0) }) {
                throw fail("repository names may contain only lowercase letters, digits, '.', '_' and '-'; "
                    + "'\(component)' in '\(text)' contains \(describe(bad))")
            }
            let bytes = Array(component.utf8)
            guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
                throw fail("path component '\(component)' in '\(text)' must start and end with a lowercase letter or digit")
            }
            var index = 0
            while index < bytes.count {
                if isLowerAlphanumeric(bytes[index]) {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, !isLowerAlphanumeric(bytes[end]) { end += 1 }
                let separator = String(decoding: bytes[index..<end], as: UTF8.self)
                let allDashes = separator.utf8.allSatisfy { $0 == UInt8(ascii: "-") }
                guard separator == "." || separator == "_" || separator == "__" || allDashes else {
                    throw fail("path component '\(component)' in '\(text)' has the separator '\(separator)'; "
                        + "only '.', '_', '__' or dashes may sit between letters and digits")
                }
                index = end
            }
        }
    }

    /// `host[:port]`: DNS-style labels (letters, digits, inner `-`) joined by `.`, or `[IPv6]`.
    private static func validateRegistry(_ registry: String, in text: String) throws(ImageReferenceError) {
        func fail(_ message: String) -> ImageReferenceError { ImageReferenceError(reference: text, message: message) }
        var host = Substring(registry)
        var port: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                throw fail("registry '\(registry)' opens '[' for an IPv6 address but never closes it")
            }
            let address = host[host.index(after: host.startIndex)..<close]
            guard !address.isEmpty, address.unicodeScalars.allSatisfy({ $0 == ":" || $0 == "." || $0.properties.isASCIIHexDigit }) else {
                throw fail("registry '\(registry)' has an invalid IPv6 address '[\(address)]'")
            }
            let after = host[host.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw fail("registry '\(registry)' has text after the IPv6 address") }
                port = after.dropFirst()
            }
            host = host[...close]
        } else {
            if let colon = host.firstIndex(of: ":") {
                port = host[host.index(after: colon)...]
                host = host[..<colon]
            }
            for label in host.split(separator: ".", omittingEmptySubsequences: false) {
                let bytes = Array(label.utf8)
                guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last),
                      bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") }) else {
                    throw fail("registry host '\(host)' in '\(text)' is not a valid host name: each '.'-separated part must be "
                        + "letters, digits and inner '-'")
                }
            }
        }
        if let port {
            guard !port.isEmpty, port.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                throw fail("registry port '\(port)' in '\(text)' is not a number; write host:port, e.g. 'localhost:5000'")
            }
        }
    }

    private static func validateDigest(_ digest: String, in text: String) throws(ImageReferenceError) {
        let lengths = ["sha256": 64, "sha384": 96, "sha512": 128]
        let parts = digest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let length = lengths[String(parts[0])] else {
            throw ImageReferenceError(reference: text, message: "digest '\(digest)' in '\(text)' must be 'sha256:' followed by 64 hex digits")
        }
        guard parts[1].utf8.count == length, parts[1].utf8.allSatisfy(isLowerHex) else {
            throw ImageReferenceError(reference: text, message: "digest '\(digest)' in '\(text)' must be '\(parts[0]):' followed by "
                + "\(length) lowercase hex digits")
        }
    }

    private static func tagError(_ tag: String, in text: String) -> ImageReferenceError {
        let hint: String
        if tag.isEmpty {
            hint = "remove the trailing ':' or write a tag after it"
        } else if tag.utf8.count > maximumTagLength {
            hint = "tags are at most \(maximumTagLength) characters; shorten it"
        } else {
            let fixed = sanitizeTag(tag)
            hint = "tags may hold letters, digits, '_', '.' and '-' and may not start with '.' or '-'"
                + (fixed.isEmpty ? "" : "; try '\(fixed)'")
        }
        return ImageReferenceError(reference: text, message: "invalid tag '\(tag)' in '\(text)': \(hint)")
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.isWhitespace || scalar.value < 0x20
            ? "U+" + String(scalar.value, radix: 16, uppercase: true)
            : "'\(Character(scalar))'"
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLowerAlphanumeric(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isPathScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
    }
}

/// Why a string is not a valid image reference, with a suggested fix in the message.
public struct ImageReferenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that failed to parse.
    public var reference: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Builds an error about `reference`.
    public init(reference: String, message: String) {
        self.reference = reference
        self.message = message
    }

    public var description: String { message }
}
