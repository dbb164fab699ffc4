#!/usr/bin/env python3
"""Words per second of `corpus ingest --jobs 1` against spaCy `en_core_web_sm` + textacy
`direct_quotations` + langdetect, over the same English files, one process each, in the same run.

Both sides run as a fresh process, start-up included (imports, language data, model loading),
the way a user runs them; the two are interleaved `--repeat` times so a busy machine slows both
alike. Words are whitespace-separated tokens of the texts. Printed: per run and system the wall
and CPU seconds and the words per second, then the ratio (ours / spaCy+textacy) of wall and of
CPU time, and the machine. Needs the `bench` extra (`pip install -e ".[bench]"`).

    .venv/bin/python benchmarks/vs_spacy.py [--texts ../shared/corpora/polnear/dev/text] [--repeat 1]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "dev" / "text"

# The alternative, as one process: detect the language, parse, extract direct quotations.
ALTERNATIVE = r"""
import sys, pathlib
sys.path.insert(0, sys.argv[2])
from english_pipeline import load_english
from langdetect import DetectorFactory, detect
from textacy.extract.triples import direct_quotations
DetectorFactory.seed = 0
nlp = load_english()
if nlp is None:
    sys.exit("en_core_web_sm is not installed: pip install -e '.[bench]'")
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = p.read_text(encoding="utf-8")
    detect(text)
    try:
        n += len(list(direct_quotations(nlp(text))))
    except ValueError:   # textacy refuses a text with an odd number of quotation marks
        pass
print(n)
"""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} logical cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; load average at start {load}")


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user+sys of the process and its children) and stdout of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])}... failed ({p.returncode}):\n{p.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, p.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", default=str(DEFAULT_TEXTS), help="a folder of English .txt files")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    texts = Path(a.texts)
    files = sorted(texts.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {texts}")
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"machine: {machine()}")
    print(f"input: {len(files)} files, {words} words ({texts})")
    rows = []
    for i in range(a.repeat):
        store = Path(tempfile.mkdtemp(prefix="bench-vs-spacy-"))
        try:
            ours = timed([sys.executable, "-m", "syria_corpus", "ingest", "-q", str(texts), "--store", str(store),
                          "--jobs", "1"])
        finally:
            shutil.rmtree(store, ignore_errors=True)
        alt = timed([sys.executable, "-c", ALTERNATIVE, str(texts), str(Path(__file__).resolve().parent)])
        row = {"run": i + 1, "ours_s": round(ours[0], 2), "ours_cpu_s": round(ours[1], 2),
               "alt_s": round(alt[0], 2), "alt_cpu_s": round(alt[1], 2),
               "ours_words_per_s": round(words / ours[0]), "alt_words_per_s": round(words / alt[0]),
               "ratio_wall": round(alt[0] / ours[0], 2), "ratio_cpu": round(alt[1] / ours[1], 2)}
        rows.append(row)
        print(json.dumps(row))
    med = {k: statistics.median(r[k] for r in rows) for k in ("ratio_wall", "ratio_cpu", "ours_words_per_s",
                                                             "alt_words_per_s")}
    print(f"corpus ingest --jobs 1: {med['ours_words_per_s']:.0f} words/s; spaCy en_core_web_sm + textacy "
          f"direct_quotations + langdetect: {med['alt_words_per_s']:.0f} words/s")
    print(f"ratio (ours / spaCy+textacy, median of {len(rows)}): {med['ratio_wall']:.2f} by wall time, "
          f"{med['ratio_cpu']:.2f} by CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
