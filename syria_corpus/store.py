"""The store: one folder of Parquet files and a manifest that says which files make each table.

Layout:
    STORE/manifest.json              the commit point: table -> shard files, source file -> hash
    STORE/<table>/<shard>-<digest>.parquet
    STORE/lock                       held (flock) by the one `corpus ingest` writing the store

STORE is a folder, or any fsspec URL (s3://, gcs://, memory://, file://...): the files are read and
written through storefs.py, whose LocalFS keeps the folder's flock, fsync and rename.

Rows of each per-file table are split into shards by source file, so a changed file rewrites one
shard per table, not the whole table, and memory stays bounded by the shard size. A quotes shard is
stored sorted by speaker (a figures shard by category) in small row groups with each row's number in
the table's order (CLUSTER): readers put the rows back in order, and a query on that column reads
only the groups that can hold its values. A commit writes
new shard files (named by the hash of their bytes, so an unchanged shard keeps its file), then
replaces the manifest atomically (temp file, fsync, rename); readers only follow the manifest, so
a crash at any moment leaves the previous store readable. Files no manifest names are removed
after the commit.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .arrays import empty, int64s, strings
from .errors import CorpusError
from .model import PER_FILE_TABLES, schema
from .storefs import store_fs


class DamagedShard(CorpusError):
    """A shard file the manifest names cannot be read as its table."""

    def __init__(self, message: str, why: str):
        super().__init__(message)
        self.why = why

MANIFEST = "manifest.json"
FORMAT = 1

# Arrow's allocator in the processes that read and rewrite shards (ingest, and the speaker linking's
# own process): the default (mimalloc) keeps the pages each commit's Parquet reads and writes free,
# so the ingest process grew with every commit (SaudiNewsNet July, `--jobs 2`: after its last commit
# 453 MB, 362 MB with the C library's allocator, in the same time).
ARROW_POOL = "system"


def use_arrow_pool() -> None:
    """Make ARROW_POOL this process's Arrow allocator, unless ARROW_DEFAULT_MEMORY_POOL chose one."""
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        pa.set_memory_pool(getattr(pa, f"{ARROW_POOL}_memory_pool")())


# glibc's malloc settings for the ingest process (mallopt's parameter numbers): one arena for all its
# threads. By default each thread that allocates (the reader of the workers' results, Arrow's readers
# and writers) gets an arena of its own, where a commit's rows and buffers are carved and freed among
# blocks that stay alive; the pages between them were kept (SaudiNewsNet July 4 times, `--jobs 2`: the
# ingest process after its commits grew from 307 to 458 MB, with one arena to 396 MB). The workers,
# forked from it, inherit the setting; their work runs on one thread.
C_HEAP = {-8: 1}   # M_ARENA_MAX
_C_HEAP_ENV = ("MALLOC_ARENA_MAX", "GLIBC_TUNABLES")


def use_c_heap() -> bool:
    """Apply C_HEAP to this process (before its threads start), unless the environment tunes glibc's
    malloc itself; False where the C library has no `mallopt` (not glibc) or refused a setting."""
    mallopt = None if any(k in os.environ for k in _C_HEAP_ENV) else _mallopt()
    if mallopt is None:
        return False
    return all([bool(mallopt(param, value)) for param, value in C_HEAP.items()])


def _mallopt():
    import ctypes

    try:
        return ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):   # no C library found, or not glibc's (musl, macOS, Windows)
        return None


@dataclass
class SourceUpdate:
    """The new rows of one source file (or its removal, when `rows` is None)."""
    key: str
    meta: dict | None = None
    rows: dict[str, list[dict]] | None = field(default=None)


def manifest_problem(man) -> str | None:
    """What is wrong with a manifest's shape, or None. Every shard path must be `<table>/<file>.parquet`
    inside the store: a manifest never makes a report open `../../etc/passwd`."""
    if not isinstance(man, dict) or man.get("format") != FORMAT:
        return "not a manifest of this format"
    tables, sources = man.get("tables"), man.get("sources")
    if not isinstance(tables, dict) or not isinstance(sources, dict):
        return "`tables` and `sources` must be mappings"
    if not isinstance(man.get("shards", 1), int) or isinstance(man.get("shards"), bool) or man.get("shards", 1) < 1:
        return "`shards` must be a whole number of at least 1"
    for table, files in tables.items():
        if not isinstance(files, dict):
            return f"table {table!r} must map shards to files"
        for rel in files.values():
            parts = rel.split("/") if isinstance(rel, str) else []
            if len(parts) != 2 or parts[0] != table or parts[1] in ("", ".", "..") or not rel.endswith(".parquet"):
                return f"shard path {rel!r} of table {table!r} is not {table}/<file>.parquet inside the store"
    if not all(isinstance(v, dict) for v in sources.values()):
        return "every source must be a mapping"
    return None


