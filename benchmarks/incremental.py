"""What an ingest costs on a large store when little changed: an unchanged corpus again, and one new
file added (its extraction, the commit, and the speaker linking over the whole store).

    python benchmarks/incremental.py --store STORE --corpus DIR --file NEW [--runs 3]

STORE is a store of DIR built by this build (else every file counts as changed: the tables' fingerprint
holds the code). Each run copies STORE to a temporary folder, so the store itself is never changed.
Prints the median wall time, CPU time (the process and its workers) and peak RSS of:
  - `corpus ingest DIR` on the copy: nothing changed;
  - `corpus ingest NEW` on the copy: one file added to the whole store;
  - `corpus ingest NEW` on an empty store: that file's own work, the floor of the line above;
and the machine's cores and load. The ratio of the last two says what the store's size costs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(args: list[str]) -> tuple[float, float, int]:
    """Wall s, CPU s and peak RSS (KB) of one `corpus` process (with its workers: wait4 gives this
    child's own usage, not that of the runs before it)."""
    with tempfile.TemporaryFile() as errors:   # (a file, not a pipe: nothing blocks while we wait)
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "syria_corpus", *args], stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"corpus {' '.join(args)} failed ({code}): {err.strip()[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(label: str, store: str | None, args: list[str], runs: int) -> None:
    walls, cpus = [], []
    peak = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="incr-") as tmp:
            target = os.path.join(tmp, "store")
            if store:
                shutil.copytree(store, target)
            wall, cpu, rss = run(["ingest", "-q", *args, "--store", target])
            walls.append(wall)
            cpus.append(cpu)
            peak = max(peak, rss)
    print(f"| {label} | {statistics.median(walls):.2f} s | {statistics.median(cpus):.2f} s | "
          f"{peak // 1024:,} MB |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    n_docs = sum(1 for _ in Path(a.store, "manifest.json").read_text().splitlines() if '"n_docs"' in _)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; store {a.store} "
          f"({n_docs} source entries); new file {a.file}")
    print("| what | wall (median) | CPU (median) | peak RSS |")
    print("|---|---:|---:|---:|")
    measure("unchanged corpus again", a.store, [a.corpus], a.runs)
    measure("one new file, on the store", a.store, [a.file], a.runs)
    measure("the same file, on an empty store", None, [a.file], a.runs)
    print(f"load after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
