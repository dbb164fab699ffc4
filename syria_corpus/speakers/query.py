"""Speaker queries: which canonical speakers a user's `--speaker` words refer to."""
from __future__ import annotations

import pandas as pd

from ..translit import phonetic_key
from .gazetteer import AliasIndex, Gazetteer, load_gazetteer
from .names import MIN_FUZZY_KEY, clean_name, edit1, skeleton, strip_leading, surnames


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
    """Equal phonetic keys (surname key for a one-word query); else one-letter-off surname keys."""
    qk = phonetic_key(strip_leading(query))
    sk, ini = skeleton(query)
    if not sk:
        return set()

    def key_of(f):
        return skeleton(f)[0] if one_word else phonetic_key(strip_leading(f))

    exact = {s for s, fs in forms.items() if any(key_of(f) == (sk if one_word else qk) for f in fs)}
    if exact or len(sk) < MIN_FUZZY_KEY:
        return exact

    def close(f):
        fk, fi = skeleton(f)
        return len(fk) >= MIN_FUZZY_KEY and edit1(fk, sk) and (ini is None or fi is None or fi == ini)

    return {s for s, fs in forms.items() if any(close(f) for f in fs)}
