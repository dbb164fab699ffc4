"""Time `corpus report claims`, `corpus report places` and `corpus report html` on a store, check the page
in headless Chromium with the network off, and save its screenshot.

    .venv/bin/python benchmarks/insight_report.py STORE [--html OUT.html] [--screenshot docs/report.png]

Each command runs as a user runs it (a fresh process, output to a file), so the time includes start-up.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syria_corpus.html_report import check

CORPUS = str(Path(sys.executable).parent / "corpus")


def timed(args: list[str], out: str) -> float:
    t = time.perf_counter()
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([CORPUS, *args], stdout=f, check=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store")
    ap.add_argument("--html", default="report.html")
    ap.add_argument("--screenshot")
    a = ap.parse_args()
    runs = [("report claims", ["report", "claims", "--store", a.store, "--format", "jsonl"], "claims.jsonl"),
            ("report places", ["report", "places", "--store", a.store, "--format", "jsonl"], "places.jsonl"),
            ("report html", ["report", "html", "--store", a.store, "-o", a.html], "/dev/null")]
    for name, args, out in runs:
        secs = timed(args, out)
        size = f"{Path(a.html).stat().st_size // 1024} KB" if out == "/dev/null" else \
            f"{len(Path(out).read_text(encoding='utf-8').splitlines())} rows"
        print(f"{name}: {secs:.2f} s, {size}")
    if check.find_browser() is None:
        print("no Chromium: the page was not opened")
        return
    r = check.check_page(a.html, a.screenshot)
    outside = sum(not u.startswith(("file:", "data:", "blob:", "about:")) for u in r.requests)
    print(f"chromium: ready={r.ready} charts={len(r.chart_ids)} ({', '.join(r.chart_ids)}) svg={r.svg_charts} "
          f"rtl_arabic={r.rtl_texts} console_errors={len(r.console_errors)} requests_outside_the_file={outside}")
    for e in r.console_errors[:5]:
        print("  ", e)
    if r.screenshot:
        print(f"screenshot: {r.screenshot}")


if __name__ == "__main__":
    main()
