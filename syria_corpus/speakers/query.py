"""Speaker queries: which canonical speakers a user's `--speaker` words refer to."""
from __future__ import annotations

import pandas as pd

from .gazetteer import AliasIndex, Gazetteer, load_gazetteer
from .linking import agree, same_word, words
from .names import MIN_FUZZY_KEY, clean_name, edit1, surnames


def find_speakers(query: str, speakers: pd.DataFrame) -> list[str]:
    """Canonical speakers of `speakers` (a speakers table) that `query` refers to, best tier only:
    exact name/alias (any script, via the gazetteer too); for a one-word query also every speaker
    with that surname (so 'Assad' lists each al-Assad); then equal phonetic keys; then a one-letter
    difference in a surname key of 4+ letters. Several results mean a genuinely ambiguous query."""
    if not isinstance(query, str) or not clean_name(query) or speakers.empty:
        return []
    gaz = load_gazetteer()
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


def _speaker_forms(speakers: pd.DataFrame, gaz: Gazetteer) -> dict[str, list[str]]:
    """Every name a speaker is known by: display name, aliases seen, gazetteer aliases."""
    out = {}
    aliases = speakers["aliases"] if "aliases" in speakers.columns else [None] * len(speakers)
    for s, al in zip(speakers["speaker"], aliases):
        if not isinstance(s, str):
            continue
        fs = [s] + [a for a in (al if al is not None else []) if isinstance(a, str)]
        e = gaz.by_name.get(s)
        out[s] = fs + (list(e.aliases) if e else [])
    return out


def _ranking(speakers: pd.DataFrame) -> dict[str, int]:
    if "n_quotes" not in speakers.columns:
        return {}
    return {s: -int(n) for s, n in zip(speakers["speaker"], speakers["n_quotes"])}


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
