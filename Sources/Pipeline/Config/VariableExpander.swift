import Basics

/// Expands `${NAME}` and `${NAME:-default}` in strings. `$${` writes a literal `${`;
/// any other `$` is left alone, so shell text like `$HOME` passes through untouched.
///
/// Lookup order, highest first: `--set`, the environment, `vars`, built-ins. Names listed as
/// secrets come from the environment only.
public struct VariableExpander: Sendable {
    public enum Failure: Error, Sendable, Hashable {
        case undefined(String)
        case malformed(String)
        case cycle([String])
        /// Expanding `${name}` made a value longer than `maximumLength`.
        case tooLarge(String)
        /// `${name}` sits deeper than `maximumDepth` references (vars through vars, or defaults
        /// inside defaults).
        case tooDeep(String)
    }

    /// The longest value one expansion may produce, in Unicode scalars. `V0=${V1}${V1}`,
    /// `V1=${V2}${V2}`, … doubles with each level: 40 levels in a 1.5 KB file would be a
    /// terabyte, so growth stops here with an error naming the variable.
    public static let maximumLength = 1 << 20
    /// How many references may nest (a var naming a var naming a var…, or `${A:-${B:-…}}`).
    public static let maximumDepth = 64

    public var overrides: [String: String]
    public var environment: [String: String]
    /// `vars` exactly as written; expanded on use.
    public var rawVars: [String: String]
    public var builtins: [String: String]
    public var secrets: Set<String>

    public init(overrides: [String: String] = [:], environment: [String: String] = [:], rawVars: [String: String] = [:],
                builtins: [String: String] = [:], secrets: Set<String> = []) {
        self.overrides = overrides
        self.environment = environment
        self.rawVars = rawVars
        self.builtins = builtins
        self.secrets = secrets
    }

    /// Every name that could be referenced, for "did you mean".
    public var knownNames: Set<String> {
        Set(overrides.keys).union(rawVars.keys).union(builtins.keys).union(secrets)
    }

    /// What an expansion looked up: the names it used (for `explain`) and the secrets it needed
    /// that are not set.
    public struct Trace: Sendable, Hashable {
        /// Secrets referred to but not set; they expand to "" so a stage that is not run does
        /// not need them.
        public var missingSecrets: [String] = []
        /// Every name looked up, directly or through other vars, with its value.
        public var referenced: [String: String] = [:]

        public init() {}
    }

    /// Expands `text`, recording what it used in `trace`.
    public func expand(_ text: String, trace: inout Trace) throws(Failure) -> String {
        var walk = Walk()
        return try expand(text, walk: &walk, depth: 0, trace: &trace)
    }

    /// The value of one name, or nil when it is undefined.
    public func value(of name: String, trace: inout Trace) throws(Failure) -> String? {
        var walk = Walk()
        return try lookup(name, walk: &walk, depth: 0, trace: &trace)
    }

    /// The state of one expansion: the vars being expanded (to report loops) and the names
    /// already resolved with what they looked up, so `${V1}${V1}` expands V1 once and a chain
    /// of such vars costs time in proportion to its result, not to 2^levels.
    private struct Walk {
        var visiting: [String] = []
        var resolved: [String: (value: String?, trace: Trace)] = [:]
    }

    private func lookup(_ name: String, walk: inout Walk, depth: Int, trace: inout Trace) throws(Failure) -> String? {
        guard depth < Self.maximumDepth else { throw .tooDeep(name) }
        let found: (value: String?, trace: Trace)
        if let known = walk.resolved[name] {
            found = known
        } else {
            var inner = Trace()
            let value = try resolve(name, walk: &walk, depth: depth + 1, trace: &inner)
            if let value { inner.referenced[name] = value }
            found = (value, inner)
            walk.resolved[name] = found
        }
        trace.referenced.merge(found.trace.referenced) { current, _ in current }
        for secret in found.trace.missingSecrets where !trace.missingSecrets.contains(secret) { trace.missingSecrets.append(secret) }
        return found.value
    }

