"""`corpus report`: tables read back from the store, filtered, summed, for people and pipes.

The filters run on Arrow tables: the speaker, language, category, kind and stance filters are pushed
into the reading of the shards (Store.read_where), so a query decodes the shards that hold a match
only; pandas is loaded only for what needs it (`load`, `query`, sums, timelines)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from .arrays import first_is, int64s, known_true, strings
from .config import code_and_data_digest
from .errors import CorpusError
from .model import COLUMNS, schema
from .store import Store

if TYPE_CHECKING:
    import pandas as pd


class AmbiguousSpeaker(CorpusError):
    def __init__(self, query: str, candidates: list[str]):
        self.candidates = candidates
        super().__init__(f"speaker {query!r} is ambiguous: {'; '.join(candidates)} (name one of them)")


def read(store_dir: str, table: str, columns: list[str] | None = None, where: Any = None,
         values: dict[str, list] | None = None) -> pa.Table:
    """A table of the store as Arrow, files in path order, its columns in contract order. `columns`:
    read only these (and the file, for the order); `values`: only the rows whose columns hold one of
    these values (`{"speaker": [...]}`), pushed into the reading of each shard; `where`: a
    pyarrow.compute expression applied after reading."""
    store = Store(store_dir)
    store.require()
    known = schema(table).names
    shown = [c for c in COLUMNS[table] if columns is None or c in columns]
    wanted = [c for c in known if c in shown or c == "file"]
    arrow = store.read_where(table, values, wanted) if values else store.read_arrow(table, wanted)
    if where is not None:
        arrow = arrow.filter(where)
    if "file" in arrow.column_names:
        # shards hold files in hash order; show them in path order, each file's rows as stored (a
        # stable sort, so filtering before it keeps the order filtering after it would give)
        arrow = arrow.take(pc.sort_indices(arrow, sort_keys=[("file", "ascending")]))
    return arrow.select(shown)


def load(store_dir: str, table: str, columns: list[str] | None = None, where: Any = None) -> pd.DataFrame:
    """A table of the store in pandas, files in path order. `columns`: read only these (and the
    file, for the order); `where`: a pyarrow.compute expression applied before pandas sees the rows."""
    return _frame(read(store_dir, table, columns, where))


def _frame(data: Any) -> pd.DataFrame:
    """A DataFrame of Arrow-backed columns (as `load` gives) from a pyarrow Table."""
    import pandas as pd

    return data.to_pandas(types_mapper=pd.ArrowDtype) if isinstance(data, pa.Table) else data


def is_linked(store_dir: str) -> bool:
    """False when the last ingest stopped before linking speakers across documents: the speakers
    table and the `speaker` column then lag behind the quotes until the next `corpus ingest`."""
    return bool(Store(store_dir).manifest().get("linked", True))


def speakers_matching(store_dir: str, query: str) -> list[str]:
    """Canonical speakers a user's query names; raises AmbiguousSpeaker rather than guess."""
    from .speakers.query import find_speakers

    store = Store(store_dir)
    store.require()
    # the stored search keys too: only the speakers sharing one with the query are looked at; keys
    # stored by other code or data (an upgrade not yet followed by an ingest) are not trusted
    table = store.read_arrow("speakers", ["speaker", "aliases", "n_quotes", "keys"])
    if table.num_rows and not _stamped(table["keys"], "v:" + code_and_data_digest()[:16]):
        table = table.drop_columns("keys")
    found = find_speakers(query, table)
    if len(found) > 1:
        raise AmbiguousSpeaker(query, found)
    return found


def _stamped(keys: pa.ChunkedArray, stamp: str) -> bool:
    """Every row's keys start with `stamp` (none null or empty)."""
    return all(first_is(keys, stamp))


