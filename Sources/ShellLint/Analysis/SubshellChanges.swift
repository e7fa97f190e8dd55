import Basics

/// Assignments made in a subshell (pipeline part, `( … )`, `$( … )`) whose variable is read
/// after the subshell ended: the change is lost (SC2030 / SC2031).
struct SubshellChanges {
    /// Subshell assignments that a later read depends on (SC2030).
    var lostAssignments: [(name: String, span: SourceSpan, cause: String)] = []
    /// Reads that see a value from before a subshell changed it (SC2031).
    var staleReads: [(name: String, span: SourceSpan)] = []

    private enum Event {
        case subshellAssignment(index: Int)
        case reset
        case read(SourceSpan)
    }

    init(_ context: ShellLintContext) {
        var scopes: [(span: SourceSpan, cause: String, index: SyntaxIndex)] = []
        for site in context.index.commands {
            if case .subshell(let list) = site.command.kind {
                var walker = SyntaxWalker()
                walker.walk(list, checked: false)
                scopes.append((site.command.span, "(..) group", walker.index))
            }
        }
        for list in context.index.andOrLists {
            for pipeline in list.pipelines where pipeline.commands.count > 1 {
                for command in pipeline.commands {
                    var walker = SyntaxWalker()
                    walker.walk(command, site: CommandSite(
                        command: command, isStatusChecked: false, followedBy: nil, isInFunction: false,
                        isInPipeline: true, isInSubstitution: false, pipelineIndex: 0, pipelineCount: 1))
                    scopes.append((command.span, "pipeline", walker.index))
                }
            }
        }
        for substitution in context.index.substitutions {
            var walker = SyntaxWalker()
            walker.walk(substitution.list, checked: false)
            scopes.append((substitution.span, "$(..) expansion", walker.index))
        }
        guard !scopes.isEmpty else { return }
        let covered = Self.union(of: scopes.map(\.span))
        let insideAnyScope: (SourceLocation) -> Bool = { location in
            // The last merged interval starting at or before `location`.
            var low = 0
            var high = covered.count
            while low < high {
                let mid = (low + high) / 2
                if covered[mid].start <= location { low = mid + 1 } else { high = mid }
            }
            return low > 0 && location < covered[low - 1].end
        }
        // Per name, events in source order: a subshell assignment takes effect (is lost) where
        // its subshell ends; an assignment in the main shell resets; a read after a lost change
        // without a reset in between is stale.
        var candidates: [(name: String, span: SourceSpan, cause: String)] = []
        var events: [String: [(at: SourceLocation, event: Event)]] = [:]
        var seen = Set<SourceSpan>()
        for scope in scopes {
            for site in scope.index.assignments where !site.isCommandPrefix && site.declaredBy == nil {
                guard seen.insert(site.assignment.nameSpan).inserted else { continue }
                events[site.assignment.name, default: []].append((scope.span.end, .subshellAssignment(index: candidates.count)))
                candidates.append((site.assignment.name, site.assignment.nameSpan, scope.cause))
            }
        }
        guard !events.isEmpty else { return }
        for site in context.index.assignments where events[site.assignment.name] != nil
            && !insideAnyScope(site.assignment.span.start) {
            events[site.assignment.name, default: []].append((site.assignment.span.start, .reset))
        }
        for use in context.index.expansions where events[use.expansion.name] != nil && !insideAnyScope(use.span.start) {
            events[use.expansion.name, default: []].append((use.span.start, .read(use.span)))
        }
        var lost = Set<Int>()
        for (name, list) in events {
            var pending: [Int] = []
            var stale = false
            for (_, event) in list.sorted(by: { $0.at < $1.at }) {
                switch event {
                case .subshellAssignment(let index):
                    pending.append(index)
                case .reset:
                    pending.removeAll()
                    stale = false
                case .read(let span):
                    if !pending.isEmpty {
                        lost.formUnion(pending)
                        pending.removeAll()
                        stale = true
                    }
                    if stale { staleReads.append((name, span)) }
                }
            }
        }
        lostAssignments = lost.sorted().map { candidates[$0] }
    }

    /// Overlapping spans merged into disjoint ones, sorted by start.
    static func union(of spans: [SourceSpan]) -> [SourceSpan] {
        var merged: [SourceSpan] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, span.start < last.end {
                if last.end < span.end { merged[merged.count - 1].end = span.end }
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
