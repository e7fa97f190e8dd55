/// Helpers for rules about pipelines and command arguments.
extension ShellLintContext {
    /// Each pair of adjacent simple commands `a | b` in every pipeline.
    var pipedPairs: [(Command, Command)] {
        var result: [(Command, Command)] = []
        for list in index.andOrLists {
            for pipeline in list.pipelines where pipeline.commands.count > 1 {
                for position in 0..<(pipeline.commands.count - 1) {
                    result.append((pipeline.commands[position], pipeline.commands[position + 1]))
                }
            }
        }
        return result
    }
}

extension SimpleCommand {
    /// The constant text of arguments that look like options (`-r`, `--force`, `-rf`).
    var flags: [String] {
        arguments.compactMap(\.literalText).filter { $0.hasPrefix("-") && $0.count > 1 }
    }

    /// Whether a short option letter is given, alone or grouped (`-rf`), or the long form.
    func hasFlag(_ letter: Character, long: String? = nil) -> Bool {
        flags.contains { flag in
            if flag.hasPrefix("--") { return long.map { flag == "--" + $0 } ?? false }
            return flag.dropFirst().contains(letter)
        }
    }
}
