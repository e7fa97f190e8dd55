/// Every command list in the script (top level, bodies of compounds and functions, substitutions).
extension ShellLintContext {
    var allLists: [CommandList] {
        VariableValues.commandLists(script: script, index: index)
    }
}

extension AndOrList {
    /// The single simple command this item consists of, if that is all it is.
    var loneSimpleCommand: SimpleCommand? {
        guard rest.isEmpty, first.commands.count == 1, !first.isNegated else { return nil }
        return first.commands[0].simple
    }
}
