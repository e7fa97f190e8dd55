/// The stages and the edges between them, with `needs` resolved to stage indices.
/// Built once by the loader; everything after it (plan, executor, graph output) reads it.
public struct StageGraph: Sendable {
    /// In declaration order; indices below refer to this array.
    public let stages: [Stage]
    public let indexByName: [String: Int]
    /// Direct dependencies of each stage, ascending, after expanding target names.
    public let dependencies: [[Int]]
    public let dependents: [[Int]]
    /// Target name → the stage indices it stands for (transitively through other targets).
    public let targets: [String: [Int]]
    /// Target names in declaration order.
    public let targetNames: [String]
    /// Every stage, dependencies first; ties broken by declaration order.
    public let topologicalOrder: [Int]
    /// Length of the longest chain of dependents below each stage: a scheduling priority.
    public let criticalPath: [Int]

    /// A dependency loop, as the names along it (`a`, `b`, `a`).
    public struct Cycle: Error, Sendable, Hashable {
        public var names: [String]
        public var rendered: String { names.joined(separator: " -> ") }
    }

    /// Builds the graph. `dependencies` must already be resolved to indices.
    public init(stages: [Stage], dependencies: [[Int]], targets: [String: [Int]], targetNames: [String]) throws(Cycle) {
        var index: [String: Int] = [:]
        index.reserveCapacity(stages.count)
        for i in stages.indices { index[stages[i].name] = i }
        try self.init(stages: stages, indexByName: index, dependencies: dependencies, targets: targets, targetNames: targetNames)
    }

    /// Builds the graph with the name index the caller already has.
    init(stages: [Stage], indexByName: [String: Int], dependencies: [[Int]], targets: [String: [Int]], targetNames: [String]) throws(Cycle) {
        self.stages = stages
        self.indexByName = indexByName
        let deps = dependencies.map(Self.sortedUnique)
        self.dependencies = deps
        var dependentCounts = Array(repeating: 0, count: stages.count)
        for list in deps {
            for d in list { dependentCounts[d] += 1 }
        }
        var reverse = dependentCounts.map { count in
            var list: [Int] = []
            list.reserveCapacity(count)
            return list
        }
        for (i, list) in deps.enumerated() {
            for d in list { reverse[d].append(i) }
        }
        self.dependents = reverse
        self.targets = targets
        self.targetNames = targetNames
        let order = try Self.sort(stages: stages, dependencies: deps)
        self.topologicalOrder = order
        var critical = Array(repeating: 0, count: stages.count)
        for i in order.reversed() {
            critical[i] = 1 + reverse[i].reduce(0) { max($0, critical[$1]) }
        }
        self.criticalPath = critical
    }

    /// Ascending, each index once: needs may name a stage twice, directly and through a target.
    private static func sortedUnique(_ indices: [Int]) -> [Int] {
        // Usually written that way already: then the array is kept, not copied.
        if zip(indices, indices.dropFirst()).allSatisfy({ $0 < $1 }) { return indices }
        var result = indices
        result.sort()
        var kept = 0
        for i in result.indices where i == 0 || result[i] != result[kept - 1] {
            result[kept] = result[i]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// Depth-first post-order; a back edge is a cycle, reported along the path that closes it.
    private static func sort(stages: [Stage], dependencies: [[Int]]) throws(Cycle) -> [Int] {
        enum Mark { case unvisited, active, done }
        var marks = Array(repeating: Mark.unvisited, count: stages.count)
        var order: [Int] = []
        order.reserveCapacity(stages.count)
        var path: [Int] = []
        // An explicit stack keeps deep chains (thousands of stages) off the call stack; one for
        // all roots, as it is empty again after each.
        var stack: [(node: Int, next: Int)] = []
        for root in stages.indices where marks[root] == .unvisited {
            stack.append((root, 0))
            marks[root] = .active
            path.append(root)
            while let top = stack.last {
                // Indexed in place: binding `dependencies[top.node]` would retain and release it.
                if top.next < dependencies[top.node].count {
                    stack[stack.count - 1].next += 1
                    let d = dependencies[top.node][top.next]
                    switch marks[d] {
                    case .done: continue
                    case .active:
                        let start = path.lastIndex(of: d) ?? 0
                        // Edges point at dependencies; print the loop in "a needs b" order.
                        let loop = path[start...].map { stages[$0].name } + [stages[d].name]
                        throw Cycle(names: loop)
                    case .unvisited:
                        marks[d] = .active
                        path.append(d)
                        stack.append((d, 0))
                    }
                } else {
                    marks[top.node] = .done
                    order.append(top.node)
                    path.removeLast()
                    stack.removeLast()
                }
            }
        }
        return order
    }

    /// Whether `name` is a stage or a target.
    public func contains(_ name: String) -> Bool { indexByName[name] != nil || targets[name] != nil }

    /// The stages a stage or target name stands for.
    public func resolve(_ name: String) -> [Int]? {
        if let i = indexByName[name] { return [i] }
        return targets[name]
    }

    /// The given stages and everything they need, in topological order.
    public func closure(of roots: [Int]) -> [Int] {
        var selected = Array(repeating: false, count: stages.count)
        var stack = roots
        while let i = stack.popLast() {
            if selected[i] { continue }
            selected[i] = true
            stack.append(contentsOf: dependencies[i])
        }
        return topologicalOrder.filter { selected[$0] }
    }
}
