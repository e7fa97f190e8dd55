import Basics

import Pipeline

/// Chrome trace-event JSON for a run (`--trace FILE`; opens in Perfetto and chrome://tracing):
/// one complete ("X") event per stage that started, on the lane it ran in.
public enum RunTrace {
    public static func json(_ result: RunResult, definition: PipelineDefinition) -> JSONWriter.Value {
        var events: [JSONWriter.Value] = [
            .object([("name", .string("process_name")), ("ph", .string("M")), ("pid", .int(1)),
                     ("args", .object([("name", .string("pipeline " + (definition.name ?? ""))) ]))]),
        ]
        for outcome in result.outcomes {
            guard let started = outcome.started, let lane = outcome.lane else { continue }
            let stage = definition.stages[outcome.stage]
            var args: [(String, JSONWriter.Value)] = [("status", .string(outcome.status.label))]
            switch outcome.status {
            case .failed(let reason), .skipped(let reason): args.append(("reason", .string(reason)))
            default: break
            }
            events.append(.object([
                ("name", .string(stage.name)),
                ("cat", .string(stage.kind.rawValue)),
                ("ph", .string("X")),
                ("ts", .int(Int((started - result.started) / 1000))),
                ("dur", .int(Int(outcome.durationNanoseconds / 1000))),
                ("pid", .int(1)),
                ("tid", .int(lane + 1)),
                ("args", .object(args)),
            ]))
        }
        return .object([("traceEvents", .array(events)), ("displayTimeUnit", .string("ms"))])
    }
}
