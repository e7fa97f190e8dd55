#!/usr/bin/env bash
# Every performance case side by side in one run, medians of RUNS runs and the ratios. The
# commands of a case run in rounds (Benchmarks/interleave.py: A B C, A B C, …), so a noisy
# spell on a shared machine hits them alike and the ratios hold even when the times drift: pipeline against ninja and make, against a plain
# `docker image inspect` and one raw engine-API call (curl --unix-socket), against a Swift
# binary without Foundation, sha256sum/openssl, hadolint and ShellCheck.
#
#   no-op, 1,000 stages / 10,000 input files        pipeline | ninja | make
#   no-op, 10 exec stages                           pipeline | ninja | make
#   process start (`pipeline --version`)            pipeline | plain Swift binary
#   cached docker pipeline (build + smoke cached)   pipeline | docker image inspect | curl --unix-socket
#   first-run hashing of 512 MiB                    pipeline | sha256sum | openssl dgst
#   lint, one call over a corpus                    pipeline lint | hadolint | shellcheck
#
# PIPELINE_BEFORE=/path/to/an/older/pipeline adds a column with that binary, for before/after;
# it runs in its own copy of each project (DIR-before), since the two may not read each other's
# cache files and would otherwise re-hash everything on every run.
# LINT_CORPUS=DIR lints DIR (Dockerfiles and shell scripts; e.g. the lint-corpus manifest's
# files); otherwise a corpus is gathered from this machine (its shell scripts, any Dockerfiles).
# The docker row needs an engine on a Unix socket (DOCKER_HOST=unix://… or the default) and
# Debian's busybox-static; it is left out without one. Rows whose tools are missing are too.
# Needs: python3, ninja-build, make.
# usage: Benchmarks/compare.sh [RUNS]
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
docker=${PIPELINE_DOCKER:-/usr/bin/docker}
image=pipeline-bench/compare-$$:latest
cleanup() {
  "$docker" rmi -f "$image" "${image%:*}-before:latest" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

swift build -c release --product pipeline --package-path "$root" >/dev/null
bin="$root/.build/release/pipeline"
before=${PIPELINE_BEFORE:-}
results="$work/results"
mkdir -p "$results"

# bench NAME DIR [--prepare SHELL] [-n LABEL COMMAND]... : the commands in rounds in DIR,
# medians into $results/NAME.json.
bench() {
  local name=$1 dir=$2
  shift 2
  (cd "$dir" && python3 "$root/Benchmarks/interleave.py" "$results/$name.json" "$runs" --warmup 2 "$@")
}
# The pipeline column(s) for the project in DIR: after, and before (in DIR-before) when given.
pipelines() {
  local arguments=$1 dir=$2
  printf '%s\0' -n pipeline "$bin -C $dir $arguments"
  if [ -n "$before" ]; then printf '%s\0' -n "pipeline-before" "$before -C $dir-before $arguments"; fi
}
# Runs `pipeline ARGUMENTS` in DIR with the after binary, and in DIR-before with the before one.
prime() {
  local dir=$1
  shift
  "$bin" -C "$dir" "$@"
  if [ -n "$before" ]; then "$before" -C "$dir-before" "$@"; fi
}

echo "preparing (load average $(cut -d' ' -f1 /proc/loadavg))" >&2

# 1, 2: no-op runs of synthetic graphs; the second pipeline run settles racy entries.
for size in 1000:10 10:0; do
  stages=${size%:*} files=${size#*:}
  dir="$work/noop-$stages"
  python3 "$root/Benchmarks/synthetic.py" "$dir" --stages "$stages" --layers $((stages >= 20 ? 20 : 2)) --files-per-stage "$files" >/dev/null
  [ -z "$before" ] || cp -a "$dir" "$dir-before"
  prime "$dir" -q build && (cd "$dir" && ninja >/dev/null && make -s >/dev/null) && sleep 1.1 && prime "$dir" -q build
  mapfile -d '' columns < <(pipelines "-q build" "$dir")
  bench "noop-$stages" "$dir" "${columns[@]}" -n ninja "ninja" -n make "make -s"
done

# 3: process start.
printf 'print("hello")\n' >"$work/hello.swift"
swiftc -O "$work/hello.swift" -o "$work/hello" 2>/dev/null
mkdir -p "$work/start" "$work/start-before"
mapfile -d '' columns < <(pipelines "--version" "$work/start")
bench start "$work" "${columns[@]}" -n "plain Swift binary" "$work/hello"

# 4: a fully cached docker pipeline.
socket=${DOCKER_HOST:-unix:///var/run/docker.sock}
socket=${socket#unix://}
if [ -S "$socket" ] && [ -x "$docker" ] && [ -x /bin/busybox ] && "$docker" version >/dev/null 2>&1; then
  dir="$work/docker"
  # The before copy builds an image of its own name: each version keeps its own cached image.
  for project in "$dir" "$dir-before"; do
    name=$image
    [ "$project" = "$dir" ] || name=${image%:*}-before:latest
    mkdir -p "$project/ctx/bin"
    cp /bin/busybox "$project/ctx/bin/busybox"
    printf 'FROM scratch\nCOPY bin/busybox /bin/busybox\nCMD ["/bin/busybox", "sh", "-c", "echo up; sleep 300"]\n' >"$project/ctx/Dockerfile"
    printf '{"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "%s"},
      "smoke": {"kind": "smoke", "needs": ["image"], "network": "none", "checks": [{"log": "up"}]}}}\n' "$name" >"$project/pipeline.json"
  done
  PIPELINE_DOCKER="$docker" prime "$dir" -q build
  mapfile -d '' columns < <(pipelines "-q build" "$dir")
  PIPELINE_DOCKER="$docker" bench docker "$dir" "${columns[@]}" -n "docker image inspect" "$docker image inspect $image" \
    -n "curl --unix-socket" "curl -s -o /dev/null --unix-socket $socket http://docker/images/$image/json"
fi

# 5: first-run hashing: the stat index is removed before each run, so every byte is read.
dir="$work/hash"
mkdir -p "$dir" "$dir-before"
head -c $((512 << 20)) /dev/urandom >"$dir/data"
ln "$dir/data" "$dir-before/data"
printf '{"version": 1, "stages": {"hash": {"kind": "exec", "run": ["true"], "inputs": ["data"]}}}\n' | tee "$dir-before/pipeline.json" >"$dir/pipeline.json"
cat "$dir/data" >/dev/null
mapfile -d '' columns < <(pipelines "-q --force hash build" "$dir")
bench hash "$dir" --prepare "rm -f $dir/.pipeline/cache/stat-index $dir-before/.pipeline/cache/stat-index; cat $dir/data >/dev/null" "${columns[@]}" \
  -n sha256sum "sha256sum $dir/data" -n "openssl dgst" "openssl dgst -sha256 $dir/data"

# 6: lint over a corpus in one call per tool.
corpus=${LINT_CORPUS:-}
if [ -z "$corpus" ]; then
  corpus="$work/corpus"
  mkdir -p "$corpus/sh" "$corpus/docker"
  n=0
  while IFS= read -r file; do
    n=$((n + 1)); cp "$file" "$corpus/sh/$n.sh"
  done < <(grep -rlI -m1 '^#!/bin/\(ba\)\?sh' /usr/bin /usr/sbin /etc /usr/share /usr/lib 2>/dev/null | head -800)
  n=0
  while IFS= read -r file; do
    n=$((n + 1)); mkdir -p "$corpus/docker/$n"; cp "$file" "$corpus/docker/$n/Dockerfile"
  done < <({ find / -xdev \( -path /proc -o -path /tmp -o -path /work -o -path "$root" \) -prune -o \
               \( -name Dockerfile -o -name '*.Dockerfile' \) -type f -print 2>/dev/null; \
             find "$root/docker" "$root/Tests" -name Dockerfile -type f; } | head -800)
fi
if [ -f "$corpus/index.tsv" ]; then
  # A corpus built by Benchmarks/lint-corpus/harness.py says what each file is.
  mapfile -t dockerfiles < <(awk -F'\t' -v dir="$corpus" '$2 == "docker" { print dir "/" $3 }' "$corpus/index.tsv")
  mapfile -t scripts < <(awk -F'\t' -v dir="$corpus" '$2 == "shell" { print dir "/" $3 }' "$corpus/index.tsv")
else
  mapfile -t dockerfiles < <(find "$corpus" -type f \( -name Dockerfile -o -name '*.Dockerfile' -o -name 'Dockerfile.*' \) | sort)
  mapfile -t scripts < <(find "$corpus" -type f \( -name '*.sh' -o -name '*.bash' \) | sort)
fi
printf '%s\n' "${dockerfiles[@]}" >"$work/dockerfiles.txt"
printf '%s\n' "${scripts[@]}" >"$work/scripts.txt"
echo "lint corpus: ${#dockerfiles[@]} Dockerfiles, ${#scripts[@]} shell scripts" >&2
lint_columns() {
  local list=$1
  printf '%s\0' -n "pipeline lint" "xargs -d '\\n' -a $list $bin lint --no-fail --format json"
  if [ -n "$before" ]; then printf '%s\0' -n "pipeline-before lint" "xargs -d '\\n' -a $list $before lint --no-fail --format json"; fi
}
if command -v hadolint >/dev/null && [ ${#dockerfiles[@]} -gt 0 ]; then
  mapfile -d '' columns < <(lint_columns "$work/dockerfiles.txt")
  bench lint-docker / "${columns[@]}" -n hadolint "xargs -d '\\n' -a $work/dockerfiles.txt hadolint --no-fail -f json"
fi
if command -v shellcheck >/dev/null && [ ${#scripts[@]} -gt 0 ]; then
  mapfile -d '' columns < <(lint_columns "$work/scripts.txt")
  bench lint-shell / "${columns[@]}" -n shellcheck "xargs -d '\\n' -a $work/scripts.txt shellcheck -f json"
fi

python3 - "$results" "$runs" <<'PY'
import json, os, sys
results, runs = sys.argv[1], sys.argv[2]
cases = [
    ("noop-1000", "no-op, 1,000 stages / 10,000 input files", "ninja"),
    ("noop-10", "no-op, 10 exec stages", "ninja"),
    ("start", "process start (`pipeline --version`)", "plain Swift binary"),
    ("docker", "cached docker pipeline (build + smoke cached)", "docker image inspect"),
    ("hash", "first-run hashing of 512 MiB", "sha256sum"),
    ("lint-docker", "lint, one call: Dockerfiles", "hadolint"),
    ("lint-shell", "lint, one call: shell scripts", "shellcheck"),
]
def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"
print(f"medians of {runs} runs, load average {os.getloadavg()[0]:.1f}; ratio = pipeline / reference")
print()
print("| case | command | median | ratio to reference |")
print("|---|---|---|---|")
for name, title, reference in cases:
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        print(f"| {title} | (not measured: tool or engine missing) | | |")
        continue
    medians = {r["command"]: r["median"] for r in json.load(open(path))["results"]}
    base = medians.get(reference)
    for command, median in medians.items():
        ratio = "reference" if command == reference else (f"{median / base:.2f}×" if base else "")
        if name == "lint-docker" or name == "lint-shell":
            ratio = "reference" if command == reference else (f"{base / median:.1f}× faster" if base else "")
        print(f"| {title} | {command} | {ms(median)} | {ratio} |")
PY
