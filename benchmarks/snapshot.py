"""Dump every table of a fresh ingest as JSON lines, to compare two builds byte for byte.

    python benchmarks/snapshot.py OUT_DIR [INPUT ...]

Ingests the inputs (default: data/seeds, the dev gold documents and the FA-KES, Indonesian and
PolNeAR-dev corpora of ../shared) into a temporary store with the CLI, writes
OUT_DIR/<input>/<table>.jsonl through `corpus report TABLE --format jsonl` (segments through the
library) and prints one sha256 per file. Compare two builds with `diff -r OUT_A OUT_B`.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT = {
    "seeds": ROOT / "data" / "seeds",
    "dev_ar": SHARED / "eval" / "dev_docs" / "ar",
    "dev_id": SHARED / "eval" / "dev_docs" / "id",
    "dev_ru": SHARED / "eval" / "dev_docs" / "ru",
    "fakes": SHARED / "corpora" / "fakes",
    "indonesian": SHARED / "corpora" / "indonesian-news",
    "polnear_dev": SHARED / "corpora" / "polnear" / "dev",
}
TABLES = ("documents", "quotes", "speakers", "dates", "figures")


def corpus(*args: str) -> str:
    cmd = [sys.executable, "-m", "syria_corpus", *args]
    return subprocess.run(cmd, check=False, capture_output=True, text=True).stdout


def snapshot(name: str, src: Path, out: Path) -> None:
    store = tempfile.mkdtemp(prefix="snap-")
    corpus("ingest", str(src), "--store", store, "-q")
    (out / name).mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        (out / name / f"{t}.jsonl").write_text(corpus("report", t, "--format", "jsonl", "--store", store))
    from syria_corpus.output import records
    from syria_corpus.report import load
    seg = load(store, "segments")
    (out / name / "segments.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(seg)))


def main() -> None:
    out = Path(sys.argv[1])
    inputs = {Path(p).name: Path(p) for p in sys.argv[2:]} or DEFAULT
    for name, src in inputs.items():
        if src.exists():
            snapshot(name, src, out)
    for f in sorted(out.rglob("*.jsonl")):
        print(hashlib.sha256(f.read_bytes()).hexdigest()[:16], f.relative_to(out))


if __name__ == "__main__":
    main()