def _doc_mask(data: pa.Table, docs: tuple[str, ...]) -> pa.ChunkedArray:
    """A --doc value names a doc_id, a path, a file name, or a file holding records (FILE#N)."""
    paths = data["path"]
    names = pc.replace_substring_regex(paths, r"(?s)^.*/", "")   # os.path.basename
    given = strings(docs)
    mask = pc.or_(pc.or_(pc.is_in(data["doc_id"], value_set=given), pc.is_in(paths, value_set=given)),
                  pc.is_in(names, value_set=given))
    for d in docs:
        mask = pc.or_(mask, pc.or_(pc.starts_with(paths, d + "#"), pc.starts_with(names, d + "#")))
    return known_true(mask)


def query(store_dir: str, table: str, **filters: Any) -> pd.DataFrame:
    """The rows of `query_arrow` in pandas (Arrow-backed columns, as `load` gives)."""
    return _frame(query_arrow(store_dir, table, **filters))


def query_arrow(store_dir: str, table: str, *, speaker: str | None = None, langs: tuple[str, ...] = (),
                docs: tuple[str, ...] = (), category: tuple[str, ...] = (), kind: str | None = None,
                limit: int | None = None, stance: tuple[str, ...] = (), place: str | None = None) -> pa.Table:
    """A table's rows that pass every filter, files in path order, as a pyarrow Table."""
    Store(store_dir).require()
    names = set(schema(table).names)
    values: dict[str, list] = {}
    if speaker:
        who = speakers_matching(store_dir, speaker)
        if table in ("quotes", "figures", "speakers"):
            values["speaker"] = who
        else:  # documents and dates: those of the documents quoting the speaker
            quotes = Store(store_dir).read_where("quotes", {"speaker": who}, ["doc_id"])
            values["doc_id"] = list(dict.fromkeys(quotes["doc_id"].to_pylist()))
    if langs and table != "speakers" and "lang" in names:
        values["lang"] = list(langs)
    for flag, col, given in (("--category", "category", category), ("--kind", "kind", (kind,) if kind else ()),
                             ("--stance", "stance", stance)):
        if given:
            if col not in names:
                raise CorpusError(f"{flag} applies to the {'figures' if col == 'category' else 'quotes'} table")
            values[col] = list(given)
    if place and "place" not in names:
        raise CorpusError(f"--place applies to the places, figures and claims tables, not {table}")
    data = read(store_dir, table, values=values or None)
    if langs and table == "speakers":
        data = data.filter(_any_in(data["langs"], langs))
    if docs and "doc_id" in data.column_names:
        data = data.filter(_doc_mask(data, docs))
    if place:
        data = data.filter(_place_mask(data["place"], place))
    if limit is not None:
        data = data.slice(0, limit)
    return data


def _any_in(lists: pa.ChunkedArray, wanted: tuple[str, ...]) -> pa.Array:
    """Rows of a list column holding one of `wanted`."""
    lists = lists.combine_chunks()
    hit = pc.is_in(pc.list_flatten(lists), value_set=strings(wanted))
    rows = pc.unique(pc.filter(pc.list_parent_indices(lists), hit))
    return pc.is_in(int64s(range(len(lists))), value_set=rows.cast(pa.int64()))


def _place_mask(places: pa.ChunkedArray, query: str) -> pa.Array:
    """Rows about a place or a place inside it (`--place Aleppo` keeps al-Bab, not Syria)."""
    from .claims import resolve_place
    from .extract.places import gazetteer

    where, gaz = resolve_place(query), gazetteer()
    inside = [p for p in pc.unique(places).to_pylist() if p in gaz.places and where in gaz.chain(p)]
    return pc.is_in(places, value_set=strings(inside))


def figures_sum(data: Any, by: tuple[str, ...]) -> pd.DataFrame:
    """Totals of figures per group: number of figures, sum, min and max of their values, documents."""
    df = _frame(data)
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


def timeline(data: Any) -> pd.DataFrame:
    """Dates with a known calendar day or month, in order, with how often and where they occur."""
    df = _frame(data)
    dated = df[df["value"].astype(str).str.match(r"^\d{4}(-\d{2}){0,2}(/|$)")]
    g = dated.groupby("value", sort=True)
    return g.agg(mentions=("value", "size"), docs=("doc_id", "nunique"),
                 examples=("text", lambda s: sorted(set(s))[:3])).reset_index()
