#!/usr/bin/env python3
"""Times commands in rounds — A B C, A B C, … — so a noisy spell on a shared machine hits them
alike, and writes each one's median wall time as JSON ({"results": [{"command", "median",
"runs"}]}).

usage: interleave.py OUT.json RUNS [--warmup N] [--prepare SHELL] -n LABEL COMMAND [-n LABEL COMMAND]...

COMMAND is split like a shell splits words and run without a shell, output discarded, in the
current directory; its exit status is ignored (linters exit non-zero on findings). --prepare
runs through /bin/sh before every timed run of every command, untimed.
"""
import json
import shlex
import statistics
import subprocess
import sys
import time


def main():
    out, runs = sys.argv[1], int(sys.argv[2])
    args = sys.argv[3:]
    warmup, prepare, commands = 1, None, []
    while args:
        flag = args.pop(0)
        if flag == "--warmup":
            warmup = int(args.pop(0))
        elif flag == "--prepare":
            prepare = args.pop(0)
        elif flag == "-n":
            commands.append((args.pop(0), shlex.split(args.pop(0))))
        else:
            sys.exit(f"unknown argument {flag}")

    def run(argv):
        if prepare:
            subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        return time.perf_counter() - start

    for _ in range(warmup):
        for _, argv in commands:
            run(argv)
    times = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, argv in commands:
            times[label].append(run(argv))
    with open(out, "w") as f:
        json.dump({"results": [{"command": label, "median": statistics.median(values), "runs": values}
                               for label, values in times.items()]}, f)


if __name__ == "__main__":
    main()
