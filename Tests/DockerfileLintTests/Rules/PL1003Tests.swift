import Testing
@testable import DockerfileLint

/// PL1003: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL1003Tests {
    @Test(arguments: [
        "FROM debian:12\nARG NPM_TOKEN\n1️⃣RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc",
    ])
    func catches(_ snippet: String) {
        expectRule("PL1003", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nARG VERSION=1\nRUN echo $VERSION",
        "FROM debian:12\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm true",
        "FROM debian:12\nARG TOKEN\nRUN echo $TOKEN_FILE",
        "ARG API_KEY\nFROM debian:12\nRUN echo $API_KEY",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL1003", snippet)
    }
}
