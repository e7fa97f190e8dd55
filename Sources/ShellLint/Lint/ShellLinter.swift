import Basics

/// Lints shell scripts with ShellCheck's codes: parse once, run every rule, filter by
/// directives and options once at the end.
public enum ShellLinter {
    /// Every rule, for documentation and the registry test.
    public static var rules: [RuleInfo] { RuleRegistry.all.map(\.info) }

    /// Lints `source`; findings name `file` and positions shifted by `options.origin`.
    public static func lint(source: String, file: String, options: ShellLintOptions = ShellLintOptions()) -> [Finding] {
        let parsed = ShellParser.parse(source, dialect: dialect(of: source, file: file, options: options))
        return lint(parsed, file: file, options: options)
    }

    /// Lints a script parsed already (a Dockerfile checker parses each RUN body once and shares
    /// the tree). Parse it with `dialect(of:options:)` so both agree on the shell.
    public static func lint(_ parsed: ShellParseResult, file: String,
                            options: ShellLintOptions = ShellLintOptions()) -> [Finding] {
        let declared = ShellDialect.declared(in: parsed.script)
        let chosen = options.dialect ?? declared ?? ShellDialect(fileName: file) ?? options.defaultDialect
        var findings: [Finding] = parsed.findings.map {
            Finding(file: file, span: $0.span, code: $0.code, severity: $0.severity, message: $0.message)
        }
        if let shebang = parsed.script.shebang, declared == nil, options.dialect == nil,
           isForeignInterpreter(shebang) {
            findings = [Finding(file: file, span: SourceSpan(at: SourceLocation(line: 1, column: 1)), code: "SC1071",
                                severity: .error,
                                message: "ShellCheck only supports sh/bash/dash/ksh scripts. Sorry!")]
            return finish(findings, scopes: nil, file: file, options: options)
        }
        guard parsed.isComplete else {
            return finish(findings, scopes: nil, file: file, options: options)
        }
        let context = ShellLintContext(script: parsed.script, dialect: chosen ?? .bash, dialectIsUnknown: chosen == nil,
                                       options: options)
        for rule in RuleRegistry.all where options.runs(rule) {
            findings += rule.hits(in: context).map { Finding(file: "", span: $0.span, code: $0.code, severity: $0.severity, message: $0.message) }
        }
        let scopes = DirectiveScopes(script: parsed.script, index: context.index)
        return finish(findings, scopes: scopes, file: file, options: options)
    }

    /// The shell `source` is checked as: the caller's override, else the script's directive or
    /// shebang, else the extension of `file` (`.bash`, `.ksh`, `.dash`), else the
    /// `.shellcheckrc` default, else bash.
    public static func dialect(of source: String, file: String = "",
                               options: ShellLintOptions = ShellLintOptions()) -> ShellDialect {
        options.dialect ?? ShellDialect.declared(in: source) ?? ShellDialect(fileName: file) ?? options.defaultDialect ?? .bash
    }

    /// A shebang naming an interpreter that is not a shell (python, perl …).
    static func isForeignInterpreter(_ shebang: String) -> Bool {
        let text = shebang.dropFirst(2).trimmingShellWhitespace
        guard !text.isEmpty else { return false }
        return ShellDialect(shebang: shebang) == nil
    }

    /// Drops disabled findings, moves positions to the file's coordinates and sorts.
    static func finish(_ findings: [Finding], scopes: DirectiveScopes?, file: String,
                       options: ShellLintOptions) -> [Finding] {
        var seen = Set<Finding>()
        var result: [Finding] = []
        for var finding in findings {
            if options.isDisabled(finding.code) { continue }
            if let scopes, scopes.suppresses(finding.code, at: finding.span.start) { continue }
            finding.file = file
            finding.span = SourceSpan(start: shift(finding.span.start, by: options.origin),
                                      end: shift(finding.span.end, by: options.origin))
            if seen.insert(finding).inserted { result.append(finding) }
        }
        return result.sorted { lhs, rhs in
            if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
            return lhs.code < rhs.code
        }
    }

    static func shift(_ location: SourceLocation, by origin: SourceLocation) -> SourceLocation {
        SourceLocation(line: location.line + origin.line - 1,
                       column: location.line == 1 ? location.column + origin.column - 1 : location.column)
    }
}
