import Basics

/// Shared helpers of the SC3xxx rules, which flag bash features in POSIX sh scripts.
extension ShellLintContext {
    /// The script targets a POSIX shell (sh, dash, ash/busybox).
    var isPOSIX: Bool { dialect.isPOSIX }

    /// Plain `sh`: dash and busybox ash add `local`, `echo -n` and `pipefail`.
    var isStrictSh: Bool { dialect == .sh }

    /// The message of every SC3xxx finding: "In POSIX sh, … is undefined."
    static func posixMessage(_ feature: String) -> String { "In POSIX sh, \(feature) is undefined." }
}
