import Testing
import Foundation
@testable import DockerfileLint

/// PL1004: the ENTRYPOINT script the caller passes must end by exec-ing its arguments.
@Suite struct PL1004Tests {
    static let dockerfile = "FROM debian:12\nCOPY docker/entrypoint.sh /usr/local/bin/\n1️⃣ENTRYPOINT [\"/usr/local/bin/entrypoint.sh\"]"

    @Test(arguments: [
        "#!/bin/sh\nset -e\nconfigure\n\"$@\"",
        "#!/bin/sh\nexec \"$@\"\necho unreachable",
        "#!/bin/bash\nsupervisord -c /etc/supervisord.conf",
    ])
    func catches(_ script: String) {
        expectRule("PL1004", Self.dockerfile, scripts: ["docker/entrypoint.sh": script])
    }

    @Test(arguments: [
        "#!/bin/sh\nset -e\nconfigure\nexec \"$@\"",
        "#!/bin/sh\nif [ -n \"$1\" ]; then :; fi\nexec supervisord -n",
        "#!/usr/bin/env python3\nprint('hi')",
    ])
    func ignores(_ script: String) {
        expectRule("PL1004", Self.dockerfile.replacingOccurrences(of: "1️⃣", with: ""),
                   scripts: ["docker/entrypoint.sh": script])
    }

    @Test func withoutScriptsNothingIsChecked() {
        expectRule("PL1004", "FROM debian:12\nENTRYPOINT [\"/entrypoint.sh\"]")
    }
}
