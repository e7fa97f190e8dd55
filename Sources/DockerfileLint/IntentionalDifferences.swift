/// Where this checker deliberately reports differently from hadolint 2.15, each pinned by a test
/// in `IntentionalDifferencesTests` (the real-world harness under Benchmarks/lint-corpus scores
/// them the same way):
///
/// 1. DL3022 does not report `COPY --from=${ARG}`: the stage is chosen at build time.
/// 2. DL4006 is not reported when the script itself turns pipefail on (a heredoc with
///    `#!/bin/bash` and `set -o pipefail`, or `set -o pipefail` in the RUN), nor under a
///    PowerShell or cmd SHELL, where `-o pipefail` means nothing.
/// 3. Heredoc scripts (`RUN <<EOF`) are shell-checked with their own shebang; a heredoc for
///    another interpreter (`#!/usr/bin/env python3`) is not shell-checked at all.
/// 4. RUN bodies under `SHELL ["pwsh", …]`, `powershell` or `cmd` are not shell-checked.
/// 5. The SHELL in effect is kept across ENV instructions and inherited by `FROM <stage>`;
///    hadolint loses it after ENV and checks such RUNs (PowerShell included) as `sh`.
/// 6. Shell findings point at the exact line and column inside a multi-line RUN or heredoc
///    (hadolint puts them on the RUN's first line).
/// 7. Files hadolint cannot parse but BuildKit builds are parsed and checked instead of failing
///    with DL1000: `COPY <<EOF`, several heredocs on one line, a comment right after a heredoc's
///    terminator, a line ending in an escaped escape (`/srv/\\`, which BuildKit does not read
///    as a continuation).
/// 8. DL3002 reports a root USER only where it matters, in the final image (following
///    `FROM <stage>` chains); hadolint also reports build stages that end as root.
/// 9. `RUN ["sh", "-c", "script"]` is read like shell form, so DL3003, DL3008 … see its commands.
/// 10. DL3046 also reads `--uid 1000000` (hadolint only `-u`).
/// 11. `# hadolint ignore=` applies to the next instruction even across blank lines and other
///     comments (stacked pragmas all apply); hadolint only honours the line right after it.
/// 12. A flag the instruction does not have (`RUN --foo`, `FROM --mount`) is a DL1000 at the
///     flag, as BuildKit rejects it; hadolint reads an unknown RUN flag as part of the command.
/// 13. `# hadolint stage ignore=` (ignore until the next FROM) is understood; hadolint 2.15 has
///     no such pragma and ignores it.
/// 14. A stage from a Windows image (`…/windows/servercore`, `nanoserver`) runs RUN with `cmd`,
///     so its bodies are not shell-checked and DL4006 does not apply until SHELL names a POSIX shell.
/// 15. Every ShellCheck finding of a RUN is reported. hadolint keeps one finding per line, and as
///     it puts all of a RUN's findings on the RUN's first line, at most one per RUN: fixing it
///     reveals the next, one build at a time.
/// 16. DL3009 wants the apt lists themselves removed (`rm -rf /var/lib/apt/lists/*`), DL3040 and
///     DL3032 the dnf or yum cache (`dnf clean all`, `rm -rf /var/cache/yum`), or a cache mount;
///     hadolint takes any `rm -rf` in the RUN (`rm -rf /tmp/build`) as the clean-up, and its
///     DL3040 then misfires both ways (a RUN with `microdnf clean all` and an unrelated `rm -rf`
///     is reported).
/// 17. DL3033/DL3041 take `name-${VERSION}` as pinned (the build gives the version) and a local or
///     downloaded `.rpm` file as one version; hadolint reports both.
///
/// Followed on purpose although it looks like a gap: ARG and ENV names declared before a RUN
/// count as set to a safe constant inside it (hadolint declares each as `export NAME=1`), so
/// `echo $VERSION` is no SC2086 and `$VERSION` no SC2154; `FROM ${BASE}` is not judged by DL3006 or
/// DL3007, whatever the ARG's default, as the build picks the image; SC1090/SC1091 are not
/// reported inside RUN, where the sourced files live in the image.
enum IntentionalDifferences {}
