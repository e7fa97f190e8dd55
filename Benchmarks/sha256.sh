#!/usr/bin/env bash
# SHA-256 throughput on one 1 GiB random file, side by side in one run: pipeline's
# hasher with SHA-NI and forced portable, sha256sum, and openssl dgst (if installed).
# Our hasher reads with read(2) in 1 MiB chunks (Benchmarks/sha256-bench/main.swift), built with
# swiftc -O against the release build of Basics. Needs: python3.
# usage: [SCRATCH_PATH=.build-x] Benchmarks/sha256.sh [RUNS] [SIZE_MIB]
set -euo pipefail
runs=${1:-5}
size_mib=${2:-1024}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH_PATH:-$root/.build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --scratch-path "$scratch" --package-path "$root" --target Basics >/dev/null
bin=$(swift build -c release --scratch-path "$scratch" --package-path "$root" --show-bin-path)
swiftc -O -module-name sha256bench \
  -I "$bin/Modules" -Xcc -fmodule-map-file="$bin/CSHA256.build/module.modulemap" \
  -Xcc -I"$root/Sources/CSHA256/include" \
  "$root/Benchmarks/sha256-bench/main.swift" "$bin"/Basics.build/*.o "$bin"/CSHA256.build/*.o \
  -o "$work/sha256-bench"

head -c "$((size_mib << 20))" /dev/urandom >"$work/data"
# Warm the page cache so every tool reads from memory, not from disk.
cat "$work/data" >/dev/null

# Rounds interleave the tools, so load from other processes on a shared machine hits all alike.
# Wall time is the figure; CPU time (user + sys) is shown too, as it is steadier under load.
python3 - "$work" "$runs" <<'PY'
import os, shutil, statistics, subprocess, sys, time
work, runs = sys.argv[1], int(sys.argv[2])
data = os.path.join(work, "data")
size = os.path.getsize(data)
bench = os.path.join(work, "sha256-bench")
tools = {
    "sha-ni": ([bench, data], {}),
    "portable": ([bench, data], {"PIPELINE_SHA256": "portable"}),
    "sha256sum": (["sha256sum", data], {}),
}
if shutil.which("openssl"):
    tools["openssl"] = (["openssl", "dgst", "-sha256", "-r", data], {})

def run(argv, extra):
    env = {key: value for key, value in os.environ.items() if key != "PIPELINE_SHA256"}
    env.update(extra)
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE)
    out = child.stdout.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{argv[0]} failed: {status}")
    return out.split(), wall, usage.ru_utime + usage.ru_stime

# Every tool must agree, and ours must run the implementation it is named after, before its
# speed means anything; this pass also warms the page cache.
digests = {}
for name, (argv, extra) in tools.items():
    fields, _, _ = run(argv, extra)
    digests[name] = fields[0]
    if name in ("sha-ni", "portable") and fields[1] != name:
        print(f"note: {name} ran the {fields[1]} implementation (no SHA-NI on this CPU?)")
if len(set(digests.values())) != 1:
    sys.exit(f"tools disagree: {digests}")

wall = {name: [] for name in tools}
cpu = {name: [] for name in tools}
for _ in range(runs):
    for name, (argv, extra) in tools.items():
        _, seconds, cpu_seconds = run(argv, extra)
        wall[name].append(seconds)
        cpu[name].append(cpu_seconds)

rate = {name: size / statistics.median(wall[name]) / 1e6 for name in tools}
cpu_rate = {name: size / statistics.median(cpu[name]) / 1e6 for name in tools}
print(f"SHA-256 of {size >> 20} MiB, median of {runs} runs (load average {os.getloadavg()[0]:.1f})")
print(f"{'tool':10s} {'MB/s':>7s} {'vs sha256sum':>13s}   {'MB/s of CPU time':>16s}")
for name in tools:
    print(f"{name:10s} {rate[name]:7.0f} {rate[name] / rate['sha256sum']:12.2f}x   {cpu_rate[name]:16.0f}")
PY
