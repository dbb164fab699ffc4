#!/usr/bin/env python3
"""Throughput and memory of `corpus ingest` on the real corpora, through the CLI as users run it.

For each corpus folder: a cold ingest into a fresh store (documents, seconds, documents/s, MB/s of
input, peak RSS of the largest process: the ingest or a worker), then a warm re-ingest (every file
unchanged) to show the cost of the content-hash check. Usage:

    .venv/bin/python benchmarks/ingest_throughput.py [--corpora ../shared/corpora] [--jobs 1 2] [--only fakes]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "syria_corpus"]


def folder_bytes(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


# Runs a command and prints the peak RSS (KB) of the largest process of its tree (the ingest or one
# of its workers), from a fresh parent so one measurement is not polluted by earlier runs.
_PEAK = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(p.returncode)")


def run_ingest(src: Path, store: Path, jobs: int) -> tuple[float, float, str]:
    """Seconds, peak RSS (MB) and the summary line of one ingest."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _PEAK] + CLI + ["ingest", str(src), "--store", str(store),
                                                              "--jobs", str(jobs)], capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        raise SystemExit(f"ingest of {src} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    lines = p.stderr.strip().splitlines()
    return secs, int(lines[-1]) / 1024, lines[-2]


def count_docs(store: Path) -> int:
    p = subprocess.run(CLI + ["report", "documents", "--store", str(store), "--format", "jsonl",
                              "--columns", "doc_id"], capture_output=True, text=True, check=True)
    return len(p.stdout.splitlines())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora"))
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--only", nargs="*", help="corpus folder names to run")
    a = ap.parse_args()
    root = Path(a.corpora)
    folders = [d for d in sorted(root.iterdir()) if d.is_dir() and (not a.only or d.name in a.only)]
    rows = []
    for d in folders:
        mb = folder_bytes(d) / 1e6
        for jobs in a.jobs:
            store = Path(tempfile.mkdtemp(prefix="bench-store-"))
            try:
                cold, rss, _ = run_ingest(d, store, jobs)
                warm, _, _ = run_ingest(d, store, jobs)
                n = count_docs(store)
            finally:
                shutil.rmtree(store, ignore_errors=True)
            rows.append(dict(corpus=d.name, jobs=jobs, docs=n, input_mb=round(mb, 1), cold_s=round(cold, 1),
                             docs_per_s=round(n / cold, 1), mb_per_s=round(mb / cold, 2),
                             peak_rss_mb=round(rss), reingest_s=round(warm, 2)))
            print(json.dumps(rows[-1]), file=sys.stderr)
    cols = list(rows[0]) if rows else []
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")
    print(f"\nmachine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
