import Basics

/// How to lint one script.
public struct ShellLintOptions: Sendable {
    /// The shell to check for, overriding shebang and directives (`--shell`, a Dockerfile's SHELL).
    public var dialect: ShellDialect?
    /// The shell to assume when the script names none (a `.shellcheckrc` `shell=`); unlike
    /// `dialect` it does not override the script's own shebang.
    public var defaultDialect: ShellDialect?
    /// Codes never reported (`disable=` in `.shellcheckrc`, `--exclude`).
    public var disabledCodes: [CodePattern]
    /// Optional checks to run (`enable=`); codes here also win over `disabledCodes`.
    public var enabledCodes: Set<String>
    /// Names to treat as assigned a blank-free constant before the script starts (a Dockerfile's
    /// ARG and ENV names: like hadolint, which declares each as `export NAME=1`, their values
    /// are taken as safe to leave unquoted).
    public var assignedNames: Set<String>
    /// Where the script's first character sits in the file reported on: a RUN body at
    /// line 12, column 5 of a Dockerfile passes `SourceLocation(line: 12, column: 5)`.
    /// Columns shift on the first line only; later lines keep their own columns.
    public var origin: SourceLocation

    public init(dialect: ShellDialect? = nil, defaultDialect: ShellDialect? = nil,
                disabledCodes: [CodePattern] = [], enabledCodes: Set<String> = [],
                assignedNames: Set<String> = [], origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.dialect = dialect
        self.defaultDialect = defaultDialect
        self.disabledCodes = disabledCodes
        self.enabledCodes = enabledCodes
        self.assignedNames = assignedNames
        self.origin = origin
    }

    /// Adds what a `.shellcheckrc` says.
    public mutating func apply(_ rc: ShellcheckRC) {
        disabledCodes += rc.disabled
        enabledCodes.formUnion(rc.enabled)
        if let shell = rc.shell { defaultDialect = shell }
    }

    /// Whether a rule runs: every default rule, and optional ones named in `enabledCodes`
    /// (by code, by name, or with `all`).
    func runs(_ rule: any ShellRule) -> Bool {
        guard let name = rule.optionalName else { return true }
        return enabledCodes.contains(rule.code) || enabledCodes.contains(name) || enabledCodes.contains("all")
    }

    /// Whether findings with `code` are dropped by these options.
    func isDisabled(_ code: String) -> Bool {
        !enabledCodes.contains(code) && disabledCodes.contains { $0.matches(code) }
    }
}
