#!/usr/bin/env bash
# No-op runs (everything up to date) of a 1,000-stage / 10,000-input-file layered DAG, side by
# side: pipeline (content hashes), ninja and make (mtimes), go-task (checksum mode). Then the
# run after touching — not changing — every input file: pipeline must run no stage.
# Needs: ninja-build, hyperfine, python3, and go-task (`pip install go-task-bin`) if present.
# usage: Benchmarks/noop.sh [RUNS]
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product pipeline --package-path "$root" >/dev/null
bin="$root/.build/release/pipeline"
python3 "$root/Benchmarks/synthetic.py" "$work" --stages 1000 --layers 20 --files-per-stage 10
cd "$work"

# Fill every tool's state; the second pipeline run settles entries the racy-clean rule
# re-hashes once (files written less than a second before they were hashed).
"$bin" -q build
sleep 1.1
"$bin" -q build
ninja >/dev/null
make -s
task_cmd=()
if command -v task >/dev/null; then
  task -s >/dev/null 2>&1 || task >/dev/null
  task_cmd=(-n go-task "task -s")
fi

echo "== no-op: nothing changed"
hyperfine --warmup 3 --runs "$runs" --export-json noop.json \
  -n pipeline "$bin -q build" -n ninja "ninja" -n make "make -s" "${task_cmd[@]}"

echo "== every input file touched, none changed (pipeline runs nothing; ninja and make rebuild)"
hyperfine --warmup 1 --runs "$runs" --export-json touched.json \
  --prepare 'find src -type f -exec touch {} +' -n pipeline-after-touch "$bin -q build"
"$bin" build | tail -1

python3 - noop.json touched.json <<'PY'
import json, sys
noop = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ninja = noop["ninja"]["median"]
for name, r in noop.items():
    print(f"no-op  {name:9s} median {r['median']*1000:8.1f} ms  ({r['median']/ninja:5.2f}x ninja)")
for r in json.load(open(sys.argv[2]))["results"]:
    print(f"touch  {r['command']:9s} median {r['median']*1000:8.1f} ms")
PY
