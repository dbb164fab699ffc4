#!/usr/bin/env python3
"""Peak memory of every process of `corpus ingest` as the corpus grows: SaudiNewsNet July copied
1, 4 and 16 times (hard links under other names, so each copy is a file of its own), each size
ingested into a fresh store with `--jobs` workers.

Every `--every` seconds the resident memory (VmRSS) of each process of the run is read from /proc:
the ingest process, its worker processes and the speaker linking's process (crossdoc.py). Printed
per size: documents, wall seconds, the peak of each kind of process, and the ingest process's
memory at each quarter of the run (flat or growing), then the machine. Linux only (/proc).

    .venv/bin/python benchmarks/memory_growth.py [--times 1 4 16] [--jobs 2] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vs_spacy import machine

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet-2015-07"


def grown(corpus: Path, times: int, into: Path) -> Path:
    """A folder holding every file of `corpus` `times` times, as c1_NAME ... cN_NAME."""
    into.mkdir(parents=True)
    for i in range(1, times + 1):
        for f in sorted(p for p in corpus.iterdir() if p.is_file()):
            target = into / f"c{i}_{f.name}"
            try:
                os.link(f, target)
            except OSError:   # another file system: a copy
                shutil.copyfile(f, target)
    return into


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
            out.setdefault(ppid, []).append(int(d))
    return out


def _rss_mb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def _kind(pid: int, root: int) -> str:
    if pid == root:
        return "ingest"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "other"
    return "linking" if b"syria_corpus.linkproc" in cmd else "worker"


def run(cli: str, corpus: Path, store: Path, jobs: int, every: float) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen([cli, "ingest", "-q", str(corpus), "--store", str(store), "--jobs", str(jobs)])
    peaks: dict[str, int] = {}
    ingest_curve: list[tuple[float, int]] = []
    while proc.poll() is None:
        tree, todo = [], [proc.pid]
        kids = _children()
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(kids.get(pid, ()))
        for pid in tree:
            mb = _rss_mb(pid)
            if mb is None:
                continue
            kind = _kind(pid, proc.pid)
            peaks[kind] = max(peaks.get(kind, 0), mb)
            if kind == "ingest":
                ingest_curve.append((time.perf_counter() - t0, mb))
        time.sleep(every)
    if proc.returncode:
        sys.exit(f"corpus ingest failed ({proc.returncode})")
    wall = time.perf_counter() - t0
    quarters = [max((mb for t, mb in ingest_curve if q * wall / 4 <= t < (q + 1) * wall / 4), default=0)
                for q in range(4)]
    return {"wall": wall, "peaks": peaks, "quarters": quarters}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--times", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between two readings")
    ap.add_argument("--cli", default=str(Path(sys.executable).with_name("corpus")))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="memory-growth-") as tmp:
        for n in args.times:
            folder = grown(args.corpus, n, Path(tmp) / f"x{n}")
            store = Path(tmp) / f"store{n}"
            r = run(args.cli, folder, store, args.jobs, args.every)
            docs = subprocess.run([args.cli, "report", "documents", "--format", "jsonl", "--store", str(store)],
                                  capture_output=True, text=True, check=True).stdout.count("\n")
            peaks = ", ".join(f"{k} {v} MB" for k, v in sorted(r["peaks"].items()))
            print(f"{n:>3}x  {docs:,} documents  {r['wall']:.1f} s  peak: {peaks}  "
                  f"ingest process by quarter: {' / '.join(map(str, r['quarters']))} MB", flush=True)
            shutil.rmtree(folder)
            shutil.rmtree(store)
    print(f"machine: {machine()}, {os.cpu_count()} cores, --jobs {args.jobs}")


if __name__ == "__main__":
    main()
