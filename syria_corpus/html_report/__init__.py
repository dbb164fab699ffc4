"""`corpus report html -o report.html`: one self-contained HTML file to look at a store.

    write_report(store, path)   -> a short description of what went in
    report_data(store)          -> the JSON the page reads (also handy in tests)
    render(data)                -> the HTML text

The page holds everything it needs: its style, its script, the data (JSON) and the charting library,
plotly.js, read from the `plotly` package installed from PyPI (its `package_data/plotly.min.js`,
MIT) and written inline, so the file opens offline and makes no network request. Sections: a
timeline of figures by category with who claimed them, the claims that disagree (claims.py), the
most quoted speakers by language and outlet, and a speaker page with their quotes in every language;
filters by language, date and speaker apply to all of them. Arabic text is set right-to-left.

To bound the file on large stores, the page carries every figure with a category and a date, every
quote's speaker, language and outlet for the counts, but the text of at most QUOTES_PER_SPEAKER
quotes for each of the TOP_SPEAKERS most quoted speakers (taken in turn from each language, so that
every language shows), cut at TEXT_CHARS characters.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from importlib import resources
from typing import Any

import pandas as pd

from ..claims import THRESHOLD, WINDOW_DAYS, claims_frame, group_claims, plain, span_of, summary
from ..errors import CorpusError

TOP_SPEAKERS = 300
QUOTES_PER_SPEAKER = 40
TEXT_CHARS = 400
MAX_FIGURES = 40_000     # figures on the timeline (the largest values first when there are more)
MAX_GROUPS = 400         # claim groups listed (disagreements first)
RTL_LANGS = ("ar", "fa", "ur", "he")


def plotly_js() -> tuple[str, str]:
    """(version, source) of plotly.js as shipped in the `plotly` package."""
    try:
        path = resources.files("plotly") / "package_data" / "plotly.min.js"
        js = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:   # pragma: no cover - a broken install
        raise CorpusError(f"the HTML report needs the `plotly` package (pip install plotly): {e}") from None
    head = js[:200]
    version = head.split("plotly.js v", 1)[1].split()[0] if "plotly.js v" in head else "?"
    return version, js


def _asset(name: str) -> str:
    return (resources.files(__name__) / name).read_text(encoding="utf-8")


class _Strings:
    """A table of distinct strings: the data refers to them by index, which keeps the file small."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, s: Any) -> int | None:
        if s is None or (isinstance(s, float) and s != s):
            return None
        s = str(s)
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i


def report_data(store_dir: str, langs: tuple[str, ...] = (), since: str | None = None,
                until: str | None = None) -> dict[str, Any]:
    from ..report import load

    documents = load(store_dir, "documents")
    figures = load(store_dir, "figures")
    quotes = load(store_dir, "quotes")
    places = load(store_dir, "places")
    if langs:
        documents = documents[documents["lang"].isin(langs)]
    lo = _bound(since, 0)
    hi = _bound(until, 1)
    if lo or hi:
        d = plain(documents[["date"]])["date"]
        keep = d.notna() if (lo or hi) else pd.Series(True, index=documents.index)
        if lo:
            keep &= d.map(lambda x: x is not None and str(x) >= lo)
        if hi:
            keep &= d.map(lambda x: x is not None and str(x) <= hi)
        documents = documents[keep]
    ids = set(documents["doc_id"])
    figures = figures[figures["doc_id"].isin(ids)]
    quotes = quotes[quotes["doc_id"].isin(ids)]
    places = places[places["doc_id"].isin(ids)]

    s = _Strings()
    docs = plain(documents[["doc_id", "path", "lang", "date", "source", "title"]]).reset_index(drop=True)
    doc_index = {d: i for i, d in enumerate(docs["doc_id"])}
    out: dict[str, Any] = {
        "meta": {"n_docs": len(docs), "n_quotes": len(quotes), "n_figures": len(figures), "n_places": len(places),
                 "langs": sorted(documents["lang"].dropna().astype(str).unique().tolist()),
                 "date_min": _first(sorted(docs["date"].dropna().astype(str))),
                 "date_max": _last(sorted(docs["date"].dropna().astype(str))),
                 "threshold": THRESHOLD, "window": WINDOW_DAYS, "rtl": list(RTL_LANGS)},
        "docs": {"lang": [s(x) for x in docs["lang"]], "date": [x if x is None else str(x) for x in docs["date"]],
                 "outlet": [s(_outlet(src, path)) for src, path in zip(docs["source"], docs["path"])],
                 "title": [x if x is None else str(x)[:160] for x in docs["title"]],
                 "file": [s(os.path.basename(str(p).split("#")[0])) for p in docs["path"]]},
    }
    out["figures"] = _figures(figures, docs, doc_index, s)
    out["groups"] = _groups(figures, documents, places, doc_index, s)
    out["quotes"], out["speakers"] = _quotes(quotes, doc_index, s)
    out["strings"] = s.items
    return out


