"""The speakers table: one row per canonical speaker, with the forms it was written in."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..translit import visible
from .gazetteer import load_gazetteer
from .linking import _col, canonicalize
from .names import looks_like_name

if TYPE_CHECKING:
    import pandas as pd


def speakers_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker (the `speaker` column of `quotes` when present, else
    canonicalize): aliases, n_quotes, n_docs, langs, speaker_type, roles."""
    import pandas as pd

    cols = ["speaker", "aliases", "n_quotes", "n_docs", "langs", "speaker_type", "roles"]
    q = pd.DataFrame({
        "speaker": quotes["speaker"] if _col(quotes, "speaker").notna().any() else canonicalize(quotes),
        "doc_id": _col(quotes, "doc_id"), "lang": _col(quotes, "lang"),
        "speaker_type": _col(quotes, "speaker_type"), "role": _col(quotes, "role"),
        "speaker_name": _col(quotes, "speaker_name"),
        # an implicit subject (Arabic `وأضاف`) is recorded on the verb itself: not a form of the name
        "speaker_text": _col(quotes, "speaker_text").where(
            _col(quotes, "speaker_start").isna() | (_col(quotes, "speaker_start") != _col(quotes, "cue_start")),
            None),
    }).dropna(subset=["speaker"])
    if q.empty:
        return pd.DataFrame(columns=cols)
    named = [t for t in q["speaker_text"].dropna().unique() if looks_like_name(t)]
    alias_rows = pd.concat([
        q[["speaker", "speaker_name"]].rename(columns={"speaker_name": "form"}),
        q.loc[q["speaker_text"].isin(named), ["speaker", "speaker_text"]].rename(columns={"speaker_text": "form"}),
    ]).dropna().drop_duplicates()   # (before the per-value mapping: a million rows hold few pairs)
    alias_rows = alias_rows.assign(form=alias_rows["form"].map(visible)).drop_duplicates()
    gaz = load_gazetteer()
    g = q.groupby("speaker")
    out = pd.DataFrame({"n_quotes": g.size(), "n_docs": g["doc_id"].nunique()})
    out["aliases"] = _sorted_sets(alias_rows, "form", out.index)
    out["langs"] = _sorted_sets(q, "lang", out.index)
    out["roles"] = _sorted_sets(q, "role", out.index)
    types = q[["speaker", "speaker_type"]].dropna().value_counts().reset_index()
    types = types.sort_values(["speaker", "count", "speaker_type"], ascending=[True, False, True])
    out["speaker_type"] = types.drop_duplicates("speaker").set_index("speaker")["speaker_type"]
    out["speaker_type"] = out["speaker_type"].astype(object).where(out["speaker_type"].notna(), None)
    for name in out.index:
        e = gaz.by_name.get(name)
        if e is not None:
            out.at[name, "speaker_type"] = e.type
            if e.role:
                out.at[name, "roles"] = sorted(set(out.at[name, "roles"]) | {e.role})
    out = out.rename_axis("speaker").reset_index()
    return out.sort_values(["n_quotes", "speaker"], ascending=[False, True], ignore_index=True)[cols]


def _sorted_sets(df: pd.DataFrame, col: str, speakers: pd.Index) -> pd.Series:
    """Per speaker, the sorted distinct non-null values of `col` ([] when none). Deduplicating
    before grouping keeps this fast on millions of rows."""
    import pandas as pd

    pairs = df[["speaker", col]].dropna().drop_duplicates().sort_values(["speaker", col])
    # (one walk over the sorted pairs: a pandas aggregation to lists calls Python once per group)
    lists: dict[str, list] = {}
    for s, v in zip(pairs["speaker"].tolist(), pairs[col].tolist()):
        lists.setdefault(s, []).append(v)
    return pd.Series([lists.get(s, []) for s in speakers], index=speakers, dtype=object)
