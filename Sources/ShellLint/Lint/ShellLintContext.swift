import Basics

/// What every rule reads: the tree, the index built from it, the dialect and the options.
final class ShellLintContext: Sendable {
    let script: ShellScript
    let index: SyntaxIndex
    let dialect: ShellDialect
    /// Whether the dialect came from nowhere (no shebang, directive, rc file or caller).
    let dialectIsUnknown: Bool
    let options: ShellLintOptions
    let variables: VariableFlow
    let values: VariableValues
    /// `set -e` (or `set -o errexit`, `#!/bin/sh -e`) appears in the script.
    let hasErrexit: Bool
    /// Every simple command with the command around it, gathered once for the many rules
    /// that look only at those.
    let simpleCommands: [(SimpleCommand, Command)]

    init(script: ShellScript, dialect: ShellDialect, dialectIsUnknown: Bool, options: ShellLintOptions) {
        self.script = script
        self.index = SyntaxIndex(script)
        self.dialect = dialect
        self.dialectIsUnknown = dialectIsUnknown
        self.options = options
        self.variables = VariableFlow(index: index, initiallyAssigned: options.assignedNames)
        self.values = VariableValues(index: index, script: script, constants: options.assignedNames)
        self.simpleCommands = index.commands.compactMap { site in
            site.command.simple.map { ($0, site.command) }
        }
        var errexit = script.shebang.map { shebang in
            shebang.split(separator: " ").dropFirst().contains { $0.hasPrefix("-") && $0.contains("e") }
        } ?? false
        for site in index.commands {
            guard let simple = site.command.simple, simple.name == "set" else { continue }
            let arguments = simple.arguments.compactMap(\.literalText)
            for (position, argument) in arguments.enumerated() {
                if argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.contains("e") { errexit = true }
                if argument == "-o", position + 1 < arguments.count, arguments[position + 1] == "errexit" {
                    errexit = true
                }
            }
        }
        hasErrexit = errexit
    }
}
