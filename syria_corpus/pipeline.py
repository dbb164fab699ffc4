"""One document through every step: language, publication date, extractors, table rows.

Runs inside worker processes; everything it needs is loaded once per process (cached).
"""
from __future__ import annotations

import hashlib

from .language import detect
from .langdata import languages_with_data
from .model import Document
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
    return {
        "documents": [document],
        "segments": segments,
        "quotes": [dict(head, speaker=None, **q) for q in quotes],
        "dates": [dict(head, **d) for d in dates],
        "figures": [dict(head, speaker=None, **f) for f in figures],
        "errors": errors,
    }


def _guard(errors: list[str], what: str, fn, *args):
    """Run one extractor; a bug on one document costs that document's rows, not the whole run."""
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - reported per document, the run goes on
        errors.append(f"{what} extractor failed: {type(e).__name__}: {e}")
        return None
