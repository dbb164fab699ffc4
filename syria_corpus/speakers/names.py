"""Name forms and keys: what two spellings of one name have in common.

    clean_name(s)       comparison form without leading articles/honorifics ('the Kremlin' -> 'kremlin')
    skeleton(name)      (surname key, first initial) from the phonetic key (translit.phonetic_key)
    surnames(name)      forms of the last token: Arabic article dropped, Cyrillic case endings peeled
    variants(clean)     keys a name may be found under (attached proclitic, case endings peeled)
    name_core(s, type)  the name inside a speaker form: edges that are no name peeled, None when
                        nothing of a name is left (a title, a common noun, a place, a phrase)
    looks_like_name(s)  is a speaker_text a name rather than a pronoun or a bare title?
    edit1(a, b)         at most one letter apart
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass

from ..langdata import language_data, languages_with_data
from ..resources import per_configs, read_yaml
from ..translit import _lexicon, normalize_name, peel, phonetic_key, script_of
from . import memo

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


def article_tokens() -> set[str]:
    """Arabic articles as romanizations write them on their own (al, el, ad, ...)."""
    return _rules()["articles"]


def strip_leading(name: str) -> str:
    """The name as written without leading articles/honorifics: 'the Kremlin' -> 'Kremlin'."""
    tokens = name.split()
    leading = _leading()
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
    return {token} | peel(token, r["endings"], r["min_stem"])


def _stem_keys(clean: str, alias: bool = False) -> list[str]:
    """'~'-marked keys of every combination of per-token stems, sorted. An alias word ending in -и, -у,
    -ю, -о, -е or -э is a foreign name that Russian does not decline (Раиси, Шойгу): it keeps its one form,
    so that `Раиса` (a first name) is not Раиси with an ending peeled on both sides."""
    def stems(t: str) -> set[str]:
        return {t} if alias and t[-1:] in "иуюоеэ" else _stems_inflected(t)
    return sorted("~" + " ".join(c) for c in itertools.product(*(stems(t) for t in clean.split())))


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
    return [clean] + (_stem_keys(clean, alias=True) if script_of(clean) == "cyrillic" else [])


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


@dataclass(frozen=True)
class _Vocabulary:
    """Words that tell a name from the rest of a sentence, from every language's data (normalized)."""
    name_words: frozenset[str]      # lexicon words, name particles: always part of a name
    function: frozenset[str]        # pronouns, stop words, determiners, connectors: never a name
    heads: frozenset[str]           # roles, organisation and anonymous heads, common nouns
    modifiers: frozenset[str]       # words that continue a role (nationalities, `foreign`)
    honorifics: frozenset[str]
    prepositions: tuple[str, ...]   # written onto the next word (ل, ب): `لرويترز` is `to Reuters`
    conjunctions: tuple[str, ...]   # written onto the next word (و): `ولافروف` is `and Lavrov`
    articles: tuple[str, ...]       # written onto a word (ال): `الشرطة` is found as `شرطة`
    places: dict                    # place alias key -> kind
    speaking_places: frozenset[str]  # places that speak as a body (countries, `Damascus`)
    degrees: re.Pattern | None = None   # trailing post-nominal degrees (`, SpPD`, ` M.Kes`, ` PhD`)
    openers: frozenset[str] = frozenset()   # `عبد`, `آل`: the word after is part of the name, even a title


def _norm_all(words) -> set[str]:
    return {normalize_name(w) for w in words if isinstance(w, str) and normalize_name(w)}


def _stop_words(code: str) -> set[str]:
    """spaCy's stop words of a language, when spaCy has that language."""
    try:
        import spacy.util
        return _norm_all(spacy.util.get_lang_class(code).Defaults.stop_words)
    except Exception:   # a language spaCy does not have, or no spaCy data for it
        return set()


@per_configs(maxsize=1)
def _leading() -> frozenset[str]:
    """Words that lead a name without being part of it: articles and every language's honorifics
    (read on their own: a `--speaker` query needs these, not the whole vocabulary)."""
    out = set(_rules()["leading"])
    for code in sorted(languages_with_data()):
        sp = language_data(code).speakers
        if sp is not None:
            out |= _norm_all(sp.honorifics)
    return frozenset(out)