def shard_of(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % n


def parquet_bytes(table: pa.Table, row_group_size: int | None = None) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", row_group_size=row_group_size)
    return sink.getvalue().to_pybytes()


# Shards of these tables are stored sorted by this column (then by their row number), in row groups
# of CLUSTER_ROWS rows, so the min/max statistics of a row group tell which groups can hold a value:
# a `--speaker` query decodes the groups of that speaker, not every quote's text, and `figures
# --category killed` the groups of that category. The row number in the table's own order (files in
# order, each file's rows in document order) is stored as ORDER, and every read puts the rows back
# in that order; a shard written before (no ORDER) is read as stored.
CLUSTER = {"quotes": "speaker", "figures": "category"}
ORDER = "_row"
CLUSTER_ROWS = 4096


def clustered(table: str, data: pa.Table) -> tuple[pa.Table, int | None]:
    """The rows of a shard as stored, and its row-group size (None: the writer's default)."""
    key = CLUSTER.get(table)
    if key is None:
        return data, None
    data = data.append_column(ORDER, int64s(range(data.num_rows)).cast(pa.int32()))
    order = pc.sort_indices(data, sort_keys=[(key, "ascending"), (ORDER, "ascending")])   # nulls last
    return data.take(order), CLUSTER_ROWS


def in_order(data: pa.Table) -> pa.Table:
    """Rows read from a shard, back in the table's order (without the stored ORDER column)."""
    if ORDER not in data.column_names or data.num_rows == 0:
        return data.drop_columns([c for c in data.column_names if c == ORDER])
    import numpy as np  # loaded by pyarrow already

    col = data[ORDER].combine_chunks().cast(pa.int64())
    # the values' buffer as it is: Array.to_numpy would load pandas
    rows = np.frombuffer(col.buffers()[1], dtype=np.int64, count=len(col), offset=col.offset * 8)
    n = len(rows)
    if int(rows.max()) == n - 1:   # n row numbers below n: the whole shard, inverted in O(n)
        at = np.full(n, -1, np.int64)
        at[rows] = np.arange(n, dtype=np.int64)
        if int(at.min()) < 0:
            raise ValueError("the shard's row numbers repeat")
    else:
        at = np.argsort(rows, kind="stable").astype(np.int64)
    return data.drop_columns(ORDER).take(pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(at)]))


def row_groups(meta: pq.FileMetaData, where: dict[str, list[str]]) -> list[int]:
    """The row groups of a file that may hold rows matching `where` (every condition at once): those
    whose min/max statistics of each filter column bracket one of its values; a group without them
    (a value too long to describe, a foreign writer) may hold anything."""
    keep = []
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        stats = {group.column(i).path_in_schema: group.column(i).statistics for i in range(group.num_columns)}
        if all(_may_hold(stats.get(c), values) for c, values in where.items()):
            keep.append(g)
    return keep


def _may_hold(st, values: list[str]) -> bool:
    if st is None:
        return True
    if not st.has_min_max:   # all nulls (the null speakers, last in a clustered shard) match no value
        return not (st.has_null_count and st.null_count > 0 and st.num_values == 0)
    lo, hi = st.min, st.max
    if not (isinstance(lo, str) and isinstance(hi, str)):
        return True
    # Parquet orders strings by their UTF-8 bytes, the order of Python's code-point comparison
    return any(lo <= v <= hi for v in values)


SHORT_STRING_BYTES = 64   # mean bytes a value below which a string column is read as a dictionary


def _read(pf: pq.ParquetFile, columns: list[str], groups: list[int] | None) -> pa.Table:
    return pf.read(columns=columns) if groups is None else pf.read_row_groups(groups, columns=columns)


