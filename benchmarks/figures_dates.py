"""Benchmark of the date and figure extractors over the development corpora.

    .venv/bin/python benchmarks/figures_dates.py [--limit N] [--saudi N] [--corpora DIR] [--show-figures K]

Per corpus: figures per thousand words, share of figures with a category, share of documents
with at least one anchored (resolved) date, the category distribution, and the throughput of
each extractor. Reads the corpora with its own small loader (the pipeline's readers may differ).
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from syria_corpus.analysis import ParsedDoc
from syria_corpus.extract import registry
from syria_corpus.extract.dates import find_dateline
from syria_corpus.metadates import normalize_date as normalize_date_string
from syria_corpus.model import Document

csv.field_size_limit(1 << 30)


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_fakes(root: Path, limit: int | None) -> list[Document]:
    raw = (root / "fakes" / "fakes.csv").read_bytes().decode("utf-8", errors="replace")
    docs = []
    for row in list(csv.DictReader(io.StringIO(raw)))[:limit]:
        docs.append(Document(f"fakes:{row['id']}", "fakes.csv", _clean(row["text"]), "en", row["title"],
                             normalize_date_string(row.get("date"))))
    return docs


def load_saudi(root: Path, n: int, seed: int = 0) -> list[Document]:
    rows = []
    for f in sorted((root / "saudinewsnet-2015-07").glob("*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            rows += json.load(fh)
    random.Random(seed).shuffle(rows)
    return [Document(f"saudi:{i}", r.get("url") or "", _clean(r.get("content") or ""), "ar", r.get("title"),
                     normalize_date_string(r.get("date_extracted"))) for i, r in enumerate(rows[:n])]


def load_berita(root: Path, limit: int | None) -> list[Document]:
    raw = (root / "indonesian-news" / "berita.csv").read_bytes().decode("cp1252", errors="replace")
    docs = []
    for i, row in enumerate(list(csv.DictReader(io.StringIO(raw), delimiter=";"))[:limit]):
        text = _clean(row.get("berita") or "")
        docs.append(Document(f"berita:{i}", "berita.csv", text, "id", None, find_dateline(text, "id")))
    return docs


def measure(docs: list[Document]) -> dict:
    parsed = [ParsedDoc(d) for d in docs]
    for p in parsed:
        p.results["quotes"] = []   # figures alone: no quote attribution
    t0 = time.perf_counter()
    all_dates = [registry.run(p, ["dates"])["dates"] for p in parsed]
    t1 = time.perf_counter()
    all_figs = [registry.run(p, ["figures"])["figures"] for p in parsed]
    t2 = time.perf_counter()
    words = sum(len(d.text.split()) for d in docs)
    figs = [f for fs in all_figs for f in fs]
    cats = collections.Counter(f["category"] or "(none)" for f in figs)
    return {
        "docs": len(docs),
        "words": words,
        "with_date": sum(bool(d.date) for d in docs) / max(1, len(docs)),
        "dates": sum(len(x) for x in all_dates),
        "anchored_docs": sum(any(x["anchored"] for x in ds) for ds in all_dates) / max(1, len(docs)),
        "figures": len(figs),
        "fig_per_kw": 1000 * len(figs) / max(1, words),
        "categorised": sum(f["category"] is not None for f in figs) / max(1, len(figs)),
        "categories": cats,
        "dates_dps": len(docs) / max(1e-9, t1 - t0),
        "figures_dps": len(docs) / max(1e-9, t2 - t1),
        "sample": figs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default="/work/shared/corpora", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="at most N documents per corpus")
    ap.add_argument("--saudi", type=int, default=1000, help="random sample size of SaudiNewsNet (default 1000)")
    ap.add_argument("--show-figures", type=int, default=0, help="print K random figures per corpus")
    a = ap.parse_args()
    saudi_n = min(a.saudi, a.limit) if a.limit else a.saudi
    corpora = {"fakes (en)": load_fakes(a.corpora, a.limit), "saudinewsnet (ar)": load_saudi(a.corpora, saudi_n),
               "indonesian-news (id)": load_berita(a.corpora, a.limit)}
    results = {name: measure(docs) for name, docs in corpora.items()}

    head = f"{'corpus':22} {'docs':>5} {'kwords':>7} {'pubdate':>7} {'anchored':>8} {'dates':>6} {'figures':>7} " \
           f"{'fig/kw':>6} {'w/cat':>6} {'dates/s':>8} {'figs/s':>7}"
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        print(f"{name:22} {r['docs']:>5} {r['words'] / 1000:>7.1f} {r['with_date']:>7.0%} {r['anchored_docs']:>8.0%} "
              f"{r['dates']:>6} {r['figures']:>7} {r['fig_per_kw']:>6.2f} {r['categorised']:>6.0%} "
              f"{r['dates_dps']:>8.0f} {r['figures_dps']:>7.0f}")
    print("\nshare of figures per category (pubdate: documents with a publication date from metadata or dateline;"
          "\nanchored: documents with at least one date resolved against it; figs/s includes no date work)")
    for name, r in results.items():
        total = max(1, r["figures"])
        print(f"  {name}: " + ", ".join(f"{c} {n / total:.0%}" for c, n in r["categories"].most_common()))
    if a.show_figures:
        rnd = random.Random(1)
        for name, r in results.items():
            print(f"\n{name}: sample of figures")
            for f in rnd.sample(r["sample"], min(a.show_figures, len(r["sample"]))):
                print(f"  {f['text']!r:45} {f['value']:>12g} {f['qualifier'] or '':12} {f['category'] or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
