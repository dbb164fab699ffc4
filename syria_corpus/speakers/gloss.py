"""English words for the name of a body written in a head-first language without capitals (Arabic):
`وزارة الداخلية البحرينية` -> `Bahraini Interior Ministry`, `خلية الإعلام الحربي` -> `War Media Cell`,
`المجلس الوطني للمقاومة الإيرانية` -> `National Council for Iranian Resistance`.

The language's data (`speakers.organisation_gloss`) gives the English for the words of body names
(heads, fields, adjectives; a few multi-word units such as `مكافحة الإرهاب`); the places of
configs/places.yaml give the English for place names and, through the nisba ending
(`speakers.organisation_nisba`), for adjectives of a listed country (`البحرينية` -> Bahrain's).
Arabic names a body head first (`وزارة` + `الداخلية` + `البحرينية`), English last: each phrase is read
backwards; a preposition written onto a word (`للمقاومة`) opens a phrase of its own after a linking
word (`for`), and a conjunction (`والبحوث`) a coordinated group (`and`); so does a linking phrase
of words standing apart (`مجموعة العمل من أجل فلسطينيي سورية` -> `Action Group for Syria Palestinians`;
`speakers.organisation_links` lists both). A nisba adjective with a plural ending (`فلسطينيي`,
`speakers.organisation_plurals`) is its people, in the plural. The rendering stops at the first word
it does not know; it needs the head (an organisation head of the language's data) and, in a longer
name, a word after it. A body's own name in brackets after its description (`مركز الابحاث المستقل
(غايدار)`) comes first, romanized: `Ghaidar / Research Center`. None when nothing fits."""
from __future__ import annotations

import re

from ..langdata import language_data, languages_with_data
from ..resources import per_configs
from ..translit import normalize_name, to_latin

_BRACKETED = re.compile(r"(.*\S)\s*\(([^()]+)\)\s*")


def bracketed_name(name: str) -> tuple[str, str] | None:
    """(description, own name) of `مركز الابحاث المستقل (غايدار)`, or None without a bracketed name."""
    m = _BRACKETED.fullmatch(name)
    return (m.group(1), m.group(2).strip()) if m else None


@per_configs(maxsize=4096)
def organisation_gloss(name: str, lang: str | None) -> str | None:
    """English words for a body's name as written in `lang`, or None (see the module doc)."""
    if not isinstance(lang, str) or lang not in languages_with_data():
        return None
    t = _tables(lang)
    if t is None:
        return None
    if (parts := bracketed_name(name)) is not None:
        # the body's own name first (romanized), then what its description says
        described = organisation_gloss(parts[0], lang)
        own = to_latin(parts[1])
        return f"{own} / {described}" if described else own or None
    table, places, links, article, phrases = t[0], t[1], t[3], t[4], t[8]
    keys = [normalize_name(w) for w in name.split()]
    if len(keys) == 1 and (place := _place(keys[0], places, article)):
        return place   # `واشنطن` speaking for its government
    segments: list[tuple[str | None, list[list[str]]]] = [(None, [[]])]
    longest = max((len(k) for k in table), default=1)
    i, pending, before = 0, None, 0
    while i < len(keys):
        phrase = next((p for p in phrases if tuple(keys[i:i + len(p)]) == p), None)
        if phrase is not None and i > 0 and pending is None:
            pending = phrases[phrase]   # `من أجل`: a linking phrase written apart opens the next phrase
            before = i
            i += len(phrase)
            continue
        link = None
        n, got = 0, None
        for k in range(min(longest, len(keys) - i), 0, -1):   # the longest unit the table lists
            got, link = _unit(tuple(keys[i:i + k]), t)
            if got is not None:
                n = k
                break
        if got is None:
            if pending is not None:
                i = before   # the phrase links nothing the table knows: the name stops before it
            break
        if i == 0 and (link is not None or got[1] != "table" or not _head(keys[0], t[4], t[7])):
            return None   # the head: an organisation head of the language, written bare
        if pending is not None:
            segments.append((pending, [[got[0]]]))
            pending = None
        elif link is not None and links[link] == "and":
            segments[-1][1].append([got[0]])
        elif link is not None:
            segments.append((links[link], [[got[0]]]))
        else:
            segments[-1][1][-1].append(got[0])
        i += n
    if pending is not None:
        i = before   # (a linking phrase closing the name links nothing)
    if i == 0 or (i == 1 and len(keys) > 1):
        return None   # the head alone of a longer name (`حزب الشعوب …` -> Party) tells nothing
    out = []
    for link_word, groups in segments:
        phrase = " and ".join(" ".join(reversed(g)) for g in groups if g)
        out.append(f"{link_word} {phrase}" if link_word else phrase)
    return " ".join(out)


def common_words(words: list[str], lang: str | None) -> bool:
    """Every word is one the language's gloss knows (a head, field, adjective or place, `البنك المركزي`):
    a description of a body, not a name of its own. False without a gloss table."""
    t = _tables(lang) if isinstance(lang, str) and lang in languages_with_data() else None
    return t is not None and bool(words) and all(_unit((normalize_name(w),), t)[0] is not None for w in words)


