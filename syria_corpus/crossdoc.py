"""Columns that depend on more than one document, recomputed at every commit of the store:
the canonical `speaker` of quotes (one name across documents and scripts), the speaker of
figures reported inside a quote, and the speakers table."""
from __future__ import annotations

import pyarrow as pa

from .model import schema

_QUOTE_COLS = ["doc_id", "lang", "speaker_text", "speaker_name", "speaker_type", "role", "start"]


def link_speakers(store, tables: dict) -> None:
    from .canon import canonicalize, speakers_table

    qfiles = tables.get("quotes", {})
    shards = {sid: store.read_shard("quotes", rel) for sid, rel in sorted(qfiles.items())}
    quotes = pa.concat_tables(list(shards.values())) if shards else schema("quotes").empty_table()
    frame = quotes.select(_QUOTE_COLS).to_pandas()
    names = pa.array(list(canonicalize(frame)) if len(frame) else [], pa.string())
    at = 0
    for sid, part in shards.items():
        col = names.slice(at, part.num_rows)
        at += part.num_rows
        store.put("quotes", sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", col), qfiles)

    by_quote = dict(zip(zip(frame["doc_id"], frame["start"]), names.to_pylist()))
    ffiles = tables.get("figures", {})
    for sid, rel in sorted(ffiles.items()):
        part = store.read_shard("figures", rel)
        col = pa.array([by_quote.get((d, s)) if s is not None else None for d, s in
                        zip(part["doc_id"].to_pylist(), part["quote_start"].to_pylist())], pa.string())
        store.put("figures", sid, part.set_column(part.schema.get_field_index("speaker"), "speaker", col), ffiles)

    full = quotes.set_column(quotes.schema.get_field_index("speaker"), "speaker", names).to_pandas()
    table = speakers_table(full) if len(full) else None
    spk = tables.setdefault("speakers", {})
    if table is None or table.empty:
        spk.pop("all", None)
        return
    store.put("speakers", "all", pa.Table.from_pandas(table, schema=schema("speakers"), preserve_index=False), spk)
