"""Columns that depend on more than one document, recomputed by the ingest run before the final
commit of a run: the canonical `speaker` of quotes (one name across documents and scripts), the
speaker of figures reported inside a quote, and the speakers table.

Only the columns the linking reads are loaded (not the quote texts), and a shard is rewritten only
when its `speaker` column changes, so adding a file to a large store rewrites the shards of that
file and of the quotes whose canonical speaker it changed, not the whole store. The canonical
names themselves are still computed over every quote of the store (one speaker across documents
needs them all)."""
from __future__ import annotations

import pyarrow as pa

from .model import schema
from .store import Commit

_QUOTE_COLS = ["doc_id", "lang", "speaker_text", "speaker_name", "speaker_type", "role", "start"]
# what canonicalize and speakers_table read
_LINK_COLS = [*_QUOTE_COLS, "speaker_start", "cue_start", "speaker"]
_FIGURE_COLS = ["doc_id", "quote_start", "speaker"]


def link_speakers(commit: Commit) -> None:
    from .speakers import canonicalize, speakers_table

    qfiles = commit.shards_of("quotes")
    shards = {sid: commit.read("quotes", sid, _LINK_COLS) for sid in sorted(qfiles)}
    quotes = pa.concat_tables(list(shards.values())) if shards else _empty("quotes", _LINK_COLS)
    frame = quotes.select(_QUOTE_COLS).to_pandas()
    names = pa.array(list(canonicalize(frame)) if len(frame) else [], pa.string())
    at = 0
    for sid, part in shards.items():
        col = names.slice(at, part.num_rows)
        at += part.num_rows
        _put_speaker(commit, "quotes", sid, part["speaker"], col)

    by_quote = dict(zip(zip(frame["doc_id"], frame["start"]), names.to_pylist()))
    for sid in sorted(commit.shards_of("figures")):
        part = commit.read("figures", sid, _FIGURE_COLS)
        col = pa.array([by_quote.get((d, s)) if s is not None else None for d, s in
                        zip(part["doc_id"].to_pylist(), part["quote_start"].to_pylist())], pa.string())
        _put_speaker(commit, "figures", sid, part["speaker"], col)

    full = quotes.set_column(quotes.schema.get_field_index("speaker"), "speaker", names).to_pandas()
    table = speakers_table(full) if len(full) else None
    if table is None or table.empty:
        commit.shards_of("speakers").pop("all", None)
        return
    table["keys"] = _search_keys(commit, table)
    commit.put("speakers", "all", pa.Table.from_pandas(table, schema=schema("speakers"), preserve_index=False))


def _search_keys(commit: Commit, table) -> list[list[str]]:
    """The speakers' search keys (speakers/query.py), taken from the previous speakers table for a
    speaker whose aliases did not change under the same code and data (the stamp says which), so
    linking a large store computes keys for the new and changed speakers only."""
    from .config import code_and_data_digest
    from .speakers.query import search_keys

    stamp = "v:" + code_and_data_digest()[:16]
    old: dict[tuple, list[str]] = {}
    if "all" in commit.shards_of("speakers"):
        prev = commit.read("speakers", "all", ["speaker", "aliases", "keys"])
        for s, al, k in zip(*(prev[c].to_pylist() for c in ("speaker", "aliases", "keys"))):
            if k and k[0] == stamp:
                old[(s, tuple(al or ()))] = k
    ids = [(s, tuple(al)) for s, al in zip(table["speaker"], table["aliases"])]
    new = [i for i, key in enumerate(ids) if key not in old]
    fresh = dict(zip(new, search_keys(table.iloc[new])))
    return [[stamp, *fresh[i]] if i in fresh else old[key] for i, key in enumerate(ids)]


def _put_speaker(commit: Commit, table: str, sid: str, old: pa.ChunkedArray, new: pa.Array) -> None:
    """Rewrite one shard with its new `speaker` column, unless the column is unchanged (then the
    shard's file is already the one the rewrite would produce)."""
    if old.equals(pa.chunked_array([new], pa.string())):
        return
    part = commit.read(table, sid)
    commit.put(table, sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", new))


def _empty(table: str, columns: list[str]) -> pa.Table:
    sch = schema(table)
    return pa.schema([sch.field(c) for c in columns]).empty_table()
