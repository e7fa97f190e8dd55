/// Every command list in the script (top level, bodies of compounds and functions, substitutions).
extension ShellLintContext {
    var allLists: [CommandList] {
        VariableValues.commandLists(script: script, index: index)
    }

    /// The sequences ShellCheck reads for run-of-commands checks (SC2129, SC2103): the script,
    /// groups, subshells, loop bodies, `if` branches and substitutions, but not case arms.
    var commandSequences: [CommandList] {
        var lists: [CommandList] = [script.body]
        for site in index.commands {
            switch site.command.kind {
            case .subshell(let list), .group(let list):
                lists.append(list)
            case .ifClause(let clause):
                lists += clause.branches.map(\.body) + (clause.elseBody.map { [$0] } ?? [])
            case .forLoop(let loop):
                lists.append(loop.body)
            case .whileLoop(let loop):
                lists += [loop.condition, loop.body]
            case .arithmeticFor(let loop):
                lists.append(loop.body)
            default:
                continue
            }
        }
        return lists + index.substitutions.map(\.list)
    }
}

extension AndOrList {
    /// The single simple command this item consists of, if that is all it is.
    var loneSimpleCommand: SimpleCommand? {
        guard rest.isEmpty, first.commands.count == 1, !first.isNegated else { return nil }
        return first.commands[0].simple
    }
}
