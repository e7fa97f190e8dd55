extension DockerfileRule {
    /// Label `<label>` is missing.
    ///
    /// Each stage must set every label of `label-schema` (reported at the stage's FROM). As in
    /// hadolint, a stage built on a labelled stage inherits its labels, and a stage that is only
    /// a source for `COPY --from` or a base of a labelled stage is not reported.
    static let dl3049 = DockerfileRule(code: "DL3049", severity: .info, message: "Label `<label>` is missing.") { context, report in
        for label in context.config.labelSchema.keys.sorted() {
            for stage in stagesMissing(label, context) {
                report.add(context.instructions[stage.fromIndex], message: "Label `\(label)` is missing.")
            }
        }
    }

    /// The stages still missing `label` after inheritance and silencing.
    static func stagesMissing(_ label: String, _ context: LintContext) -> [Stage] {
        var good = Set<Int>()
        var bad = Set<Int>()
        let name = { (stage: Stage) in stage.from.alias ?? stage.from.image.text }
        func silence(_ alias: String) {
            bad = bad.filter { context.stages[$0].from.alias != alias }
        }
        for item in context.instructions where !item.isTriggered && item.stage >= 0 {
            let stage = context.stages[item.stage]
            switch item.kind {
            case .from:
                let inherits = good.contains { context.stages[$0].from.alias == stage.from.image.text }
                if inherits { good.insert(stage.index) } else { bad.insert(stage.index) }
            case .copy:
                if let source = item.instruction.flag("from")?.value { silence(source) }
            case .label where item.instruction.pairs.contains { $0.key == label }:
                silence(name(stage))
                good.insert(stage.index)
                bad.remove(stage.index)
            default:
                break
            }
        }
        return context.stages.filter { bad.contains($0.index) }
    }
}
