/// Writes findings in the formats `pipeline lint --format` offers. Pure:
/// findings in, text out; the caller decides where it goes and what the exit code is.
public enum FindingFormat: String, Sendable, CaseIterable {
    case tty, json, sarif, checkstyle, gnu, github, codeclimate
}

public enum FindingFormatter {
    /// `colored` applies to `tty` only.
    public static func format(_ findings: [Finding], as format: FindingFormat, colored: Bool = false, toolVersion: String = "") -> String {
        let sorted = findings.sorted { ($0.file, $0.span.start, $0.code) < ($1.file, $1.span.start, $1.code) }
        switch format {
        case .tty: return tty(sorted, colored: colored)
        case .json: return JSONWriter.write(.array(sorted.map(json))) + "\n"
        case .sarif: return JSONWriter.write(sarif(sorted, toolVersion: toolVersion), indent: 2) + "\n"
        case .checkstyle: return checkstyle(sorted)
        case .gnu: return sorted.map { "\($0.file):\($0.span.start.line):\($0.span.start.column): \($0.severity.rawValue): \($0.code) \($0.message)\n" }.joined()
        case .github: return sorted.map(github).joined()
        case .codeclimate: return JSONWriter.write(.array(sorted.map(codeClimate)), indent: 2) + "\n"
        }
    }

    private static func tty(_ findings: [Finding], colored: Bool) -> String {
        func paint(_ text: String, _ severity: Severity) -> String {
            guard colored else { return text }
            let code = switch severity {
            case .error: "31"
            case .warning: "33"
            case .info: "36"
            case .style: "2"
            }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
        return findings.map { finding in
            "\(finding.file):\(finding.span.start.line):\(finding.span.start.column) \(finding.code) "
                + paint(finding.severity.rawValue, finding.severity) + ": \(finding.message)\n"
        }.joined()
    }

    /// hadolint's JSON shape: `{"file", "line", "column", "code", "level", "message"}`.
    private static func json(_ finding: Finding) -> JSONWriter.Value {
        .object([
            ("file", .string(finding.file)),
            ("line", .int(finding.span.start.line)),
            ("column", .int(finding.span.start.column)),
            ("code", .string(finding.code)),
            ("level", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
        ])
    }

    /// SARIF 2.1.0, one run, the rules that fired listed in the driver.
    private static func sarif(_ findings: [Finding], toolVersion: String) -> JSONWriter.Value {
        let rules = Array(Set(findings.map(\.code))).sorted()
        let results: [JSONWriter.Value] = findings.map { finding in
            .object([
                ("ruleId", .string(finding.code)),
                ("level", .string(sarifLevel(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(finding.file))])),
                    ("region", .object([("startLine", .int(finding.span.start.line)), ("startColumn", .int(finding.span.start.column))])),
                ]))])])),
            ])
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("pipeline lint")),
                    ("version", .string(toolVersion)),
                    ("rules", .array(rules.map { rule in
                        .object([("id", .string(rule))] + (helpURI(rule).map { [("helpUri", JSONWriter.Value.string($0))] } ?? []))
                    })),
                ]))])),
                ("results", .array(results)),
            ])])),
        ])
    }

    private static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .style: "note"
        }
    }

    /// Where a rule is documented: hadolint's and ShellCheck's wikis for their codes; our own
    /// `PL` rules are described in the README.
    public static func helpURI(_ code: String) -> String? {
        if code.hasPrefix("DL") { return "https://github.com/hadolint/hadolint/wiki/\(code)" }
        if code.hasPrefix("SC") { return "https://www.shellcheck.net/wiki/\(code)" }
        return nil
    }

    private static func checkstyle(_ findings: [Finding]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var byFile: [(String, [Finding])] = []
        for finding in findings {
            if byFile.last?.0 == finding.file { byFile[byFile.count - 1].1.append(finding) } else { byFile.append((finding.file, [finding])) }
        }
        for (file, items) in byFile {
            xml += "  <file name=\"\(XMLText.escape(file))\">\n"
            for finding in items {
                let severity = finding.severity == .style ? "info" : finding.severity.rawValue
                xml += "    <error line=\"\(finding.span.start.line)\" column=\"\(finding.span.start.column)\" severity=\"\(severity)\" "
                    + "message=\"\(XMLText.escape(finding.message))\" source=\"\(XMLText.escape(finding.code))\"/>\n"
            }
            xml += "  </file>\n"
        }
        return xml + "</checkstyle>\n"
    }

    /// GitHub Actions workflow commands: annotations on the pull request.
    private static func github(_ finding: Finding) -> String {
        let kind = switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .style: "notice"
        }
        return GitHubCommand.line(kind, [("file", finding.file), ("line", String(finding.span.start.line)),
                                         ("col", String(finding.span.start.column)), ("title", finding.code)], message: finding.message)
    }

    /// GitLab's Code Quality report (Code Climate issues).
    private static func codeClimate(_ finding: Finding) -> JSONWriter.Value {
        let severity = switch finding.severity {
        case .error: "critical"
        case .warning: "major"
        case .info: "minor"
        case .style: "info"
        }
        let fingerprint = SHA256.hash("\(finding.file)\0\(finding.span.start.line)\0\(finding.code)\0\(finding.message)").hex
        return .object([
            ("type", .string("issue")),
            ("check_name", .string(finding.code)),
            ("description", .string(finding.message)),
            ("categories", .array([.string(finding.severity == .style ? "Style" : "Bug Risk")])),
            ("severity", .string(severity)),
            ("fingerprint", .string(fingerprint)),
            ("location", .object([("path", .string(finding.file)), ("lines", .object([("begin", .int(finding.span.start.line))]))])),
        ])
    }

}

/// Text made safe for XML attributes and content (checkstyle, JUnit reports).
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // Control characters other than line breaks and tabs are not allowed in XML 1.0.
            case _ where c.value < 0x20 && c != "\n" && c != "\t": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
