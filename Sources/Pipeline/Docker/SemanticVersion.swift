/// A SemVer 2.0.0 version (`7.0.1`, `v7.1.0-rc.1+build.5`), ordered by SemVer precedence.
///
/// Equality and hashing follow precedence too, so build metadata is ignored: `1.0.0+a == 1.0.0+b`.
/// Release tags are written with or without a leading `v`; both parse to the same version.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Incompatible API changes.
    public let major: UInt64
    /// Backwards-compatible features.
    public let minor: UInt64
    /// Backwards-compatible fixes.
    public let patch: UInt64
    /// Dot-separated pre-release identifiers (`["rc", "1"]`); empty for a release.
    public let preRelease: [String]
    /// Dot-separated build metadata identifiers; never part of precedence.
    public let build: [String]

    /// Builds a version from its parts (identifiers are not re-validated).
    public init(major: UInt64, minor: UInt64, patch: UInt64, preRelease: [String] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.preRelease = preRelease
        self.build = build
    }

    /// Parses `X.Y.Z[-pre][+build]` with an optional leading `v`; nil when `text` is not SemVer.
    public init?(_ text: String) {
        guard case .success(let version) = Self.parse(text) else { return nil }
        self = version
    }

    /// Whether this is a pre-release (`-rc.1`), which never counts as the highest release.
    public var isPreRelease: Bool { !preRelease.isEmpty }

    /// `X.Y.Z[-pre][+build]` without a `v`.
    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !preRelease.isEmpty { text += "-" + preRelease.joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    /// `X.Y.Z[-pre]`: the version as a Docker tag, which cannot hold the `+` of build metadata.
    public var tagText: String {
        var text = "\(major).\(minor).\(patch)"
        if !preRelease.isEmpty { text += "-" + preRelease.joined(separator: ".") }
        return text
    }

    /// Equal precedence: build metadata does not take part.
    public static func == (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        lhs.major == rhs.major && lhs.minor == rhs.minor && lhs.patch == rhs.patch && lhs.preRelease == rhs.preRelease
    }

    /// Hashes what `==` compares, so `1.0.0+a` and `1.0.0+b` share a set slot.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(preRelease)
    }

    /// SemVer precedence (§11 of the specification).
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if lhs.major != rhs.major { return lhs.major < rhs.major }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor }
        if lhs.patch != rhs.patch { return lhs.patch < rhs.patch }
        // A pre-release sorts before its release.
        switch (lhs.preRelease.isEmpty, rhs.preRelease.isEmpty) {
        case (true, true), (true, false): return false
        case (false, true): return true
        case (false, false): break
        }
        for (left, right) in zip(lhs.preRelease, rhs.preRelease) where left != right {
            return identifierPrecedes(left, right)
        }
        return lhs.preRelease.count < rhs.preRelease.count
    }

    /// Numeric identifiers compare as numbers (by length first: they have no leading zeros, and
    /// may exceed 64 bits) and sort below alphanumeric ones, which compare in ASCII order.
    private static func identifierPrecedes(_ left: String, _ right: String) -> Bool {
        switch (isNumeric(left), isNumeric(right)) {
        case (true, true):
            if left.utf8.count != right.utf8.count { return left.utf8.count < right.utf8.count }
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        case (true, false): return true
        case (false, true): return false
        case (false, false): return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
    }

    // MARK: - Parsing

    /// Parses `text`, or says why it is not SemVer.
    public static func parse(_ text: String) -> Result<SemanticVersion, SemanticVersionError> {
        func fail(_ reason: String) -> Result<SemanticVersion, SemanticVersionError> {
            .failure(SemanticVersionError(text: text, reason: reason))
        }
        var rest = Substring(text)
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            build = rest[rest.index(after: plus)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            rest = rest[..<plus]
            if let bad = build.first(where: { !isIdentifier($0) }) {
                return fail("build metadata identifier '\(bad)' must be non-empty letters, digits and '-'")
            }
        }
        var preRelease: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            preRelease = rest[rest.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            rest = rest[..<dash]
            for identifier in preRelease {
                guard isIdentifier(identifier) else {
                    return fail("pre-release identifier '\(identifier)' must be non-empty letters, digits and '-'")
                }
                if isNumeric(identifier), identifier.utf8.count > 1, identifier.hasPrefix("0") {
                    return fail("numeric pre-release identifier '\(identifier)' has a leading zero")
                }
            }
        }
        let core = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard core.count == 3 else {
            return fail("expected MAJOR.MINOR.PATCH (three numbers, e.g. 7.0.1), found \(core.count) part\(core.count == 1 ? "" : "s")")
        }
        var numbers: [UInt64] = []
        for (part, label) in zip(core, ["major", "minor", "patch"]) {
            guard !part.isEmpty, isNumeric(String(part)) else {
                return fail("the \(label) version '\(part)' is not a number")
            }
            guard part.utf8.count == 1 || !part.hasPrefix("0") else {
                return fail("the \(label) version '\(part)' has a leading zero")
            }
            guard let number = UInt64(part) else { return fail("the \(label) version '\(part)' is too large") }
            numbers.append(number)
        }
        return .success(SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2],
                                        preRelease: preRelease, build: build))
    }

    private static func isNumeric(_ identifier: String) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private static func isIdentifier(_ identifier: String) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 == UInt8(ascii: "-")
        }
    }
}

/// Why a string is not a semantic version.
public struct SemanticVersionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that failed to parse.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// Builds an error about `text`.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "'\(text)' is not a semantic version: \(reason)" }
}
