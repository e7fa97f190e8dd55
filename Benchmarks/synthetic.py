#!/usr/bin/env python3
"""Writes a synthetic layered DAG as pipeline.json, build.ninja, Makefile and Taskfile.yml
(same graph, same commands), for side-by-side benchmarks of pipeline, ninja, make and go-task.

usage: synthetic.py DIR [--stages N] [--layers L] [--files-per-stage K] [--seed S]

Each stage touches out/sN. With --files-per-stage K > 0 the tree also gets K input files per
stage under src/sN/, declared as the stage's inputs (for no-op / cache benchmarks).
"""
import argparse
import json
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--stages", type=int, default=1000)
    parser.add_argument("--layers", type=int, default=20)
    parser.add_argument("--files-per-stage", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    per_layer = args.stages // args.layers
    layers = [[f"s{layer * per_layer + i}" for i in range(per_layer)] for layer in range(args.layers)]
    needs = {}
    for depth, layer in enumerate(layers):
        for name in layer:
            needs[name] = sorted(rng.sample(layers[depth - 1], min(3, per_layer))) if depth > 0 else []
    names = [name for layer in layers for name in layer]

    os.makedirs(os.path.join(args.dir, "out"), exist_ok=True)
    inputs = {}
    for name in names:
        inputs[name] = []
        for k in range(args.files_per_stage):
            path = f"src/{name}/f{k}.txt"
            inputs[name].append(path)
            full = os.path.join(args.dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(f"{name} {k}\n")

    stages = {}
    for name in names:
        stage = {"kind": "exec", "run": ["touch", f"out/{name}"], "outputs": [f"out/{name}"]}
        if needs[name]:
            stage["needs"] = needs[name]
        if inputs[name]:
            stage["inputs"] = [f"src/{name}/**"]
        stages[name] = stage
    with open(os.path.join(args.dir, "pipeline.json"), "w") as f:
        json.dump({"version": 1, "name": "synthetic", "stages": stages}, f, indent=1)

    with open(os.path.join(args.dir, "build.ninja"), "w") as f:
        f.write("rule touch\n  command = touch $out\n\n")
        for name in names:
            deps = [f"out/{d}" for d in needs[name]] + inputs[name]
            f.write(f"build out/{name}: touch" + ("".join(" " + d for d in deps) and " | " + " ".join(deps)) + "\n")
        f.write("default " + " ".join(f"out/{n}" for n in names) + "\n")

    with open(os.path.join(args.dir, "Makefile"), "w") as f:
        f.write("all: " + " ".join(f"out/{n}" for n in names) + "\n\n")
        for name in names:
            deps = [f"out/{d}" for d in needs[name]] + inputs[name]
            f.write(f"out/{name}: {' '.join(deps)}\n\ttouch $@\n")

    # go-task: checksum method over the same sources; deps run in parallel like -j.
    with open(os.path.join(args.dir, "Taskfile.yml"), "w") as f:
        f.write("version: '3'\n\ntasks:\n  default:\n    deps: [" + ", ".join(layers[-1]) + "]\n")
        for name in names:
            f.write(f"  {name}:\n")
            if needs[name]:
                f.write("    deps: [" + ", ".join(needs[name]) + "]\n")
            # Without `run: once` go-task re-runs a shared dependency once per path to it.
            f.write("    run: once\n    method: checksum\n")
            if inputs[name]:
                f.write(f"    sources: ['src/{name}/**']\n")
            f.write(f"    generates: ['out/{name}']\n")
            f.write(f"    cmds: ['touch out/{name}']\n")


if __name__ == "__main__":
    main()
