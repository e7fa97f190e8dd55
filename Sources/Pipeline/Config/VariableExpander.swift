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
    }

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
        var visiting: [String] = []
        return try expand(text, visiting: &visiting, trace: &trace)
    }

    /// The value of one name, or nil when it is undefined.
    public func value(of name: String, trace: inout Trace) throws(Failure) -> String? {
        var visiting: [String] = []
        return try lookup(name, visiting: &visiting, trace: &trace)
    }

    private func lookup(_ name: String, visiting: inout [String], trace: inout Trace) throws(Failure) -> String? {
        let value = try resolve(name, visiting: &visiting, trace: &trace)
        if let value { trace.referenced[name] = value }
        return value
    }

    private func resolve(_ name: String, visiting: inout [String], trace: inout Trace) throws(Failure) -> String? {
        if secrets.contains(name) {
            if let value = environment[name] { return value }
            if !trace.missingSecrets.contains(name) { trace.missingSecrets.append(name) }
            return ""
        }
        if let value = overrides[name] { return value }
        if let value = environment[name] { return value }
        if let raw = rawVars[name] {
            if let start = visiting.firstIndex(of: name) { throw .cycle(Array(visiting[start...]) + [name]) }
            visiting.append(name)
            defer { visiting.removeLast() }
            return try expand(raw, visiting: &visiting, trace: &trace)
        }
        return builtins[name]
    }

    private func expand(_ text: String, visiting: inout [String], trace: inout Trace) throws(Failure) -> String {
        guard text.contains("${") else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            if chars[i] == "$", i + 2 < chars.count, chars[i + 1] == "$", chars[i + 2] == "{" {
                out.append(contentsOf: "${".unicodeScalars)
                i += 3
                continue
            }
            guard chars[i] == "$", i + 1 < chars.count, chars[i + 1] == "{" else {
                out.append(chars[i])
                i += 1
                continue
            }
            let (reference, end) = try parseReference(chars, from: i)
            let missingBefore = trace.missingSecrets
            var value = try lookup(reference.name, visiting: &visiting, trace: &trace)
            if let fallback = reference.fallback, value?.isEmpty ?? true {
                // `${SECRET:-default}`: an unset secret is fine when the file gives a default.
                trace.missingSecrets = missingBefore
                value = try expand(fallback, visiting: &visiting, trace: &trace)
            }
            guard let value else { throw .undefined(reference.name) }
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

    /// Whether `name` is a valid variable name.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isNameScalar(first, first: true) else { return false }
        return name.unicodeScalars.allSatisfy { isNameScalar($0, first: false) }
    }
}
