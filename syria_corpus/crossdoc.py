"""Columns that depend on more than one document, recomputed by the ingest run before the final
commit of a run: the canonical `speaker` of quotes (one name across documents and scripts), the
speaker of figures reported inside a quote, and the speakers table."""
from __future__ import annotations

import pyarrow as pa

from .model import schema
from .store import Commit

_QUOTE_COLS = ["doc_id", "lang", "speaker_text", "speaker_name", "speaker_type", "role", "start"]


def link_speakers(commit: Commit) -> None:
    from .speakers import canonicalize, speakers_table

    qfiles = commit.shards_of("quotes")
    shards = {sid: commit.read("quotes", sid) for sid in sorted(qfiles)}
    quotes = pa.concat_tables(list(shards.values())) if shards else schema("quotes").empty_table()
    frame = quotes.select(_QUOTE_COLS).to_pandas()
    names = pa.array(list(canonicalize(frame)) if len(frame) else [], pa.string())
    at = 0
    for sid, part in shards.items():
        col = names.slice(at, part.num_rows)
        at += part.num_rows
        commit.put("quotes", sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", col))

    by_quote = dict(zip(zip(frame["doc_id"], frame["start"]), names.to_pylist()))
    for sid in sorted(commit.shards_of("figures")):
        part = commit.read("figures", sid)
        col = pa.array([by_quote.get((d, s)) if s is not None else None for d, s in
                        zip(part["doc_id"].to_pylist(), part["quote_start"].to_pylist())], pa.string())
        commit.put("figures", sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", col))

    full = quotes.set_column(quotes.schema.get_field_index("speaker"), "speaker", names).to_pandas()
    table = speakers_table(full) if len(full) else None
    if table is None or table.empty:
        commit.shards_of("speakers").pop("all", None)
        return
    commit.put("speakers", "all", pa.Table.from_pandas(table, schema=schema("speakers"), preserve_index=False))
