import Testing
@testable import DockerfileLint

/// DL3016: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3016Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN npm install 1️⃣express",
        "FROM debian:12\nRUN npm install 1️⃣git+https://github.com/x/y.git",
        "FROM debian:12\nRUN npm i -g 1️⃣@angular/cli",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3016", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN npm install express@4.19.2",
        "FROM debian:12\nRUN npm install @angular/cli@17.0.0",
        "FROM debian:12\nRUN npm ci",
        "FROM debian:12\nRUN npm install",
        "FROM debian:12\nRUN npm install ./local-package",
        "FROM debian:12\nRUN npm install git+https://github.com/x/y.git#v1.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3016", snippet)
    }
}