@per_configs(maxsize=1)
def _vocabulary() -> _Vocabulary:
    spk, tr = read_yaml("speakers.yaml"), read_yaml("translit.yaml")
    name_words = {w for w in _lexicon().words}
    function: set[str] = set()
    heads = _norm_all(spk.get("non_names", []))
    modifiers: set[str] = set()
    honorifics: set[str] = set()
    prepositions: set[str] = set()
    articles: set[str] = set()
    org_names: set[str] = set()
    degrees: set[str] = set()
    openers: set[str] = set()
    for code in sorted(languages_with_data()):
        sp = language_data(code).speakers
        if sp is None:
            continue
        name_words |= _norm_all([*sp.particles, *sp.name_words, *sp.not_stop])
        function |= _norm_all([*sp.pronouns, *sp.stop, *sp.indefinite, *sp.connectors, *sp.determiners])
        function |= _stop_words(code)
        heads |= _norm_all([*sp.org_heads, *sp.anonymous_heads, *(w for ws in sp.roles.values() for w in ws)])
        modifiers |= _norm_all(sp.role_modifiers)
        honorifics |= _norm_all(sp.honorifics)
        prepositions |= _norm_all(sp.attached_prepositions)
        articles |= _norm_all([sp.article])
        org_names |= _norm_all(sp.org_names)
        degrees |= {d for d in sp.degrees if isinstance(d, str) and d.strip()}
        openers |= _norm_all(sp.name_openers)
    places: dict[str, str] = {}
    for p in read_yaml("places.yaml").get("places", []):
        if p.get("ambiguous"):
            continue
        for alias in [a for forms in (p.get("aliases") or {}).values() for a in forms] + p.get("acronyms", []):
            clean = normalize_name(alias)
            if clean and clean not in name_words:
                for key in index_keys(clean):
                    places.setdefault(key, p["kind"])
    speaking = {k for k, kind in places.items() if kind == "country"} | org_names
    conj = tuple(c for c in tr["inflection"].get("arabic_proclitics", []) if normalize_name(c) not in prepositions)
    articles -= {""}

    def with_bare(words: set[str]) -> frozenset[str]:
        """The words, those written with an article also without it (الشرطة: شرطة), and the stems
        of inflected words (демократы: демократ)."""
        bare = {w[len(a):] for w in words for a in articles if w.startswith(a) and len(w) > len(a) + 1}
        stems = {st for w in words if " " not in w for st in _stems_inflected(w)} if words else set()
        return frozenset((words | bare | stems) - name_words)

    return _Vocabulary(frozenset(name_words), with_bare(function), with_bare(heads), with_bare(modifiers),
                       frozenset(honorifics), tuple(sorted(prepositions)), tuple(sorted(_norm_all(conj))),
                       tuple(sorted(articles)), places, frozenset(speaking), _degrees_pattern(degrees),
                       frozenset(openers))


def _degrees_pattern(degrees: set[str]) -> re.Pattern | None:
    """Degrees at the end of a name, each written with or without its dots: `Nasution M.kes`, `Ali, PhD`."""
    if not degrees:
        return None
    alts = sorted({r"\.?\s*".join(re.escape(p) for p in d.replace(".", " ").split()) + r"\.?" for d in degrees},
                  key=len, reverse=True)
    return re.compile(r"(?:[\s,]+(?:%s))+\s*$" % "|".join(alts))   # as written: `Jack Ma` has no MA


def attached_prepositions() -> tuple[str, ...]:
    """Prepositions written onto the next word (ل, ب): `لرويترز` is `to Reuters`, not Reuters."""
    return _vocabulary().prepositions


def place_kind(name: str) -> str | None:
    """The kind (country, city, ...) of the place `name` names as a whole, None when it is no place."""
    places = _vocabulary().places
    for key in variants(normalize_name(name)):
        if key in places:
            return places[key]
    return None


def _bare(word: str) -> list[str]:
    """The word, the word without an article written onto it (الشرطة -> شرطة) and, for a script
    with case endings, its stems (Демократы -> демократ)."""
    v = _vocabulary()
    out = [word] + [word[len(a):] for a in v.articles if word.startswith(a) and len(word) > len(a) + 1]
    return out + (sorted(_stems_inflected(word) - {word}) if script_of(word) == "cyrillic" else [])


def _in(word: str, words: frozenset[str]) -> bool:
    return any(w in words for w in _bare(word))


def _word_class(word: str, person: bool) -> str:
    """'name', 'no' (never part of a name), 'place' or '' (unknown) for one normalized word."""
    v = _vocabulary()
    if word in v.name_words:
        return "name"
    if _in(word, v.function) or _in(word, v.heads) or word in v.honorifics or (person and _in(word, v.modifiers)):
        return "no"
    if person and place_kind(word) is not None:
        return "place"
    for p in v.prepositions:   # `لرويترز`, `بمنطقة`, `بجدة`: a preposition before a known word
        rest = word[len(p):]
        if word.startswith(p) and len(rest) > 1 and (_word_class(rest, True) in ("no", "place") or
                                                     rest in v.places or _known(rest)):
            return "no"
    for c in v.conjunctions:   # `وكان`, `وتطرق`: a conjunction before a word that is no name
        rest = word[len(c):]
        if word.startswith(c) and len(rest) > 1 and _word_class(rest, person) == "no":
            return "no"
    return ""


def _known(word: str) -> bool:
    from .gazetteer import load_gazetteer
    return load_gazetteer().lookup(word) is not None


def cased(text: str) -> bool:
    """Does the script of `text` write capitals (Latin, Cyrillic; not Arabic)?"""
    letters = [ch for ch in text if ch.isalpha()]
    return any(ch.lower() != ch.upper() for ch in letters)


_TOKEN = re.compile(r"[^\s.]+\.?")


def name_core(form: str, typ: str | None = None) -> str | None:
    """The name in a speaker form as written, or None when the form names no one (see _name_core);
    while the speaker linking runs, kept from one run to the next (memo.py)."""
    if not memo.active():
        return _name_core(form, typ)
    return memo.cached("name_core", json.dumps([form, typ], ensure_ascii=False), lambda: _name_core(form, typ))


