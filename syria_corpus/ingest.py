"""`corpus ingest`: files and folders in, store tables out.

Unchanged files (same content hash, same settings and version) are skipped; a changed file's
rows replace its old ones; the store is committed every `commit_every` documents so a killed run
keeps what it finished. A file of more records than `part_documents` is stored in parts of that many
documents, each a source of its own in the manifest (`FILE#partN`, with `file` naming the file), so
a run killed inside a long file keeps its finished parts and the next run reads only the rest. A
long file's documents are read part by part as the workers take them (after a first pass that only
checks and counts them), so memory holds one part of it, not all of its documents.
Documents are processed in worker processes when there are many, or on a Dask cluster
(engines.py); every engine gives the same tables.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import settings_fingerprint
from .crossdoc import link_speakers
from .engines import workers as start_workers
from .errors import CorpusError, InputError
from .langdata import check_all as check_language_data
from .readers import RawDoc, Reading, byte_bound, format_of, open_file
from .store import SourceUpdate, Store

PARALLEL_MIN_BYTES = 1 << 20  # less input than this in fewer than 8 files: no worker processes


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)   # files no reader claims, in folders
    failed: list[tuple[str, str]] = field(default_factory=list)
    removed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        parts = [f"{self.documents} documents read from {self.files - self.unchanged - len(self.failed)} files",
                 f"{self.unchanged} unchanged files skipped"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} files of unknown type skipped")
        if self.removed:
            parts.append(f"{self.removed} removed files pruned")
        parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts) + f", {self.seconds:.1f} s"


def expand(paths: list[str], summary: Summary, store_dir: str | None = None) -> list[tuple[str, str]]:
    """(resolved path, path as shown) of every input file, sorted within each folder. A file reached
    twice (by a symlink) is listed once. What cannot be an input (a FIFO, a dangling or looping
    symlink, a file name that is not UTF-8, an unreadable folder) goes to `summary.failed`; files no
    reader claims to `summary.skipped`; the store's own folder is never an input."""
    store = os.path.realpath(store_dir) if store_dir else None
    out: list[tuple[str, str]] = []

    def unreadable(e: OSError) -> None:   # os.walk would skip the folder silently
        summary.failed.append((_shown(os.path.normpath(e.filename)), f"cannot read folder: {e.strerror or e}"))

    for p in paths:
        if not os.path.lexists(p):
            raise CorpusError(f"no such file or folder: {p}")
        if not os.path.isdir(p):
            _add_file(p, out, summary)
            continue

        for dirpath, dirnames, filenames in os.walk(p, onerror=unreadable):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and os.path.realpath(os.path.join(dirpath, d)) != store)
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = os.path.join(dirpath, name)
                if format_of(name) is None:
                    summary.skipped.append(_shown(full))
                    continue
                _add_file(full, out, summary)
    seen, unique = set(), []
    for key, shown in out:
        if key not in seen:
            seen.add(key)
            unique.append((key, shown))
    if not unique and not summary.failed:
        raise CorpusError(f"no input files found in {', '.join(paths)}")
    return unique


def _add_file(path: str, out: list[tuple[str, str]], summary: Summary) -> None:
    shown = os.path.normpath(path)
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:   # os gives the bytes as lone surrogates, which no table can store
        summary.failed.append((_shown(shown), "file name is not valid UTF-8: rename the file"))
        return
    try:
        st = os.stat(path)
    except OSError as e:   # a dangling or looping symlink, or a file gone since the listing
        summary.failed.append((shown, f"cannot open: {e.strerror or e}"))
        return
    if not stat.S_ISREG(st.st_mode):
        summary.failed.append((shown, "not a regular file (a FIFO, socket or device), not read"))
        return
    out.append((os.path.realpath(path), shown))


