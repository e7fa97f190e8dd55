import Basics
import Executor
import Pipeline

/// `--junit FILE`: one test case per stage, so CI systems show stages like tests.
enum JUnitReport {
    static func xml(_ result: RunResult, definition: PipelineDefinition) -> String {
        let failures = result.outcomes.filter { if case .failed = $0.status { true } else { $0.status == .interrupted } }.count
        let skipped = result.outcomes.filter { if case .skipped = $0.status { true } else { false } }.count
        let total = Double(result.finished - result.started) / 1e9
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites>\n"
        xml += "  <testsuite name=\"\(XMLText.escape(definition.name ?? "pipeline"))\" tests=\"\(result.outcomes.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\" time=\"\(seconds(total))\">\n"
        for outcome in result.outcomes {
            let stage = definition.stages[outcome.stage]
            xml += "    <testcase classname=\"\(XMLText.escape(stage.kind.rawValue))\" name=\"\(XMLText.escape(outcome.name))\" time=\"\(seconds(Double(outcome.durationNanoseconds) / 1e9))\""
            switch outcome.status {
            case .succeeded, .cached:
                xml += "/>\n"
            case .failed(let reason):
                xml += ">\n      <failure message=\"\(XMLText.escape(reason))\">\(XMLText.escape(outcome.tail.joined(separator: "\n")))</failure>\n    </testcase>\n"
            case .interrupted:
                xml += ">\n      <failure message=\"interrupted\"/>\n    </testcase>\n"
            case .skipped(let reason):
                xml += ">\n      <skipped message=\"\(XMLText.escape(reason))\"/>\n    </testcase>\n"
            }
        }
        return xml + "  </testsuite>\n</testsuites>\n"
    }

    private static func seconds(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded())
        let fraction = millis % 1000
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
    }
}
