/// The shell a script is written for; it decides which syntax is portable.
public enum ShellDialect: String, Sendable, Hashable, CaseIterable {
    case sh, dash, ash, bash, ksh

    /// Whether this is a POSIX-only shell, where bash extensions are flagged (SC3xxx).
    public var isPOSIX: Bool { self == .sh || self == .dash || self == .ash }

    /// Parses a shell name as found in a shebang or directive: `sh`, `/bin/bash`, `busybox`, `mksh`.
    public init?(shellName: String) {
        let base = shellName.split(separator: "/").last.map(String.init) ?? shellName
        switch base {
        case "sh", "posix": self = .sh
        case "dash": self = .dash
        case "ash", "busybox": self = .ash
        case "bash", "bats": self = .bash
        case "ksh", "ksh88", "ksh93", "mksh", "pdksh", "oksh": self = .ksh
        default: return nil
        }
    }

    /// The dialect a file name's extension names (`x.bash`, `x.ksh`); `.sh` names none, so a
    /// `.sh` file without a shebang or directive stays undeclared.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...] {
        case "bash", "bats": self = .bash
        case "ksh": self = .ksh
        case "dash": self = .dash
        default: return nil
        }
    }

    /// The dialect named by a shebang line (`#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/busybox sh`).
    public init?(shebang: String) {
        var text = Substring(shebang)
        if text.hasPrefix("#!") { text = text.dropFirst(2) }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard var index = fields.indices.first else { return nil }
        // `env` and `busybox` name the real shell after them (skipping env's options).
        if fields[index].hasSuffix("/env") || fields[index] == "env" {
            index += 1
            while index < fields.count, fields[index].hasPrefix("-") || fields[index].contains("=") {
                index += 1
            }
            guard index < fields.count else { return nil }
        }
        if fields[index].hasSuffix("busybox") || fields[index] == "busybox" { self = .ash; return }
        self.init(shellName: fields[index])
    }

    /// The dialect a script declares: a `# shellcheck shell=` directive wins over the shebang.
    /// Returns `nil` when the script names none.
    public static func declared(in source: String) -> ShellDialect? {
        // Most scripts have no directive: then only the first line can say anything.
        if !mentionsShellcheck(source) {
            let first = source.unicodeScalars.prefix { $0 != "\n" }
            let trimmed = String(String.UnicodeScalarView(first)).trimmingShellWhitespace
            return trimmed.hasPrefix("#!") ? ShellDialect(shebang: String(trimmed)) : nil
        }
        var shebangDialect: ShellDialect?
        var isFirstLine = true
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not match "\n".
        for scalars in source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(String.UnicodeScalarView(scalars)).trimmingShellWhitespace
            if isFirstLine, trimmed.hasPrefix("#!") {
                shebangDialect = ShellDialect(shebang: String(trimmed))
            }
            isFirstLine = false
            if let directive = ShellDirective(comment: trimmed), let shell = directive.shell {
                return shell
            }
        }
        return shebangDialect
    }

    /// Whether `source` contains the word every directive starts with: a byte scan, as this
    /// runs on every script linted.
    static func mentionsShellcheck(_ source: String) -> Bool {
        var text = source
        return text.withUTF8 { bytes in
            let needle = Array("shellcheck".utf8)
            guard bytes.count >= needle.count else { return false }
            var start = 0
            while start <= bytes.count - needle.count {
                if bytes[start] == needle[0] {
                    var matched = 1
                    while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// The dialect a parsed script declares (directive first, then shebang).
    public static func declared(in script: ShellScript) -> ShellDialect? {
        for comment in script.comments {
            if let directive = ShellDirective(comment: "#" + comment.text), let shell = directive.shell {
                return shell
            }
        }
        return script.shebang.flatMap { ShellDialect(shebang: $0) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks and carriage returns.
    var trimmingShellWhitespace: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !blank($0) }) else { return Substring("") }
        guard let end = lastIndex(where: { !blank($0) }) else { return Substring("") }
        return Substring(self[start...end])
    }
}
