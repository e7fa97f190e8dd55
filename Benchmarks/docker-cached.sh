#!/usr/bin/env bash
# A fully cached docker pipeline (build + smoke records cached, image present) against one
# plain `docker image inspect` of the image, side by side. Needs a Docker engine (DOCKER_HOST),
# Debian's busybox-static and hyperfine.
# usage: Benchmarks/docker-cached.sh [RUNS]
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
docker=${PIPELINE_DOCKER:-/usr/bin/docker}
work=$(mktemp -d)
image=pipeline-bench/cached:latest
trap '"$docker" rmi -f "$image" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

swift build -c release --product pipeline --package-path "$root" >/dev/null
bin="$root/.build/release/pipeline"
mkdir -p "$work/ctx/bin"
cp /bin/busybox "$work/ctx/bin/busybox"
printf 'FROM scratch\nCOPY bin/busybox /bin/busybox\nCMD ["/bin/busybox", "sh", "-c", "echo up; sleep 300"]\n' >"$work/ctx/Dockerfile"
cat >"$work/pipeline.json" <<JSON
{"version": 1, "stages": {
  "image": {"kind": "docker-build", "context": "ctx", "image": "$image"},
  "smoke": {"kind": "smoke", "needs": ["image"], "network": "none", "checks": [{"log": "up"}]}
}}
JSON
cd "$work"
PIPELINE_DOCKER="$docker" "$bin" -q build
PIPELINE_DOCKER="$docker" hyperfine -N --warmup 3 --runs "$runs" --export-json result.json \
  -n "pipeline build (cached)" "$bin -q build" -n "docker image inspect" "$docker image inspect $image"
python3 - result.json <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
inspect = r["docker image inspect"]["median"]
for name, x in r.items():
    print(f"{name:26s} median {x['median']*1000:7.1f} ms  ({x['median']/inspect:4.1f}x one inspect)")
PY
