"""Name forms and keys: what two spellings of one name have in common.

    clean_name(s)       comparison form without leading articles/honorifics ('the Kremlin' -> 'kremlin')
    skeleton(name)      (surname key, first initial) from the phonetic key (translit.phonetic_key)
    surnames(name)      forms of the last token: Arabic article dropped, Cyrillic case endings peeled
    variants(clean)     keys a name may be found under (attached proclitic, case endings peeled)
    looks_like_name(s)  is a speaker_text a name rather than a pronoun or a bare title?
    edit1(a, b)         at most one letter apart
"""
from __future__ import annotations

import itertools

from ..resources import per_configs, read_yaml
from ..translit import normalize_name, phonetic_key, script_of

MIN_FUZZY_KEY = 4  # shortest surname key for which a one-letter difference is tolerated


@per_configs(maxsize=1)
def _rules() -> dict:
    """Matching rules: leading words and non-names from speakers.yaml, affixes from translit.yaml."""
    spk, tr = read_yaml("speakers.yaml"), read_yaml("translit.yaml")
    inf = tr["inflection"]
    return {
        "leading": {normalize_name(w) for w in spk.get("leading_words", [])},
        "non_names": {normalize_name(w) for w in spk.get("non_names", [])},
        "proclitics": tuple(inf["arabic_proclitics"]),
        "endings": tuple(sorted(inf["cyrillic_endings"], key=len, reverse=True)),
        "min_stem": inf["min_stem"],
        "articles": set(tr["phonetic"]["article_tokens"]),
        "arabic_article": tr["arabic"]["article"],
    }


def strip_leading(name: str) -> str:
    """The name as written without leading articles/honorifics: 'the Kremlin' -> 'Kremlin'."""
    tokens = name.split()
    leading = _rules()["leading"]
    while len(tokens) > 1 and normalize_name(tokens[0]) in leading:
        tokens = tokens[1:]
    return " ".join(tokens)


@per_configs(maxsize=200_000)
def clean_name(name: str) -> str:
    """normalize_name without leading articles/honorifics: 'the Kremlin' -> 'kremlin'."""
    return normalize_name(strip_leading(name))


def _stems_inflected(token: str) -> set[str]:
    """The token and every stem left by peeling one case ending. Two inflected forms of one name
    share a stem even when their longest endings differ (Сергей -> серг/серге, Сергея -> серге)."""
    r = _rules()
    return {token} | {token[: -len(e)] for e in r["endings"]
                      if token.endswith(e) and len(token) - len(e) >= r["min_stem"]}


def _stem_keys(clean: str) -> list[str]:
    """'~'-marked keys of every combination of per-token stems, sorted."""
    return sorted("~" + " ".join(c) for c in itertools.product(*(_stems_inflected(t) for t in clean.split())))


def variants(clean: str) -> list[str]:
    """Keys under which a cleaned name may be found, most literal first: itself, then without an
    attached Arabic proclitic, then with Russian case endings peeled (on both sides of a lookup)."""
    if not clean:
        return []
    out = [clean]
    script = script_of(clean)
    if script == "arabic":
        first, _, rest = clean.partition(" ")
        for p in _rules()["proclitics"]:
            if first.startswith(p) and len(first) > len(p) + 2:
                out.append((first[len(p):] + " " + rest).strip())
    elif script == "cyrillic":
        out += _stem_keys(clean)
    return out


def index_keys(clean: str) -> list[str]:
    """Keys an alias is stored under: itself and, for Cyrillic, its stemmed form (proclitics are
    only peeled on the query side: an alias never starts with one)."""
    return [clean] + (_stem_keys(clean) if script_of(clean) == "cyrillic" else [])


@per_configs(maxsize=200_000)
def skeleton(name: str) -> tuple[str, str | None]:
    """(surname key, first-name initial or None) of a person's name; ('', None) when unusable."""
    tokens = [t for t in phonetic_key(strip_leading(name)).split() if t]
    if not tokens:
        return "", None
    return tokens[-1], (tokens[0][0] if len(tokens) > 1 else None)


def surnames(name: str) -> set[str]:
    """Forms of the last token of a name, Arabic article dropped, Russian endings peeled: two
    names share a surname when these sets meet."""
    tokens = [t for t in clean_name(name).split() if t not in _rules()["articles"]]
    if not tokens:
        return set()
    last = tokens[-1]
    article = _rules()["arabic_article"]
    if script_of(last) == "arabic" and last.startswith(article) and len(last) > len(article) + 2:
        last = last[len(article):]
    return _stems_inflected(last) if script_of(last) == "cyrillic" else {last}


def looks_like_name(text: str | None) -> bool:
    """Is a speaker_text a name (to fall back on) rather than a pronoun or a bare title?
    Cased scripts: every remaining token capitalised; Arabic: no token is a known non-name word."""
    if not isinstance(text, str) or not text.strip():
        return False
    from .gazetteer import load_gazetteer
    if load_gazetteer().lookup(text) is not None:
        return True
    clean = clean_name(text)
    tokens = clean.split()
    r = _rules()
    if not tokens or clean in r["non_names"] or any(t in r["non_names"] for t in tokens):
        return False
    if script_of(text) == "arabic":
        return True
    words = [w for w in text.split() if w[:1].isalpha()
             and normalize_name(w) not in r["articles"] and normalize_name(w) not in r["leading"]]
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in words)


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def deletes(key: str) -> set[str]:
    """The key and all its one-letter deletions: two keys within edit distance 1 share one."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}
