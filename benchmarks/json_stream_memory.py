#!/usr/bin/env python3
"""Peak memory and wall time of `corpus ingest --jobs 1` on one long JSON array of small records.

Writes an array of `--records` (200,000) small English records to a temporary folder, ingests it
into a fresh store through the CLI (`--cli`, default this checkout's `python -m syria_corpus`), and
prints one JSON line: records, input MB, wall seconds, CPU seconds, peak RSS (MB, of the largest
process of the run, from `getrusage(RUSAGE_CHILDREN)` in a fresh parent) and the summary line. The
records are read and stored part by part (`part_documents`), so the peak stays near one part's
worth plus the file's text, whatever the number of records. Usage:

    .venv/bin/python benchmarks/json_stream_memory.py [--records 200000] [--format json|jsonl|csv]
        [--cli /path/to/another/venv/bin/corpus]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Runs a command and prints the peak RSS (KB) of the largest process of its tree, from a fresh parent.
# CPU seconds (user + sys) of the tree too: on a shared machine the steadier figure.
_PEAK = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
         "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print(r.ru_utime + r.ru_stime, r.ru_maxrss, file=sys.stderr); sys.exit(p.returncode)")

_PLACES = ["Aleppo", "Homs", "Idlib", "Daraa", "Raqqa", "Hama", "Latakia", "Douma"]


def record(i: int) -> dict:
    place = _PLACES[i % len(_PLACES)]
    return {"title": f"Report {i}", "date": f"2015-07-{i % 28 + 1:02d}",
            "text": f"Foreign Minister Sergei Lavrov said on Monday that {i % 97 + 2} people were killed in {place}."}


def write_input(path: Path, n: int, fmt: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        if fmt == "json":
            f.write("[\n")
            for i in range(n):
                f.write(("," if i else "") + json.dumps(record(i)) + "\n")
            f.write("]\n")
        elif fmt == "jsonl":
            for i in range(n):
                f.write(json.dumps(record(i)) + "\n")
        else:
            w = csv.DictWriter(f, ["title", "date", "text"])
            w.writeheader()
            for i in range(n):
                w.writerow(record(i))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--format", choices=["json", "jsonl", "csv"], default="json")
    ap.add_argument("--cli", help="a `corpus` executable (default: this checkout, python -m syria_corpus)")
    ap.add_argument("--tmp", default="/tmp", help="where the input and the store go (removed afterwards)")
    a = ap.parse_args()
    cli = shlex.split(a.cli) if a.cli else [sys.executable, "-m", "syria_corpus"]
    with tempfile.TemporaryDirectory(prefix="json_stream_memory-", dir=a.tmp) as tmp:
        src = Path(tmp) / f"records.{a.format}"
        write_input(src, a.records, a.format)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        t0 = time.perf_counter()
        cmd = [*cli, "ingest", str(src), "--store", str(Path(tmp) / "store"), "--jobs", "1"]
        p = subprocess.run([sys.executable, "-c", _PEAK, *cmd], capture_output=True, text=True, env=env)
        secs = time.perf_counter() - t0
        lines = p.stderr.strip().splitlines()
        if p.returncode != 0 or not lines:
            raise SystemExit(f"ingest failed ({p.returncode}):\n{p.stderr[-2000:]}")
        cpu, rss_kb = lines[-1].split()
        print(json.dumps({"cli": " ".join(cli), "format": a.format, "records": a.records,
                          "input_mb": round(src.stat().st_size / 1e6, 1), "seconds": round(secs, 1),
                          "cpu_s": round(float(cpu), 1), "peak_rss_mb": round(int(rss_kb) / 1024),
                          "summary": lines[-2] if len(lines) > 1 else ""}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
