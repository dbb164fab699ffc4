"""The document record and the column lists of every table (see docs/output-contract.md)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

_S, _I, _F, _B, _L = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.list_(pa.string())

# Arrow types of every column; `file` (the absolute path of the source file) is kept in the store
# to replace a changed file's rows and is not shown in reports.
TYPES: dict[str, dict[str, pa.DataType]] = {
    "documents": dict(doc_id=_S, path=_S, lang=_S, lang_confidence=_F, title=_S, n_chars=_I, sha256=_S, date=_S,
                      source=_S, url=_S, langs=_L, encoding=_S, n_replaced=_I),
    "segments": dict(doc_id=_S, path=_S, lang=_S, start=_I, end=_I, text=_S),
    "quotes": dict(doc_id=_S, path=_S, lang=_S, speaker=_S, speaker_text=_S, speaker_start=_I, speaker_end=_I,
                   text=_S, kind=_S, cue=_S, start=_I, end=_I, speaker_name=_S, speaker_type=_S, role=_S,
                   cue_start=_I, cue_end=_I, stance=_S),
    "speakers": dict(speaker=_S, aliases=_L, n_quotes=_I, n_docs=_I, langs=_L, speaker_type=_S, roles=_L),
    "dates": dict(doc_id=_S, path=_S, lang=_S, text=_S, value=_S, start=_I, end=_I, type=_S, anchored=_B),
    "figures": dict(doc_id=_S, path=_S, lang=_S, text=_S, value=_F, qualifier=_S, unit=_S, category=_S, start=_I,
                    end=_I, victims=_S, speaker=_S, quote_start=_I, number_text=_S, place=_S, date=_S,
                    total=_B, part_of=_I, period=_B, means=_S),
    "places": dict(doc_id=_S, path=_S, lang=_S, text=_S, place=_S, kind=_S, parent=_S, start=_I, end=_I, country=_S,
                   locative=_B),
}
# Contract columns first, in contract order; project extras after them.
COLUMNS: dict[str, list[str]] = {table: list(types) for table, types in TYPES.items()}
PER_FILE_TABLES = ("documents", "segments", "quotes", "dates", "figures", "places")  # rows belong to one source file


# Stored, never shown: the speakers' search keys (speakers/query.py), computed when speakers are linked
HIDDEN: dict[str, dict[str, pa.DataType]] = {"speakers": {"keys": _L}}


def schema(table: str, with_file: bool = True) -> pa.Schema:
    fields = [pa.field(c, TYPES[table][c]) for c in COLUMNS[table]]
    fields += [pa.field(c, t) for c, t in HIDDEN.get(table, {}).items()]
    if with_file and table in PER_FILE_TABLES:
        fields.append(pa.field("file", _S))
    return pa.schema(fields)


TABLES = ("documents", "quotes", "speakers", "dates", "figures", "places")  # tables `corpus report` prints
# The values of quotes.stance (stance.py) and the input formats (readers.py), here so that the command
# line can offer them without importing the extractors and the readers.
STANCES = ("neutral", "assertive", "doubtful", "denial", "accusation", "commitment")
INPUT_FORMATS = ("txt", "json", "jsonl", "csv", "tsv", "html")


@dataclass
class Document:
    """One article as the extractors see it. `text` is normalized: no BOM, LF line ends."""
    doc_id: str
    path: str
    text: str
    lang: str = "und"
    title: str | None = None
    date: str | None = None      # publication date, ISO 8601 (YYYY-MM-DD) when known
    source: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)
