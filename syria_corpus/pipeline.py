"""One document through every step: language, publication date, extractors, table rows.

Runs inside worker processes; everything it needs is loaded once per process (cached).
"""
from __future__ import annotations

import hashlib

import pyarrow as pa

from .language import detect
from .langdata import languages_with_data
from .model import TYPES, Document
from .readers import RawDoc


def doc_id_of(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def process(raw: RawDoc, settings: dict) -> dict[str, list[dict]]:
    """Rows of every per-file table for one document. Extractor failures are reported in `errors`."""
    from .extract.dates import extract_dates, find_dateline
    from .extract.figures import extract_figures
    from .extract.quotes import extract_quotes

    det = detect(raw.text, settings)
    doc = Document(doc_id_of(raw.path), raw.path, raw.text, det.lang, raw.title, raw.date, raw.source, raw.url)
    errors: list[str] = []
    quotes, dates, figures = [], [], []
    if det.lang in languages_with_data():
        doc.date = doc.date or _guard(errors, "dateline", find_dateline, doc.text, doc.lang)
        quotes = _guard(errors, "quotes", extract_quotes, doc) or []
        dates = _guard(errors, "dates", extract_dates, doc) or []
        figures = _guard(errors, "figures", extract_figures, doc, quotes, dates) or []
    head = {"doc_id": doc.doc_id, "path": doc.path, "lang": doc.lang}
    document = dict(head, lang_confidence=det.confidence, title=doc.title, n_chars=len(doc.text),
                    sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(), date=doc.date,
                    source=doc.source, url=doc.url, langs=det.langs, encoding=raw.encoding,
                    n_replaced=raw.n_replaced)
    segments = [dict(head, lang=s.lang, start=s.start, end=s.end, text=doc.text[s.start:s.end])
                for s in det.segments]
    tables = {
        "documents": [document],
        "segments": segments,
        "quotes": [dict(head, speaker=None, **q) for q in quotes],
        "dates": [dict(head, **d) for d in dates],
        "figures": [dict(head, speaker=None, **f) for f in figures],
    }
    for table, rows in tables.items():
        tables[table] = [conform(table, r, errors) for r in rows]
    return dict(tables, errors=errors)


_PY_TYPES = {pa.string(): str, pa.int64(): int, pa.float64(): (int, float), pa.bool_(): bool,
             pa.list_(pa.string()): list}


def conform(table: str, row: dict, errors: list[str]) -> dict:
    """The row with exactly the table's columns, each of its type or null: an extractor's slip
    (a bool where a string belongs) costs one value and a warning, never the whole store write."""
    out = {}
    for col, typ in TYPES[table].items():
        v = row.get(col)
        want = _PY_TYPES[typ]
        if v is not None and (not isinstance(v, want) or (want is int and isinstance(v, bool))):
            errors.append(f"{table}.{col}: {type(v).__name__} {v!r:.40} is not {typ}, stored as null")
            v = None
        out[col] = v
    return out


def _guard(errors: list[str], what: str, fn, *args):
    """Run one extractor; a bug on one document costs that document's rows, not the whole run."""
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - reported per document, the run goes on
        errors.append(f"{what} extractor failed: {type(e).__name__}: {e}")
        return None
