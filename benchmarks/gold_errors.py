"""Every quote of a gold file beside what `corpus` extracted for it: cue, speaker as written, the
in-document name and the canonical speaker, so that classes of errors can be read off at once.

    python benchmarks/gold_errors.py GOLD.yaml DOCS_DIR [--only wrong|missed|all] [--doc NAME]

Uses the CLI contract only (a fresh store per run), like ../shared/tools/score_gold.py, and the
same matching (60 % of the gold span covered, surname comparison with spelling tolerance).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
from score_gold import same_person  # the scorer's own comparison

from syria_corpus.translit import to_latin  # in-document names are compared in Latin letters


def corpus(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "syria_corpus", *args], capture_output=True, text=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("docs")
    ap.add_argument("--only", default="wrong", choices=["wrong", "missed", "all", "none"])
    ap.add_argument("--doc")
    ap.add_argument("--field", default="speaker", help="the column judged (speaker_name: the in-document name)")
    a = ap.parse_args()
    gold = yaml.safe_load(Path(a.gold).read_text(encoding="utf-8"))["docs"]
    src = Path(tempfile.mkdtemp(prefix="gold-docs-"))
    for name in gold:
        if not a.doc or a.doc in name:
            shutil.copy(os.path.join(a.docs, name), src / name)
    store = tempfile.mkdtemp(prefix="gold-store-")
    corpus("ingest", str(src), "--store", store, "-q")
    rows = [json.loads(x) for x in corpus("report", "quotes", "--format", "jsonl", "--store", store).splitlines()]
    totals = {"required": 0, "found": 0, "right": 0}
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(os.path.basename(r["path"]), []).append(r)
    for name, g in gold.items():
        if a.doc and a.doc not in name:
            continue
        text = (src / name).read_text(encoding="utf-8")
        preds = by_doc.get(name, [])
        used = set()
        if a.only != "none":
            print(f"\n=== {name}")
        for q in g.get("quotes") or []:
            s = text.find(q["contains"])
            e = s + len(q["contains"])
            hits = [(i, r) for i, r in enumerate(preds) if min(e, r["end"]) - max(s, r["start"]) >= 0.6 * (e - s)]
            used.update(i for i, _ in hits)
            ok = bool(hits) and any((not r[a.field]) if q["speaker"] is None
                                    else same_person(q["speaker"], to_latin(r[a.field] or "")) for _, r in hits)
            if q.get("required", True):
                totals["required"] += 1
                totals["found"] += bool(hits)
                totals["right"] += ok
            state = "ok" if ok else ("WRONG" if hits else "MISSED")
            req = "" if q.get("required", True) else " (optional)"
            if a.only == "all" or (a.only == "wrong" and state != "ok") or (a.only == "missed" and state == "MISSED"):
                print(f"- {state}{req} gold={q['speaker']!r} [{q['kind']}] {q['contains'][:60]}")
                for _, r in hits:
                    print(f"    got {r['kind']} cue={r['cue']!r} text={r['speaker_text']!r} name={r['speaker_name']!r}"
                          f" type={r['speaker_type']} -> {r['speaker']!r}")
                if not hits:
                    print(f"    context: …{text[max(0, s - 120):s]!r}")
        if a.only == "all":
            for i, r in enumerate(preds):
                if i not in used:
                    print(f"- EXTRA [{r['kind']}] cue={r['cue']!r} {r['speaker_text']!r} -> {r['speaker']!r}: "
                          f"{r['text'][:60]}")


    n = max(totals["required"], 1)
    print(f"\nrequired quotes {totals['required']}: found {totals['found'] / n:.2f}, "
          f"right {a.field} {totals['right'] / n:.2f}")


if __name__ == "__main__":
    main()