def _unit(ks: tuple[str, ...], t: tuple) -> tuple:
    """((English, source), link clitic or None) for the words `ks`, a clitic written onto the first."""
    links, article = t[3], t[4]
    got = _word(ks, t)
    if got is not None:
        return got, None
    for c in sorted(links, key=len, reverse=True):
        if ks[0].startswith(c) and len(ks[0]) > len(c) + 1:
            rest = ks[0][len(c):]
            # `للمقاومة`: ل + ال written with one lam
            forms = [rest, article + rest[1:]] if article and rest.startswith(article[1:]) and \
                not rest.startswith(article) else [rest]
            for f in forms:
                got = _word((f,) + ks[1:], t)
                if got is not None:
                    return got, c
    return None, None


def _word(ks: tuple[str, ...], t: tuple) -> tuple[str, str] | None:
    """(English, source) of a unit without clitics: table, place, or the adjective of a listed country."""
    table, places, _, _, article, _, endings, _, _, plurals = t
    key = " ".join(ks)
    bare = " ".join(k[len(article):] if article and k.startswith(article) and len(k) > len(article) + 1 else k
                    for k in ks)
    for f in dict.fromkeys((key, bare)):
        if f in table:
            return table[f], "table"
        for end in endings:   # `البحرينيه`: the feminine ending of an adjective in the table (`بحريني`)
            if f.endswith(end) and f[:-len(end)] in table:
                return table[f[:-len(end)]], "table"
        for end, single in plurals:   # `فلسطينيي`: the plural of a nisba adjective in the table, its people
            if f.endswith(end) and (f[:-len(end)] + single) in table:
                return table[f[:-len(end)] + single] + "s", "table"
    if len(ks) == 1 and (p := _place(ks[0], places, article)):
        return p, "place"
    if len(ks) == 1 and (p := _nisba_country(bare, t)):
        return f"{p}'s", "place"   # `الاردنيه` -> الأردن -> Jordan's
    return None


def _nisba_country(bare: str, t: tuple) -> str | None:
    """The listed country whose name's stem a word without its article builds its adjective on, with
    a nisba ending of the language's data (`بحرينيه`, `اردني`)."""
    nisba_places, nisba = t[2], t[5]
    for end in nisba:
        if bare.endswith(end) and (p := nisba_places.get(bare[:-len(end)])):
            return p
    return None


@per_configs(maxsize=4096)
def country_of_adjective(word: str, lang: str | None) -> str | None:
    """The listed country an adjective stands for (`البحرينية` -> Bahrain), or None: the nisba ending of
    the language's data on the stem of a country's name (only languages that gloss body names have one)."""
    if not isinstance(lang, str) or lang not in languages_with_data() or (t := _tables(lang)) is None:
        return None
    article = t[4]
    k = normalize_name(word)
    bare = k[len(article):] if article and k.startswith(article) and len(k) > len(article) + 1 else k
    if bare != k and (p := t[2].get(bare)):
        return p   # `السعودية`: the country's name is its adjective
    return _nisba_country(bare, t)


def _head(k: str, article: str, heads: frozenset[str]) -> bool:
    return k in heads or (bool(article) and k.startswith(article) and k[len(article):] in heads)


def _place(k: str, places: dict[str, str], article: str) -> str | None:
    return places.get(k) or (places.get(k[len(article):]) if article and k.startswith(article) else None)


@per_configs(maxsize=8)
def _tables(lang: str):
    sp = language_data(lang).speakers
    if sp is None or not sp.organisation_gloss:
        return None
    from ..extract.places import gazetteer  # imported only when a language glosses bodies

    article = normalize_name(sp.article) if sp.article else ""
    table = {normalize_name(k): v for k, v in sp.organisation_gloss.items()}
    places: dict[str, str] = {}
    nisba_places: dict[str, str] = {}
    for p in gazetteer().places.values():
        if p.ambiguous:
            continue
        for alias in p.aliases.get(lang, ()):
            a = normalize_name(alias)
            places.setdefault(a, p.name)
            if p.kind == "country" and " " not in a:
                stem = a[len(article):] if article and a.startswith(article) else a
                # `البحرين` -> بحرين-ي, `أميركا` -> أميرك-ي, `تركيا` -> ترك-ي: the stems a nisba is built on
                for st in (stem, stem.rstrip("اه"), stem[:-2] if stem.endswith("يا") else stem):
                    nisba_places.setdefault(st, p.name)
    links = {normalize_name(k): v for k, v in sp.organisation_links.items() if " " not in k.strip()}
    # linking phrases of words written apart (`من أجل` -> for), as tuples of folded words
    phrases = {tuple(normalize_name(w) for w in k.split()): v for k, v in sp.organisation_links.items()
               if " " in k.strip()}
    plurals = tuple(sorted(((normalize_name(k), normalize_name(v)) for k, v in sp.organisation_plurals.items()),
                           key=lambda e: -len(e[0])))
    nisba = tuple(sorted((normalize_name(e) for e in sp.organisation_nisba), key=len, reverse=True))
    endings = tuple(normalize_name(e) for e in sp.organisation_endings)
    heads = frozenset(w[len(article):] if article and w.startswith(article) else w
                      for w in (normalize_name(h) for h in sp.org_heads))
    return table, places, nisba_places, links, article, nisba, endings, heads, phrases, plurals
