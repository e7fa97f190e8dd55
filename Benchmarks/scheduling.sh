#!/usr/bin/env bash
# Full-run wall time of a 1,000-stage layered DAG (each stage touches one file; pipeline with
# --no-cache, so every stage really runs): pipeline vs
# ninja vs make -j, side by side in one hyperfine run. Needs: ninja-build, hyperfine, python3.
# usage: Benchmarks/scheduling.sh [JOBS] [RUNS]
set -euo pipefail
jobs=${1:-$(nproc)}
runs=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product pipeline --package-path "$root" >/dev/null
bin="$root/.build/release/pipeline"
python3 "$root/Benchmarks/synthetic.py" "$work" --stages 1000 --layers 20

cd "$work"
hyperfine --warmup 2 --runs "$runs" --export-json "$work/result.json" \
  --prepare 'rm -rf out .ninja_log .ninja_deps && mkdir out' \
  -n pipeline "$bin -q --no-cache -j $jobs build" \
  -n ninja "ninja -j $jobs" \
  -n make "make -s -j $jobs"
python3 - "$work/result.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ninja = results["ninja"]["median"]
for name, r in results.items():
    print(f"{name:9s} median {r['median']*1000:8.1f} ms  ({r['median']/ninja:4.2f}x ninja)  per stage {r['median']*1e6/1000:6.1f} us")
PY
