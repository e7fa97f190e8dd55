/// Where this checker deliberately reports differently from hadolint 2.15, each pinned by a test
/// in `IntentionalDifferencesTests`:
///
/// 1. (Withdrawn: `FROM ${BASE}` is now judged as hadolint does — an image chosen by a variable is
///    not reported by DL3006/DL3007, whatever the ARG's default, as the build picks it.)
/// 2. DL3022 does not report `COPY --from=${ARG}`: the stage is chosen at build time.
/// 3. DL4006 is not reported when the script itself turns pipefail on (a heredoc with
///    `#!/bin/bash` and `set -o pipefail`, or `set -o pipefail` in the RUN), nor under a
///    PowerShell or cmd SHELL, where `-o pipefail` means nothing.
/// 4. Heredoc scripts (`RUN <<EOF`) are shell-checked with their own shebang; a heredoc for
///    another interpreter (`#!/usr/bin/env python3`) is not shell-checked at all.
/// 5. RUN bodies under `SHELL ["pwsh", …]`, `powershell` or `cmd` are not shell-checked.
/// 6. The SHELL in effect is kept across ENV instructions and inherited by `FROM <stage>`;
///    hadolint loses it after ENV and checks such RUNs as `sh`.
/// 7. Shell findings point at the exact line and column inside a multi-line RUN or heredoc
///    (hadolint puts them on the RUN's first line).
/// 8. Files hadolint cannot parse but BuildKit builds — `COPY <<EOF`, several heredocs on one
///    line — are parsed and checked instead of failing with DL1000.
/// 9. DL3002 reports a root USER only where it matters, in the final image (following
///    `FROM <stage>` chains); hadolint also reports build stages that end as root.
/// 10. `RUN ["sh", "-c", "script"]` is read like shell form, so DL3003, DL3008 … see its commands.
/// 11. DL3046 also reads `--uid 1000000` (hadolint only `-u`).
/// 12. `# hadolint ignore=` applies to the next instruction even across blank lines and other
///     comments (stacked pragmas all apply); hadolint only honours the line right after it.
/// 13. A flag the instruction does not have (`RUN --foo`, `FROM --mount`) is a DL1000 at the
///     flag, as BuildKit rejects it; hadolint reads an unknown RUN flag as part of the command.
/// 14. `# hadolint stage ignore=` (ignore until the next FROM) is understood; hadolint 2.15 has
///     no such pragma and ignores it.
/// 15. A stage from a Windows image (`…/windows/servercore`, `nanoserver`) runs RUN with `cmd`,
///     so its bodies are not shell-checked and DL4006 does not apply until SHELL names a POSIX shell.
enum IntentionalDifferences {}
