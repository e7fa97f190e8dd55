import Basics

/// Don't use ls | grep. Use a glob or a for loop with a condition to allow non-alphanumeric filenames.
///
/// `ls` output is for people; names with newlines or odd characters break the filter.
struct SC2010: ShellRule {
    let code = "SC2010"
    let severity = Severity.warning
    let summary = "Don't use ls | grep. Use a glob or a for loop with a condition to allow non-alphanumeric filenames."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (ls, next) in Self.lsPipes(context) where next == "grep" || next == "egrep" {
            report.add(ls.span)
        }
    }

    /// Each `ls` feeding a pipe, with the name of the command after it.
    static func lsPipes(_ context: ShellLintContext) -> [(Command, String)] {
        var result: [(Command, String)] = []
        for list in context.index.andOrLists {
            for pipeline in list.pipelines where pipeline.commands.count > 1 {
                for (position, command) in pipeline.commands.enumerated().dropLast() {
                    guard command.simple?.name == "ls",
                          let next = pipeline.commands[position + 1].simple?.name else { continue }
                    result.append((command, next))
                }
            }
        }
        return result
    }
}