def _bound(day: str | None, end: int) -> str | None:
    if not day:
        return None
    span = span_of(day)
    if span is None:
        raise CorpusError(f"not a date: {day!r} (write YYYY-MM-DD, YYYY-MM or YYYY)")
    return (span[1] if end else span[0]).isoformat()


def _first(xs: list[str]) -> str | None:
    return xs[0] if xs else None


def _last(xs: list[str]) -> str | None:
    return xs[-1] if xs else None


def _outlet(source: Any, path: Any) -> str:
    return str(source) if source else os.path.basename(str(path).split("#")[0])


def _figures(figures: pd.DataFrame, docs: pd.DataFrame, doc_index: dict, s: _Strings) -> dict[str, list]:
    """Figures with a category, dated by their sentence (a day) or else their document. A sentence's day
    more than a year before its document's date (`in June 1967`), or after it, is history or a misread
    date, not news of the war: such a figure stays off the timeline (it would stretch its axis to 1960)."""
    f = plain(figures[figures["category"].notna()][["doc_id", "text", "value", "qualifier", "category", "speaker",
                                                    "date", "place"]])
    doc_date = dict(zip(docs.index, docs["date"]))
    rows = []
    for r in f.itertuples(index=False):
        di = doc_index.get(r.doc_id)
        if di is None or r.value is None:
            continue
        pub = doc_date.get(di)
        day = str(r.date) if r.date is not None and len(str(r.date)) == 10 else pub
        if day is None or (pub is not None and len(str(pub)) == 10 and day != pub and not _near(day, str(pub))):
            continue
        rows.append((str(day), di, r))
    if len(rows) > MAX_FIGURES:
        rows = sorted(rows, key=lambda x: (-float(x[2].value), x[0], x[1]))[:MAX_FIGURES]
    rows.sort(key=lambda x: (x[0], x[1]))
    return {"date": [d for d, _, _ in rows], "doc": [di for _, di, _ in rows],
            "value": [float(r.value) for _, _, r in rows], "cat": [s(r.category) for _, _, r in rows],
            "claimant": [s(r.speaker) for _, _, r in rows], "place": [s(r.place) for _, _, r in rows],
            "text": [str(r.text)[:80] for _, _, r in rows], "q": [s(r.qualifier) for _, _, r in rows]}


def _near(day: str, pub: str) -> bool:
    """`day` falls within the year before publication `pub` (both YYYY-MM-DD), or on the day after it."""
    try:
        d, p = dt.date.fromisoformat(day), dt.date.fromisoformat(pub)
    except ValueError:
        return False
    return p - dt.timedelta(days=366) <= d <= p + dt.timedelta(days=1)