def _shown(path: str) -> str:
    """A path fit for a terminal line: bytes that are not UTF-8 as \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def ingest(paths: list[str], store_dir: str, settings: dict, *, jobs: int | None = None, prune: bool = False,
           input_format: str | None = None, warn: Callable[[str], None] = lambda m: None,
           progress: Callable[[int, int, int], None] | None = None, engine: str = "local",
           scheduler: str | None = None) -> Summary:
    """Ingest `paths` into the store at `store_dir`. `engine`: "local" (this process, or `jobs`
    worker processes) or "dask" (a Dask cluster at `scheduler`, or a LocalCluster of `jobs` workers);
    every engine writes the same tables."""
    t0 = time.monotonic()
    summary = Summary()
    check_language_data()   # a broken language file stops the run before any work
    store = Store(store_dir)   # a plain folder or an fsspec URL (storefs.py)
    files = expand(paths, summary, store.fs.folder)
    summary.files = len(files) + len(summary.failed)
    fingerprint = settings_fingerprint(dict(settings, version=__version__, input_format=input_format))
    cores = os.cpu_count() or 1
    jobs = jobs or cores
    if engine == "local":
        jobs = min(jobs, cores)   # more local workers than cores only add memory
    small = len(files) < 8 and sum(_size(k) for k, _ in files) < PARALLEL_MIN_BYTES
    if engine == "local" and jobs > 1 and small:
        jobs = 1  # a handful of small files: starting workers would cost more than it saves
    with store.lock():
        store.init()
        sources = store.manifest().get("sources", {})
        stored: dict[str, dict[str, dict]] = {}   # file -> its manifest entries (one, or its parts)
        for k, m in sources.items():
            stored.setdefault(_file_of(k, m), {})[k] = m
        part_size = max(1, int(settings.get("part_documents", 2000)))
        stale: list[str] = []   # entries of files whose parts are all stored but whose layout changed
        queue: deque[_Source] = deque()   # files whose documents are in flight, in order
        position = [0]
        pool = start_workers(engine, jobs, settings, scheduler)
        window = threading.Semaphore(pool.slots)  # bounds memory: documents read ahead

        def documents():
            for i, (key, shown) in enumerate(files):
                position[0] = i + 1
                parts = deque(_read_source(key, shown, stored.get(key, {}), fingerprint, settings, input_format,
                                           summary, warn, part_size, stale))
                while parts:   # a part handed on is let go here: its rows live until its commit, not the file's end
                    src = parts.popleft()
                    queue.append(src)
                    for raw in src.docs:
                        window.acquire()
                        yield raw
                    src.docs = []  # the rows will hold what is needed; let the texts go
                    del src

        pending: list[SourceUpdate] = []
        pending_docs = 0
        handed: dict[str, list[str]] = {}   # old entries of a file whose part carrying them failed
        written: set[str] = set()
        with pool:
            for rows in pool.imap(documents()):
                window.release()
                src = queue[0]
                src.add(rows, warn)
                summary.documents += 1
                if progress and summary.documents % 50 == 0:
                    progress(position[0], len(files), summary.documents)
                if src.received < src.meta["n_docs"]:
                    continue
                queue.popleft()
                if src.failed:   # one document broke or stalled: the file (part) keeps its previous rows
                    summary.failed.append((src.meta["path"], src.failed))
                    # unless the file's layout changed: its old entries then go with its next part
                    handed.setdefault(_file_of(src.key, src.meta), []).extend(src.drop)
                    continue
                # the file's entries of an older layout, before this part's own rows
                pending += [SourceUpdate(k) for k in src.drop + handed.pop(_file_of(src.key, src.meta), [])]
                pending.append(SourceUpdate(src.key, src.meta, src.tables))
                written.add(src.key)
                pending_docs += src.meta["n_docs"]
                if pending_docs >= settings.get("commit_every", 2000):
                    # cross-document speaker linking waits for the final commit: it reads every quote
                    _commit(store, pending, settings, final=False)
                    pending, pending_docs = [], 0
        if progress:
            progress(len(files), len(files), summary.documents)
        if prune:
            live = {key for key, _ in files}
            gone = [k for k, m in sources.items()
                    if (f := _file_of(k, m)) not in live and not os.path.exists(f)]
            pending += [SourceUpdate(k) for k in gone]
            summary.removed = len({_file_of(k, sources[k]) for k in gone})
        pending += [SourceUpdate(k) for k in stale + [k for ks in handed.values() for k in ks] if k not in written]
        _commit(store, pending, settings)
    summary.seconds = time.monotonic() - t0
    return summary


def _file_of(key: str, meta: dict) -> str:
    """The input file of a manifest source: a part's `file`, else the source's own key."""
    return meta.get("file", key)


def _commit(store: Store, pending: list[SourceUpdate], settings: dict, final: bool = True) -> None:
    """Apply the finished files, link speakers across documents (final commit of a run only: it
    reads every quote), then publish the commit."""
    commit = store.begin(int(settings.get("shards", 16)))
    if not pending and (commit.was_linked or not final):
        return
    commit.apply(pending)
    if final:
        link_speakers(commit, int(settings.get("link_apart_quotes", 0)))
    commit.finish(linked=final)


@dataclass
class _Source:
    """One input file, or one part of a long one, on its way through the workers."""
    key: str
    meta: dict
    docs: Iterable[RawDoc]   # a list, or a long file's part read as the workers take it
    tables: dict = field(default_factory=dict)
    received: int = 0
    failed: str = ""
    drop: list[str] = field(default_factory=list)   # manifest entries this one replaces

    def add(self, rows: dict, warn) -> None:
        self.received += 1
        if "failed" in rows:
            self.failed = self.failed or _record(rows["path"], self.meta["path"]) + rows["failed"]
            return
        for err in rows.pop("errors"):
            warn(f"{rows['documents'][0]['path']}: {err}")
        for table, part in rows.items():
            self.tables.setdefault(table, []).extend(part)


def _read_source(key, shown, previous: dict[str, dict], fingerprint, settings, input_format, summary, warn,
                 part_size: int, stale: list[str]) -> list[_Source]:
    """What of one file must be processed: nothing when it is unchanged or unreadable (then noted in
    summary), else the file as one source or, beyond `part_size` documents, its parts not yet stored.
    `previous`: the file's manifest entries; those the new layout does not keep are dropped with the
    first part committed, so a document is never stored twice."""
    bound = byte_bound(shown, settings, input_format)
    try:
        if bound and (size := os.path.getsize(key)) > bound[0]:
            summary.failed.append((shown, f"{size:,} bytes, more than {bound[1]}"))
            return []
        data = Path(key).read_bytes()
    except OSError as e:
        summary.failed.append((shown, f"cannot read: {e.strerror or e}"))
        return []
    sha = hashlib.sha256(data).hexdigest()
    size = len(data)

    def same(m: dict) -> bool:
        return m.get("sha256") == sha and m.get("fingerprint") == fingerprint

    if previous and all(map(same, previous.values())) and _complete(key, previous, part_size):
        summary.unchanged += 1
        return []
    if not data.strip():
        summary.failed.append((shown, "empty file"))
        return []
    # A first pass reads every document and lets it go, to decide what today's whole-file rules
    # decide (a broken record or tail fails the file, as does one document refused, or none at
    # all) and to count the documents; a second pass reads them again part by part as the workers
    # take them. A file of one part keeps its documents from the first pass.
    read_warnings: list[str] = []
    kept: list[RawDoc] | None = []
    n_docs, why = 0, None
    try:
        reading = open_file(shown, data, settings, input_format)
        del data
        for d in reading.documents(read_warnings):
            n_docs += 1
            why = why or _refused(d, key, shown, settings)
            if kept is not None:
                kept.append(d)
                if n_docs > part_size or why:
                    kept = None
    except InputError as e:
        summary.failed.append((shown, str(e).removeprefix(f"{shown}: ")))
        return []
    except (ValueError, RecursionError, MemoryError) as e:  # a reader choked on hostile bytes
        summary.failed.append((shown, f"unreadable ({type(e).__name__}: {e})"))
        return []
    for w in read_warnings + reading.decoding_warnings():
        warn(w)
    if not n_docs:
        summary.failed.append((shown, "no documents in file"))
        return []
    if why:
        summary.failed.append((shown, why))
        return []
    meta = {"sha256": sha, "size": size, "path": shown, "n_docs": n_docs, "fingerprint": fingerprint}
    if kept is not None:
        parts = [_Source(key, meta, kept)]
    else:
        reread = _Reread(reading, key, shown)
        n = -(-n_docs // part_size)
        parts = [_Source(f"{key}#part{i + 1:09d}",
                         dict(meta, n_docs=count, file=key, part=i + 1, parts=n, part_size=part_size),
                         reread.part(i * part_size, count))
                 for i in range(n) if (count := min(part_size, n_docs - i * part_size))]
    keep = {p.key for p in parts if p.key in previous and same(previous[p.key])
            and previous[p.key].get("part_size") == p.meta.get("part_size")}
    todo = [p for p in parts if p.key not in keep]
    drop = sorted(k for k in previous if k not in keep)
    if todo:
        todo[0].drop = drop
    else:
        stale.extend(drop)
    return todo


def _complete(key: str, entries: dict[str, dict], part_size: int) -> bool:
    """Whether a file's manifest entries hold all of it, laid out as `part_size` lays it out now."""
    if key in entries:
        return len(entries) == 1 and entries[key].get("n_docs", 0) <= part_size
    n = {m.get("parts") for m in entries.values()}
    return (len(n) == 1 and len(entries) == n.pop()
            and all(m.get("part_size") == part_size for m in entries.values()))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _refused(d: RawDoc, key: str, shown: str, settings: dict) -> str | None:
    """Why a document cannot be stored, or None; it gets its identity (`key`) on the way."""
    _identify(d, key, shown)
    limit = int(settings.get("max_document_chars") or 0)
    where = _record(d.path, shown)
    if limit and len(d.text) > limit:
        return f"{where}{len(d.text):,} characters, more than max_document_chars ({limit:,})"
    for name in ("text", "title", "date", "source", "url"):
        v = getattr(d, name)
        if isinstance(v, str) and (m := _SURROGATE.search(v)):
            return f"{where}{name} holds a lone surrogate (\\u{ord(m.group()):04x}), which is not text"
    return None


def _identify(d: RawDoc, key: str, shown: str) -> None:
    d.key = key + d.path[len(shown):]   # `#N` of a record


class _Reread:
    """The documents of a long file read a second time, handed out part by part in file order;
    the documents of parts not asked for (stored already) are read and let go."""

    def __init__(self, reading: Reading, key: str, shown: str):
        self.docs = reading.documents([])   # its warnings were given by the first pass
        self.key, self.shown = key, shown
        self.at = 0   # documents read so far

    def part(self, start: int, count: int) -> Iterator[RawDoc]:
        while self.at < start + count:
            d = next(self.docs, None)
            if d is None:   # the first pass counted more: reading is deterministic, so never
                raise CorpusError(f"{self.shown}: fewer documents on a second reading ({self.at})")
            self.at += 1
            if self.at > start:
                _identify(d, self.key, self.shown)
                yield d


def _record(path: str, shown: str) -> str:
    """`record #N: ` for a record of a file, nothing for a whole file."""
    return f"record {path[len(shown):]}: " if len(path) > len(shown) else ""


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0

