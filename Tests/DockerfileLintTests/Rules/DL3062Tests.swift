import Testing
@testable import DockerfileLint

/// DL3062: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3062Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN go install 1️⃣example.com/tool",
        "FROM golang:1.22\nRUN go install 1️⃣example.com/tool@latest",
        "FROM golang:1.22\nRUN go install 1️⃣$PKG",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3062", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN go install example.com/tool@v1.2.3",
        "FROM debian:12\nRUN go install ${PKG}@${VERSION}",
        "FROM debian:12\nRUN go build ./...",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3062", snippet)
    }
}
