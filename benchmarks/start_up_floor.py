#!/usr/bin/env python3
"""What the target of 20 times the words per second of spaCy+textacy (benchmarks/vs_spacy.py) leaves
to spend, on the same English files, in the same run:

- whole processes, start-up included (vs_spacy's terms): the alternative's wall time over 20, against
  the start-up no spaCy-based ingest can skip, a fresh interpreter importing spaCy and building a
  blank English pipeline (the tokenizer and sentence splitting the project uses);
- per-document work only, both sides loaded and warmed up in this process: the alternative's CPU
  time over 20, against `pipeline.process` over the same texts (with the English booster as
  installed; SYRIA_CORPUS_BOOSTERS=off for the rules alone).

Needs the `bench` extra (`pip install -e ".[bench]"`).

    .venv/bin/python benchmarks/start_up_floor.py [--texts ../shared/corpora/polnear/dev/text] [--repeat 3]
"""
from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vs_spacy import ALTERNATIVE, DEFAULT_TEXTS, machine, timed

FLOOR = "import spacy; spacy.blank('en')('start')"


def per_document(texts: list[str]) -> tuple[float, float]:
    """CPU seconds of the per-document work over `texts`: (ours, spaCy+textacy), each after its
    models are loaded and one text was processed."""
    from english_pipeline import load_english
    from langdetect import DetectorFactory, detect
    from textacy.extract.triples import direct_quotations

    from syria_corpus import boosters, pipeline
    from syria_corpus.config import load_settings
    from syria_corpus.readers import RawDoc

    settings = load_settings(None)
    docs = [RawDoc(path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    boosters.parser("en")   # (loaded now, not inside the timing; None when not installed or switched off)
    pipeline.process(docs[0], settings)
    t0 = time.process_time()
    for d in docs:
        pipeline.process(d, settings)
    ours = time.process_time() - t0

    DetectorFactory.seed = 0
    nlp = load_english()
    if nlp is None:
        sys.exit("en_core_web_sm is not installed: pip install -e '.[bench]'")
    detect(texts[0])
    nlp(texts[0])
    t0 = time.process_time()
    for t in texts:
        detect(t)
        with contextlib.suppress(ValueError):   # textacy refuses a text with an odd number of quotation marks
            list(direct_quotations(nlp(t)))
    return ours, time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", default=str(DEFAULT_TEXTS), help="a folder of English .txt files")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each start-up measurement")
    a = ap.parse_args()
    folder = Path(a.texts)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder}")
    words = sum(len(t.split()) for t in texts)
    print(f"machine: {machine()}")
    print(f"input: {len(texts)} files, {words} words ({folder})")
    alt = [timed([sys.executable, "-c", ALTERNATIVE, str(folder), str(Path(__file__).resolve().parent)])[0]
           for _ in range(a.repeat)]
    floor = [timed([sys.executable, "-c", FLOOR])[0] for _ in range(a.repeat)]
    alt_s, floor_s = statistics.median(alt), statistics.median(floor)
    print(f"whole processes: spaCy+textacy {alt_s:.2f} s (median of {len(alt)}), so 20 times its words per "
          f"second leaves {alt_s / 20:.2f} s; importing spaCy and a blank English pipeline alone: "
          f"{floor_s:.2f} s (runs {', '.join(f'{x:.2f}' for x in floor)})")
    ours, theirs = per_document(texts)
    print(f"per-document work, loaded and warmed up: spaCy+textacy {theirs:.2f} s CPU, ours {ours:.2f} s CPU: "
          f"ratio {theirs / ours:.1f}; 20 times asks for {theirs / 20:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