def _short_strings(meta: pq.FileMetaData, sch: pa.Schema) -> list[str]:
    """String columns of `sch` whose values average under SHORT_STRING_BYTES in this file (ids,
    paths, languages, cues: few distinct values, cheaper as a dictionary; not the quotes' text)."""
    size: dict[str, int] = {}
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for i in range(group.num_columns):
            col = group.column(i)
            size[col.path_in_schema] = size.get(col.path_in_schema, 0) + col.total_uncompressed_size
    rows = max(meta.num_rows, 1)
    return [f.name for f in sch if pa.types.is_string(f.type) and size.get(f.name, 1 << 62) / rows < SHORT_STRING_BYTES]


class Store:
    def __init__(self, root: str | os.PathLike):
        self.fs = store_fs(root)
        self.name = self.fs.name   # the folder or URL, as errors show it
        self.root = self.fs.root   # a Path for a folder; the filesystem's path for a URL

    # -- reading ------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.fs.exists(MANIFEST)

    def read_manifest(self) -> dict:
        """The manifest file as JSON, unchecked (`corpus check` judges it)."""
        return json.loads(self.fs.read_text(MANIFEST))

    def manifest(self) -> dict:
        try:
            man = self.read_manifest()
        except FileNotFoundError:
            return {"format": FORMAT, "tables": {}, "sources": {}}
        except (OSError, ValueError) as e:
            raise CorpusError(f"store {self.name}: unreadable manifest: {e} (see `corpus repair`)") from None
        if isinstance(man, dict) and man.get("format") not in (None, FORMAT):
            raise CorpusError(f"store {self.name}: format {man.get('format')} is not {FORMAT}")
        problem = manifest_problem(man)
        if problem:
            raise CorpusError(f"store {self.name}: damaged manifest: {problem} (see `corpus repair`)")
        return man

    def require(self) -> None:
        if not self.exists():
            raise CorpusError(f"no store at {self.name}: run `corpus ingest PATH --store {self.name}` first")

    def read_arrow(self, name: str, columns: list[str] | None = None, files: dict | None = None) -> pa.Table:
        """A whole table as Arrow, from the files the manifest (or `files`) names; empty when none."""
        for attempt in range(3):
            names = files if files is not None else self.manifest()["tables"].get(name, {})
            try:
                parts = [self.read_shard(name, rel, columns) for _, rel in sorted(names.items())]
                break
            except FileNotFoundError:  # a writer replaced the files under us: read its manifest
                if attempt == 2 or files is not None:
                    raise
        sch = schema(name)
        if columns:
            sch = pa.schema([sch.field(c) for c in columns])
        return pa.concat_tables(parts) if parts else empty(sch)

    def read_where(self, name: str, where: dict[str, list[str]], columns: list[str] | None = None) -> pa.Table:
        """The rows of a table whose string columns hold one of the given values (`{"speaker": ["X", "Y"]}`,
        every condition at once), in the order read_arrow gives. Each shard's filter columns are read
        first; the other columns only of the shards holding a match, and only their matching rows
        are kept, so a query on a large store decodes a small part of it."""
        sch = schema(name)
        sets = {c: strings(vals) for c, vals in where.items()}
        wanted = columns if columns else sch.names
        for attempt in range(3):
            names = self.manifest()["tables"].get(name, {})
            try:
                # shards are read side by side: Arrow decodes them without holding the interpreter lock
                with ThreadPoolExecutor(max_workers=min(len(names), os.cpu_count() or 1) or 1) as pool:
                    read = pool.map(lambda rel: self._shard_where(name, rel, where, sets, wanted),
                                    [rel for _, rel in sorted(names.items())])
                    parts = [p for p in read if p is not None]
                break
            except FileNotFoundError:  # a writer replaced the files under us: read its manifest
                if attempt == 2:
                    raise
        return pa.concat_tables(parts) if parts else empty(pa.schema([sch.field(c) for c in wanted]))

    def _shard_where(self, name: str, rel: str, where: dict[str, list[str]], sets: dict[str, pa.Array],
                     columns: list[str]) -> pa.Table | None:
        groups = row_groups(self._metadata(rel), where) if where else None
        if groups == []:
            return None
        keys = self.read_shard(name, rel, list(sets), groups=groups, stored=True)
        mask = None
        for c, values in sets.items():
            m = pc.is_in(keys[c], value_set=values)
            mask = m if mask is None else pc.and_(mask, m)
        if mask is None:
            return self.read_shard(name, rel, columns)
        if not pc.any(mask).as_py():
            return None
        if set(columns) <= set(sets):
            try:
                return in_order(keys.filter(mask)).select(columns)
            except ValueError as e:
                raise self._damaged(rel, e) from None
        return self.read_shard(name, rel, columns, mask, groups)

    def _metadata(self, rel: str) -> pq.FileMetaData:
        path, fs = self.fs.parquet(rel)
        try:
            return pq.read_metadata(path, filesystem=fs)
        except FileNotFoundError as e:
            raise self._missing(e, rel) from None
        except (pa.ArrowException, OSError, ValueError) as e:
            raise self._damaged(rel, e) from None

    def row_count(self, rel: str) -> int:
        """The rows of one shard file, from its footer."""
        return self._metadata(rel).num_rows

    def _missing(self, e: FileNotFoundError, rel: str) -> FileNotFoundError:
        """A shard gone: as the OS says it (fsspec gives only the path), for the one error line."""
        if e.strerror:
            return e
        return FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), f"{self.name}/{rel}")

    def _damaged(self, rel: str, e: Exception) -> DamagedShard:
        why = " ".join(str(e).replace(str(self.fs.path(rel)), "the file").split())[:120]
        return DamagedShard(f"store {self.name}: damaged shard {rel}: {why} "
                            "(`corpus check` lists damage, `corpus repair` drops it)", why)

    def read_shard(self, name: str, rel: str, columns: list[str] | None = None, mask=None,
                   groups: list[int] | None = None, stored: bool = False,
                   dictionaries: list[str] | None = None) -> pa.Table:
        """One shard file in the table's order (only the row groups `groups`, and of those only the
        rows of a boolean `mask`, when given); `stored`: in the file's order, with its ORDER column
        when it has one; the string columns named in `dictionaries` as Arrow dictionaries (a value
        repeated on many rows held once). A truncated or foreign file is one line naming it, not an
        Arrow trace."""
        sch = schema(name)
        if columns:
            sch = pa.schema([sch.field(c) for c in columns])
        if dictionaries:
            sch = pa.schema([f.with_type(pa.dictionary(pa.int32(), f.type)) if f.name in dictionaries else f
                             for f in sch])
        path, fs = self.fs.parquet(rel)
        try:
            # ParquetFile, not pq.read_table: the latter goes through pyarrow.dataset, which loads pandas
            with pq.ParquetFile(path, filesystem=fs, read_dictionary=dictionaries) as pf:
                have = set(pf.schema_arrow.names)
                missing = [f for f in sch if f.name not in have]
                read = [f.name for f in sch if f.name in have] + ([ORDER] if ORDER in have else [])
                if mask is not None and (short := _short_strings(pf.metadata, sch)):
                    # rows are dropped before their strings are built: short, repeated strings (paths,
                    # ids, languages) are decoded as dictionaries, and only the kept rows' values built
                    with pq.ParquetFile(path, metadata=pf.metadata, filesystem=fs,
                                        read_dictionary=sorted({*short, *(dictionaries or ())})) as dicts:
                        data = _read(dicts, read, groups)
                else:
                    data = _read(pf, read, groups)
                if mask is not None:
                    data = data.filter(mask)
                # a shard written before a column existed (the next ingest re-processes its files): nulls there
                for f in missing:
                    data = data.append_column(f.name, pa.nulls(data.num_rows, f.type))
                if not stored:
                    data = in_order(data)
                out = data.select([f.name for f in sch]).cast(sch)
                return out.append_column(ORDER, data[ORDER]) if stored and ORDER in have else out
        except FileNotFoundError as e:
            raise self._missing(e, rel) from None
        except (pa.ArrowException, OSError, ValueError, KeyError) as e:
            raise self._damaged(rel, e) from None

    # -- writing ------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self):
        """Exclusive right to write; refused at once, not waited for, when another run holds it
        (flock on a folder; a lock file created exclusively on a URL: storefs.UrlFS.lock)."""
        with self.fs.lock():
            yield self

    def init(self) -> None:
        """An empty, readable store when there is none yet (call with the lock held)."""
        if not self.exists():
            self._write_manifest({"format": FORMAT, "tables": {}, "sources": {}})

    def _write_manifest(self, man: dict) -> None:
        self.fs.write_atomic(MANIFEST, json.dumps(man, ensure_ascii=False, indent=1, sort_keys=True).encode())

    def begin(self, shards: int) -> Commit:
        """A pending commit over the current manifest (call with the lock held)."""
        return Commit(self, self.manifest(), shards)

    def write_shard(self, table: str, sid: str, data: pa.Table, files: dict) -> None:
        """Store one shard of a table under a content-derived name (no write when unchanged)."""
        if data.num_rows == 0:
            files.pop(sid, None)
            return
        blob = parquet_bytes(*clustered(table, data))
        rel = f"{table}/{sid}-{hashlib.sha256(blob).hexdigest()[:16]}.parquet"
        self.fs.put_shard(rel, blob)
        files[sid] = rel

    def publish(self, man: dict) -> None:
        """Make `man` the store's state (the atomic commit point), then drop files it does not name."""
        self.fs.check_lock()
        self._write_manifest(man)
        self._collect_garbage(man)

    def _collect_garbage(self, man: dict) -> None:
        self.fs.collect({rel for files in man["tables"].values() for rel in files.values()})