def _groups(figures: pd.DataFrame, documents: pd.DataFrame, places: pd.DataFrame, doc_index: dict,
            s: _Strings) -> list[dict]:
    df = summary(group_claims(claims_frame(figures, documents, places)))
    out = []
    for row in df.head(MAX_GROUPS).to_dict("records"):   # not itertuples: it renames `_group`
        claims = [{"claimant": s(c.claimant), "kind": c.claimant_kind, "value": c.value,
                   "q": s(c.row.get("qualifier")), "doc": doc_index.get(c.row["doc_id"]),
                   "text": str(c.row["text"])[:80], "place": s(c.place)}
                  for c in sorted(row["_group"], key=lambda c: (c.value, c.claimant))]
        out.append({"group": int(row["group"]), "category": row["category"], "victims": row["victims"],
                    "place": row["place"], "from": row["date_from"], "to": row["date_to"], "total": bool(row["total"]),
                    "min": float(row["min"]), "max": float(row["max"]), "ratio": float(row["ratio"]),
                    "gap": float(row["gap"]), "disagree": bool(row["disagree"]), "claims": claims})
    return out


def _quotes(quotes: pd.DataFrame, doc_index: dict, s: _Strings) -> tuple[dict[str, list], list[dict]]:
    q = plain(quotes[quotes["speaker"].notna()][["doc_id", "speaker", "lang", "cue", "stance", "kind", "text",
                                                 "start"]])
    counts = q.groupby("speaker").size().sort_values(ascending=False, kind="stable")
    ranked = sorted(counts.index, key=lambda n: (-counts[n], str(n)))[:TOP_SPEAKERS]
    top = {name: i for i, name in enumerate(ranked)}
    q = q[q["speaker"].isin(top)]
    refs: dict[str, list] = {"speaker": [], "doc": [], "text": []}
    taken: dict[str, dict[str, int]] = {}
    texts: list[dict] = []
    # one pass over plain tuples: pandas' per-group iteration cost more than the page's data
    groups: dict[str, list] = {}
    for r in q.itertuples(index=False):
        groups.setdefault(r.speaker, []).append(r)
    for speaker, rows in groups.items():
        # quotes with text: in turn from each language, so that every language of the speaker shows
        by_lang: dict[str, list] = {}
        for r in rows:
            by_lang.setdefault(str(r.lang), []).append(r)
        chosen: set[tuple] = set()
        order = sorted(by_lang)
        k = 0
        while len(chosen) < QUOTES_PER_SPEAKER and any(len(v) > k for v in by_lang.values()):
            for lang in order:
                if len(by_lang[lang]) > k and len(chosen) < QUOTES_PER_SPEAKER:
                    r = by_lang[lang][k]
                    chosen.add((r.doc_id, r.start))
            k += 1
        taken[str(speaker)] = {}
        for r in rows:
            di = doc_index.get(r.doc_id)
            if di is None:
                continue
            refs["speaker"].append(top[speaker])
            refs["doc"].append(di)
            if (r.doc_id, r.start) in chosen:
                text = str(r.text)
                refs["text"].append(len(texts))
                texts.append({"cue": r.cue, "stance": r.stance, "kind": r.kind,
                              "text": text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS - 1] + "…"})
            else:
                refs["text"].append(None)
    speakers = [{"name": name, "n": int(counts[name])} for name in ranked]
    return {**refs, "texts": texts}, speakers


def render(data: dict[str, Any], title: str = "syria-corpus report") -> str:
    version, js = plotly_js()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    values = {"TITLE": html.escape(title), "CSS": _asset("report.css"), "PLOTLY_VERSION": html.escape(version),
              "DATA": payload, "APP": _asset("report.js"), "PLOTLY": js}
    # one pass: what is put in is never searched again (an article may well contain `{{APP}}`)
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], _asset("template.html"))


def write_report(store_dir: str, path: str, langs: tuple[str, ...] = (), since: str | None = None,
                 until: str | None = None) -> str:
    data = report_data(store_dir, langs, since, until)
    page = render(data, f"syria-corpus: {os.path.basename(os.path.abspath(store_dir))}")
    tmp = f"{path}.part"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, path)
    m = data["meta"]
    return (f"{m['n_docs']} documents, {len(data['figures']['value'])} figures, {len(data['groups'])} claim groups, "
            f"{len(data['speakers'])} speakers, {len(page) // 1024} KB")