    private func resolve(_ name: String, walk: inout Walk, depth: Int, trace: inout Trace) throws(Failure) -> String? {
        if secrets.contains(name) {
            if let value = environment[name] { return value }
            if !trace.missingSecrets.contains(name) { trace.missingSecrets.append(name) }
            return ""
        }
        if let value = overrides[name] { return value }
        if let value = environment[name] { return value }
        if let raw = rawVars[name] {
            if let start = walk.visiting.firstIndex(of: name) { throw .cycle(Array(walk.visiting[start...]) + [name]) }
            walk.visiting.append(name)
            defer { walk.visiting.removeLast() }
            return try expand(raw, walk: &walk, depth: depth, trace: &trace)
        }
        return builtins[name]
    }

    private func expand(_ text: String, walk: inout Walk, depth: Int, trace: inout Trace) throws(Failure) -> String {
        guard Self.mayHaveReferences(text) else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var length = 0
        var i = 0
        while i < chars.count {
            if chars[i] == "$", i + 2 < chars.count, chars[i + 1] == "$", chars[i + 2] == "{" {
                out.append(contentsOf: "${".unicodeScalars)
                length += 2
                i += 3
                continue
            }
            guard chars[i] == "$", i + 1 < chars.count, chars[i + 1] == "{" else {
                out.append(chars[i])
                length += 1
                i += 1
                continue
            }
            let (reference, end) = try parseReference(chars, from: i)
            let missingBefore = trace.missingSecrets
            var value = try lookup(reference.name, walk: &walk, depth: depth, trace: &trace)
            if let fallback = reference.fallback, value?.isEmpty ?? true {
                // `${SECRET:-default}`: an unset secret is fine when the file gives a default.
                trace.missingSecrets = missingBefore
                guard depth < Self.maximumDepth else { throw .tooDeep(reference.name) }
                value = try expand(fallback, walk: &walk, depth: depth + 1, trace: &trace)
            }
            guard let value else { throw .undefined(reference.name) }
            length += value.unicodeScalars.count
            guard length <= Self.maximumLength else { throw .tooLarge(reference.name) }
            out.append(contentsOf: value.unicodeScalars)
            i = end
        }
        return String(out)
    }

    /// Parses `${NAME}` or `${NAME:-default}` starting at the `$`; returns the index after `}`.
    private func parseReference(_ chars: [Unicode.Scalar], from start: Int) throws(Failure) -> ((name: String, fallback: String?), Int) {
        var i = start + 2
        var name = String.UnicodeScalarView()
        while i < chars.count, Self.isNameScalar(chars[i], first: name.isEmpty) {
            name.append(chars[i])
            i += 1
        }
        let snippet = { String(String.UnicodeScalarView(chars[start..<min(chars.count, max(i + 1, start + 2))])) }
        guard !name.isEmpty else { throw .malformed(snippet()) }
        guard i < chars.count else { throw .malformed(snippet() + " (missing '}')") }
        if chars[i] == "}" { return ((String(name), nil), i + 1) }
        guard chars[i] == ":", i + 1 < chars.count, chars[i + 1] == "-" else {
            throw .malformed(snippet() + " (only ${NAME} and ${NAME:-default} are supported)")
        }
        i += 2
        let defaultStart = i
        var depth = 1
        while i < chars.count {
            if chars[i] == "{" && i > 0 && chars[i - 1] == "$" { depth += 1 }
            if chars[i] == "}" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i < chars.count else { throw .malformed(String(String.UnicodeScalarView(chars[start...])) + " (missing '}')") }
        return ((String(name), String(String.UnicodeScalarView(chars[defaultStart..<i]))), i + 1)
    }

    private static func isNameScalar(_ c: Unicode.Scalar, first: Bool) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "_": true
        case "0"..."9": !first
        default: false
        }
    }

    /// Whether `text` may hold `${`: most values have no `$` at all, which one byte scan shows.
    static func mayHaveReferences(_ text: String) -> Bool {
        text.withBytes { $0.contains(UInt8(ascii: "$")) } && text.containsBytes(of: "${")
    }

    /// Whether `name` is a valid variable name.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isNameScalar(first, first: true) else { return false }
        return name.unicodeScalars.allSatisfy { isNameScalar($0, first: false) }
    }
}
