"""Stance over stores: quotes per class and language, and the cues no class knows (they stay neutral).

    .venv/bin/python benchmarks/stance_cues.py STORE [STORE ...] [--top 15] [--sample N --seed S]

`--sample N` also prints N quotes with a cue, drawn at random (seeded) from each language, with the
words around the cue, for checking the stance by hand (docs/insight-notes.md gives the counts found).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syria_corpus.report import load
from syria_corpus.stance import stance_of


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stores", nargs="+")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    by_lang: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    unknown: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows: dict[str, list[dict]] = collections.defaultdict(list)
    for store in args.stores:
        q = load(store, "quotes")
        cols = [c for c in ("lang", "cue", "stance", "text", "path") if c in q.columns]
        for r in q[q["cue"].notna()][cols].to_dict("records"):
            st = stance_of(r["cue"], r["lang"])
            r["stance"] = r.get("stance") or st.label     # a store written before stance: the cue's class
            by_lang[r["lang"]][r["stance"]] += 1
            if not st.known:
                unknown[r["lang"]][r["cue"]] += 1
            rows[r["lang"]].append(r)
    for lang in sorted(by_lang):
        n = sum(by_lang[lang].values())
        u = sum(unknown[lang].values())
        classes = ", ".join(f"{k} {v}" for k, v in by_lang[lang].most_common())
        print(f"{lang}: {n} quotes with a cue: {classes}; cue in no class {u} ({u / n:.1%})")
        if unknown[lang]:
            print("   unknown: " + ", ".join(f"{c} {k}" for c, k in unknown[lang].most_common(args.top)))
    if args.sample:
        rnd = random.Random(args.seed)
        for lang in sorted(rows):
            for r in rnd.sample(rows[lang], min(args.sample, len(rows[lang]))):
                print(f"[{lang}] {r['stance']:<11} {r['cue']!r:<20} {str(r['text'])[:90]!r}")


if __name__ == "__main__":
    main()
