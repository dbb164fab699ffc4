#!/usr/bin/env python3
"""Speed-up from one to two (or more) worker processes, and peak memory, of `corpus ingest` on a
slice of SaudiNewsNet (Arabic): the first `--docs` articles of the corpus, written as 8 JSON files.

Each run is a fresh `corpus ingest` into a fresh store, start-up included; peak RSS is that of the
largest process of the run (the ingest or one of its workers). Printed: per run the wall and CPU
seconds, words per second and peak RSS, then the speed-up and the machine.

    .venv/bin/python benchmarks/speedup.py [--docs 800] [--jobs 1 2] [--corpus ../shared/corpora/saudinewsnet-2015-07]
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vs_spacy import machine

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet-2015-07"
_PEAK = ("import resource, subprocess, sys, time; t = time.perf_counter(); p = subprocess.run(sys.argv[1:]); "
         "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print(time.perf_counter() - t, r.ru_utime + r.ru_stime, r.ru_maxrss, file=sys.stderr); "
         "sys.exit(p.returncode)")


def make_slice(corpus: Path, n: int, out: Path) -> tuple[int, int]:
    """The first n articles of the corpus (files in name order) as 8 JSON files; (documents, words)."""
    records: list[dict] = []
    for f in sorted(corpus.glob("*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            records += json.load(fh)
        if len(records) >= n:
            break
    records = records[:n]
    out.mkdir(parents=True)
    per = -(-len(records) // 8)
    for i in range(8):
        part = records[i * per:(i + 1) * per]
        if part:
            (out / f"part{i}.json").write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
    words = sum(len(str(r.get("content") or "").split()) for r in records)
    return len(records), words


def run(src: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one cold ingest."""
    store = Path(tempfile.mkdtemp(prefix="bench-speedup-store-"))
    try:
        p = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "syria_corpus", "ingest", "-q",
                            str(src), "--store", str(store), "--jobs", str(jobs)], capture_output=True, text=True)
    finally:
        shutil.rmtree(store, ignore_errors=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({p.returncode}):\n{p.stderr[-2000:]}")
    wall, cpu, rss_kb = p.stderr.strip().splitlines()[-1].split()
    return float(wall), float(cpu), int(rss_kb) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--docs", type=int, default=800)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-speedup-"))
    try:
        n, words = make_slice(Path(a.corpus), a.docs, tmp / "in")
        print(f"machine: {machine()}")
        print(f"input: {n} SaudiNewsNet articles, {words} words, in 8 files")
        walls = {}
        for jobs in a.jobs:
            t0 = time.perf_counter()
            wall, cpu, rss = run(tmp / "in", jobs)
            walls[jobs] = wall
            print(json.dumps({"jobs": jobs, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                              "words_per_s": round(words / wall), "peak_rss_mb": round(rss),
                              "bench_s": round(time.perf_counter() - t0, 1)}))
        if 1 in walls:
            for jobs in a.jobs:
                if jobs != 1:
                    print(f"speed-up 1 -> {jobs} workers: {walls[1] / walls[jobs]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
