import Basics
import Testing
@testable import ShellLint

/// A generated 20,000-line script is parsed and linted completely with the expected findings.
/// (Timing belongs in a benchmark, not a test.)
@Suite struct LargeScriptTests {
    static let block = """
        deploy_NAME() {
          local target="$1"
          if [ -z "$target" ]; then
            echo "usage: deploy_NAME target" >&2
            return 1
          fi
          for file in "$target"/*.conf; do
            case "$file" in
              *.bak.conf) continue ;;
              *) cp "$file" /etc/app/ ;;
            esac
          done
          while read -r line; do
            printf '%s\\n' "${line#prefix}"
          done < "$target/list"
          cat <<EOF > "$target/NAME.txt"
        generated for $target at $(date)
        EOF
          echo $target
        }

        """

    static func script(blocks: Int) -> String {
        var text = "#!/bin/bash\nset -eu\n"
        for index in 0..<blocks {
            text += block.replacingOccurrences(of: "NAME", with: String(index))
        }
        return text
    }

    @Test func twentyThousandLines() {
        let blocks = 20_000 / 20 + 1
        let text = Self.script(blocks: blocks)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count >= 20_000)
        let parsed = ShellParser.parse(text)
        #expect(parsed.isComplete)
        #expect(parsed.script.body.items.count == blocks + 1)
        let findings = ShellLinter.lint(source: text, file: "big.sh")
        // One unquoted `echo $target` per block, nothing else.
        #expect(findings.filter { $0.code == "SC2086" }.count == blocks)
        #expect(findings.count == blocks, "\(Set(findings.map(\.code)))")
    }
}