@per_configs(maxsize=200_000)
def _name_core(form: str, typ: str | None = None) -> str | None:
    """The name in a speaker form as written, or None when the form names no one.

    A person's form loses leading words that are no name (titles, function words, common nouns,
    places, `لرويترز`), and in a script without capitals trailing ones too; an attached conjunction
    of its first word goes (`وخالد` -> `خالد`). Nothing left, or a place that is not a speaking body,
    gives None. An organisation loses only leading function words, and is None when only function
    words and organisation heads are left (`the newspaper`, `صحيفة`, `forces`)."""
    if not isinstance(form, str) or not form.strip():
        return None
    v = _vocabulary()
    person = typ != "organisation"
    text = strip_leading(form.strip())
    if person and v.degrees is not None:
        text = v.degrees.sub("", text) or text
    spans = [(m.start(), m.end(), normalize_name(m.group())) for m in _TOKEN.finditer(text)]
    spans = [s for s in spans if s[2]]
    classes = [_word_class(w, person) for _, _, w in spans]

    def peelable(i: int) -> bool:
        if not person:
            return _in(spans[i][2], v.function) or spans[i][2] in v.honorifics
        return classes[i] in ("no", "place")

    lo, hi = 0, len(spans)
    while lo < hi and peelable(lo):
        lo += 1
    if not cased(text) and person:
        # without capitals, a title or a function word after the name ends it (سهيل المزروعي وزير
        # الطاقة, مميش وهو يتحدث); a place at
        # the end may be a family name (الركبان): only other words go
        # (`عبدالعزيز آل الشيخ`: the word after an opener is the name's, even a title)
        cut = next((i for i in range(lo + 1, hi) if classes[i] == "no" and spans[i - 1][2] not in v.openers and (
            _in(spans[i][2], v.heads) or _in(spans[i][2], v.function))), hi)
        hi = cut
        while hi > lo and peelable(hi - 1) and classes[hi - 1] != "place" \
                and not (hi - 2 >= lo and spans[hi - 2][2] in v.openers):
            hi -= 1
    if lo >= hi:
        return None
    core = text[spans[lo][0]:spans[hi - 1][1]]
    if person:
        first = spans[lo][2]
        for c in v.conjunctions:
            if first.startswith(c) and len(first) > len(c) + 2 and classes[lo] != "name" and (
                    first[len(c):] in v.name_words or _known(first[len(c):])):
                core = core[len(c):]
                break
    else:
        rest = [w for _, _, w in spans[lo:hi]]
        if all(_in(w, v.function) or _in(w, v.heads) or w in v.honorifics for w in rest):
            return None
    kind = place_kind(core)
    if kind is not None and normalize_name(core) not in v.speaking_places:
        return None
    if kind is not None and person and typ == "person":
        return None
    return core


def looks_like_name(text: str | None) -> bool:
    """Is a speaker_text a name (see _looks_like_name)? Kept from run to run while the linking runs."""
    if not isinstance(text, str) or not memo.active():
        return _looks_like_name(text)
    return memo.cached("looks_like_name", text, lambda: _looks_like_name(text))


def _looks_like_name(text: str | None) -> bool:
    """Is a speaker_text a name (to fall back on) rather than a pronoun, a bare title, a common noun
    or a place? Cased scripts: every remaining token capitalised; Arabic: what is left after
    name_core."""
    if not isinstance(text, str) or not text.strip():
        return False
    from .gazetteer import load_gazetteer
    if load_gazetteer().lookup(text) is not None:
        return True
    core = name_core(text)
    if core is None:
        return False
    clean = clean_name(core)
    tokens = clean.split()
    r = _rules()
    if not tokens or clean in r["non_names"] or any(t in r["non_names"] for t in tokens):
        return False
    if not cased(core):
        return True
    words = [w for w in core.split() if w[:1].isalpha()
             and normalize_name(w) not in r["articles"] and normalize_name(w) not in r["leading"]]
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in words)


def opens_with_name(text: str) -> bool:
    """A speaker_text with no resolved name, in a script without capitals, names someone only when
    its name core opens with a listed name word (`محمد الناصر ...`), not with a word of a title
    (`وزير الخارجية التركي`: `التركي` is an adjective of the role, `أمير منطقة` a title) or a
    word with the article; scripts with capitals pass."""
    core = name_core(text)
    if core is None or cased(core):
        return core is not None
    first = normalize_name(core.split()[0])
    return first in _vocabulary().name_words and not any(first.startswith(a) for a in _vocabulary().articles) \
        and first not in _role_words()   # `أمير منطقة …`: the title, not the name Amir


@per_configs(maxsize=1)
def _role_words() -> frozenset[str]:
    """Role words of every language, normalized, also those that are name words too (أمير)."""
    out: set[str] = set()
    for code in sorted(languages_with_data()):
        sp = language_data(code).speakers
        if sp is not None:
            out |= _norm_all(w for ws in sp.roles.values() for w in ws if " " not in w)
    return frozenset(out)


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
