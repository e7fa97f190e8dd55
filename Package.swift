// swift-tools-version: 6.0
import PackageDescription

// Dependencies point down this list only (DESIGN.md §3): pure targets first, I/O at the edges.
let package = Package(
    name: "pipeline",
    products: [
        .executable(name: "pipeline", targets: ["PipelineCommand"]),
    ],
    targets: [
        .target(name: "Basics"),
        .target(name: "ShellLint", dependencies: ["Basics"]),
        .target(name: "Pipeline", dependencies: ["Basics"]),
        .target(name: "Executor", dependencies: ["Basics", "Pipeline"]),
        .target(name: "SystemIO", dependencies: ["Basics"]),
        // The executable's module is not called `pipeline`: it would clash with `Pipeline`
        // on case-insensitive file systems.
        .executableTarget(
            name: "PipelineCommand",
            dependencies: ["Basics", "Pipeline", "Executor", "SystemIO"]
        ),
        .target(name: "TestSupport", dependencies: ["Basics"], path: "Tests/TestSupport"),
        .testTarget(name: "BasicsTests", dependencies: ["Basics", "TestSupport"]),
        .testTarget(name: "ShellLintTests", dependencies: ["ShellLint", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
        .testTarget(name: "ExecutorTests", dependencies: ["Executor", "Pipeline", "TestSupport"]),
        .testTarget(name: "SystemIOTests", dependencies: ["SystemIO", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
