"""Columns that depend on more than one document, recomputed by the ingest run before the final
commit of a run: the canonical `speaker` of quotes (one name across documents and scripts), the
speaker of figures reported inside a quote, and the speakers table.

Only the columns the linking reads are loaded (not the quote texts), and a shard is rewritten only
when its `speaker` column changes, so adding a file to a large store rewrites the shards of that
file and of the quotes whose canonical speaker it changed, not the whole store. The canonical
names themselves are still computed over every quote of the store (one speaker across documents
needs them all), from one pandas frame whose strings are shared objects (`_frame`); figures take
their speakers by an Arrow join with the quotes of their shard.

On a large store the linking runs in a fresh Python process (`linkproc.py`): what it holds grows with
the quotes of the store (about 0.7 KB each: 630-830 MB at a million), and in the ingest process it would
come on top of the pipelines loaded there (450-650 MB); apart, it comes on top of a bare interpreter,
and the ingest process stays as large as its per-document work. The child writes the new shard files (content-named, so
nothing is visible yet) and hands back their names; the ingest process publishes the commit."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.compute as pc

from .arrays import first_is
from .errors import CorpusError
from .model import schema
from .store import ARROW_POOL, Commit

LINKED_TABLES = ("quotes", "figures", "speakers")   # the tables whose shards the linking rewrites

_QUOTE_COLS = ["doc_id", "lang", "speaker_text", "speaker_name", "speaker_type", "role", "start"]
# what canonicalize and speakers_table read
_LINK_COLS = [*_QUOTE_COLS, "speaker_start", "cue_start", "speaker"]
_REPEATED = ["doc_id", "lang", "speaker_text", "speaker_name", "speaker_type", "role"]
_FIGURE_COLS = ["doc_id", "quote_start", "speaker"]


def link_speakers(commit: Commit, apart_quotes: int = 0) -> None:
    """Link the speakers of every quote of the commit's store; from `apart_quotes` quotes on (0:
    never), in a process of its own (see the module doc)."""
    if apart_quotes and commit.store.fs.shared and quote_count(commit) >= apart_quotes:
        _link_apart(commit)
    else:
        link_here(commit)


def link_here(commit: Commit) -> None:
    from .speakers import memo

    with memo.persisted():   # the names worked out by the last run are not worked out again
        _link(commit)


def quote_count(commit: Commit) -> int:
    """The quotes of the store as the commit has it, from the shards' footers."""
    return sum(commit.store.row_count(rel) for rel in commit.shards_of("quotes").values())


def child_command() -> list[str]:
    return [sys.executable, "-m", "syria_corpus.linkproc"]


def _link_apart(commit: Commit) -> None:
    job = {"store": commit.store.fs.location, "shards": commit.shards,
           "tables": {t: commit.shards_of(t) for t in LINKED_TABLES}}
    env = dict(os.environ)
    # (store.ARROW_POOL: mimalloc kept the pages of the Parquet reads, 140 MB more at the peak on a
    # million quotes; set before the child's pyarrow starts)
    env.setdefault("ARROW_DEFAULT_MEMORY_POOL", ARROW_POOL)
    try:
        done = subprocess.run(child_command(), input=json.dumps(job).encode(), capture_output=True, env=env)
    except OSError as e:
        raise CorpusError(f"cannot start the speaker linking's process: {e}") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        why = lines[-1] if lines else f"killed by signal {-done.returncode}" if done.returncode < 0 \
            else f"exit status {done.returncode}"
        raise CorpusError(f"speaker linking failed (the store keeps its previous commit): {why}")
    tables = json.loads(done.stdout)
    for t in LINKED_TABLES:
        commit.tables[t] = tables[t]


