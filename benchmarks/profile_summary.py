#!/usr/bin/env python3
"""Where the time of `corpus ingest` goes: cumulative seconds of the main steps in cProfile files.

    .venv/bin/python -m cProfile -o ingest.prof -m syria_corpus ingest -q DIR --store /tmp/st --jobs 1
    .venv/bin/python benchmarks/profile_summary.py ingest.prof [other.prof ...]

The steps overlap (quotes include the mentions and the tokenization they trigger; the commit
includes the speaker pass); times are under the profiler, so larger than without it. With several
files, one column each, side by side (e.g. before and after a change).
"""
from __future__ import annotations

import pstats
import sys

STEPS = [
    ("whole run", "__main__.py", "<module>"),
    ("imports (all modules)", "<frozen importlib._bootstrap>", "_find_and_load"),
    ("YAML configs read", "resources.py", "_read_yaml"),
    ("reading input files (hash, decode, first pass)", "ingest.py", "_read_source"),
    ("  records to documents (both passes)", "readers.py", "documents"),
    ("per-document pipeline", "pipeline.py", "process"),
    ("  language detection", "language.py", "detect"),
    ("  paragraphs/sentences/tokens (spaCy)", "segment.py", "split"),
    ("  quotes (with mentions)", "quotes/__init__.py", "extract_quotes"),
    ("  dates", "extract/dates.py", "extract_dates"),
    ("  figures", "extract/figures.py", "extract_figures"),
    ("commits (apply + speaker pass + publish)", "ingest.py", "_commit"),
    ("  speaker pass (crossdoc)", "crossdoc.py", "link_speakers"),
    ("    canonicalize", "speakers/linking.py", "canonicalize"),
]


def cumulative(stats: pstats.Stats) -> dict[str, float]:
    out: dict[str, float] = {}
    for (path, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, suffix, name in STEPS:
            if func == name and path.endswith(suffix):
                out[label] = max(out.get(label, 0.0), ct)
    return out


def main(paths: list[str]) -> int:
    cols = [cumulative(pstats.Stats(p)) for p in paths]
    print("| step | " + " | ".join(paths) + " |")
    print("|---|" + "---:|" * len(paths))
    for label, _, _ in STEPS:
        print(f"| {label} | " + " | ".join(f"{c.get(label, 0.0):.2f} s" for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
