/// `$name`, `${name}`, `${name:-default}`, `${name:+alternative}` in Dockerfile words.
public enum DockerVariables {
    /// The names referenced in `text`.
    public static func references(in text: String) -> [String] {
        var names: [String] = []
        _ = expand(text) { name in
            names.append(name)
            return nil
        }
        return names
    }

    /// `text` with variables replaced through `lookup`; nil when a needed value is unknown.
    /// `${x:-d}` uses `d` when x is unset or empty; `${x:+a}` gives `a` when x is set.
    public static func expand(_ text: String, lookup: (String) -> String?) -> String? {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var known = true
        var pos = 0
        while pos < scalars.count {
            let scalar = scalars[pos]
            guard scalar == "$", pos + 1 < scalars.count else {
                result.append(scalar)
                pos += 1
                continue
            }
            if scalars[pos + 1] == "{" {
                guard let close = scalars[(pos + 2)...].firstIndex(of: "}") else {
                    result.append(contentsOf: scalars[pos...])
                    break
                }
                let inner = String(scalars: scalars[(pos + 2)..<close])
                pos = close + 1
                let name = String(inner.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                let rest = inner.dropFirst(name.count)
                let value = lookup(name)
                if rest.hasPrefix(":-") || rest.hasPrefix("-") {
                    let fallback = String(rest.drop { $0 == ":" }.dropFirst())
                    let chosen = (value?.isEmpty == false) ? value : (value == nil ? fallback : (rest.hasPrefix(":") ? fallback : value))
                    result.append(contentsOf: (chosen ?? fallback).unicodeScalars)
                } else if rest.hasPrefix(":+") || rest.hasPrefix("+") {
                    let alternative = String(rest.drop { $0 == ":" }.dropFirst())
                    if let value, !value.isEmpty || !rest.hasPrefix(":") {
                        result.append(contentsOf: alternative.unicodeScalars)
                    } else if value == nil {
                        known = false
                    }
                } else if let value {
                    result.append(contentsOf: value.unicodeScalars)
                } else {
                    known = false
                }
            } else if scalars[pos + 1] == "_" || scalars[pos + 1].properties.isAlphabetic {
                var end = pos + 1
                while end < scalars.count, scalars[end] == "_" || scalars[end].properties.isAlphabetic
                        || ("0"..."9").contains(scalars[end]) {
                    end += 1
                }
                let name = String(scalars: scalars[(pos + 1)..<end])
                pos = end
                if let value = lookup(name) { result.append(contentsOf: value.unicodeScalars) } else { known = false }
            } else {
                result.append(scalar)
                pos += 1
            }
        }
        return known ? String(result) : nil
    }
}
