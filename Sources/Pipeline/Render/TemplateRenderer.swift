import Basics

/// Renders `{{ NAME }}` placeholders in a text file. `{{{{` writes a
/// literal `{{`. Pure: the caller says how names resolve.
public enum TemplateRenderer {
    /// Why a template cannot be rendered, with its position.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var location: SourceLocation
        public var message: String

        public var description: String { "\(file):\(location.line):\(location.column): \(message)" }
    }

    /// What a name resolves to.
    public enum Value: Sendable, Hashable {
        case text(String)
        /// A secret: never written into a file.
        case secret
        case undefined
    }

    /// The names a template uses, in order of first use (for cache keys).
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        _ = try? scan(text, file: "") { name, _ in
            if !names.contains(name) { names.append(name) }
            return ""
        }
        return names
    }

    /// Renders `text`; every placeholder must resolve to a non-secret value.
    public static func render(_ text: String, file: String, lookup: (String) -> Value, known: @autoclosure () -> [String] = []) throws(Failure) -> String {
        try scan(text, file: file) { name, location throws(Failure) in
            switch lookup(name) {
            case .text(let value): return value
            case .secret:
                throw Failure(file: file, location: location, message: "'\(name)' is a secret; secrets may not be rendered into files (pass it at run time instead)")
            case .undefined:
                throw Failure(file: file, location: location,
                              message: "unknown variable '\(name)'\(Suggestion.hint(for: name, in: known())); define it in vars, export it, or pass --set \(name)=VALUE")
            }
        }
    }

    private static func scan(_ text: String, file: String, replace: (String, SourceLocation) throws(Failure) -> String) throws(Failure) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var line = 1, column = 1
        func advance(_ count: Int) {
            for k in i..<min(scalars.count, i + count) {
                if scalars[k] == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            i += count
        }
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                if i + 3 < scalars.count, scalars[i + 2] == "{", scalars[i + 3] == "{" {
                    out.append(contentsOf: "{{".unicodeScalars)
                    advance(4)
                    continue
                }
                let start = SourceLocation(line: line, column: column)
                var j = i + 2
                while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}"), scalars[j] != "\n" { j += 1 }
                guard j + 1 < scalars.count, scalars[j] == "}", scalars[j + 1] == "}" else {
                    throw Failure(file: file, location: start, message: "'{{' is not closed by '}}' on the same line (write '{{{{' for a literal '{{')")
                }
                let name = String(String.UnicodeScalarView(scalars[(i + 2)..<j])).trimmingSpaces
                guard VariableExpander.isValidName(name) else {
                    throw Failure(file: file, location: start, message: "'{{\(String(String.UnicodeScalarView(scalars[(i + 2)..<j])))}}' does not name a variable (letters, digits and _; write '{{{{' for a literal '{{')")
                }
                out.append(contentsOf: try replace(name, start).unicodeScalars)
                advance(j + 2 - i)
                continue
            }
            out.append(scalars[i])
            advance(1)
        }
        return String(out)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
