"""`corpus report`: tables read back through pandas, filtered, summed, for people and pipes."""
from __future__ import annotations

import os
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .config import code_and_data_digest
from .errors import CorpusError
from .model import COLUMNS, schema
from .store import Store


class AmbiguousSpeaker(CorpusError):
    def __init__(self, query: str, candidates: list[str]):
        self.candidates = candidates
        super().__init__(f"speaker {query!r} is ambiguous: {'; '.join(candidates)} (name one of them)")


def load(store_dir: str, table: str, columns: list[str] | None = None, where: Any = None) -> pd.DataFrame:
    """A table of the store in pandas, files in path order. `columns`: read only these (and the
    file, for the order); `where`: a pyarrow.compute expression applied before pandas sees the rows."""
    store = Store(store_dir)
    store.require()
    wanted = None
    if columns is not None:
        known = set(schema(table).names)
        wanted = [c for c in dict.fromkeys([*columns, "file"]) if c in known]
    arrow = store.read_arrow(table, wanted)
    if where is not None:
        arrow = arrow.filter(where)
    if "file" in arrow.column_names:
        # shards hold files in hash order; show them in path order, each file's rows as stored
        arrow = arrow.take(pc.sort_indices(arrow, sort_keys=[("file", "ascending")]))
    df = arrow.to_pandas(types_mapper=pd.ArrowDtype)
    return df[[c for c in COLUMNS[table] if c in df.columns]]


def is_linked(store_dir: str) -> bool:
    """False when the last ingest stopped before linking speakers across documents: the speakers
    table and the `speaker` column then lag behind the quotes until the next `corpus ingest`."""
    return bool(Store(store_dir).manifest().get("linked", True))


def speakers_matching(store_dir: str, query: str) -> list[str]:
    """Canonical speakers a user's query names; raises AmbiguousSpeaker rather than guess."""
    from .speakers import find_speakers

    store = Store(store_dir)
    store.require()
    # the stored search keys too: only the speakers sharing one with the query are looked at; keys
    # stored by other code or data (an upgrade not yet followed by an ingest) are not trusted
    table = store.read_arrow("speakers", ["speaker", "aliases", "n_quotes", "keys"]).to_pandas()
    stamp = "v:" + code_and_data_digest()[:16]
    if len(table) and not all(k is not None and len(k) and k[0] == stamp for k in table["keys"]):
        table = table.drop(columns="keys")
    found = find_speakers(query, table)
    if len(found) > 1:
        raise AmbiguousSpeaker(query, found)
    return found


def _doc_mask(df: pd.DataFrame, docs: tuple[str, ...]) -> pd.Series:
    """A --doc value names a doc_id, a path, a file name, or a file holding records (FILE#N)."""
    paths = df["path"].astype(str)
    names = paths.map(os.path.basename)
    mask = pd.Series(False, index=df.index)
    for d in docs:
        mask |= (df["doc_id"] == d) | (paths == d) | (names == d) | paths.str.startswith(d + "#") | (
            names.str.startswith(d + "#"))
    return mask


def query(store_dir: str, table: str, *, speaker: str | None = None, langs: tuple[str, ...] = (),
          docs: tuple[str, ...] = (), category: tuple[str, ...] = (), kind: str | None = None,
          limit: int | None = None, stance: tuple[str, ...] = (), place: str | None = None) -> pd.DataFrame:
    # the speaker, language, category and kind filters are applied on the Arrow table, before the
    # conversion to pandas, so only the matching rows are converted
    where = None
    names = set(schema(table).names)

    def both(expr):
        return expr if where is None else where & expr

    def among(col: str, values) -> Any:
        return pc.field(col).isin(pa.array(list(values), pa.string()))

    if speaker:
        who = speakers_matching(store_dir, speaker)
        if table in ("quotes", "figures", "speakers"):
            where = both(among("speaker", who))
        else:  # documents and dates: those of the documents quoting the speaker
            quotes = load(store_dir, "quotes", ["doc_id", "speaker"], among("speaker", who))
            where = both(among("doc_id", dict.fromkeys(quotes["doc_id"].tolist())))
    if langs and table != "speakers" and "lang" in names:
        where = both(among("lang", langs))
    if category and "category" in names:
        where = both(among("category", category))
    if kind and "kind" in names:
        where = both(pc.field("kind") == kind)
    df = load(store_dir, table, where=where)
    if langs and table == "speakers":
        df = df[df["langs"].map(lambda ls: bool(set(ls) & set(langs)))]
    elif langs and "lang" not in names:
        df = df[df["lang"].isin(langs)]
    if docs and "doc_id" in df.columns:
        df = df[_doc_mask(df, docs)]
    if category and "category" not in df.columns:
        raise CorpusError("--category applies to the figures table")
    if kind and "kind" not in df.columns:
        raise CorpusError("--kind applies to the quotes table")
    if stance:
        if "stance" not in df.columns:
            raise CorpusError("--stance applies to the quotes table")
        df = df[df["stance"].isin(stance)]
    if place:
        df = df[_place_mask(df, place, table)]
    if limit is not None:
        df = df.head(limit)
    return df.reset_index(drop=True)


def _place_mask(df: pd.DataFrame, query: str, table: str) -> pd.Series:
    """Rows about a place or a place inside it (`--place Aleppo` keeps al-Bab, not Syria)."""
    from .claims import resolve_place
    from .extract.places import gazetteer

    if "place" not in df.columns:
        raise CorpusError(f"--place applies to the places, figures and claims tables, not {table}")
    where, gaz = resolve_place(query), gazetteer()
    inside = {p: where in gaz.chain(p) for p in set(df["place"].dropna()) if p in gaz.places}
    return df["place"].map(lambda p: bool(inside.get(p, False)) if isinstance(p, str) else False).astype(bool)


def figures_sum(df: pd.DataFrame, by: tuple[str, ...]) -> pd.DataFrame:
    """Totals of figures per group: number of figures, sum, min and max of their values, documents."""
    keys = list(dict.fromkeys(by)) or ["category"]   # `--by path --by path` is one grouping
    for b in keys:
        if b not in df.columns:
            raise CorpusError(f"cannot group figures by {b!r}: not a column")
        if b in ("value", "doc_id"):
            raise CorpusError(f"cannot group figures by {b!r}: it is what --sum counts")
    g = df.assign(value=df["value"].astype("float64")).groupby(keys, dropna=False, sort=True)
    out = g.agg(n=("value", "size"), total=("value", "sum"), min=("value", "min"), max=("value", "max"),
                docs=("doc_id", "nunique")).reset_index()
    return out.sort_values(["n", *keys], ascending=[False] + [True] * len(keys), kind="stable").reset_index(drop=True)


def timeline(df: pd.DataFrame) -> pd.DataFrame:
    """Dates with a known calendar day or month, in order, with how often and where they occur."""
    dated = df[df["value"].astype(str).str.match(r"^\d{4}(-\d{2}){0,2}(/|$)")]
    g = dated.groupby("value", sort=True)
    return g.agg(mentions=("value", "size"), docs=("doc_id", "nunique"),
                 examples=("text", lambda s: sorted(set(s))[:3])).reset_index()
