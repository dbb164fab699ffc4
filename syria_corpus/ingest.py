"""`corpus ingest`: files and folders in, store tables out.

Unchanged files (same content hash, same settings and version) are skipped; a changed file's
rows replace its old ones; the store is committed every `commit_every` documents so a killed run
keeps what it finished. Documents are processed in worker processes when there are many.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

from . import __version__
from .config import settings_fingerprint
from .crossdoc import link_speakers
from .errors import CorpusError, InputError
from .pipeline import process
from .readers import format_of, read_file
from .store import SourceUpdate, Store

PARALLEL_MIN_DOCS = 32  # fewer documents in a file: not worth shipping them to workers


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)   # files no reader claims, in folders
    failed: list[tuple[str, str]] = field(default_factory=list)
    removed: int = 0
    seconds: float = 0.0
    committed: bool = False

    def line(self) -> str:
        parts = [f"{self.documents} documents read from {self.files - self.unchanged - len(self.failed)} files",
                 f"{self.unchanged} unchanged files skipped"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} files of unknown type skipped")
        if self.removed:
            parts.append(f"{self.removed} removed files pruned")
        parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts) + f", {self.seconds:.1f} s"


def expand(paths: list[str], skipped: list[str]) -> list[tuple[str, str]]:
    """(absolute path, path as shown) of every input file, sorted within each folder."""
    out = []
    for p in paths:
        if not os.path.exists(p):
            raise CorpusError(f"no such file or folder: {p}")
        if os.path.isfile(p):
            out.append((os.path.abspath(p), os.path.normpath(p)))
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = os.path.join(dirpath, name)
                if format_of(name) is None:
                    skipped.append(os.path.normpath(full))
                    continue
                out.append((os.path.abspath(full), os.path.normpath(full)))
    seen, unique = set(), []
    for key, shown in out:
        if key not in seen:
            seen.add(key)
            unique.append((key, shown))
    if not unique:
        raise CorpusError(f"no input files found in {', '.join(paths)}")
    return unique


def ingest(paths: list[str], store_dir: str, settings: dict, *, jobs: int | None = None, prune: bool = False,
           input_format: str | None = None, warn: Callable[[str], None] = lambda m: None,
           progress: Callable[[int, int, int], None] | None = None) -> Summary:
    t0 = time.monotonic()
    summary = Summary()
    files = expand(paths, summary.skipped)
    summary.files = len(files)
    store = Store(store_dir)
    fingerprint = settings_fingerprint(dict(settings, version=__version__, input_format=input_format))
    jobs = jobs or os.cpu_count() or 1
    with store.lock(), _Workers(jobs, settings) as workers:
        store.init()
        sources = store.manifest().get("sources", {})
        pending: list[SourceUpdate] = []
        pending_docs = 0
        for i, (key, shown) in enumerate(files):
            def tick(n_docs, i=i):
                if progress:
                    progress(i, len(files), summary.documents + n_docs)
            update = _ingest_file(key, shown, sources.get(key), fingerprint, settings, input_format, workers,
                                  summary, warn, tick)
            if update:
                pending.append(update)
                pending_docs += update.meta["n_docs"]
                summary.documents += update.meta["n_docs"]
            if pending_docs >= settings.get("commit_every", 2000):
                summary.committed |= _commit(store, pending, settings)
                pending, pending_docs = [], 0
            if progress:
                progress(i + 1, len(files), summary.documents)
        if prune:
            live = {key for key, _ in files}
            gone = [k for k in sources if k not in live and not os.path.exists(k)]
            pending += [SourceUpdate(k) for k in gone]
            summary.removed = len(gone)
        summary.committed |= _commit(store, pending, settings)
    summary.seconds = time.monotonic() - t0
    return summary


def _commit(store: Store, pending: list[SourceUpdate], settings: dict) -> bool:
    return store.commit(pending, int(settings.get("shards", 16)), link_speakers)


def _ingest_file(key, shown, previous, fingerprint, settings, input_format, workers, summary, warn, tick):
    try:
        data = Path(key).read_bytes()
    except OSError as e:
        summary.failed.append((shown, f"cannot read: {e.strerror or e}"))
        return None
    sha = hashlib.sha256(data).hexdigest()
    if previous and previous.get("sha256") == sha and previous.get("fingerprint") == fingerprint:
        summary.unchanged += 1
        return None
    if not data.strip():
        summary.failed.append((shown, "empty file"))
        return None
    try:
        result = read_file(shown, data, settings, input_format)
    except InputError as e:
        summary.failed.append((shown, str(e).removeprefix(f"{shown}: ")))
        return None
    except (ValueError, RecursionError, MemoryError) as e:  # a reader choked on hostile bytes
        summary.failed.append((shown, f"unreadable ({type(e).__name__}: {e})"))
        return None
    for w in result.warnings:
        warn(w)
    if not result.docs:
        summary.failed.append((shown, "no documents in file"))
        return None
    tables: dict[str, list[dict]] = {}
    for n, (raw, rows) in enumerate(zip(result.docs, workers.map(result.docs)), 1):
        if n % 50 == 0:
            tick(n)
        for err in rows.pop("errors"):
            warn(f"{raw.path}: {err}")
        for table, part in rows.items():
            tables.setdefault(table, []).extend(part)
    meta = {"sha256": sha, "size": len(data), "path": shown, "n_docs": len(result.docs), "fingerprint": fingerprint}
    return SourceUpdate(key, meta, tables)


class _Workers:
    """A process pool started on first need (a file with many documents), reused for the run."""

    def __init__(self, jobs: int, settings: dict):
        self.jobs, self.settings, self.pool = jobs, settings, None

    def map(self, docs) -> Iterator[dict]:
        fn = partial(process, settings=self.settings)
        if self.jobs <= 1 or len(docs) < PARALLEL_MIN_DOCS:
            return map(fn, docs)
        if self.pool is None:
            self.pool = mp.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(self.jobs)
        return self.pool.imap(fn, docs, chunksize=max(1, min(16, len(docs) // (4 * self.jobs))))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_):
        if self.pool is not None:
            if exc_type is None:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()