class Commit:
    """One commit of the store, driven by the ingest run: `apply` the new rows of changed files
    (new shard files are written, nothing is visible yet), let cross-document columns be
    recomputed (`read`, `put`), then `finish`, which replaces the manifest atomically. Until a
    finish with `linked=True`, the manifest says `linked: false`, so a killed run is completed
    by the next one."""

    def __init__(self, store: Store, manifest: dict, shards: int):
        self.store = store
        self.before = manifest
        self.shards = manifest.get("shards") or shards
        self.tables = {t: dict(files) for t, files in manifest.get("tables", {}).items()}
        self.sources = dict(manifest.get("sources", {}))
        self.changed = False

    @property
    def was_linked(self) -> bool:
        return bool(self.before.get("linked", True))

    def apply(self, updates: list[SourceUpdate]) -> None:
        touched: dict[int, list[SourceUpdate]] = {}
        for u in updates:
            touched.setdefault(shard_of(u.key, self.shards), []).append(u)
            if u.rows is None:
                self.sources.pop(u.key, None)
            else:
                self.sources[u.key] = u.meta
        for table in PER_FILE_TABLES:
            files = self.tables.setdefault(table, {})
            for shard, ups in sorted(touched.items()):
                self._rewrite_shard(table, shard, ups, files)
        self.changed = self.changed or bool(updates)

    def _rewrite_shard(self, table: str, shard: int, ups: list[SourceUpdate], files: dict) -> None:
        sid = f"{shard:03d}"
        keys = pa.array([u.key for u in ups], pa.string())
        old = self.store.read_shard(table, files[sid]) if sid in files else schema(table).empty_table()
        gone = pc.is_in(old["file"], value_set=keys)
        # (new files replace nothing: no filtered copy of the whole shard, which grows with the store)
        kept = old.filter(pc.invert(gone)) if pc.any(gone).as_py() else old
        new_rows = [dict(r, file=u.key) for u in ups if u.rows for r in u.rows.get(table, [])]
        merged = pa.concat_tables([kept, pa.Table.from_pylist(new_rows, schema=schema(table))])
        # stable sort on the source file only: each file's rows keep their document order
        merged = merged.take(pc.sort_indices(merged, sort_keys=[("file", "ascending")]))
        self.store.write_shard(table, sid, merged, files)

    def shards_of(self, table: str) -> dict[str, str]:
        return self.tables.setdefault(table, {})

    def read(self, table: str, sid: str, columns: list[str] | None = None,
             dictionaries: list[str] | None = None) -> pa.Table:
        return self.store.read_shard(table, self.tables[table][sid], columns, dictionaries=dictionaries)

    def put(self, table: str, sid: str, data: pa.Table) -> None:
        self.store.write_shard(table, sid, data, self.shards_of(table))

    def finish(self, linked: bool) -> bool:
        """Publish the commit; False when the store would not change."""
        new = {"format": FORMAT, "shards": self.shards, "tables": self.tables,
               "sources": dict(sorted(self.sources.items()))}
        if not linked:
            new["linked"] = False
        if new == self.before:
            return False
        self.store.publish(new)
        return True
