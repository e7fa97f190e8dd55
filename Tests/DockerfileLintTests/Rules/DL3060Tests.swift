import Testing
@testable import DockerfileLint

/// DL3060: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3060Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣yarn install",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3060", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN yarn install && yarn cache clean",
        "FROM node:20 AS build\nRUN yarn install\nFROM debian:12\nCOPY --from=build /a /a",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3060", snippet)
    }
}
