import Testing
@testable import DockerfileLint

/// DL4006: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4006Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣curl -fsSL https://x | sh",
        "FROM debian:12\nRUN set -e \\\n  && 1️⃣wget -qO- https://x | tar -x",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4006", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://x | sh",
        "FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -o pipefail\ncurl -fsSL https://x | sh\nEOF",
        "FROM debian:12\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Process | Select-Object Name",
        "FROM debian:12\nRUN [\"sh\", \"-c\", \"true\"]",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4006", snippet)
    }
}
