import Basics

/// Label facts the label-schema rules (DL3049–DL3058) share.
enum LabelSupport {
    /// Every LABEL pair with its instruction.
    static func labels(_ context: LintContext) -> [(item: LintedInstruction, pair: KeyValuePair)] {
        context.instructions.filter { $0.kind == .label && !$0.isTriggered }.flatMap { item in
            item.instruction.pairs.map { (item, $0) }
        }
    }

    /// Labels of `type` in the schema with their non-empty values, for the value-format rules.
    static func values(_ context: LintContext, of type: LabelType) -> [(item: LintedInstruction, pair: KeyValuePair, value: String)] {
        labels(context).compactMap { entry in
            guard context.config.labelSchema[entry.pair.key] == type, let value = entry.pair.value, !value.isEmpty,
                  !value.contains("$") else { return nil }
            return (entry.item, entry.pair, value)
        }
    }

    static func isURL(_ text: String) -> Bool {
        let pieces = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces[1].hasPrefix("//") else { return false }
        let scheme = pieces[0]
        let rest = pieces[1].dropFirst(2)
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            && !rest.isEmpty && !rest.contains(" ")
    }

    /// RFC 3339 date-time: `2024-01-31T12:00:00Z`, fractions and offsets allowed.
    static func isRFC3339(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
        }
        guard scalars.count >= 20, digits(0..<4), scalars[4] == "-", digits(5..<7), scalars[7] == "-", digits(8..<10),
              scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " ", digits(11..<13), scalars[13] == ":",
              digits(14..<16), scalars[16] == ":", digits(17..<19) else { return false }
        var index = 19
        if index < scalars.count, scalars[index] == "." {
            index += 1
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            guard index > start else { return false }
        }
        guard index < scalars.count else { return false }
        if scalars[index] == "Z" || scalars[index] == "z" { return index + 1 == scalars.count }
        guard scalars[index] == "+" || scalars[index] == "-" else { return false }
        return scalars.count == index + 6 && digits((index + 1)..<(index + 3)) && scalars[index + 3] == ":"
            && digits((index + 4)..<(index + 6))
    }

    /// A full 40-digit (SHA-1) or 64-digit (SHA-256) hex git hash, or a 7+ digit short one.
    static func isGitHash(_ text: String) -> Bool {
        let isHex = text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
        return isHex && (text.count == 40 || text.count == 64 || (7...12).contains(text.count))
    }

    /// Semantic versioning 2.0: `1.2.3`, `1.2.3-rc.1+build.5`.
    static func isSemVer(_ text: String) -> Bool {
        var core = Substring(text)
        if let plus = core.firstIndex(of: "+") {
            let build = core[core.index(after: plus)...]
            guard !build.isEmpty, build.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isIdentifier) else {
                return false
            }
            core = core[..<plus]
        }
        if let dash = core.firstIndex(of: "-") {
            let pre = core[core.index(after: dash)...]
            guard !pre.isEmpty, pre.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isIdentifier) else {
                return false
            }
            core = core[..<dash]
        }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        return numbers.count == 3 && numbers.allSatisfy { number in
            !number.isEmpty && number.allSatisfy(\.isASCIIDigit) && (number == "0" || !number.hasPrefix("0"))
        }
    }

    private static func isIdentifier(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCIIDigit || ($0.isASCII && $0.isLetter) || $0 == "-" }
    }

    /// `local@domain` with a dotted domain (RFC 5322's common shape).
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    /// SPDX license ids the rule accepts, with `AND`/`OR`/`WITH` expressions of them.
    static func isSPDX(_ text: String) -> Bool {
        let words = text.replacingParentheses().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return false }
        for (index, word) in words.enumerated() {
            if index % 2 == 1 {
                guard ["AND", "OR", "WITH"].contains(word) else { return false }
            } else {
                let id = word.hasSuffix("+") ? String(word.dropLast()) : word
                guard spdxIdentifiers.contains(id) || id.hasPrefix("LicenseRef-") || id.hasSuffix("-exception") else {
                    return false
                }
            }
        }
        return words.count % 2 == 1
    }

    static let spdxIdentifiers: Set = [
        "0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0",
        "APSL-2.0", "Artistic-2.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause",
        "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0",
        "CDDL-1.1", "CECILL-2.1", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GPL-1.0", "GPL-2.0",
        "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.0",
        "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0",
        "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "MS-RL", "NCSA",
        "ODbL-1.0", "OFL-1.1", "OpenSSL", "PHP-3.01", "PostgreSQL", "Python-2.0", "Ruby", "Unlicense", "UPL-1.0",
        "Vim", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
    ]
}

extension String {
    fileprivate func replacingParentheses() -> String {
        String(map { $0 == "(" || $0 == ")" ? " " : $0 })
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
