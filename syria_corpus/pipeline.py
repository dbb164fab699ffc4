"""One document through every step: language, analysis, extractors, table rows.

Runs inside worker processes (or a Dask task); everything it needs per language is loaded once
per process.
"""
from __future__ import annotations

import hashlib
import signal
import threading
from typing import Any

import pyarrow as pa

from . import stance
from .analysis import ParsedDoc
from .extract import registry
from .langdata import languages_with_data
from .language import detect
from .model import TYPES, Document
from .readers import RawDoc


def doc_id_of(key: str) -> str:
    """A document's id: the hash of its identity, the resolved path of its file and `#N` for a record."""
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]


class DocumentTimeout(BaseException):
    """Raised by the alarm; not an Exception, so no extractor's own guard swallows it."""


def process_guarded(raw: RawDoc, settings: dict) -> dict[str, Any]:
    """`process`, with anything it raises, or a run past `max_document_seconds`, turned into
    {"failed": why}: one document that breaks the code or stalls costs its file, never the run."""
    seconds = float(settings.get("max_document_seconds") or 0)
    timed = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _timeout)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return process(raw, settings)
    except DocumentTimeout:
        return {"failed": f"took more than {seconds:g} s (max_document_seconds), stopped", "path": raw.path}
    except Exception as e:   # RecursionError and MemoryError included
        return {"failed": f"{type(e).__name__}: {str(e)[:200]}", "path": raw.path}
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _timeout(signum, frame):
    raise DocumentTimeout


def process(raw: RawDoc, settings: dict) -> dict[str, Any]:
    """Rows of every per-file table for one document. Extractor failures are reported in `errors`."""
    det = detect(raw.text, settings)
    doc = Document(doc_id_of(raw.key or raw.path), raw.path, raw.text, det.lang, raw.title, raw.date, raw.source,
                   raw.url)
    errors: list[str] = []
    results: dict[str, list[dict]] = {name: [] for name in registry.EXTRACTORS}
    if det.lang in languages_with_data():
        parsed = ParsedDoc(doc)
        doc.date = doc.date or _guarded(errors, "dateline", lambda: parsed.dateline)
        results.update(registry.run(parsed, on_error=lambda name, e: errors.append(
            f"{name} extractor failed: {type(e).__name__}: {e}")))
    head = {"doc_id": doc.doc_id, "path": doc.path, "lang": doc.lang}
    document = dict(head, lang_confidence=det.confidence, title=doc.title, n_chars=len(doc.text),
                    sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(), date=doc.date,
                    source=doc.source, url=doc.url, langs=det.langs, encoding=raw.encoding,
                    n_replaced=raw.n_replaced)
    segments = [dict(head, lang=s.lang, start=s.start, end=s.end, text=doc.text[s.start:s.end])
                for s in det.segments]
    tables: dict[str, list[dict]] = {
        "documents": [document],
        "segments": segments,
        "quotes": [dict(head, speaker=None, **q) for q in results["quotes"]],
        "dates": [dict(head, **d) for d in results["dates"]],
        "figures": [dict(head, speaker=None, **f) for f in results["figures"]],
        "places": [dict(head, **p) for p in results["places"]],
    }
    stance.annotate(tables["quotes"], doc.text, doc.lang)
    out: dict[str, Any] = {table: [conform(table, r, errors) for r in rows] for table, rows in tables.items()}
    out["errors"] = errors
    return out


_PY_TYPES: dict[pa.DataType, type | tuple[type, ...]] = {
    pa.string(): str, pa.int64(): int, pa.float64(): (int, float), pa.bool_(): bool, pa.list_(pa.string()): list}


def conform(table: str, row: dict, errors: list[str]) -> dict:
    """The row with exactly the table's columns, each of its type or null: an extractor's slip
    (a bool where a string belongs) costs one value and a warning, never the whole store write."""
    out = {}
    for col, typ, want, exact in _columns(table):
        v = row.get(col)
        # (`exact`: the types taken as they are, no isinstance needed: nearly every value)
        if v is not None and type(v) not in exact \
                and (not isinstance(v, want) or (want is int and isinstance(v, bool))):
            errors.append(f"{table}.{col}: {type(v).__name__} {v!r:.40} is not {typ}, stored as null")
            v = None
        out[col] = v
    return out


_Column = tuple[str, pa.DataType, type | tuple[type, ...], frozenset[type]]
_CONFORM: dict[str, tuple[_Column, ...]] = {}


def _columns(table: str) -> tuple[_Column, ...]:
    """(column, Arrow type, Python type(s), the exact types that pass) of the table, worked out once:
    an Arrow type hashed per value made conforming the rows cost as much as some extractors."""
    cols = _CONFORM.get(table)
    if cols is None:
        cols = _CONFORM[table] = tuple(
            (col, typ, want, frozenset(want if isinstance(want, tuple) else (want,)))
            for col, typ in TYPES[table].items() for want in (_PY_TYPES[typ],))
    return cols


def _guarded(errors: list[str], what: str, fn):
    try:
        return fn()
    except Exception as e:
        errors.append(f"{what} extractor failed: {type(e).__name__}: {e}")
        return None
