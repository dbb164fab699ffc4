"""Speaker queries: which canonical speakers a user's `--speaker` words refer to.

A speakers table is a pandas DataFrame or a pyarrow Table (what `corpus report` reads, so that a
query loads neither pandas nor every row's names: the stored keys are matched in Arrow)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .gazetteer import AliasIndex, Gazetteer, load_gazetteer
from .gloss import bracketed_name
from .linking import agree, same_word, words
from .names import MIN_FUZZY_KEY, clean_name, edit1, index_keys, surnames, variants

if TYPE_CHECKING:
    import pandas as pd


def find_speakers(query: str, speakers: Any) -> list[str]:
    """Canonical speakers of `speakers` (a speakers table) that `query` refers to, best tier only:
    exact name/alias (any script, via the gazetteer too); for a one-word query also every speaker
    with that surname (so 'Assad' lists each al-Assad); then equal phonetic keys; then a one-letter
    difference in a surname key of 4+ letters. Several results mean a genuinely ambiguous query.
    When the table holds the stored search `keys`, only the speakers sharing a key with the query
    are looked at (every tier's hits share one), so a query costs the same on any size of store."""
    if not isinstance(query, str) or not clean_name(query) or len(speakers) == 0:
        return []
    gaz = load_gazetteer()
    if "keys" in _names(speakers):
        speakers = _candidates(query, speakers, gaz)
        if len(speakers) == 0:
            return []
    forms = _speaker_forms(speakers, gaz)
    order = _ranking(speakers)
    one_word = len(clean_name(query).split()) == 1

    index = AliasIndex()
    for s, fs in forms.items():
        for f in fs:
            index.add(f, s)
    hits = set(index.match(query))
    e = gaz.lookup(query)
    if e is not None and e.name in forms:
        hits.add(e.name)
    if one_word:
        sq = surnames(query)
        hits |= {s for s, fs in forms.items() if any(surnames(f) & sq for f in fs)}
    if not hits:
        hits = _phonetic_hits(query, forms, one_word)
    return sorted(hits, key=lambda s: (order.get(s, 0), s))


def search_keys(speakers: pd.DataFrame) -> list[list[str]]:
    """Per speaker, the keys a query can meet it by (stored with the speakers table): `n:` the index
    keys of every form, `s:` its surnames, `w:` the consonant key of each of its words, `d:` the
    key of its last word and every one-letter deletion of it (two keys one edit apart share one)."""
    out, gaz = [], load_gazetteer()
    aliases = speakers["aliases"] if "aliases" in speakers.columns else [None] * len(speakers)
    for s, al in zip(speakers["speaker"], aliases):
        fs = _forms(s, al, gaz) if isinstance(s, str) else []
        keys: set[str] = set()
        for f in fs:
            keys.update("n:" + k for k in index_keys(clean_name(f)))
            keys.update("s:" + k for k in surnames(f))
            ws = words(f)
            keys.update("w:" + w[0] for w in ws)
            if ws:
                keys.update("d:" + k for k in _deletions(ws[-1][0]))
        out.append(sorted(keys))
    return out


def _query_keys(query: str) -> set[str]:
    keys = {"n:" + k for k in variants(clean_name(query))} | {"s:" + k for k in surnames(query)}
    qw = words(query)
    keys |= {"w:" + w[0] for w in qw}
    if qw and len(qw[-1][0]) >= MIN_FUZZY_KEY:
        # the one-letter slips are only looked for in a key this long (_phonetic_hits); the deletions
        # of a shorter key (`bm` of Obama: `b`, `m`) would make half the store a candidate
        keys |= {"d:" + k for k in _deletions(qw[-1][0])}
    return keys


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def _names(speakers: Any) -> list[str]:
    return list(speakers.column_names) if hasattr(speakers, "column_names") else list(speakers.columns)


def _column(speakers: Any, name: str) -> list:
    """A column of a DataFrame or a pyarrow Table as a list (Nones when the table has no such column)."""
    if name not in _names(speakers):
        return [None] * len(speakers)
    col = speakers[name]
    return col.to_pylist() if hasattr(col, "to_pylist") else list(col)


def _candidates(query: str, speakers: Any, gaz: Gazetteer) -> Any:
    """The rows sharing a search key with the query, the gazetteer's answer, and rows stored without
    keys (a store linked before keys existed)."""
    want = _query_keys(query)
    e = gaz.lookup(query)
    if hasattr(speakers, "column_names"):   # a pyarrow Table: the keys are matched in Arrow
        import pyarrow.compute as pc

        from ..arrays import int64s, strings

        keys = speakers["keys"].combine_chunks()
        hit = pc.is_in(pc.list_flatten(keys), value_set=strings(sorted(want)))
        rows = set(pc.filter(pc.list_parent_indices(keys), hit).to_pylist())
        rows.update(pc.indices_nonzero(pc.is_null(keys)).to_pylist())
        if e is not None:
            rows.update(pc.indices_nonzero(pc.is_in(speakers["speaker"], value_set=strings([e.name]))).to_pylist())
        return speakers.take(int64s(sorted(rows)))
    mask = [isinstance(k, str) or not hasattr(k, "__iter__") or not want.isdisjoint(k)
            or s == (e.name if e else None) for s, k in zip(speakers["speaker"], speakers["keys"])]
    return speakers[mask]


def _speaker_forms(speakers: Any, gaz: Gazetteer) -> dict[str, list[str]]:
    """Every name a speaker is known by: display name, aliases seen, gazetteer aliases."""
    return {s: _forms(s, al, gaz) for s, al in zip(_column(speakers, "speaker"), _column(speakers, "aliases"))
            if isinstance(s, str)}


def _forms(s: str, aliases, gaz: Gazetteer) -> list[str]:
    e = gaz.by_name.get(s)
    fs = [s] + [a for a in (aliases if aliases is not None else []) if isinstance(a, str)]
    return fs + _own_and_described(fs) + (list(e.aliases) if e else [])


def _own_and_described(fs: list[str]) -> list[str]:
    """`Ghaidar / Independent Research Center (غايدار / مركز الابحاث المستقل)`, a body shown by its own name
    and its description (linking.canonicalize): each of them, in either script, is a name to find it by."""
    out: list[str] = []
    for f in fs:
        if " / " in f:
            parts = bracketed_name(f)
            for p in (parts if parts else (f,)):
                out.extend(x.strip() for x in p.split(" / ") if x.strip())
    return out


def _ranking(speakers: Any) -> dict[str, int]:
    if "n_quotes" not in _names(speakers):
        return {}
    return {s: -int(n) for s, n in zip(_column(speakers, "speaker"), _column(speakers, "n_quotes"))}


def _phonetic_hits(query: str, forms: dict[str, list[str]], one_word: bool) -> set[str]:
    """Names that sound the same in any script (linking.words: consonant keys after romanization,
    names the lexicons know told apart, so p/b, o/u, e/i do not matter and `Corbyn` finds
    كوربين): a one-word query as a surname, else as a first name; a longer query agreeing word by
    word with a name, or with its beginning. Without a hit, a one-letter slip in a surname key of
    4+ letters."""
    qw = words(query)
    if not qw:
        return set()

    def fits(f: str, pos: int) -> bool:
        fw = words(f)
        if one_word:
            return len(fw) > (pos == 0) and same_word(fw[pos], qw[0], False)
        begins = len(fw) > len(qw) and all(same_word(a, b, False) for a, b in zip(qw, fw))
        return begins or agree(qw, fw, fuzzy=False)

    hits = {s for s, fs in forms.items() if any(fits(f, -1) for f in fs)}
    if not hits and one_word:
        hits = {s for s, fs in forms.items() if any(fits(f, 0) for f in fs)}
    sk = qw[-1][0]
    if hits or len(sk) < MIN_FUZZY_KEY:
        return hits

    def close(f):
        fw = words(f)
        return bool(fw) and len(fw[-1][0]) >= MIN_FUZZY_KEY and edit1(fw[-1][0], sk) and (
            one_word or len(fw) < 2 or same_word(fw[0], qw[0], False))

    return {s for s, fs in forms.items() if any(close(f) for f in fs)}