def _link(commit: Commit) -> None:
    from .speakers import canonicalize, speakers_table

    qfiles = commit.shards_of("quotes")
    # the strings as dictionaries: a document's id, a speaker's name, a language repeat over many rows
    # (a million quotes: 82 MB of Arrow instead of 136 MB)
    shards = {sid: commit.read("quotes", sid, _LINK_COLS, dictionaries=_REPEATED) for sid in sorted(qfiles)}
    quotes = pa.concat_tables(list(shards.values())) if shards else _empty("quotes", _LINK_COLS)
    # one pandas frame for the linking and the speakers table (a second conversion held every string
    # twice: 1.5 GB at a million quotes)
    frame = _frame(quotes.drop_columns(["speaker", "start"]))   # (the start: only for the figures, below)
    # the frame holds the linking's columns now: of the Arrow ones, keep what the shards' rewrite needs
    # (a million quotes: ~50 MB less at the peak)
    shards = {sid: part.select(["doc_id", "start", "speaker"]) for sid, part in shards.items()}
    del quotes
    speaker = canonicalize(frame) if len(frame) else None   # (a Python object per distinct name, shared by its rows)
    names = pa.array(speaker.tolist() if speaker is not None else [], pa.string())
    at = 0
    said: dict[str, pa.Table] = {}   # shard -> (doc_id, quote_start, said_by) of its quotes
    for sid, part in shards.items():
        col = names.slice(at, part.num_rows)
        at += part.num_rows
        _put_speaker(commit, "quotes", sid, part["speaker"], col)
        # (of two quotes at one start, the later one's speaker, as a mapping built row by row would keep)
        doc = part["doc_id"].cast(pa.string())   # (as the figures' column, for the join)
        said[sid] = pa.table({"doc_id": doc, "quote_start": part["start"], "said_by": col}) \
            .group_by(["doc_id", "quote_start"], use_threads=False) \
            .aggregate([("said_by", "last", pc.ScalarAggregateOptions(skip_nulls=False))]) \
            .rename_columns(["doc_id", "quote_start", "said_by"])
    del shards

    # a figure reported inside a quote has its speaker: a join on (document, quote start) with the
    # quotes of its shard (a file's figures and quotes share a shard), in Arrow
    for sid in sorted(commit.shards_of("figures")):
        part = commit.read("figures", sid, _FIGURE_COLS)
        keyed = part.select(["doc_id", "quote_start"]).append_column("_at", pa.array(range(part.num_rows), pa.int64()))
        quoted = said.get(sid, _empty_said())
        by = keyed.join(quoted, ["doc_id", "quote_start"], join_type="left outer", use_threads=False) \
            .sort_by("_at")["said_by"].combine_chunks()
        _put_speaker(commit, "figures", sid, part["speaker"], by)
    del said

    # the canonical names as canonicalize gave them: `names.to_pandas()` would be Arrow-backed strings
    # (pandas 3), which the table's grouping and sorting turn into a new Python string per row
    frame["speaker"] = speaker
    # the speakers table is the one shard `all`: a shard of another name (a store another tool wrote)
    # would be read beside it, every speaker twice
    for sid in [s for s in commit.shards_of("speakers") if s != "all"]:
        del commit.shards_of("speakers")[sid]
    table = speakers_table(frame) if len(frame) else None
    if table is None or table.empty:
        commit.shards_of("speakers").pop("all", None)
        return
    sch = schema("speakers")
    rows = pa.Table.from_pandas(table, schema=pa.schema([f for f in sch if f.name != "keys"]), preserve_index=False)
    commit.put("speakers", "all", rows.append_column(sch.field("keys"), _search_keys(commit, table)).select(sch.names))


def _frame(table: pa.Table):
    """A pandas frame whose string columns hold Python objects, one per distinct value: a million
    quotes name a few thousand speakers, languages and types, and the linking walks them row by row
    (Arrow-backed strings make a fresh object per row and per walk)."""
    import numpy as np
    import pandas as pd

    out = {}
    for name in table.column_names:
        col = table[name]
        if pa.types.is_dictionary(col.type):   # (each shard's dictionary: one for all)
            enc = col.unify_dictionaries().combine_chunks()
        elif pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            enc = col.combine_chunks().dictionary_encode()
        else:
            enc = None
        if enc is not None:
            values = np.empty(len(enc.dictionary) + 1, dtype=object)   # the last: None, for a null
            values[:-1] = enc.dictionary.to_pylist()
            codes = enc.indices.fill_null(len(enc.dictionary)).to_numpy()
            out[name] = pd.Series(values[codes], dtype=object)
        else:
            out[name] = col.to_pandas()
    return pd.DataFrame(out)


def _search_keys(commit: Commit, table) -> pa.Array:
    """The speakers' search keys (speakers/query.py), one list per row of `table`, taken from the
    previous speakers table for a speaker whose aliases did not change under the same code and data
    (the stamp says which), so linking a large store computes keys for the new and changed speakers
    only. The kept keys stay in Arrow (a million quotes' 117,000 speakers hold 2.3 million keys: as
    Python strings, 150 MB more at the linking's peak)."""
    from .config import code_and_data_digest
    from .speakers.query import search_keys

    stamp = "v:" + code_and_data_digest()[:16]
    typ = schema("speakers").field("keys").type
    at: dict[tuple, int] = {}   # (speaker, aliases) -> its row in the previous table (the last one)
    kept = pa.array([], typ)
    if "all" in commit.shards_of("speakers"):
        prev = commit.read("speakers", "all", ["speaker", "aliases", "keys"])
        kept = prev["keys"].combine_chunks().cast(typ)
        stamped = first_is(kept, stamp)
        for i, (s, al, ok) in enumerate(zip(prev["speaker"].to_pylist(), prev["aliases"].to_pylist(), stamped)):
            if ok:
                at[(s, tuple(al or ()))] = i
    ids = [(s, tuple(al)) for s, al in zip(table["speaker"], table["aliases"])]
    new = [i for i, key in enumerate(ids) if key not in at]
    fresh = pa.array([[stamp, *k] for k in search_keys(table.iloc[new])], typ)
    slot = dict(zip(new, range(len(kept), len(kept) + len(new))))
    rows = [slot[i] if i in slot else at[key] for i, key in enumerate(ids)]
    return pa.concat_arrays([kept, fresh]).take(pa.array(rows, pa.int64()))


def _put_speaker(commit: Commit, table: str, sid: str, old: pa.ChunkedArray, new: pa.Array) -> None:
    """Rewrite one shard with its new `speaker` column, unless the column is unchanged (then the
    shard's file is already the one the rewrite would produce)."""
    if old.equals(pa.chunked_array([new], pa.string())):
        return
    part = commit.read(table, sid)
    commit.put(table, sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", new))


def _empty_said() -> pa.Table:
    return pa.table({"doc_id": pa.array([], pa.string()), "quote_start": pa.array([], pa.int64()),
                     "said_by": pa.array([], pa.string())})


def _empty(table: str, columns: list[str]) -> pa.Table:
    sch = schema(table)
    return pa.schema([sch.field(c) for c in columns]).empty_table()
